package io.diffpress.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LunrIndexBuilderTest {

    private static final List<SearchField> FIELDS = List.of(SearchField.of("title", 10), SearchField.of("body"));

    /**
     * Expected text printed by lunr.js 2.3.9 for the same calls. Ref "b" is added twice: its vectors and
     * boost come from the second add, but its first postings ("hello", "world", "again", "collid") stay,
     * and the average lengths count "b" once.
     */
    @Test
    void serializesLikeLunrIncludingARepeatedRef() {
        LunrIndexBuilder builder = new LunrIndexBuilder("id", FIELDS)
            .add(new SearchDocument("b", Map.of("title", "Hello World", "body", "Worlds collide, hello again")))
            .add(new SearchDocument("a", Map.of("title", "Running", "body", "the worlds are running")))
            .add(new SearchDocument("b", Map.of("title", "Bye", "body", "gone"), 2));
        assertEquals("{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],\"fieldVectors\":[[\"title/b\",[5,19.617]],"
            + "[\"body/b\",[6,2.271]],[\"title/a\",[4,4.7]],[\"body/a\",[1,0.118,4,0.414]]],\"invertedIndex\":["
            + "[\"again\",{\"_index\":3,\"title\":{},\"body\":{\"b\":{}}}],[\"bye\",{\"_index\":5,\"title\":{\"b\":{}},\"body\":{}}],"
            + "[\"collid\",{\"_index\":2,\"title\":{},\"body\":{\"b\":{}}}],[\"gone\",{\"_index\":6,\"title\":{},\"body\":{\"b\":{}}}],"
            + "[\"hello\",{\"_index\":0,\"title\":{\"b\":{}},\"body\":{\"b\":{}}}],[\"run\",{\"_index\":4,\"title\":{\"a\":{}},\"body\":{\"a\":{}}}],"
            + "[\"world\",{\"_index\":1,\"title\":{\"b\":{}},\"body\":{\"b\":{},\"a\":{}}}]],\"pipeline\":[\"stemmer\"]}",
            builder.toJsonString());
        assertEquals(3, builder.documentCount());
    }

    @Test
    void emptyIndexMatchesLunr() {
        assertEquals("{\"version\":\"2.3.9\",\"fields\":[\"title\"],\"fieldVectors\":[],\"invertedIndex\":[],"
            + "\"pipeline\":[\"stemmer\"]}", new LunrIndexBuilder("id", List.of(SearchField.of("title"))).toJsonString());
    }

    @Test
    void ordersRefsInPostingsLikeJavaScriptObjectKeys() {
        LunrIndexBuilder builder = new LunrIndexBuilder("id", List.of(SearchField.of("t")));
        for (String ref : List.of("b", "10", "01", "2", "a", "1")) {
            builder.add(new SearchDocument(ref, Map.of("t", "word")));
        }
        String json = builder.toJsonString();
        assertTrue(json.contains("\"t\":{\"1\":{},\"2\":{},\"10\":{},\"b\":{},\"01\":{},\"a\":{}}"), json);
    }

    @Test
    void keepsTermIndicesAscendingInVectors() {
        LunrIndexBuilder builder = new LunrIndexBuilder("id", List.of(SearchField.of("t")))
            .add(new SearchDocument("1", Map.of("t", "zebra apple")))
            .add(new SearchDocument("2", Map.of("t", "mango apple zebra")));
        String json = builder.toJsonString();
        // zebra=0, apple=1, mango=2: the second vector lists them by index, not by appearance (scores from lunr.js)
        assertTrue(json.contains("[\"t/2\",[0,0.169,1,0.169,2,0.641]]"), json);
    }

    @Test
    void rejectsFieldNamesLunrCannotHandle() {
        assertThrows(IllegalArgumentException.class, () -> new LunrIndexBuilder("id", List.of(SearchField.of("a/b"))));
        assertThrows(IllegalArgumentException.class, () -> new LunrIndexBuilder("id", List.of(SearchField.of("_index"))));
        assertThrows(IllegalArgumentException.class, () -> new LunrIndexBuilder("id", List.of(SearchField.of("toString"))));
    }
}
