package io.diffpress.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names that share one URL slug ("Quota" and "quota", the type "new feature" and the tag
 * "new-feature") are one page, so each slug gets one display name: the spelling most reports
 * use, ties going to the first in string order, so it never depends on input order.
 */
final class SlugNames {

    private final Map<String, Map<String, Integer>> uses = new TreeMap<>();
    /** Per name, the key of the first report that used it (its date, then its path): the order names appeared in. */
    private final Map<String, String> firstSeen = new TreeMap<>();

    /** Counts one use of a name; blank names are ignored. */
    void count(String name) {
        count(name, "");
    }

    /** Counts one use of a name by the report of {@code reportKey} (ordered as the reports appeared: date, then path). */
    void count(String name, String reportKey) {
        String clean = name.trim();
        if (!clean.isEmpty()) {
            uses.computeIfAbsent(Permalinks.slug(clean), k -> new TreeMap<>()).merge(clean, 1, Integer::sum);
            firstSeen.merge(clean, reportKey, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
    }

    /**
     * The tag pages: names that share a slug and a spelling (the same letters, whatever their case and the spaces, '-'
     * or '_' between words: "Quota" and "quota", the type "new feature" and the tag "new-feature") are one page; names
     * that share a slug but are spelled apart ("C++" and "C#", both "c"; "a/b" and "a-b") are pages of their own. The
     * spelling that appeared first (in the oldest report; ties to the first in string order) keeps the slug, the others
     * get it with "-" and six hex digits of a hash of theirs: a URL stays with its tag as reports are added. (By how many
     * reports use each, as before, "tags/c/" went over to C# once C# had more reports than C++: an audit.)
     */
    Apart apart() {
        Map<String, String> slugByName = new TreeMap<>();
        Map<String, String> nameBySlug = new TreeMap<>();
        bySpellingsSlug().forEach((slug, counts) -> {
            Map<String, Map<String, Integer>> bySpelling = new TreeMap<>();
            counts.forEach((name, n) -> bySpelling.computeIfAbsent(spelling(name), k -> new TreeMap<>()).put(name, n));
            List<String> spellings = new ArrayList<>(bySpelling.keySet()); // sorted: the first of a tie keeps the slug
            spellings.sort(java.util.Comparator.comparing((String s) -> firstSeen(bySpelling.get(s).keySet())));
            for (int i = 0; i < spellings.size(); i++) {
                String spelling = spellings.get(i);
                String own = i == 0 ? slug : slug + "-" + io.diffpress.Sha256.hex(spelling).substring(0, 6);
                nameBySlug.put(own, best(bySpelling.get(spelling)));
                bySpelling.get(spelling).keySet().forEach(name -> slugByName.put(name, own));
            }
        });
        return new Apart(slugByName, nameBySlug);
    }

    /**
     * The counted names by slug, names spelled alike under one: '_' stays in a slug, so "new_feature" and the type
     * "new feature" (slugs "new_feature" and "new-feature") would be two pages though they are one spelling (an audit
     * found them apart). Such a spelling's names go under its slug with the fewest '_' ("new-feature"), ties to the first
     * in string order: a URL that does not follow which spelling more reports use. A name whose spelling has one slug
     * keeps it ("snake_case" alone).
     */
    private Map<String, Map<String, Integer>> bySpellingsSlug() {
        Map<String, String> home = new TreeMap<>(); // spelling → its slug
        uses.forEach((slug, counts) -> counts.keySet().forEach(name -> home.merge(spelling(name), slug, SlugNames::fewerUnderscores)));
        Map<String, Map<String, Integer>> regrouped = new TreeMap<>();
        uses.forEach((slug, counts) -> counts.forEach((name, n) ->
                regrouped.computeIfAbsent(home.get(spelling(name)), k -> new TreeMap<>()).merge(name, n, Integer::sum)));
        return regrouped;
    }

    private static String fewerUnderscores(String a, String b) {
        long ua = a.chars().filter(c -> c == '_').count();
        long ub = b.chars().filter(c -> c == '_').count();
        return ua != ub ? (ua < ub ? a : b) : (a.compareTo(b) <= 0 ? a : b);
    }

    /** Each counted name's page slug, and each slug's display name. */
    record Apart(Map<String, String> slugByName, Map<String, String> nameBySlug) {
    }

    /** A name as spelled, whatever its case and the separators between its words. */
    private static String spelling(String name) {
        // composed, as slugs are: a decomposed "café" is the same word
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[\\s_-]+", "-");
    }

    /** The earliest report key of these names. */
    private String firstSeen(java.util.Set<String> names) {
        return names.stream().map(firstSeen::get).min(String::compareTo).orElse("");
    }

    /** The name most reports use, ties going to the first in string order. */
    private static String best(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** Slug → display name, sorted by slug. */
    Map<String, String> chosen() {
        Map<String, String> names = new TreeMap<>();
        uses.forEach((slug, counts) -> names.put(slug, best(counts)));
        return names;
    }
}
