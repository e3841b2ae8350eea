package io.diffpress.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CjkBigramsTest {

    /** Tokens as lunr's tokenizer gives them (lowercase, no whitespace or hyphen). */
    private static final List<String> TOKENS = List.of(
        "release", "!!!", "", "über", "naïve", "😀rocket", "v2.0", "(it's)",
        "削除", "削除する", "の", "削", "4.1の削除", "「削除」、追加。", "ファイル・パス", "サーバー", "ﾌｧｲﾙ", "서버를",
        "한국어", "中文搜索引擎", "𠮷野家", "々", "日本語テキスト", "v2のrelease", "(gpt)の", "😀削除😀", "a削b除c",
        "\uD800削除", "〜", "、。", "x・y", "搜索，引擎", "ｇｐｔの",
        "readme.md（docs/readme.md", "（）：", "a：b", "ｇｐｔ：ｘ", "x＿y", "　", "・");

    @Test
    void tokensWithoutCjkAreLeftAsTheyAre() {
        for (String token : List.of("release", "!!!", "", "über", "naïve", "😀rocket", "(it's)", "x.y", "(x)")) {
            assertEquals(List.of(token), CjkBigrams.segment(token), token);
        }
    }

    @Test
    void cjkRunsBecomeOverlappingBigrams() {
        assertEquals(List.of("削除"), CjkBigrams.segment("削除"));
        assertEquals(List.of("削除", "除す", "する"), CjkBigrams.segment("削除する"));
        assertEquals(List.of("中文", "文搜", "搜索", "索引", "引擎"), CjkBigrams.segment("中文搜索引擎"));
        assertEquals(List.of("サー", "ーバ", "バー"), CjkBigrams.segment("サーバー"), "ー belongs to the word");
        assertEquals(List.of("ﾌｧ", "ｧｲ", "ｲﾙ"), CjkBigrams.segment("ﾌｧｲﾙ"), "half-width katakana");
        assertEquals(List.of("𠮷野", "野家"), CjkBigrams.segment("𠮷野家"), "a supplementary ideograph is one character");
    }

    @Test
    void hangulIsCjkToo() {
        assertEquals(List.of("서버", "버를"), CjkBigrams.segment("서버를"));
        assertEquals(List.of("한국", "국어"), CjkBigrams.segment("한국어"));
    }

    @Test
    void aLoneCjkCharacterIsAUnigram() {
        assertEquals(List.of("の"), CjkBigrams.segment("の"));
        assertEquals(List.of("々"), CjkBigrams.segment("々"));
        assertEquals(List.of("a", "削", "b", "除", "c"), CjkBigrams.segment("a削b除c"));
    }

    @Test
    void otherRunsAreTrimmedAndPunctuationSeparates() {
        assertEquals(List.of("gpt"), LunrTokenizer.tokenize("gpt-4.1の削除").subList(0, 1));
        assertEquals(List.of("4.1", "の削", "削除"), CjkBigrams.segment("4.1の削除"));
        assertEquals(List.of("削除", "追加"), CjkBigrams.segment("「削除」、追加。"));
        assertEquals(List.of("ファ", "ァイ", "イル", "パス"), CjkBigrams.segment("ファイル・パス"), "the middle dot separates");
        assertEquals(List.of("v2", "の", "release"), CjkBigrams.segment("v2のrelease"));
        assertEquals(List.of("gpt", "の"), CjkBigrams.segment("(gpt)の"));
        assertEquals(List.of("削除"), CjkBigrams.segment("😀削除😀"), "emoji are trimmed away");
        assertEquals(List.of("搜索", "引擎"), CjkBigrams.segment("搜索，引擎"), "full-width comma");
        assertEquals(List.of("ｇｐｔ", "の"), CjkBigrams.segment("ｇｐｔの"), "full-width Latin is not CJK");
        assertEquals(List.of("削除"), CjkBigrams.segment("\uD800削除"), "a lone surrogate is trimmed");
    }

    @Test
    void cjkPunctuationSeparatesWordsWithoutCjkCharactersToo() {
        assertEquals(List.of("readme.md", "docs/readme.md"), CjkBigrams.segment("readme.md（docs/readme.md"));
        assertEquals(List.of("a", "b"), CjkBigrams.segment("a：b"));
        assertEquals(List.of("ｇｐｔ", "ｘ"), CjkBigrams.segment("ｇｐｔ：ｘ"), "full-width letters are word characters");
        assertEquals(List.of(), CjkBigrams.segment("（）："));
        assertEquals(List.of(), CjkBigrams.segment("、。"));
        assertEquals(List.of("x", "y"), CjkBigrams.segment("x・y"));
        assertEquals(List.of("x", "y"), CjkBigrams.segment("x〜y"), "the wave dash");
        assertEquals(List.of("x", "y"), CjkBigrams.segment("x＿y"), "the full-width low line is no '_'");
        assertEquals(List.of("a.b", "c"), CjkBigrams.segment("a.b、c"));
        assertTrue(CjkBigrams.isSeparator('（') && CjkBigrams.isSeparator('、') && CjkBigrams.isSeparator('・'));
        assertFalse(CjkBigrams.isSeparator('ｇ') || CjkBigrams.isSeparator('々') || CjkBigrams.isSeparator('(')
            || CjkBigrams.isSeparator('１'));
    }

    @Test
    void thePipelineIndexesTheBigramsAndStemsOnlyTheEnglish() {
        List<String> terms = new ArrayList<>();
        for (String token : LunrTokenizer.tokenize("gpt-4.1の削除 Releases 削除しました")) {
            terms.addAll(TermPipeline.run(token));
        }
        assertEquals(List.of("gpt", "4.1", "の削", "削除", "releas", "削除", "除し", "しま", "まし", "した"), terms);
        // the stemmer never changes a CJK term (it only rewrites ASCII suffixes)
        for (String token : TOKENS) {
            for (String piece : CjkBigrams.segment(token)) {
                if (CjkBigrams.containsCjk(piece)) {
                    assertEquals(piece, PorterStemmer.stem(piece), piece);
                    assertFalse(StopWords.contains(piece), piece);
                }
            }
        }
    }

    @Test
    void blocksAreOrderedAndOnlyWordCharactersCount() {
        for (int i = 1; i < CjkBigrams.BLOCKS.length; i++) {
            assertTrue(CjkBigrams.BLOCKS[i - 1] < CjkBigrams.BLOCKS[i] + (i % 2 == 1 ? 1 : 0), "BLOCKS sorted at " + i);
        }
        assertTrue(CjkBigrams.isCjk('削') && CjkBigrams.isCjk('の') && CjkBigrams.isCjk('カ') && CjkBigrams.isCjk('한'));
        assertTrue(CjkBigrams.isCjk('ー') && CjkBigrams.isCjk(0x20BB7));
        assertFalse(CjkBigrams.isCjk('、') || CjkBigrams.isCjk('。') || CjkBigrams.isCjk('・') || CjkBigrams.isCjk('「'));
        assertFalse(CjkBigrams.isCjk('a') || CjkBigrams.isCjk('ü') || CjkBigrams.isCjk(0x3000) || CjkBigrams.isCjk('ｇ'));
    }

    /** The runs of code points a predicate holds for, as "first-last" in hex. */
    private static List<String> ranges(java.util.function.IntPredicate holds) {
        List<String> out = new ArrayList<>();
        int[] run = null;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT + 1; cp++) {
            boolean in = cp <= Character.MAX_CODE_POINT && holds.test(cp);
            if (in && run == null) {
                run = new int[] {cp, cp};
            } else if (in) {
                run[1] = cp;
            } else if (run != null) {
                out.add(Integer.toHexString(run[0]) + "-" + Integer.toHexString(run[1]));
                run = null;
            }
        }
        return out;
    }

    /** search.js segments queries (and, in the tests, lunr.js builds the reference index) with its own copy. */
    @Test
    void agreesWithSearchJsInNode(@TempDir Path dir) throws Exception {
        JsonNode analysis = NodeLunr.analysis(dir, TOKENS);
        assertEquals(UnicodeTrimmerTest.ranges(analysis.get("cjkRanges")), ranges(CjkBigrams::isCjk), "CJK characters");
        assertEquals(UnicodeTrimmerTest.ranges(analysis.get("separatorRanges")), ranges(CjkBigrams::isSeparator), "CJK punctuation");
        for (int i = 0; i < TOKENS.size(); i++) {
            List<String> js = new ArrayList<>();
            analysis.get("segments").get(i).forEach(s -> js.add(s.asText()));
            assertEquals(js, CjkBigrams.segment(TOKENS.get(i)), "segments of " + TOKENS.get(i));
            assertEquals(analysis.get("trimmed").get(i).asText(), UnicodeTrimmer.trim(TOKENS.get(i)), TOKENS.get(i));
        }
    }
}
