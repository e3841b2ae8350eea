package io.diffpress.search;

import java.util.Arrays;

/**
 * diffpress's trimmer, in place of lunr.trimmer (registered as {@value #LABEL} by search.js): strips the code
 * points at both ends of a token that are neither letters, marks, numbers nor {@code '_'}, as
 * {@code s.replace(/^[^\p{L}\p{M}\p{N}_]+/u, '').replace(/[^\p{L}\p{M}\p{N}_]+$/u, '')} does in JavaScript.
 *
 * <p>On ASCII this is lunr.trimmer exactly ({@code \W} is {@code [^A-Za-z0-9_]}), but "über", "naïve" and
 * "日本語" stay whole, while punctuation, symbols and emoji (a surrogate pair is one code point) are trimmed.
 * Marks count as word characters so that a word ending in a combining accent or an Indic or Thai vowel sign
 * keeps it (lunr does not trim query terms, so a trimmed mark could never be found again). A lone surrogate is
 * not a word character, as in a {@code u} regex.
 *
 * <p>Java 17 knows Unicode 13; Node's regexes (ICU) know a newer version, so the letters, marks and numbers
 * assigned since are added from {@link #NEWER} (a test compares every code point with Node).
 */
final class UnicodeTrimmer {

    /** The pipeline label of this function in search.js. */
    static final String LABEL = "diffpressTrimmer";

    /** Ranges (first, last) that Node's {@code [\p{L}\p{M}\p{N}]} matches and Java 17's categories do not. */
    private static final int[] NEWER = {
        0x870, 0x887, 0x889, 0x88F, 0x897, 0x89F, 0x8B5, 0x8B5, 0x8C8, 0x8D2, 0xC3C, 0xC3C,
        0xC5C, 0xC5D, 0xCDC, 0xCDD, 0xCF3, 0xCF3, 0xECE, 0xECE, 0x170D, 0x170D, 0x1715, 0x1715,
        0x171F, 0x171F, 0x180F, 0x180F, 0x1AC1, 0x1ADD, 0x1AE0, 0x1AEB, 0x1B4C, 0x1B4C, 0x1C89, 0x1C8A,
        0x1DFA, 0x1DFA, 0x2C2F, 0x2C2F, 0x2C5F, 0x2C5F, 0x9FFD, 0x9FFF, 0xA7C0, 0xA7C1, 0xA7CB, 0xA7DC,
        0xA7F1, 0xA7F4, 0x10570, 0x1057A, 0x1057C, 0x1058A, 0x1058C, 0x10592, 0x10594, 0x10595, 0x10597, 0x105A1,
        0x105A3, 0x105B1, 0x105B3, 0x105B9, 0x105BB, 0x105BC, 0x105C0, 0x105F3, 0x10780, 0x10785, 0x10787, 0x107B0,
        0x107B2, 0x107BA, 0x10940, 0x10959, 0x10D40, 0x10D65, 0x10D69, 0x10D6D, 0x10D6F, 0x10D85, 0x10EC2, 0x10EC7,
        0x10EFA, 0x10EFF, 0x10F70, 0x10F85, 0x11070, 0x11075, 0x110C2, 0x110C2, 0x1123F, 0x11241, 0x11380, 0x11389,
        0x1138B, 0x1138B, 0x1138E, 0x1138E, 0x11390, 0x113B5, 0x113B7, 0x113C0, 0x113C2, 0x113C2, 0x113C5, 0x113C5,
        0x113C7, 0x113CA, 0x113CC, 0x113D3, 0x113E1, 0x113E2, 0x116D0, 0x116E3, 0x11740, 0x11746, 0x11AB0, 0x11ABF,
        0x11B60, 0x11B67, 0x11BC0, 0x11BE0, 0x11BF0, 0x11BF9, 0x11DB0, 0x11DDB, 0x11DE0, 0x11DE9, 0x11F00, 0x11F10,
        0x11F12, 0x11F3A, 0x11F3E, 0x11F42, 0x11F50, 0x11F5A, 0x12F90, 0x12FF0, 0x1342F, 0x1342F, 0x13440, 0x13455,
        0x13460, 0x143FA, 0x16100, 0x16139, 0x16A70, 0x16ABE, 0x16AC0, 0x16AC9, 0x16D40, 0x16D6C, 0x16D70, 0x16D79,
        0x16EA0, 0x16EB8, 0x16EBB, 0x16ED3, 0x16FF2, 0x16FF6, 0x187F8, 0x187FF, 0x18CFF, 0x18CFF, 0x18D09, 0x18D1E,
        0x18D80, 0x18DF2, 0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B11F, 0x1B122, 0x1B132, 0x1B132,
        0x1B155, 0x1B155, 0x1CCF0, 0x1CCF9, 0x1CF00, 0x1CF2D, 0x1CF30, 0x1CF46, 0x1D2C0, 0x1D2D3, 0x1DF00, 0x1DF1E,
        0x1DF25, 0x1DF2A, 0x1E030, 0x1E06D, 0x1E08F, 0x1E08F, 0x1E290, 0x1E2AE, 0x1E4D0, 0x1E4F9, 0x1E5D0, 0x1E5FA,
        0x1E6C0, 0x1E6DE, 0x1E6E0, 0x1E6F5, 0x1E6FE, 0x1E6FF, 0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB, 0x1E7ED, 0x1E7EE,
        0x1E7F0, 0x1E7FE, 0x2A6DE, 0x2A6DF, 0x2B735, 0x2B73F, 0x2CEA2, 0x2CEAD, 0x2EBF0, 0x2EE5D, 0x31350, 0x33479
    };

    /** {@code NEWER}'s first code points, for a binary search. */
    private static final int[] NEWER_STARTS = new int[NEWER.length / 2];

    static {
        for (int i = 0; i < NEWER_STARTS.length; i++) {
            NEWER_STARTS[i] = NEWER[2 * i];
        }
    }

    private UnicodeTrimmer() {
    }

    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int cp = s.codePointAt(start);
            if (isWordCodePoint(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (isWordCodePoint(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /** JavaScript's {@code /[\p{L}\p{M}\p{N}_]/u} for one code point (a lone surrogate is not one). */
    static boolean isWordCodePoint(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            case Character.UNASSIGNED:
                return isNewer(cp);
            default:
                return false;
        }
    }

    private static boolean isNewer(int cp) {
        int i = Arrays.binarySearch(NEWER_STARTS, cp);
        if (i < 0) {
            i = -i - 2; // the range starting before cp
        }
        return i >= 0 && cp <= NEWER[2 * i + 1];
    }
}
