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

class UnicodeTrimmerTest {

    @Test
    void asciiIsTrimmedExactlyAsLunrDoes() {
        assertEquals("hello", UnicodeTrimmer.trim("\"hello!\""));
        assertEquals("it's", UnicodeTrimmer.trim("(it's)"));
        assertEquals("a.b", UnicodeTrimmer.trim("...a.b..."));
        assertEquals("_snake_case_", UnicodeTrimmer.trim("-_snake_case_-"));
        assertEquals("100", UnicodeTrimmer.trim("100%"));
        assertEquals("1", UnicodeTrimmer.trim("#1"));
        assertEquals("", UnicodeTrimmer.trim("!!!"));
        assertEquals("", UnicodeTrimmer.trim(""));
        // every ASCII string of up to two characters, and of three over an alphabet of each kind
        List<String> strings = new ArrayList<>(List.of(""));
        for (char a = 0; a < 128; a++) {
            strings.add(String.valueOf(a));
            for (char b = 0; b < 128; b++) {
                strings.add("" + a + b);
            }
        }
        String alphabet = "aZ09_ -.!\"#(),'\t~\\@";
        for (char a : alphabet.toCharArray()) {
            for (char b : alphabet.toCharArray()) {
                for (char c : alphabet.toCharArray()) {
                    strings.add("" + a + b + c);
                }
            }
        }
        for (String s : strings) {
            assertEquals(LunrTrimmer.trim(s), UnicodeTrimmer.trim(s), () -> "ASCII " + s.chars().boxed().toList());
        }
    }

    @Test
    void lettersMarksAndNumbersOfEveryScriptStay() {
        assertEquals("über", UnicodeTrimmer.trim("über"));
        assertEquals("café", UnicodeTrimmer.trim("«café»"));
        assertEquals("naïve", UnicodeTrimmer.trim("naïve,"));
        assertEquals("οδος", UnicodeTrimmer.trim("(οδος)"));
        assertEquals("日本語", UnicodeTrimmer.trim("「日本語」"));
        assertEquals("서버", UnicodeTrimmer.trim("서버!"));
        assertEquals("²", UnicodeTrimmer.trim("²"), "other numbers are numbers");
        assertEquals("cafe\u0301", UnicodeTrimmer.trim("cafe\u0301"), "a combining accent stays on its letter");
        assertEquals("हिंदी", UnicodeTrimmer.trim("हिंदी।"), "so does an Indic vowel sign; the danda goes");
    }

    @Test
    void symbolsPunctuationEmojiAndLoneSurrogatesGo() {
        assertEquals("rocket", UnicodeTrimmer.trim("😀rocket🚀"));
        assertEquals("launch", UnicodeTrimmer.trim("🚀launch"));
        assertEquals("", UnicodeTrimmer.trim("🎉"), "a surrogate pair is one symbol");
        assertEquals("a😀😀b", UnicodeTrimmer.trim("a😀😀b"), "only the ends are trimmed");
        assertEquals("x", UnicodeTrimmer.trim("\uD800x\uDC00"), "lone surrogates");
        assertEquals("𠮷", UnicodeTrimmer.trim("𠮷"), "a supplementary ideograph is a letter");
        assertEquals("", UnicodeTrimmer.trim("—€™©"));
        assertEquals("ok", UnicodeTrimmer.trim("\u00A0ok\u3001"));
    }

    @Test
    void unicodeVersionGapIsCovered() {
        assertFalse(Character.isLetter(0x9FFF), "Java 17 does not know U+9FFF");
        assertTrue(UnicodeTrimmer.isWordCodePoint(0x9FFF), "Node's regexes do");
        assertTrue(UnicodeTrimmer.isWordCodePoint(0x31350), "CJK Extension H");
        assertFalse(UnicodeTrimmer.isWordCodePoint(0x33480), "unassigned");
    }

    /**
     * search.js's trimmer (what lunr.js runs when the tests build the reference index) against this one, code
     * point by code point, and against lunr.trimmer itself on ASCII.
     */
    @Test
    void agreesWithSearchJsInNodeOnEveryCodePoint(@TempDir Path dir) throws Exception {
        JsonNode analysis = NodeLunr.analysis(dir, List.of());
        assertEquals(0, analysis.get("asciiDifferences").size(),
            "ASCII strings that lunr.trimmer trims otherwise: " + analysis.get("asciiDifferences"));
        assertTrue(analysis.get("asciiChecked").asInt() > 20_000);
        assertEquals(ranges(analysis.get("wordRanges")), javaWordRanges(),
            "word characters: Java (with UnicodeTrimmer.NEWER) vs search.js in Node " + System.lineSeparator()
                + "(a Node with a newer Unicode needs the new letters, marks and numbers in NEWER)");
    }

    private static List<String> javaWordRanges() {
        List<int[]> ranges = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (!UnicodeTrimmer.trim(new String(Character.toChars(cp))).isEmpty()) {
                int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                if (last != null && last[1] == cp - 1) {
                    last[1] = cp;
                } else {
                    ranges.add(new int[] {cp, cp});
                }
            }
        }
        return ranges.stream().map(r -> Integer.toHexString(r[0]) + "-" + Integer.toHexString(r[1])).toList();
    }

    static List<String> ranges(JsonNode pairs) {
        List<String> out = new ArrayList<>();
        for (JsonNode pair : pairs) {
            out.add(Integer.toHexString(pair.get(0).asInt()) + "-" + Integer.toHexString(pair.get(1).asInt()));
        }
        return out;
    }
}
