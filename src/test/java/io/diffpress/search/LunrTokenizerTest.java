package io.diffpress.search;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LunrTokenizerTest {

    @Test
    void separatorsAreExactlyTheCodeUnitsThatJavaScriptMatchesWithSlashSOrHyphen() {
        Set<Integer> expected = new HashSet<>();
        for (String hex : Fixtures.lines("js-whitespace.txt")) {
            expected.add(Integer.parseInt(hex, 16));
        }
        assertEquals(26, expected.size());
        for (int c = 0; c <= 0xFFFF; c++) {
            assertEquals(expected.contains(c), LunrTokenizer.isSeparator((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void splitsOnWhitespaceRunsAndHyphensAndDropsEmptySlices() {
        assertEquals(List.of("state", "of", "the", "art", "x"), LunrTokenizer.tokenize("  state-of--the -art\t\nx- "));
        assertEquals(List.of("non", "breaking", "em", "space", "ideo", "bom"),
            LunrTokenizer.tokenize("non\u00A0breaking em\u2003space ideo\u3000\uFEFFbom"));
        assertEquals(List.of("a\u0085b", "c\u200Bd"), LunrTokenizer.tokenize("a\u0085b c\u200Bd"),
            "NEL and zero-width space are not \\s in JavaScript");
        assertEquals(List.of("en–dash", "em—dash"), LunrTokenizer.tokenize("en–dash em—dash"), "only U+002D splits");
    }

    @Test
    void lowercasesLikeJavaScript() {
        assertEquals(List.of("running", "café", "οδος", "i\u0307stanbul"), LunrTokenizer.tokenize("RUNNING CAFÉ ΟΔΟΣ İstanbul"));
        assertEquals(List.of("😀rocket", "日本語"), LunrTokenizer.tokenize("😀ROCKET 日本語"));
    }

    @Test
    void nullAndEmptyTextGiveNoTokens() {
        assertTrue(LunrTokenizer.tokenize(null).isEmpty());
        assertTrue(LunrTokenizer.tokenize("").isEmpty());
        assertTrue(LunrTokenizer.tokenize(" - \u00A0").isEmpty());
    }

    @Test
    void lowercaseMatchesJavaScriptForEveryCodePoint() {
        int checked = 0;
        for (String line : Fixtures.lines("js-lowercase.txt")) {
            String[] parts = line.split(" ");
            String upper = new String(Character.toChars(Integer.parseInt(parts[0], 16)));
            StringBuilder expected = new StringBuilder();
            for (String cp : parts[1].split(",")) {
                expected.appendCodePoint(Integer.parseInt(cp, 16));
            }
            assertEquals(expected.toString(), JsLowerCase.apply(upper), "U+" + parts[0]);
            checked++;
        }
        assertTrue(checked > 1400);
        // and code points that JavaScript leaves alone stay alone
        assertEquals("abc 123 日本 😀", JsLowerCase.apply("abc 123 日本 😀"));
    }
}
