package io.diffpress.search;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Random documents (stop words, punctuation, unicode and CJK text, odd separators, repeated and numeric refs, boosts)
 * built by {@link LunrIndexBuilder} and by lunr.js must serialize identically and answer random queries the
 * same. One Node process serves every try, shrinking included.
 */
class LunrPropertyTest {

    private static final List<String> WORDS = List.of(
        "the", "and", "a", "is", "of", "to", "be", "you", "release", "releases", "releasing", "Released", "RUNNING",
        "runs", "ran", "tries", "try", "crash", "crashes", "parser", "parsing", "fix", "fixes", "happiness",
        "generalization", "yelling", "Yes", "sky", "agreed", "feed", "café", "naïve", "über", "ΟΔΟΣ", "σοφός",
        "日本語", "搜索", "😀", "🚀launch", "a😀😀ing", "!!!", "...", "--", "(x)", "'quoted'", "\"dq\"", "x.y",
        "snake_case", "2023", "v2.0", "01", "10", "1.5", "C++", "e-mail", "won't", "path/to/file.java", "\u0001",
        "bad\uD800", "İstanbul", "ﬁle", "ß", "_", "constructor", "__proto__", "toString", "hasOwnProperty", "",
        "Über", "#1", "100%", "cafe\u0301", "हिंदी।", "削除", "削除しました。", "ファイルを削除", "gpt-4.1の削除",
        "「削除」、追加", "サーバー", "の", "削", "中文搜索", "删除", "서버를", "한국어", "𠮷野家", "ﾌｧｲﾙ", "v2のrelease",
        "😀削除😀", "ファイル・パス", "\uD800削除");

    private static final List<String> SEPARATORS = List.of(
        " ", " ", " ", "  ", "-", "\u00A0", "\t", "\n", "\u2003", "\u3000", " - ", "\u200B", "\u2028", "\uFEFF");

    private static final List<List<SearchField>> FIELD_SETS = List.of(
        List.of(SearchField.of("title", 10), SearchField.of("body")),
        List.of(SearchField.of("title"), SearchField.of("body", 2), SearchField.of("tags", 0)),
        List.of(SearchField.of("2"), SearchField.of("title", 5), SearchField.of("0")));

    private static final List<String> REFS = List.of("0", "1", "2", "10", "01", "a", "b", "x/y", "4294967295", "-1",
        "constructor", "__proto__");

    private static NodeLunr node;
    private static Path workDir;

    record Case(List<SearchField> fields, List<SearchDocument> documents, List<String> queries) {
    }

    @Property(tries = 30)
    void indexAndSearchResultsEqualLunrJs(@ForAll("cases") Case c) throws IOException {
        LunrIndexBuilder builder = new LunrIndexBuilder("id", c.fields()).addAll(c.documents());
        JsonNode response = node().request(NodeLunr.request(builder, c.documents(), c.queries()));
        LunrAssertions.assertSameAsLunr(builder.toJsonString(), response, "random case");
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<SearchField>> fields = Arbitraries.of(FIELD_SETS);
        return fields.flatMap(fs -> Combinators.combine(
                document(fs).list().ofMinSize(1).ofMaxSize(6),
                query(fs).list().ofMinSize(1).ofMaxSize(8))
            .as((docs, queries) -> new Case(fs, docs, queries)));
    }

    private static Arbitrary<SearchDocument> document(List<SearchField> fields) {
        Arbitrary<String> ref = Arbitraries.oneOf(Arbitraries.of(REFS), Arbitraries.strings().alpha().ofLength(3));
        Arbitrary<Double> boost = Arbitraries.of(1.0, 1.0, 1.0, 2.0, 0.0, 0.5, 10.0);
        Arbitrary<String> text = Arbitraries.oneOf(text(), text(), text(), Arbitraries.just(""),
            Arbitraries.just(null));
        Arbitrary<List<String>> texts = text.list().ofSize(fields.size());
        return Combinators.combine(ref, texts, boost).as((r, ts, b) -> {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                map.put(fields.get(i).name(), ts.get(i));
            }
            return new SearchDocument(r, map, b);
        });
    }

    private static Arbitrary<String> text() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> separator = Arbitraries.of(SEPARATORS);
        return Combinators.combine(word, separator).as((w, s) -> w + s).list().ofMaxSize(14)
            .map(parts -> String.join("", parts));
    }

    private static Arbitrary<String> query(List<SearchField> fields) {
        Arbitrary<String> word = Arbitraries.of(WORDS).filter(w -> !w.isEmpty() && !w.contains("\n"));
        Arbitrary<String> field = Arbitraries.of(fields.stream().map(SearchField::name).toList());
        return Arbitraries.oneOf(
            word,
            word.map(String::toUpperCase),
            Combinators.combine(field, word).as((f, w) -> f + ":" + w),
            word.map(w -> w.length() > 2 ? w.substring(0, 3) + "*" : w + "*"),
            word.map(w -> "*" + w.substring(Math.max(0, w.length() - 3))),
            word.map(w -> w + "~1"),
            Combinators.combine(word, word).as((a, b) -> "+" + a + " -" + b),
            word.map(w -> w + "^10"),
            Combinators.combine(word, word).as((a, b) -> a + " " + b));
    }

    private static NodeLunr node() throws IOException {
        if (node == null) {
            workDir = Files.createTempDirectory("lunr-property");
            node = NodeLunr.start(workDir);
        }
        return node;
    }

    @AfterContainer
    static void stopNode() throws IOException {
        if (node != null) {
            node.close();
            node = null;
            List<Path> files = new ArrayList<>();
            try (var stream = Files.list(workDir)) {
                stream.forEach(files::add);
            }
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(workDir);
        }
    }
}
