package io.diffpress.site;

import java.util.Map;
import java.util.TreeMap;

/**
 * Names that share one URL slug ("Quota" and "quota", the type "new feature" and the tag
 * "new-feature") are one page, so each slug gets one display name: the spelling most reports
 * use, ties going to the first in string order, so it never depends on input order.
 */
final class SlugNames {

    private final Map<String, Map<String, Integer>> uses = new TreeMap<>();

    /** Counts one use of a name; blank names are ignored. */
    void count(String name) {
        String clean = name.trim();
        if (!clean.isEmpty()) {
            uses.computeIfAbsent(Permalinks.slug(clean), k -> new TreeMap<>()).merge(clean, 1, Integer::sum);
        }
    }

    /** Slug → display name, sorted by slug. */
    Map<String, String> chosen() {
        Map<String, String> names = new TreeMap<>();
        uses.forEach((slug, counts) -> {
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) { // sorted, so ties keep the first
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            names.put(slug, best);
        });
        return names;
    }
}
