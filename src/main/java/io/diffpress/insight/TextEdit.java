package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * What kind of edit turned one paragraph or list item into another, judged on the Markdown
 * source: only spacing, only markup, a repair of unbalanced markup, a few misspelt words, or
 * a rewrite.
 *
 * @param kind  the kind of edit
 * @param typos "old → new" for each misspelt word (TYPO only)
 * @param mark  the markup character whose count became even (MARKUP_FIXED only)
 */
record TextEdit(Kind kind, List<String> typos, String mark) {

    enum Kind { WHITESPACE, FORMATTING, MARKUP_FIXED, TYPO, REWRITTEN }

    /** At most this many words may differ for an edit to count as typo fixes. */
    static final int MAX_TYPO_WORDS = 3;
    /** Letters that may change in one word for it to count as a typo fix. */
    static final int MAX_TYPO_LETTERS = 2;
    private static final String MARKS = "`*_~";

    static TextEdit classify(String before, String after) {
        return classify(before, after, MarkdownOutline.collapse(before), MarkdownOutline.collapse(after));
    }

    /** The same, given both texts collapsed too (see {@link MarkdownOutline#collapse}). */
    static TextEdit classify(String before, String after, String collapsedBefore, String collapsedAfter) {
        if (MarkdownOutline.sameCollapsed(before, after)) {
            return new TextEdit(Kind.WHITESPACE, List.of(), "");
        }
        // without marks in either text, leaving marks out changes nothing, and the spacing check above failed
        if ((hasMark(before) || hasMark(after)) && withoutMarks(before).equals(withoutMarks(after))) {
            for (char mark : MARKS.toCharArray()) {
                if (count(before, mark) % 2 == 1 && count(after, mark) % 2 == 0) {
                    return new TextEdit(Kind.MARKUP_FIXED, List.of(), String.valueOf(mark));
                }
            }
            return new TextEdit(Kind.FORMATTING, List.of(), "");
        }
        List<String> typos = typos(collapsedBefore, collapsedAfter);
        return typos.isEmpty() ? new TextEdit(Kind.REWRITTEN, List.of(), "") : new TextEdit(Kind.TYPO, typos, "");
    }

    /**
     * The changed word pairs if every change is a short misspelling of a word without digits, else
     * none. The collapsed texts' words (split at their single spaces) are walked in place: most pairs
     * are rewrites, told apart at the first word that differs, and no other word is copied out.
     */
    static List<String> typos(String a, String b) {
        List<String> fixes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (true) {
            int ea = wordEnd(a, i);
            int eb = wordEnd(b, j);
            if (ea - i != eb - j || !a.regionMatches(i, b, j, ea - i)) {
                String wa = Similarity.strip(a.substring(i, ea));
                String wb = Similarity.strip(b.substring(j, eb));
                boolean word = Math.max(wa.length(), wb.length()) >= 3 && !hasDigit(wa) && !hasDigit(wb);
                if (fixes.size() == MAX_TYPO_WORDS || !word || wa.equals(wb)
                        || Similarity.editDistance(wa, wb, MAX_TYPO_LETTERS) > MAX_TYPO_LETTERS) {
                    return List.of();
                }
                fixes.add(wa + " → " + wb);
            }
            boolean lastA = ea == a.length();
            boolean lastB = eb == b.length();
            if (lastA || lastB) {
                return lastA && lastB ? fixes : List.of(); // as many words on both sides, or none
            }
            i = ea + 1;
            j = eb + 1;
        }
    }

    /** Where the word starting at from ends: the next space, or the end of the text. */
    private static int wordEnd(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? text.length() : space;
    }

    private static String withoutMarks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (MARKS.indexOf(text.charAt(i)) < 0) {
                out.append(text.charAt(i));
            }
        }
        return MarkdownOutline.collapse(out.toString());
    }

    private static boolean hasMark(String text) {
        return text.indexOf('`') >= 0 || text.indexOf('*') >= 0 || text.indexOf('_') >= 0 || text.indexOf('~') >= 0;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
