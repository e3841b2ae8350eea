package io.diffpress.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexSplitterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<SearchField> FIELDS = List.of(SearchField.of("title", 10), SearchField.of("body"));

    /** Pages per year: 2024 is large enough to need several parts at the limit used below. */
    private static List<SearchPage> pages() {
        Random random = new Random(7);
        String[] words = "release crash parser fix feature build test docs refactor change update bump".split(" ");
        List<SearchPage> pages = new ArrayList<>();
        int[] perYear = {5, 120, 20, 3};
        String[] years = {"2021", "2024", "2022", "2023"}; // deliberately not sorted
        for (int y = 0; y < years.length; y++) {
            for (int i = 0; i < perYear[y]; i++) {
                StringBuilder body = new StringBuilder();
                for (int w = 0; w < 60; w++) {
                    body.append(words[random.nextInt(words.length)]).append(random.nextInt(500)).append(' ');
                }
                String title = "Report " + years[y] + " #" + i;
                pages.add(new SearchPage(years[y], Map.of("title", title, "body", body.toString()),
                    new SearchStoreEntry("reports/" + years[y] + "/" + i + "/", title, years[y] + "-01-01", "Reports",
                        "Summary " + i, List.of(), List.of("fix"))));
            }
        }
        return pages;
    }

    @Test
    void splitsNewestFirstWithinTheLimitAndCoversEveryPageOnce(@TempDir Path dir) throws Exception {
        long limit = 40_000;
        List<SearchPage> input = pages();
        SplitIndex split = new IndexSplitter(FIELDS, limit).split(input);
        List<IndexPart> parts = split.parts();
        assertTrue(parts.size() >= 4, "2024 alone needs several parts: " + parts.size());

        Set<String> urls = new HashSet<>();
        String previousNewest = "9999";
        for (IndexPart part : parts) {
            assertTrue(part.rawBytes() <= limit || part.documents() == 1, "part " + part.number() + " too large");
            // partitions never go back to a newer year
            assertTrue(part.partitions().get(0).compareTo(previousNewest) <= 0, part.partitions().toString());
            previousNewest = part.partitions().get(part.partitions().size() - 1);

            JsonNode index = JSON.readTree(part.index());
            JsonNode store = JSON.readTree(part.store());
            assertEquals(part.documents(), store.size());
            Set<String> indexed = new HashSet<>();
            for (JsonNode vector : index.get("fieldVectors")) {
                indexed.add(vector.get(0).asText().split("/", 2)[1]);
            }
            Set<String> stored = new HashSet<>();
            store.fieldNames().forEachRemaining(stored::add);
            assertEquals(stored, indexed, "index and store of part " + part.number() + " hold the same refs");
            // refs are the positions in the part, newest first
            Set<String> positions = new HashSet<>();
            for (int i = 0; i < part.documents(); i++) {
                positions.add(Integer.toString(i));
            }
            assertEquals(positions, stored, "refs of part " + part.number());
            for (String ref : stored) {
                String url = store.get(ref).get("url").asText();
                assertTrue(urls.add(url), "page in two parts: " + url);
                assertTrue(part.partitions().contains(url.split("/")[1]), url + " in " + part.partitions());
            }
        }
        assertEquals(input.size(), urls.size());
        assertEquals(List.of("2024"), parts.get(0).partitions(), "the newest year comes first");
        JsonNode firstStore = JSON.readTree(parts.get(0).store());
        assertEquals("reports/2024/0/", firstStore.get("0").get("url").asText(), "ref 0 is the newest page");
        for (int i = 0; i < parts.size(); i++) {
            assertEquals(parts.size() - 1 - i, parts.get(i).number(), "files are numbered from the oldest part");
        }

        // a part cut inside a year (that year goes on in the next newer part) was cut because the next page
        // did not fit, so it is nearly full
        for (int i = 1; i < parts.size(); i++) {
            List<String> keys = parts.get(i).partitions();
            if (parts.get(i - 1).partitions().contains(keys.get(0))) {
                assertTrue(parts.get(i).rawBytes() > limit * 0.9, "part " + parts.get(i).number() + " only "
                    + parts.get(i).rawBytes());
            }
        }

        split.writeTo(dir);
        JsonNode manifest = JSON.readTree(dir.resolve(SplitIndex.MANIFEST_FILE).toFile());
        assertEquals("2.3.9", manifest.get("lunr").asText());
        assertEquals(input.size(), manifest.get("documents").asInt());
        assertEquals(parts.size(), manifest.get("parts").size());
        for (JsonNode p : manifest.get("parts")) {
            byte[] index = Files.readAllBytes(dir.resolve(p.get("index").asText()));
            byte[] store = Files.readAllBytes(dir.resolve(p.get("store").asText()));
            assertEquals(index.length, p.get("indexBytes").asLong());
            assertEquals(store.length, p.get("storeBytes").asLong());
        }
        assertTrue(split.firstSearchSize().raw() < split.totalSize().raw());
        assertTrue(split.firstSearchSize().gzip() < split.firstSearchSize().raw());
    }

    /** The manifest is written by hand: it must parse back to what it was made from, whatever the names hold. */
    @Test
    void manifestIsJsonThatReadsBackWhateverItsStringsHold() throws Exception {
        String hostile = "q\"b\\s\n\t\u0001 </script> é 漢 \uD83D\uDE00";
        IndexSplitter.Manifest manifest = new IndexSplitter.Manifest("2.3.9", List.of("title", hostile), 7, List.of(
            new IndexSplitter.ManifestPart("index-1.json", "store-1.json", List.of(hostile, "2024"), 3, 12_345_678_901L, 2),
            new IndexSplitter.ManifestPart("index-0.json", "store-0.json", List.of(), 4, 0, 99)));
        JsonNode json = JSON.readTree(manifest.toJson());
        assertEquals(JSON.readTree(JSON.writeValueAsBytes(Map.of(
            "lunr", "2.3.9", "fields", List.of("title", hostile), "documents", 7, "parts", List.of(
                Map.of("index", "index-1.json", "store", "store-1.json", "partitions", List.of(hostile, "2024"),
                    "documents", 3, "indexBytes", 12_345_678_901L, "storeBytes", 2),
                Map.of("index", "index-0.json", "store", "store-0.json", "partitions", List.of(),
                    "documents", 4, "indexBytes", 0, "storeBytes", 99))))), json);
        assertEquals(List.of("lunr", "fields", "documents", "parts"), fieldNames(json));
        assertEquals(List.of("index", "store", "partitions", "documents", "indexBytes", "storeBytes"),
            fieldNames(json.get("parts").get(0)));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void cutsBySizeEstimatesSoEveryPartIsBuiltOnce() {
        IndexSplitter splitter = new IndexSplitter(FIELDS, 40_000);
        SplitIndex split = splitter.split(pages());
        // a part over the limit would have been built a second time with fewer pages
        assertEquals(split.parts().size(), splitter.partsBuilt());
    }

    /**
     * Thousands of tiny pages with unique words score above 10 (six printed characters where the estimate
     * counts five), so some estimated parts come out over the limit: they must be cut again until they fit,
     * and the cache must remember the corrected cuts.
     */
    @Test
    void aPartOverTheLimitIsCutAgainAndTheCorrectedCutRemembered(@TempDir Path dir) {
        List<SearchField> body = List.of(SearchField.of("body"));
        Random random = new Random(3);
        List<SearchPage> pages = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder("w" + i);
            for (int k = random.nextInt(9); k > 0; k--) {
                text.append(" common").append(k);
            }
            pages.add(new SearchPage("2024", Map.of("body", text.toString()),
                new SearchStoreEntry("u" + i, null, null, null, null, null, null)));
        }
        long limit = 50_000;
        IndexSplitter splitter = new IndexSplitter(body, limit, PartCache.in(dir));
        SplitIndex split = splitter.split(pages);
        assertTrue(splitter.partsBuilt() > split.parts().size(), "no part needed a second build");
        assertTrue(split.parts().stream().allMatch(p -> p.rawBytes() <= limit));
        assertEquals(pages.size(), split.parts().stream().mapToInt(IndexPart::documents).sum());
        assertSameOutput(new IndexSplitter(body, limit).split(pages), split);

        IndexSplitter again = new IndexSplitter(body, limit, PartCache.in(dir));
        assertSameOutput(split, again.split(pages));
        assertEquals(0, again.partsBuilt());
        assertEquals(0, again.pagesAnalysed());
    }

    @Test
    void aNewPageAtTheNewestEndChangesOnlyTheNewestPart() {
        List<SearchPage> before = pages();
        SplitIndex old = new IndexSplitter(FIELDS, 40_000).split(before);

        List<SearchPage> withNewest = new ArrayList<>(before);
        int firstOf2024 = 5; // input order within a year is newest first
        withNewest.add(firstOf2024, page("2024", "new", "a brand new report about parser crashes"));
        assertOnlyNewestPartChanged(old, new IndexSplitter(FIELDS, 40_000).split(withNewest));

        List<SearchPage> withNewYear = new ArrayList<>(before);
        withNewYear.add(page("2025", "new-year", "the first report of a new year"));
        assertOnlyNewestPartChanged(old, new IndexSplitter(FIELDS, 40_000).split(withNewYear));
    }

    private static void assertOnlyNewestPartChanged(SplitIndex old, SplitIndex now) {
        assertTrue(now.parts().size() == old.parts().size() || now.parts().size() == old.parts().size() + 1);
        Map<String, IndexPart> oldByFile = new java.util.HashMap<>();
        old.parts().forEach(p -> oldByFile.put(p.indexFile(), p));
        int changed = 0;
        for (IndexPart part : now.parts()) {
            IndexPart was = oldByFile.get(part.indexFile());
            if (was == null || !java.util.Arrays.equals(was.index(), part.index())
                    || !java.util.Arrays.equals(was.store(), part.store())) {
                changed++;
                assertTrue(part.number() >= old.parts().size() - 1, "an older part changed: " + part.number());
            }
        }
        assertTrue(changed >= 1 && changed <= 2, "changed parts: " + changed);
    }

    @Test
    void reusesCachedPartsAndNeverServesAStaleOne(@TempDir Path dir) throws Exception {
        Path portal = dir.resolve("portal");
        Path cacheDir = portal.resolve(".diffpress/cache/search");
        List<SearchPage> pages = pages();

        IndexSplitter cold = new IndexSplitter(FIELDS, 40_000, PartCache.in(portal));
        SplitIndex first = cold.split(pages);
        assertEquals(first.parts().size(), cold.partsBuilt());
        assertSameOutput(new IndexSplitter(FIELDS, 40_000).split(pages), first);
        assertEquals(first.parts().size(), entries(cacheDir).size(), "one cache entry per part");

        assertTrue(Files.isRegularFile(cacheDir.resolve("plan.bin")), "the cuts are remembered");

        IndexSplitter warm = new IndexSplitter(FIELDS, 40_000, PartCache.in(portal));
        assertSameOutput(first, warm.split(pages));
        assertEquals(0, warm.partsBuilt(), "nothing changed, nothing built");
        assertEquals(0, warm.pagesAnalysed(), "nothing changed, the remembered cuts hold");

        // one new page: only the newest part is built; the result is what a build without cache makes
        List<SearchPage> added = new ArrayList<>(pages);
        added.add(5, page("2024", "new", "a brand new report about parser crashes"));
        IndexSplitter oneMore = new IndexSplitter(FIELDS, 40_000, PartCache.in(portal));
        SplitIndex withOneMore = oneMore.split(added);
        assertSameOutput(new IndexSplitter(FIELDS, 40_000).split(added), withOneMore);
        assertEquals(1, oneMore.partsBuilt());
        assertEquals(withOneMore.parts().get(0).documents(), oneMore.pagesAnalysed(), "only the newest part's pages");
        assertEquals(withOneMore.parts().size(), entries(cacheDir).size(), "unused entries are pruned");

        // an edited page in an old year, a changed store entry, a changed boost: each rebuilds its part
        List<SearchPage> edited = new ArrayList<>(added);
        SearchPage old = edited.get(edited.size() - 1);
        edited.set(edited.size() - 1, new SearchPage(old.partition(), Map.of("title", "Edited", "body", "edited"), old.entry()));
        SearchPage other = edited.get(edited.size() - 2);
        edited.set(edited.size() - 2, new SearchPage(other.partition(), other.fields(), new SearchStoreEntry(
            other.entry().url(), other.entry().title() + " (renamed)", null, null, null, null, null)));
        SearchPage boosted = edited.get(30);
        edited.set(30, new SearchPage(boosted.partition(), boosted.fields(), 2, boosted.entry()));
        IndexSplitter afterEdit = new IndexSplitter(FIELDS, 40_000, PartCache.in(portal));
        assertSameOutput(new IndexSplitter(FIELDS, 40_000).split(edited), afterEdit.split(edited));
        assertTrue(afterEdit.partsBuilt() >= 2, "built " + afterEdit.partsBuilt());

        // a damaged entry or cut memo is a miss, not a wrong part or cut
        List<Path> files = new ArrayList<>(entries(cacheDir));
        files.add(cacheDir.resolve("plan.bin"));
        for (Path entry : files) {
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length / 2] ^= 1;
            Files.write(entry, bytes);
        }
        entries(cacheDir).stream().findFirst().ifPresent(p -> truncate(p));
        IndexSplitter damaged = new IndexSplitter(FIELDS, 40_000, PartCache.in(portal));
        SplitIndex repaired = damaged.split(edited);
        assertSameOutput(new IndexSplitter(FIELDS, 40_000).split(edited), repaired);
        assertEquals(repaired.parts().size(), damaged.partsBuilt(), "every damaged entry rebuilt");

        // a cut memo made for another limit is not used for this one
        assertSameOutput(new IndexSplitter(FIELDS, 30_000).split(edited),
            new IndexSplitter(FIELDS, 30_000, PartCache.in(portal)).split(edited));

        // a lost cache only costs time
        deleteTree(cacheDir);
        assertSameOutput(new IndexSplitter(FIELDS, 40_000).split(edited),
            new IndexSplitter(FIELDS, 40_000, PartCache.in(portal)).split(edited));
    }

    /**
     * Random histories of edits, each split with the cache of the one before: the output must always be what
     * a split without any cache makes, or a remembered cut or part was stale.
     */
    @Property(tries = 25)
    void aCachedSplitEqualsAnUncachedOneAfterAnyEdits(@ForAll("edits") List<Integer> edits) throws Exception {
        Path portal = Files.createTempDirectory("splitter-cache");
        try {
            List<SearchPage> pages = new ArrayList<>(pages().subList(100, 148)); // 2022, 2023, 2021: small years
            Random random = new Random(edits.size());
            int counter = 0;
            for (int edit : edits) {
                int at = random.nextInt(pages.size() + 1);
                String[] years = {"2021", "2022", "2023", "2024"};
                String year = years[random.nextInt(years.length)];
                switch (edit) {
                    case 0 -> pages.add(0, page("2024", "n" + counter++, "new words " + counter + " crash"));
                    case 1 -> pages.add(Math.min(at, pages.size()), page(year, "m" + counter++, "inserted " + counter));
                    case 2 -> pages.remove(Math.min(at, pages.size() - 1));
                    case 3 -> {
                        int i = Math.min(at, pages.size() - 1);
                        SearchPage p = pages.get(i);
                        pages.set(i, new SearchPage(p.partition(), Map.of("title", "changed", "body",
                            "changed text ".repeat(random.nextInt(30))), p.entry()));
                    }
                    default -> {
                        int i = Math.min(at, pages.size() - 1);
                        SearchPage p = pages.get(i);
                        pages.set(i, new SearchPage(year, p.fields(), p.entry()));
                    }
                }
                long limit = 12_000;
                assertSameOutput(new IndexSplitter(FIELDS, limit).split(pages),
                    new IndexSplitter(FIELDS, limit, PartCache.in(portal)).split(pages));
            }
        } finally {
            deleteTree(portal);
        }
    }

    @Provide
    Arbitrary<List<Integer>> edits() {
        return Arbitraries.integers().between(0, 4).list().ofMinSize(1).ofMaxSize(6);
    }

    /**
     * Bodies given as lazy texts make the same index as the same texts given eagerly; an unchanged rebuild reads
     * none of them, and one more page reads only the texts of the newest part.
     */
    @Test
    void lazyTextsIndexAsTheirTextAndAreReadOnlyForPartsThatAreBuilt(@TempDir Path dir) {
        Path portal = dir.resolve("portal");
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Function<List<SearchPage>, List<SearchPage>> lazy = eager -> eager.stream().map(p -> {
            Map<String, String> fields = new java.util.LinkedHashMap<>(p.fields());
            String body = fields.remove("body");
            byte[] sha = LazyText.of(body).sha256();
            return new SearchPage(p.partition(), fields, Map.of("body", new LazyText(sha, () -> {
                reads.incrementAndGet();
                return body;
            })), p.boost(), p.entry());
        }).toList();
        List<SearchPage> pages = pages();
        SplitIndex expected = new IndexSplitter(FIELDS, 40_000).split(pages);
        assertSameOutput(expected, new IndexSplitter(FIELDS, 40_000, PartCache.in(portal)).split(lazy.apply(pages)));
        assertEquals(pages.size(), reads.get(), "a cold split reads every text once");

        reads.set(0);
        IndexSplitter warm = new IndexSplitter(FIELDS, 40_000, PartCache.in(portal));
        assertSameOutput(expected, warm.split(lazy.apply(pages)));
        assertEquals(0, reads.get(), "an unchanged rebuild reads no text");

        reads.set(0);
        List<SearchPage> added = new ArrayList<>(pages);
        added.add(5, page("2024", "new", "a brand new report about parser crashes"));
        IndexSplitter oneMore = new IndexSplitter(FIELDS, 40_000, PartCache.in(portal));
        SplitIndex withOneMore = oneMore.split(lazy.apply(added));
        assertSameOutput(new IndexSplitter(FIELDS, 40_000).split(added), withOneMore);
        assertEquals(withOneMore.parts().get(0).documents(), reads.get(), "only the newest part's texts are read");

        // a text whose digest changes rebuilds its part, although the cache knew its old digest
        List<SearchPage> edited = new ArrayList<>(added);
        SearchPage last = edited.get(edited.size() - 1);
        edited.set(edited.size() - 1, new SearchPage(last.partition(), Map.of("title", last.fields().get("title"), "body", "edited body"), last.entry()));
        assertSameOutput(new IndexSplitter(FIELDS, 40_000).split(edited),
            new IndexSplitter(FIELDS, 40_000, PartCache.in(portal)).split(lazy.apply(edited)));

        assertThrows(IllegalArgumentException.class, () -> new SearchPage("2024", Map.of("body", "x"),
            Map.of("body", LazyText.of("x")), 1, last.entry()), "a field given twice");
    }

    @Test
    void rejectsAFieldNamedLikeTheRefField() {
        assertThrows(IllegalArgumentException.class, () -> new IndexSplitter(List.of(SearchField.of("ref")), 40_000));
    }

    private static SearchPage page(String year, String id, String body) {
        return new SearchPage(year, Map.of("title", "Report " + id, "body", body), new SearchStoreEntry(
            "reports/" + year + "/" + id + "/", "Report " + id, year + "-12-31", "Reports", "Summary", List.of(), List.of()));
    }

    /** A rehearsal's cache (serve, while nothing changes) builds one part in twenty again, and keeps none of it. */
    @Test
    void aRehearsalBuildsSomePartsAgainWritesNothingAndGivesTheSameIndex(@TempDir Path dir) throws Exception {
        Path portal = dir.resolve("portal");
        Path cacheDir = portal.resolve(".diffpress/cache/search");
        List<SearchPage> pages = pages();
        SplitIndex first = new IndexSplitter(FIELDS, 2_000, PartCache.in(portal)).split(pages);
        assertTrue(first.parts().size() >= 20, "enough parts for one in twenty: " + first.parts().size());
        Map<Path, byte[]> cached = new java.util.TreeMap<>();
        for (Path entry : entries(cacheDir)) {
            cached.put(entry, Files.readAllBytes(entry));
        }
        cached.put(cacheDir.resolve("plan.bin"), Files.readAllBytes(cacheDir.resolve("plan.bin")));

        IndexSplitter rehearsal = new IndexSplitter(FIELDS, 2_000, PartCache.rehearsal(portal));
        assertSameOutput(first, rehearsal.split(pages));
        assertEquals(first.parts().size() / 20, rehearsal.partsBuilt(), "every twentieth part built again");
        Map<Path, byte[]> after = new java.util.TreeMap<>();
        for (Path entry : entries(cacheDir)) {
            after.put(entry, Files.readAllBytes(entry));
        }
        after.put(cacheDir.resolve("plan.bin"), Files.readAllBytes(cacheDir.resolve("plan.bin")));
        assertEquals(cached.keySet(), after.keySet(), "no entry added or pruned");
        cached.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path + " is as it was"));
    }

    private static void assertSameOutput(SplitIndex expected, SplitIndex actual) {
        assertArrayEquals(expected.manifest(), actual.manifest());
        assertEquals(expected.parts().size(), actual.parts().size());
        for (int i = 0; i < expected.parts().size(); i++) {
            assertEquals(expected.parts().get(i).number(), actual.parts().get(i).number());
            assertArrayEquals(expected.parts().get(i).index(), actual.parts().get(i).index());
            assertArrayEquals(expected.parts().get(i).store(), actual.parts().get(i).store());
        }
    }

    private static List<Path> entries(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".part")).sorted().toList();
        }
    }

    private static void truncate(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 9));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void keepsEverythingInOnePartWhenItFits() throws Exception {
        List<SearchPage> pages = pages();
        SplitIndex split = new IndexSplitter(FIELDS, 100_000_000).split(pages);
        assertEquals(1, split.parts().size());
        assertEquals(List.of("2024", "2023", "2022", "2021"), split.parts().get(0).partitions());

        // the single part is exactly what the builder makes for the same documents in the same order
        LunrIndexBuilder builder = new LunrIndexBuilder("ref", FIELDS);
        List<SearchPage> newestFirst = new ArrayList<>(pages);
        newestFirst.sort((a, b) -> b.partition().compareTo(a.partition())); // stable, like the splitter
        for (int i = 0; i < newestFirst.size(); i++) {
            builder.add(new SearchDocument(Integer.toString(i), newestFirst.get(i).fields()));
        }
        assertArrayEquals(builder.toJson(), split.parts().get(0).index());
    }

    @Test
    void givesAPageLargerThanTheLimitAPartOfItsOwn() {
        SearchStoreEntry entry = new SearchStoreEntry("x/", "X", null, null, null, null, null);
        List<SearchPage> pages = List.of(
            new SearchPage("2024", Map.of("body", CompatibilityText.words(2000)), entry),
            new SearchPage("2024", Map.of("body", "small"), entry),
            new SearchPage("2023", Map.of("body", "small too"), entry));
        SplitIndex split = new IndexSplitter(FIELDS, 2_000).split(pages);
        assertEquals(1, split.parts().get(0).documents());
        assertTrue(split.parts().get(0).size().raw() > 2_000);
        assertEquals(3, split.parts().stream().mapToInt(IndexPart::documents).sum());
        assertTrue(split.parts().stream().skip(1).allMatch(p -> p.size().raw() <= 2_000));
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> new IndexSplitter(FIELDS, 0));
    }

    /** Distinct words, so that the index grows with the text. */
    private static final class CompatibilityText {
        static String words(int n) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append("word").append(i).append(' ');
            }
            return sb.toString();
        }
    }
}
