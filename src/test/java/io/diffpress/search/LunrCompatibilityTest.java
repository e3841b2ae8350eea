package io.diffpress.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the same documents with {@link LunrIndexBuilder} and with lunr.js 2.3.9 in Node (with search.js's
 * build pipeline): the serialized indexes must be identical, lunr.Index.load must take ours without a warning,
 * and a query set, run as the search page runs it, must give the same refs, scores and matched terms on both.
 */
class LunrCompatibilityTest {

    private static final List<SearchField> FIELDS = List.of(
        SearchField.of("title", 10), SearchField.of("summary", 2), SearchField.of("body"), SearchField.of("tags"));

    private static final List<String> QUERIES = List.of(
        "release", "releases", "releasing", "RELEASE", "Running", "runs", "tries", "trying", "crashes",
        "title:release", "body:crash", "tags:security", "rel*", "*ing", "*ease", "rel*se",
        "relase~1", "craesh~2", "+release -crash", "+fix +parser", "-crash", "release^10 crash", "crash^0.5 fix",
        "café", "cafe", "naïve", "über", "搜索引擎", "日本語テキスト", "🚀", "launch", "non", "breaking", "space",
        "state", "art", "build", "system", "rerun", "re", "generalization", "relational", "happiness", "yelling",
        "duplicate", "original", "replacement", "ref", "slash", "zero", "number", "lorem", "ipsum", "dolor",
        "the", "and", "", "title:", "unknown:word", "release^abc", "release~", "ΟΔΟΣ", "οδος", "σοφος",
        "ctrl", "tab", "here", "surrogate", "bad", "x", "1", "2023", "v2", "2.0",
        // accented words, CJK text (segmented into bigrams by search.js before lunr looks them up)
        "ready", "100", "résumé", "façade", "Ärger", "ärger", "straße", "cafe\u0301", "हिंदी",
        "削除", "削除しました", "ファイルを削除しました", "+削除 +ファイル", "削除 -追加", "title:削除", "body:削除する",
        "削除^5 追加", "削", "の", "サーバー", "サーバ*", "削除*", "gpt-4.1の削除", "「削除」", "中文", "搜索引擎",
        "删除文件", "서버를", "서버", "한국어", "𠮷野家", "ﾌｧｲﾙ", "削除~1", "日本語",
        // identifiers with '_' (kept whole by the report's prose) and paths beside full-width punctuation
        "max_completion_tokens", "readme.md", "docs/readme.md", "（docs/readme.md）");

    static List<SearchDocument> documents() {
        List<SearchDocument> docs = new ArrayList<>();
        docs.add(doc("1", "Release Notes for 2.0",
            "Adding new features, running tests, fixed bugs and improvements.",
            "We are releasing the release that releases released things. Runs, running, runner, ran.",
            "release notes v2"));
        docs.add(doc("01", "FIXED CRASHES IN THE PARSER", "CRASH FIX: Parser no longer crashes on EMPTY input",
            "The PARSER had a CRASH when TRYING to read. Tries, tried, TRY.", "bugfix parser"));
        docs.add(doc("10", "State-of-the-art build-system", "re-run the re-release", "well-known tool-chain -- x-ray",
            "build"));
        docs.add(doc("2", "Café naïve résumé über façade",
            "搜索引擎 日本語テキスト 中文 🚀 launch 🎉 party",
            "non\u00A0breaking\u00A0space thin\u2009space ideographic\u3000space \uFEFFbom line\u2028separator"
                + " para\u2029graph narrow\u202Fnbsp math\u205Fspace ogham\u1680mark en\u2002em\u2003quad",
            "unicode i18n"));
        docs.add(doc("x/y", "Slash in the ref", "a ref containing a slash", "slash slash slash", "refs"));
        docs.add(doc("4294967294", "Largest array index", "number ref", "number", "refs"));
        docs.add(doc("4294967295", "Not an array index", "number ref", "number", "refs"));
        docs.add(doc("-1", "Negative number ref", "number ref", "number", "refs"));
        docs.add(doc("1.5", "Decimal ref", "number ref", "number", "refs"));
        docs.add(doc("007", "Leading zeros", "number ref", "number", "refs"));
        docs.add(doc("0", "Zero", "zero ref", "zero", "refs"));
        docs.add(doc("dup", "Duplicate original", "original text", "original original words", "dup"));
        docs.add(new SearchDocument("empty", Map.of("title", "", "summary", "", "body", "", "tags", "")));
        docs.add(new SearchDocument("missing", Map.of("title", "Missing fields")));
        Map<String, String> withNull = new HashMap<>();
        withNull.put("title", null);
        withNull.put("body", "null title");
        docs.add(new SearchDocument("null-title", withNull));
        docs.add(doc("stop", "the and of to", "a an the", "it is what it is", "the"));
        docs.add(doc("punct", "!!! ... ---", "*** ??? (((", "'quoted' \"double\" (parens) [brackets] {braces}", "#"));
        docs.add(doc("greek", "ΟΔΟΣ ΣΟΦΟΣ", "Σ σ ς", "ὈΔΥΣΣΕΎΣ", "greek"));
        docs.add(doc("ctrl", "tab\there", "\u0001ctrl \u001Fnul", "quote\"backslash\\ slash/ del\u007F", "ctrl"));
        docs.add(doc("surrogate", "bad\uD800surrogate", "lone\uDC00low", "end\uD83D", "x"));
        docs.add(new SearchDocument("\uDC00ref\"quote", Map.of("title", "Weird ref", "body", "weird ref")));
        docs.add(doc("words", "Generalization relational conditional happiness",
            "yelling yell yelled yes you young yearly", "crying cries cried agreed feed bleed sky", "misc"));
        docs.add(new SearchDocument("boosted", Map.of("title", "Release crash", "body", "boosted"), 3));
        docs.add(new SearchDocument("zero-boost", Map.of("title", "Release crash", "body", "zero boost"), 0));
        docs.add(new SearchDocument("negative-boost", Map.of("title", "Release", "body", "negative"), -1));
        docs.add(new SearchDocument("long", Map.of("title", "A very long document", "body", longText(5000))));
        docs.add(doc("2", "Café again, duplicate", "replacement of ref 2", "replacement body", "dup"));
        docs.add(new SearchDocument("dup", Map.of("title", "Duplicate replacement", "body", "replacement"), 2));
        docs.add(doc("dup", "Duplicate third", "third", "third time", "dup"));
        docs.add(doc("id-field", "Years 2023 v2 2.0", "versions", "2023-01-01 v2.0.1", "1"));
        docs.add(doc("accents", "Über #1 100% ready.md", "Résumé of the façade, «Ärger» and straße",
            "naïve cafe\u0301 (decomposed) and café; हिंदी। ΟΔΟΣ", "i18n"));
        docs.add(doc("ja", "gpt-4.1の削除", "古いモデルを削除しました。",
            "ファイルを削除しました。サーバー（本番）の設定ファイル・パスを更新。新しい機能を追加しました！"
                + " 日本語テキスト 𠮷野家 ﾌｧｲﾙ 々 の",
            "削除 日本語"));
        docs.add(doc("zh", "删除文件", "搜索引擎，中文分词。", "我们删除了旧的文件并添加了新的搜索功能。", "中文"));
        docs.add(doc("ko", "서버를 재시작", "한국어 텍스트", "서버를 다시 시작했습니다. 파일을 삭제했습니다.", "한국어"));
        docs.add(doc("mixed", "v2のrelease notes", "削除 and release", "「削除」、追加。releasing 削除する",
            "gpt-4.1の削除"));
        docs.add(doc("ids", "Set max_completion_tokens", "README.md（docs/readme.md）を更新しました。",
            "max_tokens: 4096（既定値）", "ids"));
        return docs;
    }

    private static SearchDocument doc(String ref, String title, String summary, String body, String tags) {
        return new SearchDocument(ref, Map.of("title", title, "summary", summary, "body", body, "tags", tags));
    }

    static String longText(int words) {
        String[] vocabulary = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor"
            + " incididunt ut labore et dolore magna aliqua release releases releasing crash crashes fixed fixing"
            + " parser parsers the and of to").split(" ");
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(i % 17 == 0 ? ". " : " ");
        }
        return sb.toString();
    }

    @Test
    void indexIsIdenticalToLunrJs(@TempDir Path dir) throws Exception {
        LunrIndexBuilder builder = new LunrIndexBuilder("id", FIELDS).addAll(documents());
        byte[] ours = builder.toJson();
        JsonNode response = runReference(builder, documents(), QUERIES, dir);

        LunrAssertions.assertSameAsLunr(builder.toJsonString(), response, "compatibility documents");
        byte[] lunrBytes = response.get("lunrIndex").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertArrayEquals(lunrBytes, ours, "UTF-8 bytes of the two indexes");

        // The comparison is only meaningful if the queries exercise the index: most must find something.
        int withHits = 0;
        for (JsonNode result : response.get("results")) {
            if (result.get("lunr").has("hits") && result.get("lunr").get("hits").size() > 0) {
                withHits++;
            }
        }
        assertTrue(withHits >= 50, "only " + withHits + " queries found documents");
        // Accented and CJK words are found where they are, whole or by their bigrams (search.js segments them).
        assertEquals(List.of("accents"), refs(response, "Ärger"));
        assertEquals(List.of("accents"), refs(response, "cafe\u0301"), "a combining accent is kept");
        assertEquals(List.of("accents"), refs(response, "हिंदी"));
        assertEquals(List.of("ja", "mixed"), refs(response, "削除"));
        assertEquals(List.of("ja", "mixed"), refs(response, "「削除」"));
        assertEquals(List.of("ja", "mixed"), refs(response, "削"), "a lone character is a prefix");
        assertEquals("ja", refs(response, "ファイルを削除しました").get(0));
        assertEquals(List.of("ja"), refs(response, "+削除 +ファイル"));
        assertEquals(List.of("ja"), refs(response, "title:削除"));
        assertEquals("mixed", refs(response, "body:削除する").get(0));
        assertEquals(List.of("ja"), refs(response, "サーバー"));
        assertEquals(List.of("zh"), refs(response, "删除文件"));
        assertEquals(List.of("ko"), refs(response, "서버"));
        assertEquals(List.of("ja"), refs(response, "𠮷野家"));
        assertEquals(List.of("ja"), refs(response, "ﾌｧｲﾙ"));
        assertEquals(List.of("ids"), refs(response, "max_completion_tokens"));
        assertEquals(List.of("ids"), refs(response, "readme.md"), "full-width parentheses separate words");
        assertEquals(List.of("ids"), refs(response, "docs/readme.md"));
        assertEquals(List.of("ids"), refs(response, "（docs/readme.md）"), "and are dropped from a query");
        assertEquals("QueryParseError", response.get("results").get(QUERIES.indexOf("unknown:word"))
            .get("ours").get("error").asText().split(":")[0]);
    }

    @Test
    void fieldNamesThatAreArrayIndicesAreOrderedLikeJavaScript(@TempDir Path dir) throws Exception {
        List<SearchField> fields = List.of(SearchField.of("title", 3), SearchField.of("2"), SearchField.of("0", 5),
            SearchField.of("title", 4), SearchField.of("id"));
        List<SearchDocument> docs = List.of(
            new SearchDocument("a", Map.of("title", "alpha beta", "2", "gamma alpha", "0", "delta")),
            new SearchDocument("b", Map.of("title", "beta", "2", "alpha", "0", "alpha alpha", "id", "ignored")),
            new SearchDocument("3", Map.of("title", "three", "0", "alpha")));
        LunrIndexBuilder builder = new LunrIndexBuilder("id", fields).addAll(docs);
        assertEquals(List.of("0", "2", "title", "id"), builder.fields().stream().map(SearchField::name).toList());

        JsonNode response = runReference(builder, docs, List.of("alpha", "title:beta", "0:alpha", "a", "b", "3"), dir);
        LunrAssertions.assertSameAsLunr(builder.toJsonString(), response, "index-like field names");
        // "a" is a stop word, so only ref "b" is findable through the id field.
        assertEquals(0, response.get("results").get(3).get("ours").get("hits").size(), "stop word ref");
        assertEquals(1, response.get("results").get(4).get("ours").get("hits").size(), "ref indexed as field id");
    }

    /**
     * Each part of a split index is a lunr index of its own pages (refs are positions in the part, newest
     * first), so lunr.js building those pages in that order must give the same bytes and the same answers.
     */
    @Test
    void everyPartOfASplitIndexIsIdenticalToLunrJs(@TempDir Path dir) throws Exception {
        List<SearchPage> pages = new ArrayList<>();
        Map<String, SearchPage> byUrl = new HashMap<>();
        List<SearchDocument> docs = documents();
        for (int i = 0; i < docs.size(); i++) {
            String year = Integer.toString(2024 - i % 3);
            String url = "reports/" + year + "/" + i + "/";
            SearchPage page = new SearchPage(year, docs.get(i).fields(), docs.get(i).boost(),
                new SearchStoreEntry(url, "Page " + i, year + "-01-01", null, null, null, null));
            pages.add(page);
            byUrl.put(url, page);
        }
        SplitIndex split = new IndexSplitter(FIELDS, 6_000).split(pages);
        assertTrue(split.parts().size() >= 3, "parts: " + split.parts().size());
        try (NodeLunr node = NodeLunr.start(dir)) {
            for (IndexPart part : split.parts()) {
                JsonNode store = NodeLunr.JSON.readTree(part.store());
                List<SearchDocument> partDocs = new ArrayList<>();
                for (int ref = 0; ref < part.documents(); ref++) {
                    SearchPage page = byUrl.get(store.get(Integer.toString(ref)).get("url").asText());
                    partDocs.add(new SearchDocument(Integer.toString(ref), page.fields(), page.boost()));
                }
                String ours = new String(part.index(), java.nio.charset.StandardCharsets.UTF_8);
                JsonNode response = node.request(NodeLunr.request("ref",
                    new LunrIndexBuilder("ref", FIELDS).fields(), partDocs, ours, QUERIES));
                LunrAssertions.assertSameAsLunr(ours, response, "part " + part.number());
            }
        }
    }

    /** The refs that a query of {@link #QUERIES} found in our index, best first. */
    private static List<String> refs(JsonNode response, String query) {
        List<String> refs = new ArrayList<>();
        response.get("results").get(QUERIES.indexOf(query)).get("ours").get("hits").forEach(h -> refs.add(h.get(0).asText()));
        return refs;
    }

    private static JsonNode runReference(LunrIndexBuilder builder, List<SearchDocument> docs, List<String> queries,
                                         Path dir) throws Exception {
        ObjectNode request = NodeLunr.request(builder, docs, queries);
        Path requestFile = dir.resolve("request.json");
        Files.write(requestFile, NodeLunr.JSON.writeValueAsBytes(request));
        return NodeLunr.runOnce(requestFile, dir);
    }
}
