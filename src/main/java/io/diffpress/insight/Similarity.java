package io.diffpress.insight;

import io.diffpress.search.CjkBigrams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Cheap measures of how alike two short texts are, used to pair a removed block with an added one. */
final class Similarity {

    /** Texts longer than this are never compared letter by letter. */
    static final int MAX_EDIT_CHARS = 400;

    private Similarity() {
    }

    /** Dice coefficient over lower-cased words stripped of punctuation: 1 for the same words, 0 for none shared. */
    static double words(String a, String b) {
        return dice(words(a), words(b));
    }

    private static double dice(List<String> wa, List<String> wb) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String w : wa) {
            counts.merge(w, 1, Integer::sum);
        }
        int shared = 0;
        for (String w : wb) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                counts.put(w, c - 1);
                shared++;
            }
        }
        return 2.0 * shared / (wa.size() + wb.size());
    }

    /**
     * The words or identifiers of many texts as ids from one dictionary, so that scoring a pair is
     * a tally over two arrays rather than splitting both texts again: pairing looks at each block
     * up to 80 times. Dice over two bags is the value Dice over the token lists they were made from has.
     */
    static final class Bags {
        /** Starts small: many comparisons number only a few words (the table grows as they come). */
        private final TextIds ids = new TextIds(16);

        /**
         * Per thread, a Bags for each use that may be alive at once (a comparison, its verbatim code
         * lines, heading titles): each explain numbers its words anew, in tables kept from the file
         * before rather than allocated and grown again, and still in the cache.
         */
        private static final ThreadLocal<Bags[]> RECYCLED = ThreadLocal.withInitial(() -> new Bags[3]);

        static final int COMPARISON = 0;
        static final int VERBATIM = 1;
        static final int TITLES = 2;

        /**
         * This thread's Bags for one use, emptied: as a new Bags. The caller must be done with the one it
         * got before for the same use (uses are never nested within one thread: explain is not re-entered).
         */
        static Bags recycled(int use) {
            Bags[] bags = RECYCLED.get();
            if (bags[use] == null) {
                bags[use] = new Bags();
            } else {
                bags[use].reset();
            }
            return bags[use];
        }

        private void reset() {
            // the tallies are left empty by every use; cleared anyway, in case one was cut short by an error
            java.util.Arrays.fill(tally, 0, Math.min(tally.length, ids.size()), 0);
            ids.reset();
            if (lineIds != null) {
                java.util.Arrays.fill(lineTally, 0, Math.min(lineTally.length, lineIds.size()), 0);
                lineIds.reset();
            }
        }
        private int[] buffer = new int[16];
        private int[] tally = new int[16];

        /** How many distinct words or identifiers have ids. */
        int size() {
            return ids.size();
        }

        /** The words of {@link #words(String)}, as ids. */
        int[] words(String text) {
            return words(text, 0, text.length());
        }

        /**
         * The words of text[from, to), as ids, read in place in the string: a word is packed for
         * {@link TextIds#packed} as it is read, so most are read once and none is copied out.
         */
        int[] words(String text, int from, int to) {
            int count = 0;
            int i = from;
            while (i < to) {
                char ch = text.charAt(i);
                if (ch < 0x80 ? (ASCII[ch] & SPACE) != 0 : Character.isWhitespace(ch)) {
                    i++;
                    continue;
                }
                // one pass over the word: its first and last letter or digit, and the packed form of
                // what lies between, as it stood at the last one
                int s = -1;
                int e = -1;
                long low = 0;
                long high = 0;
                // the characters or'ed, with a bit above ASCII for a capital: below 0x80 when the word is its own lower case
                int all = 0;
                long lowAtE = 0;
                long highAtE = 0;
                int allAtE = 0;
                for (; i < to; i++) {
                    ch = text.charAt(i);
                    boolean letterOrDigit;
                    int upper = 0;
                    if (ch < 0x80) {
                        int kind = ASCII[ch];
                        if ((kind & SPACE) != 0) {
                            break;
                        }
                        letterOrDigit = (kind & ALNUM) != 0;
                        upper = (kind & UPPER) << 8;
                    } else {
                        if (Character.isWhitespace(ch)) {
                            break;
                        }
                        if (cjk(text, i)) {
                            return cjkIds(text, from, to); // words without spaces between them: read otherwise
                        }
                        letterOrDigit = Character.isLetterOrDigit(ch);
                    }
                    if (s < 0) {
                        if (!letterOrDigit) {
                            continue;
                        }
                        s = i;
                    }
                    int k = i - s;
                    if (k < 8) {
                        low |= (long) ch << (k << 3);
                    } else if (k < 16) {
                        high |= (long) ch << ((k - 8) << 3);
                    }
                    all |= ch | upper;
                    if (letterOrDigit) {
                        e = i + 1;
                        lowAtE = low;
                        highAtE = high;
                        allAtE = all;
                    }
                }
                if (s >= 0) {
                    int n = e - s;
                    int id;
                    if (allAtE >= 0x80) {
                        id = ids.id(text.substring(s, e).toLowerCase(Locale.ROOT));
                    } else if (n <= 16) {
                        id = ids.packed(lowAtE, highAtE, n);
                    } else {
                        char[] word = new char[n];
                        text.getChars(s, e, word, 0);
                        id = ids.id(word, 0, n);
                    }
                    count = add(count, id);
                }
            }
            return copy(count);
        }

        /**
         * Whether Dice over the words of a and b ({@link #words(String)}) is at least threshold, as
         * {@code dice(words(a), words(b)) >= threshold}. Two versions of one block mostly share their
         * beginning and end: the words there are the same on both sides and are only counted, and the
         * words between are numbered only when the counts leave the answer open.
         */
        boolean reaches(String a, String b, double threshold) {
            if (hasCjk(a) || hasCjk(b)) {
                // the shortcuts below read words between spaces; such texts have none between their words
                int[] wa = words(a);
                int[] wb = words(b);
                return (wa.length == 0 || wb.length == 0 ? 0 : dice(wa, wb)) >= threshold;
            }
            int lengthA = a.length();
            int lengthB = b.length();
            int limit = Math.min(lengthA, lengthB);
            int same = 0;
            while (same < limit && a.charAt(same) == b.charAt(same)) {
                same++;
            }
            // the shared beginning, cut where a word ends in both texts
            int head = same;
            if (!(boundary(a, head) && boundary(b, head))) {
                while (head > 0 && !space(a.charAt(head - 1))) {
                    head--;
                }
            }
            int sameEnd = 0;
            while (sameEnd < limit - head && a.charAt(lengthA - 1 - sameEnd) == b.charAt(lengthB - 1 - sameEnd)) {
                sameEnd++;
            }
            // the shared end, cut where a word starts in both texts: at a space within it
            int endA = lengthA - sameEnd;
            while (endA < lengthA && !(endA == head && endA - lengthA + lengthB == head || space(a.charAt(endA)))) {
                endA++;
            }
            int endB = endA - lengthA + lengthB;
            int shared = count(a, 0, head) + count(a, endA, lengthA);
            int onlyA = count(a, head, endA);
            int onlyB = count(b, head, endB);
            int na = shared + onlyA;
            int nb = shared + onlyB;
            if (na == 0 || nb == 0) {
                return 0 >= threshold;
            }
            if (2.0 * shared / (na + nb) >= threshold) {
                return true; // the shared words alone reach it: Dice is at least as much
            }
            if (2.0 * (shared + Math.min(onlyA, onlyB)) / (na + nb) < threshold) {
                return false;
            }
            int common = shared + common(words(a, head, endA), words(b, head, endB));
            return 2.0 * common / (na + nb) >= threshold;
        }

        /** Whether a word of text ends at i: at its end or before whitespace. */
        private static boolean boundary(String text, int i) {
            return i == text.length() || space(text.charAt(i));
        }

        private static boolean space(char c) {
            return c < 0x80 ? (ASCII[c] & SPACE) != 0 : Character.isWhitespace(c);
        }

        /** How many words {@link #words(String)} gives the text, counted without numbering them. */
        static int wordCount(String text) {
            if (hasCjk(text)) {
                return cjkWords(text, 0, text.length()).size();
            }
            return count(text, 0, text.length());
        }

        /** How many words of {@link #words(String)} text[from, to) holds (whitespace-separated runs with a letter or digit). */
        private static int count(String text, int from, int to) {
            int count = 0;
            boolean inWord = false;
            boolean counted = false;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                int kind = c < 0x80 ? ASCII[c] : (Character.isWhitespace(c) ? SPACE : 0) | (Character.isLetterOrDigit(c) ? ALNUM : 0);
                if ((kind & SPACE) != 0) {
                    inWord = false;
                    continue;
                }
                if (!inWord) {
                    inWord = true;
                    counted = false;
                }
                if ((kind & ALNUM) != 0 && !counted) {
                    counted = true;
                    count++;
                }
            }
            return count;
        }

        /** Per ASCII character: whitespace (as Character.isWhitespace), letter or digit, capital letter. */
        private static final byte SPACE = 1;
        private static final byte ALNUM = 2;
        private static final byte UPPER = 4;
        private static final byte[] ASCII = new byte[0x80];

        static {
            for (char c = 0; c < 0x80; c++) {
                ASCII[c] = (byte) ((Character.isWhitespace(c) ? SPACE : 0) | (Character.isLetterOrDigit(c) ? ALNUM : 0)
                        | (c >= 'A' && c <= 'Z' ? UPPER : 0));
            }
        }

        /** The identifiers of {@link #identifiers(String)}, as ids. */
        int[] identifiers(String text) {
            return identifiers(text.toCharArray(), 0, text.length());
        }

        /** The identifiers of text[from, to), as ids. */
        int[] identifiers(char[] text, int from, int to) {
            int count = 0;
            int start = -1;
            for (int i = from; i <= to; i++) {
                boolean part = i < to && identifierPart(text[i]);
                if (part && start < 0) {
                    start = i;
                } else if (!part && start >= 0) {
                    count = add(count, ids.id(text, start, i));
                    start = -1;
                }
            }
            return copy(count);
        }

        /**
         * The identifiers of text[from, to), as ids, read in place in the string: each identifier is
         * packed for {@link TextIds#packed} as it is read (most are short), so it is read once and no
         * line is copied out; a longer one is numbered from a copy of itself.
         */
        int[] identifiers(String text, int from, int to) {
            int count = 0;
            int i = from;
            while (i < to) {
                if (!identifierPart(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                long low = 0;
                long high = 0;
                int all = 0;
                for (; i < to; i++) {
                    char c = text.charAt(i);
                    if (!identifierPart(c)) {
                        break;
                    }
                    int k = i - start;
                    if (k < 8) {
                        low |= (long) c << (k << 3);
                    } else if (k < 16) {
                        high |= (long) c << ((k - 8) << 3);
                    }
                    all |= c;
                }
                int n = i - start;
                count = add(count, n <= 16 && all < 0x100 ? ids.packed(low, high, n) : ids.id(text.substring(start, i)));
            }
            return copy(count);
        }

        /** The words of {@link Similarity#cjkWords} as ids. */
        private int[] cjkIds(String text, int from, int to) {
            int count = 0;
            for (String w : cjkWords(text, from, to)) {
                count = add(count, ids.id(w));
            }
            return copy(count);
        }

        private int add(int count, int id) {
            if (count == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, count * 2);
            }
            buffer[count] = id;
            return count + 1;
        }

        private int[] copy(int count) {
            return java.util.Arrays.copyOf(buffer, count);
        }

        /** Dice over two bags of this dictionary: shared tokens counted with a tally by id, so bags need no sorting. */
        double dice(int[] a, int[] b) {
            if (a.length == 0 || b.length == 0) {
                return 0;
            }
            return 2.0 * common(a, b) / (a.length + b.length);
        }

        /** How many tokens two bags share (as multisets), counted with the tally, which is left all zero. */
        private int common(int[] a, int[] b) {
            if (tally.length < ids.size()) {
                tally = new int[Math.max(ids.size(), tally.length * 2)];
            }
            for (int id : a) {
                tally[id]++;
            }
            int shared = 0;
            for (int id : b) {
                if (tally[id] > 0) {
                    tally[id]--;
                    shared++;
                }
            }
            for (int id : a) {
                tally[id] = 0;
            }
            return shared;
        }

        private TextIds lineIds;
        private int[] lineTally = new int[0];

        /**
         * A code block's lines and the identifiers on each: two versions of a block share most lines,
         * and identifiers never span lines, so Dice over the whole blocks is the shared lines' count
         * plus Dice's tally over the lines that differ.
         */
        final class Code {
            private final String[] lines;
            private final int[] ids;
            private final int[] counts;
            private final int[][] tokens;
            private final int total;

            private Code(String content) {
                List<String> split = new ArrayList<>();
                int start = 0;
                for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', start)) {
                    split.add(content.substring(start, i));
                    start = i + 1;
                }
                split.add(content.substring(start));
                lines = split.toArray(String[]::new);
                ids = new int[lines.length];
                counts = new int[lines.length];
                tokens = new int[lines.length][];
                int sum = 0;
                if (lineIds == null) {
                    lineIds = new TextIds(lines.length);
                }
                for (int k = 0; k < lines.length; k++) {
                    ids[k] = lineIds.id(lines[k]);
                    counts[k] = countIdentifiers(lines[k]);
                    sum += counts[k];
                }
                total = sum;
            }

            private int[] tokens(int k) {
                if (tokens[k] == null) {
                    tokens[k] = identifiers(lines[k]);
                }
                return tokens[k];
            }
        }

        Code code(String content) {
            return new Code(content);
        }

        /** Dice over the identifiers of two code blocks: the value {@link Similarity#identifiers(String, String)} gives. */
        double dice(Code a, Code b) {
            if (a.total == 0 || b.total == 0) {
                return 0;
            }
            if (lineTally.length < lineIds.size()) {
                lineTally = new int[Math.max(lineIds.size(), lineTally.length * 2)];
            }
            for (int id : a.ids) {
                lineTally[id]++;
            }
            int shared = 0;
            int[] onlyB = new int[b.ids.length];
            int nb = 0;
            for (int k = 0; k < b.ids.length; k++) {
                if (lineTally[b.ids[k]] > 0) {
                    lineTally[b.ids[k]]--;
                    shared += b.counts[k];
                } else {
                    onlyB[nb++] = k;
                }
            }
            int[] onlyA = new int[a.ids.length];
            int na = 0;
            for (int k = 0; k < a.ids.length; k++) {
                if (lineTally[a.ids[k]] > 0) {
                    lineTally[a.ids[k]]--;
                    onlyA[na++] = k;
                }
            }
            if (na > 0 && nb > 0) {
                for (int k = 0; k < na; k++) {
                    a.tokens(onlyA[k]);
                }
                for (int k = 0; k < nb; k++) {
                    b.tokens(onlyB[k]);
                }
                if (tally.length < ids.size()) {
                    tally = new int[Math.max(ids.size(), tally.length * 2)];
                }
                for (int k = 0; k < na; k++) {
                    for (int id : a.tokens(onlyA[k])) {
                        tally[id]++;
                    }
                }
                for (int k = 0; k < nb; k++) {
                    for (int id : b.tokens(onlyB[k])) {
                        if (tally[id] > 0) {
                            tally[id]--;
                            shared++;
                        }
                    }
                }
                for (int k = 0; k < na; k++) {
                    for (int id : a.tokens(onlyA[k])) {
                        tally[id] = 0;
                    }
                }
            }
            return 2.0 * shared / (a.total + b.total);
        }

        /** How many identifiers {@link Similarity#identifiers(String, String)} finds in a text. */
        static int countIdentifiers(String line) {
            int count = 0;
            boolean in = false;
            for (int i = 0; i < line.length(); i++) {
                boolean part = identifierPart(line.charAt(i));
                if (part && !in) {
                    count++;
                }
                in = part;
            }
            return count;
        }

        /** How many identifiers text[from, to) holds: the starts of runs of identifier characters, counted without branching. */
        static int countIdentifiers(char[] text, int from, int to) {
            int count = 0;
            int in = 0;
            for (int i = from; i < to; i++) {
                char c = text[i];
                int part = c < 0x80 ? IDENTIFIER_BITS[c] : Character.isLetterOrDigit(c) ? 1 : 0;
                count += part & ~in;
                in = part;
            }
            return count;
        }

        /** How many identifiers text[from, to) holds, read in place in the string (see {@link #countIdentifiers(char[], int, int)}). */
        static int countIdentifiers(String text, int from, int to) {
            int count = 0;
            int in = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                int part = c < 0x80 ? IDENTIFIER_BITS[c] : Character.isLetterOrDigit(c) ? 1 : 0;
                count += part & ~in;
                in = part;
            }
            return count;
        }

        /** A letter, digit or '_', looked up in a table for ASCII. */
        private static boolean identifierPart(char c) {
            return c < 0x80 ? IDENTIFIER[c] : Character.isLetterOrDigit(c);
        }

        private static final boolean[] IDENTIFIER = new boolean[0x80];
        private static final int[] IDENTIFIER_BITS = new int[0x80];

        static {
            for (char c = 0; c < 0x80; c++) {
                IDENTIFIER[c] = Character.isLetterOrDigit(c) || c == '_';
                IDENTIFIER_BITS[c] = IDENTIFIER[c] ? 1 : 0;
            }
        }
    }

    /** Dice over identifiers and numbers, for code: "print('a')" and "print('b')" share "print". */
    static double identifiers(String a, String b) {
        return dice(identifiers(a), identifiers(b));
    }

    private static List<String> identifiers(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean part = i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_');
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    static List<String> words(String text) {
        if (hasCjk(text)) {
            return cjkWords(text, 0, text.length());
        }
        List<String> out = new ArrayList<>();
        for (String raw : MarkdownOutline.collapse(text).split(" ")) {
            String w = strip(raw).toLowerCase(Locale.ROOT);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether the text holds a Chinese, Japanese or Korean letter or punctuation mark, as the search index reads them
     * ({@link CjkBigrams}). Those languages put no spaces between words, so whitespace-separated words would make a
     * whole sentence one word, and a fixed character (解折 → 解析) a text with no word in common with its old version.
     */
    static boolean hasCjk(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x1100) { // below it, nothing is CJK: most texts are read no further than this test
                return CjkBigrams.containsCjk(text.substring(i));
            }
        }
        return false;
    }

    /** Whether a character starts the CJK reading of a word ({@link #hasCjk}). */
    static boolean cjk(String text, int i) {
        int cp = text.codePointAt(i);
        return cp >= 0x1100 && (CjkBigrams.isCjk(cp) || CjkBigrams.isSeparator(cp));
    }

    /**
     * The words of a text that holds CJK letters, in lower case: each whitespace-separated token cut as the search
     * index cuts it ({@link CjkBigrams#segment}: a run of CJK letters as its overlapping two-letter pieces, a lone
     * letter as itself, CJK punctuation dropped, the rest trimmed, so {@code （Python）} gives {@code python}). Two
     * versions of a Japanese list item that differ in one character share all pieces but the one or two that hold it.
     */
    static List<String> cjkWords(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        for (String token : text.substring(from, to).split("\\s+")) {
            for (String piece : CjkBigrams.segment(token)) {
                String w = strip(piece).toLowerCase(Locale.ROOT);
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** The word without punctuation or markup around it. */
    static String strip(String word) {
        int s = 0;
        int e = word.length();
        while (s < e && !Character.isLetterOrDigit(word.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(word.charAt(e - 1))) {
            e--;
        }
        return word.substring(s, e);
    }

    /**
     * Levenshtein distance if it is at most max, else max + 1; a band of width 2·max+1 keeps
     * this O(n·max) instead of O(n²).
     */
    static int editDistance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        if (a.length() > MAX_EDIT_CHARS || b.length() > MAX_EDIT_CHARS) {
            return a.equals(b) ? 0 : max + 1;
        }
        int n = a.length();
        int m = b.length();
        int big = max + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j <= max ? j : big;
        }
        for (int i = 1; i <= n; i++) {
            java.util.Arrays.fill(cur, big);
            cur[0] = i <= max ? i : big;
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            int rowMin = cur[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(prev[j - 1] + cost, Math.min(prev[j] + 1, cur[j - 1] + 1));
                cur[j] = Math.min(best, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return big;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], big);
    }
}
