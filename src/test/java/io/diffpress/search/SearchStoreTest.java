package io.diffpress.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchStoreTest {

    @Test
    void mapsRefsToEntriesAndLeavesOutEmptyValues() throws Exception {
        SearchStore store = new SearchStore()
            .put("0", new SearchStoreEntry("reports/2024/v1.2/", "Release 1.2 — “Café” 🚀", "2024-05-01", "Reports",
                "Fixes <b>crashes</b>", List.of("release", "security"), List.of("feat", "fix")))
            .put("1", new SearchStoreEntry("reports/2023/v1.1/", "Release 1.1", null, "", null, null, List.of()));
        String json = new String(store.toJson(), StandardCharsets.UTF_8);
        assertEquals("{\"0\":{\"url\":\"reports/2024/v1.2/\",\"title\":\"Release 1.2 — “Café” \\uD83D\\uDE80\","
            + "\"date\":\"2024-05-01\",\"section\":\"Reports\",\"summary\":\"Fixes <b>crashes</b>\","
            + "\"tags\":[\"release\",\"security\"],\"types\":[\"feat\",\"fix\"]},"
            + "\"1\":{\"url\":\"reports/2023/v1.1/\",\"title\":\"Release 1.1\"}}", json);
        JsonNode parsed = new ObjectMapper().readTree(json);
        assertEquals("Release 1.2 — “Café” 🚀", parsed.get("0").get("title").asText());
        assertFalse(parsed.get("1").has("tags"));
        assertEquals(2, store.size());
    }

    @Test
    void rejectsARefTwice() {
        SearchStore store = new SearchStore().put("0", new SearchStoreEntry("a/", "A", null, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
            () -> store.put("0", new SearchStoreEntry("b/", "B", null, null, null, null, null)));
    }
}
