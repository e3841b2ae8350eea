package io.diffpress.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The first step of diffpress's pipeline (registered as {@value #LABEL} by search.js, which applies the same
 * segmentation to the terms of a query): Japanese and Chinese have no spaces between words, so a token from
 * lunr's tokenizer can be a whole sentence. A token with CJK characters is cut into runs: each run of CJK
 * characters gives its overlapping bigrams ("削除する" → "削除", "除す", "する"; a lone CJK character itself),
 * each other run is trimmed ({@link UnicodeTrimmer}) and kept unless that leaves nothing ("gpt-4.1の削除" was
 * tokenized to "gpt" and "4.1の削除", which gives "4.1", "の削", "削除"). A token without CJK characters is
 * left alone, so everything else is indexed as before. The insight stage reads Chinese and Japanese words the same
 * way when it compares two versions of a text ({@code io.diffpress.insight.Similarity}).
 *
 * <p>A CJK character is a code point in one of {@link #BLOCKS} that is also a word character (a letter, mark
 * or number, see {@link UnicodeTrimmer#isWordCodePoint}): Han ideographs (with 々 〆 〇 and the other
 * ideographic marks and numbers of U+3005–U+303C), Hiragana, Katakana (with the prolonged sound mark ー,
 * half-width forms included) and Hangul (syllables and jamo). Punctuation of those blocks, such as 、 。 「 」
 * and the middle dot ・, is not, so it separates runs; Bopomofo, enclosed and compatibility forms, radicals
 * and full-width Latin are not CJK either. The blocks are listed the same way in search.js.
 *
 * <p>CJK punctuation ({@link #isSeparator}: the code points of {@link #PUNCTUATION_BLOCKS} that are not word
 * characters, such as （ ） ： 、 。 ，) separates words even where no CJK character is near: Japanese text writes
 * "readme.md（docs/readme.md）" with no space, which gives "readme.md" and "docs/readme.md", as a reader
 * searching for either expects, not one term of both.
 */
public final class CjkBigrams {

    /** The pipeline label of this function in search.js. */
    static final String LABEL = "diffpressCjkBigrams";

    /** Ranges (first, last) of code points that are CJK when they are word characters; as CJK_BLOCKS in search.js. */
    static final int[] BLOCKS = {
        0x1100, 0x11FF,   // Hangul Jamo
        0x3005, 0x3007,   // 々 〆 〇
        0x3021, 0x302F,   // Hangzhou numerals, ideographic and Hangul tone marks
        0x3031, 0x3035,   // kana repeat marks
        0x3038, 0x303C,   // more Hangzhou numerals, 〻 〼
        0x3040, 0x309F,   // Hiragana
        0x30A0, 0x30FF,   // Katakana
        0x3130, 0x318F,   // Hangul Compatibility Jamo
        0x31F0, 0x31FF,   // Katakana Phonetic Extensions
        0x3400, 0x4DBF,   // CJK Unified Ideographs Extension A
        0x4E00, 0x9FFF,   // CJK Unified Ideographs
        0xA960, 0xA97F,   // Hangul Jamo Extended-A
        0xAC00, 0xD7AF,   // Hangul Syllables
        0xD7B0, 0xD7FF,   // Hangul Jamo Extended-B
        0xF900, 0xFAFF,   // CJK Compatibility Ideographs
        0xFF66, 0xFFDC,   // half-width Katakana and Hangul
        0x1AFF0, 0x1B16F, // Kana Extended-B, Kana Supplement, Kana Extended-A, Small Kana Extension
        0x20000, 0x3FFFF, // the Supplementary and Tertiary Ideographic Planes (Extensions B–J, compatibility)
    };

    /**
     * Ranges (first, last) of code points that separate words when they are not word characters; as
     * CJK_PUNCTUATION in search.js.
     */
    static final int[] PUNCTUATION_BLOCKS = {
        0x3000, 0x303F, // CJK Symbols and Punctuation
        0x30FB, 0x30FB, // the Katakana middle dot ・
        0xFE10, 0xFE1F, // Vertical Forms
        0xFE30, 0xFE6F, // CJK Compatibility Forms, Small Form Variants
        0xFF00, 0xFFEF, // Halfwidth and Fullwidth Forms
    };

    private CjkBigrams() {
    }

    /** Whether a code point is CJK punctuation, which separates words as a space does. */
    public static boolean isSeparator(int cp) {
        if (cp < 0x3000 || cp > 0xFFEF) {
            return false;
        }
        for (int i = 0; i < PUNCTUATION_BLOCKS.length; i += 2) {
            if (cp >= PUNCTUATION_BLOCKS[i] && cp <= PUNCTUATION_BLOCKS[i + 1]) {
                return !UnicodeTrimmer.isWordCodePoint(cp);
            }
        }
        return false;
    }

    private static final int OTHER = 0;
    private static final int CJK = 1;
    private static final int SEPARATOR = 2;

    private static int kind(int cp) {
        return isCjk(cp) ? CJK : isSeparator(cp) ? SEPARATOR : OTHER;
    }

    public static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        for (int i = 0; i < BLOCKS.length; i += 2) {
            if (cp < BLOCKS[i]) {
                return false;
            }
            if (cp <= BLOCKS[i + 1]) {
                return UnicodeTrimmer.isWordCodePoint(cp);
            }
        }
        return false;
    }

    /** Whether a token has a CJK character or CJK punctuation: whether {@link #segment} cuts it. */
    public static boolean containsCjk(String token) {
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (isCjk(cp) || isSeparator(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * The tokens this token stands for, in text order: the token itself unless it has CJK characters or CJK
     * punctuation. The punctuation is dropped.
     */
    public static List<String> segment(String token) {
        if (!containsCjk(token)) {
            return List.of(token);
        }
        List<String> out = new ArrayList<>();
        int n = token.length();
        int i = 0;
        while (i < n) {
            int start = i;
            int kind = kind(token.codePointAt(i));
            List<Integer> starts = new ArrayList<>(); // code point offsets of a CJK run
            while (i < n) {
                int cp = token.codePointAt(i);
                if (kind(cp) != kind) {
                    break;
                }
                starts.add(i);
                i += Character.charCount(cp);
            }
            boolean cjk = kind == CJK;
            if (kind == SEPARATOR) {
                continue;
            }
            if (!cjk) {
                String other = UnicodeTrimmer.trim(token.substring(start, i));
                if (!other.isEmpty()) {
                    out.add(other);
                }
            } else if (starts.size() == 1) {
                out.add(token.substring(start, i));
            } else {
                starts.add(i);
                for (int k = 0; k + 2 < starts.size(); k++) {
                    out.add(token.substring(starts.get(k), starts.get(k + 2)));
                }
            }
        }
        return out;
    }
}
