package io.diffpress.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * JavaScript's {@code String.prototype.toLowerCase}. Java 17 knows Unicode 13; current JavaScript engines
 * (Node 20 here) also lowercase the uppercase letters added since, so those mappings are added by hand.
 */
final class JsLowerCase {

    /** Uppercase → lowercase pairs that JavaScript applies and Java 17's {@code toLowerCase} does not. */
    private static final int[] NEWER_PAIRS = {
        0x1C89, 0x1C8A, 0x2C2F, 0x2C5F, 0xA7C0, 0xA7C1, 0xA7CB, 0x264, 0xA7CC, 0xA7CD, 0xA7CE, 0xA7CF,
        0xA7D0, 0xA7D1, 0xA7D2, 0xA7D3, 0xA7D4, 0xA7D5, 0xA7D6, 0xA7D7, 0xA7D8, 0xA7D9, 0xA7DA, 0xA7DB,
        0xA7DC, 0x19B, 0x10570, 0x10597, 0x10571, 0x10598, 0x10572, 0x10599, 0x10573, 0x1059A, 0x10574, 0x1059B,
        0x10575, 0x1059C, 0x10576, 0x1059D, 0x10577, 0x1059E, 0x10578, 0x1059F, 0x10579, 0x105A0, 0x1057A, 0x105A1,
        0x1057C, 0x105A3, 0x1057D, 0x105A4, 0x1057E, 0x105A5, 0x1057F, 0x105A6, 0x10580, 0x105A7, 0x10581, 0x105A8,
        0x10582, 0x105A9, 0x10583, 0x105AA, 0x10584, 0x105AB, 0x10585, 0x105AC, 0x10586, 0x105AD, 0x10587, 0x105AE,
        0x10588, 0x105AF, 0x10589, 0x105B0, 0x1058A, 0x105B1, 0x1058C, 0x105B3, 0x1058D, 0x105B4, 0x1058E, 0x105B5,
        0x1058F, 0x105B6, 0x10590, 0x105B7, 0x10591, 0x105B8, 0x10592, 0x105B9, 0x10594, 0x105BB, 0x10595, 0x105BC,
        0x10D50, 0x10D70, 0x10D51, 0x10D71, 0x10D52, 0x10D72, 0x10D53, 0x10D73, 0x10D54, 0x10D74, 0x10D55, 0x10D75,
        0x10D56, 0x10D76, 0x10D57, 0x10D77, 0x10D58, 0x10D78, 0x10D59, 0x10D79, 0x10D5A, 0x10D7A, 0x10D5B, 0x10D7B,
        0x10D5C, 0x10D7C, 0x10D5D, 0x10D7D, 0x10D5E, 0x10D7E, 0x10D5F, 0x10D7F, 0x10D60, 0x10D80, 0x10D61, 0x10D81,
        0x10D62, 0x10D82, 0x10D63, 0x10D83, 0x10D64, 0x10D84, 0x10D65, 0x10D85, 0x16EA0, 0x16EBB, 0x16EA1, 0x16EBC,
        0x16EA2, 0x16EBD, 0x16EA3, 0x16EBE, 0x16EA4, 0x16EBF, 0x16EA5, 0x16EC0, 0x16EA6, 0x16EC1, 0x16EA7, 0x16EC2,
        0x16EA8, 0x16EC3, 0x16EA9, 0x16EC4, 0x16EAA, 0x16EC5, 0x16EAB, 0x16EC6, 0x16EAC, 0x16EC7, 0x16EAD, 0x16EC8,
        0x16EAE, 0x16EC9, 0x16EAF, 0x16ECA, 0x16EB0, 0x16ECB, 0x16EB1, 0x16ECC, 0x16EB2, 0x16ECD, 0x16EB3, 0x16ECE,
        0x16EB4, 0x16ECF, 0x16EB5, 0x16ED0, 0x16EB6, 0x16ED1, 0x16EB7, 0x16ED2, 0x16EB8, 0x16ED3,
    };

    private static final Map<Integer, Integer> NEWER = new HashMap<>();

    static {
        for (int i = 0; i < NEWER_PAIRS.length; i += 2) {
            NEWER.put(NEWER_PAIRS[i], NEWER_PAIRS[i + 1]);
        }
    }

    private JsLowerCase() {
    }

    static String apply(String s) {
        String lower = s.indexOf(CAPITAL_SIGMA) >= 0 ? withSigmas(s) : s.toLowerCase(Locale.ROOT);
        return mayNeedNewerMappings(lower) ? applyNewer(lower) : lower;
    }

    private static final char CAPITAL_SIGMA = '\u03A3';

    /**
     * Lowercase with each capital sigma made final (ς) or not (σ) by Unicode's Final_Sigma condition, as JavaScript
     * does: Java decides it by word boundaries instead, and differs on "ΟΔΟΣ-the" (σ, where JavaScript writes ς). The
     * text between sigmas has no other mapping that depends on what surrounds it, so it is lowercased as usual.
     */
    private static String withSigmas(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        for (int at = s.indexOf(CAPITAL_SIGMA); at >= 0; at = s.indexOf(CAPITAL_SIGMA, at + 1)) {
            out.append(s.substring(from, at).toLowerCase(Locale.ROOT));
            out.append(finalSigma(s, at) ? '\u03C2' : '\u03C3');
            from = at + 1;
        }
        return out.append(s.substring(from).toLowerCase(Locale.ROOT)).toString();
    }

    /** Final_Sigma: a cased letter before (case-ignorable ones skipped), and none after (the same skipped). */
    static boolean finalSigma(String s, int at) {
        int i = at;
        boolean casedBefore = false;
        while (i > 0) {
            int cp = s.codePointBefore(i);
            i -= Character.charCount(cp);
            if (!caseIgnorable(cp)) {
                casedBefore = cased(cp);
                break;
            }
        }
        if (!casedBefore) {
            return false;
        }
        for (int j = at + 1; j < s.length(); ) {
            int cp = s.codePointAt(j);
            j += Character.charCount(cp);
            if (!caseIgnorable(cp)) {
                return !cased(cp);
            }
        }
        return true;
    }

    /** Unicode's Cased: uppercase, lowercase or titlecase letters (Java's tests include Other_Lowercase/Uppercase). */
    private static boolean cased(int cp) {
        if (cp == 0x0295) {
            return false; // a lowercase letter in Java 17's Unicode 13, an "other letter" since Unicode 14
        }
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifier letters and symbols, and the word-inner punctuation. */
    private static boolean caseIgnorable(int cp) {
        if (cp == 0x1734 || cp == 0x1171E) {
            return false; // non-spacing marks in Unicode 13, spacing ones since Unicode 14
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                 Character.MODIFIER_SYMBOL:
                return true;
            default:
                // Word_Break MidLetter, MidNumLet and Single_Quote
                return switch (cp) {
                    case 0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55,
                         0xFF07, 0xFF0E, 0xFF1A -> true;
                    default -> false;
                };
        }
    }

    /** Cheap pre-check: the BMP characters of the table, or high surrogates of its supplementary blocks. */
    private static boolean mayNeedNewerMappings(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0x1C89 || c == 0x2C2F || (c >= 0xA7C0 && c <= 0xA7DC)
                    || c == 0xD801 || c == 0xD803 || c == 0xD81B) {
                return true;
            }
        }
        return false;
    }

    private static String applyNewer(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(NEWER.getOrDefault(cp, cp)));
        return out.toString();
    }
}
