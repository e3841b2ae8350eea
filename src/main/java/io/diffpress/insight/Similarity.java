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
     * The words or identifiers of many texts as sorted ids from one dictionary, so that scoring a
     * pair is a merge of two arrays rather than splitting both texts again: pairing looks at each
     * block up to 80 times.
     */
    static final class Bags {
        private final Map<String, Integer> ids = new HashMap<>();

        int[] words(String text) {
            return ids(Similarity.words(text));
        }

        int[] identifiers(String text) {
            return ids(Similarity.identifiers(text));
        }

        private int[] ids(List<String> tokens) {
            int[] out = new int[tokens.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ids.computeIfAbsent(tokens.get(i), k -> ids.size());
            }
            java.util.Arrays.sort(out);
            return out;
        }
    }

    /** Dice over two bags of {@link Bags}: the same value as over the token lists they were made from. */
    static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
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
