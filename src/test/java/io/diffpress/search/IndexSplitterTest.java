package io.diffpress.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        SplitIndex split = new IndexSplitter(FIELDS, limit).split(pages());
        List<IndexPart> parts = split.parts();
        assertTrue(parts.size() >= 4, "2024 alone needs several parts: " + parts.size());

        Set<String> refs = new HashSet<>();
        String previousNewest = "9999";
        for (IndexPart part : parts) {
            assertTrue(part.size().raw() <= limit || part.documents() == 1, "part " + part.number() + " too large");
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
            for (String ref : stored) {
                assertTrue(refs.add(ref), "ref in two parts: " + ref);
                assertTrue(store.get(ref).get("url").asText().startsWith("reports/" + part.partitions().get(0))
                    || part.partitions().size() > 1);
            }
        }
        assertEquals(148, refs.size());
        assertEquals(List.of("2024"), parts.get(0).partitions(), "the newest year comes first");
        assertTrue(refs.contains("0") && refs.contains("147"));
        JsonNode firstStore = JSON.readTree(parts.get(0).store());
        assertTrue(firstStore.has("0"), "ordinal refs start with the newest partition");

        // the chunks of the big year are filled close to the limit
        for (IndexPart part : parts.subList(0, parts.size() - 1)) {
            if (part.partitions().equals(List.of("2024")) && parts.get(part.number() + 1).partitions().contains("2024")) {
                assertTrue(part.size().raw() > limit * 0.8, "part " + part.number() + " only " + part.size().raw());
            }
        }

        split.writeTo(dir);
        JsonNode manifest = JSON.readTree(dir.resolve(SplitIndex.MANIFEST_FILE).toFile());
        assertEquals("2.3.9", manifest.get("lunr").asText());
        assertEquals(148, manifest.get("documents").asInt());
        assertEquals(parts.size(), manifest.get("parts").size());
        for (JsonNode p : manifest.get("parts")) {
            byte[] index = Files.readAllBytes(dir.resolve(p.get("index").asText()));
            byte[] store = Files.readAllBytes(dir.resolve(p.get("store").asText()));
            assertEquals(index.length, p.get("indexBytes").asLong());
            assertEquals(store.length, p.get("storeBytes").asLong());
            assertEquals(PayloadSize.of(index).gzip(), p.get("indexGzipBytes").asLong());
            assertEquals(PayloadSize.of(store).gzip(), p.get("storeGzipBytes").asLong());
            assertTrue(p.get("indexGzipBytes").asLong() < index.length);
        }
        assertTrue(split.firstSearchSize().raw() < split.totalSize().raw());
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
