package io.diffpress.search;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartKeyTest {

    /** Classes of the package that decide neither the bytes of a part, given its pages, nor the cuts. */
    private static final Set<String> NOT_SERIALIZERS = Set.of("IndexPart", "PartPlanner", "PartSizeEstimate",
        "PayloadSize", "SplitIndex", "package-info");

    private static final List<SearchField> FIELDS = List.of(SearchField.of("title", 10), SearchField.of("body"));

    /** A class left out of the key would let a code change serve parts made by the old code. */
    @Test
    void everyClassOfThePackageIsInTheKeyOrKnownNotToMatter() throws Exception {
        Set<String> listed = new HashSet<>();
        PartKey.SERIALIZERS.forEach(c -> listed.add(c.getSimpleName()));
        PartKey.PLANNERS.forEach(c -> listed.add(c.getSimpleName()));
        Path dir = Path.of(PartKey.class.getResource("PartKey.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                String topLevel = name.split("\\$")[0];
                assertTrue(listed.contains(topLevel) || NOT_SERIALIZERS.contains(topLevel),
                    topLevel + " is neither in PartKey.SERIALIZERS or PLANNERS nor known not to matter");
                // nested classes are hashed through getDeclaredClasses, which does not list anonymous ones
                assertTrue(!listed.contains(topLevel) || !name.matches(".*\\$\\d+.*"), name + " is anonymous");
            }
        }
    }

    @Test
    void keyChangesWithEveryInputOfThePart() throws URISyntaxException {
        SearchPage a = page(Map.of("title", "Release", "body", "fixed a crash"), 1, "a/");
        SearchPage b = page(Map.of("title", "Other", "body", "more"), 1, "b/");
        Map<String, String> withNull = new HashMap<>();
        withNull.put("title", null);
        withNull.put("body", "fixed a crash");
        List<String> keys = new ArrayList<>(List.of(
            key(FIELDS, a, b),
            key(FIELDS, b, a),                                                        // order = refs
            key(FIELDS, a),
            key(FIELDS, page(Map.of("title", "Release", "body", "fixed a crash!"), 1, "a/"), b),
            key(FIELDS, page(Map.of("title", "", "body", "fixed a crash"), 1, "a/"), b),
            key(FIELDS, page(withNull, 1, "a/"), b),                                  // absent is not empty
            key(FIELDS, page(Map.of("title", "Release", "body", "fixed a crash"), 2, "a/"), b),
            key(FIELDS, page(Map.of("title", "Release", "body", "fixed a crash"), 1, "c/"), b),
            key(List.of(SearchField.of("title", 5), SearchField.of("body")), a, b),
            key(List.of(SearchField.of("title", 10), SearchField.of("text")), a, b),
            key(FIELDS, new SearchPage("2023", a.fields(), a.entry()), b),          // partitions decide cuts
            // text moved across the field boundary
            key(FIELDS, page(Map.of("title", "Releasefixed", "body", " a crash"), 1, "a/"), b),
            // each value of the store entry, which search results show
            key(FIELDS, shown(a, new SearchStoreEntry("a/", "U", null, null, null, null, null)), b),
            key(FIELDS, shown(a, new SearchStoreEntry("a/", "T", "2024-01-02", null, null, null, null)), b),
            key(FIELDS, shown(a, new SearchStoreEntry("a/", "T", null, "docs", null, null, null)), b),
            key(FIELDS, shown(a, new SearchStoreEntry("a/", "T", null, null, "docs", null, null)), b),
            key(FIELDS, shown(a, new SearchStoreEntry("a/", "T", null, null, null, List.of("x", "y"), null)), b),
            key(FIELDS, shown(a, new SearchStoreEntry("a/", "T", null, null, null, List.of("xy"), null)), b),
            key(FIELDS, shown(a, new SearchStoreEntry("a/", "T", null, null, null, null, List.of("x", "y"))), b)));
        keys.add(key(FIELDS, a, b));
        assertEquals(keys.size() - 1, new HashSet<>(keys).size(), keys.toString());
        assertEquals(keys.get(0), keys.get(keys.size() - 1), "the same input gives the same key");
        // a null field and a missing one both index nothing, as undefined does in lunr
        assertEquals(key(FIELDS, page(withNull, 1, "a/"), b), key(FIELDS, page(Map.of("body", "fixed a crash"), 1, "a/"), b));
    }

    private static SearchPage page(Map<String, String> fields, double boost, String url) {
        return new SearchPage("2024", fields, boost, new SearchStoreEntry(url, "T", null, null, null, null, null));
    }

    private static SearchPage shown(SearchPage page, SearchStoreEntry entry) {
        return new SearchPage(page.partition(), page.fields(), page.boost(), entry);
    }

    private static String key(List<SearchField> fields, SearchPage... pages) {
        List<byte[]> digests = new ArrayList<>();
        for (SearchPage page : pages) {
            digests.add(PartKey.document(page, fields));
        }
        return PartKey.part(fields, "ref", digests);
    }
}
