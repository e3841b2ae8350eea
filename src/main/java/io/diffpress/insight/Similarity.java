package io.diffpress.insight;

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
        private final TextIds ids = new TextIds(64);
        private int[] buffer = new int[64];
        private int[] tally = new int[64];

        /** The words of {@link #words(String)}, as ids. */
        int[] words(String text) {
            int count = 0;
            int n = text.length();
            for (int i = 0; i < n; ) {
                while (i < n && MarkdownOutline.whitespace(text.charAt(i))) {
                    i++;
                }
                int s = i;
                while (i < n && !MarkdownOutline.whitespace(text.charAt(i))) {
                    i++;
                }
                int e = i;
                while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
                    s++;
                }
                while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
                    e--;
                }
                if (s < e) {
                    count = add(count, lowerAscii(text, s, e) ? ids.id(text, s, e)
                            : ids.id(text.substring(s, e).toLowerCase(Locale.ROOT)));
                }
            }
            return copy(count);
        }

        /** The identifiers of {@link #identifiers(String)}, as ids. */
        int[] identifiers(String text) {
            int count = 0;
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                boolean part = i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_');
                if (part && start < 0) {
                    start = i;
                } else if (!part && start >= 0) {
                    count = add(count, ids.id(text, start, i));
                    start = -1;
                }
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
            return 2.0 * shared / (a.length + b.length);
        }

        /** Only ASCII without capitals: the text is its own lower case. */
        private static boolean lowerAscii(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                    return false;
                }
            }
            return true;
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
        List<String> out = new ArrayList<>();
        for (String raw : MarkdownOutline.collapse(text).split(" ")) {
            String w = strip(raw).toLowerCase(Locale.ROOT);
            if (!w.isEmpty()) {
                out.add(w);
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
