package io.diffpress.insight;

import java.util.List;

/**
 * Which of the syntax read line by line (tabs, {@code :::} directives and markers, HTML anchors) a page may hold, found in
 * one pass that looks at each line's first characters only: most pages have none, and each reader would otherwise look
 * through every line of both versions of every page again.
 */
record LearnSyntax(boolean tabs, boolean colons, boolean anchors) {

    static LearnSyntax of(List<String> lines, int from) {
        return of(Lines.of(lines), from);
    }

    /** Read in the text of the lines: copying every line out to look at its first characters cost more than the look. */
    private static LearnSyntax of(Lines lines, int from) {
        return of(lines, from, lines.size());
    }

    /** The syntax of lines [from, to). */
    private static LearnSyntax of(Lines lines, int from, int to) {
        String t = lines.text();
        boolean tabs = false;
        boolean colons = false;
        boolean anchors = false;
        for (int i = from; i < to; i++) {
            int s = lines.start(i);
            int e = lines.end(i);
            int at = s;
            while (at < e && (t.charAt(at) == ' ' || t.charAt(at) == '\t')) {
                at++;
            }
            if (at == e) {
                continue;
            }
            char c = t.charAt(at);
            if (c == '#' || c == '<') {
                tabs = tabs || c == '#' && at == s && tabHeading(t, at, e);
                anchors = anchors || anchor(t, at, e);
            } else if (c == ':') {
                colons |= at + 3 <= e && t.startsWith(":::", at);
            }
        }
        return new LearnSyntax(tabs, colons, anchors);
    }

    /** Whether the line t[from, to), which starts with '#' at column 0, may be a tab's heading: it holds "](#tab/". */
    static boolean tabHeading(String t, int from, int to) {
        return holds(t, from, to, "](#tab/");
    }

    /** Whether {@code t}'s characters [from, to) hold "<a " , "<A " or "<a\t" (as {@link HtmlAnchors#mayHold}), in one pass. */
    static boolean anchor(String t, int from, int to) {
        for (int k = from; k + 3 <= to; k++) {
            if (t.charAt(k) != '<') {
                continue;
            }
            char a = t.charAt(k + 1);
            char after = t.charAt(k + 2);
            if (a == 'a' && (after == ' ' || after == '\t') || a == 'A' && after == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t}'s characters [from, to) hold {@code part}. */
    private static boolean holds(String t, int from, int to, String part) {
        char first = part.charAt(0);
        for (int k = from; k + part.length() <= to; k++) {
            if (t.charAt(k) == first && t.startsWith(part, k)) {
                return true;
            }
        }
        return false;
    }

    static LearnSyntax of(MarkdownOutline outline) {
        return of(outline.lines(), outline.frontMatter().lines());
    }

    /**
     * What either of two versions may hold ({@code of(before).or(of(after))}), given the line diff between their lines.
     * The lines the diff keeps at the head and tail are the same text in both versions, so of the new version only
     * those the old one's reading did not cover are read: on most changes, a few lines in the middle.
     */
    static LearnSyntax of(MarkdownOutline before, MarkdownOutline after, LineDiff diff) {
        return of(Lines.of(before.lines()), before.frontMatter().lines(), Lines.of(after.lines()), after.frontMatter().lines(), diff);
    }

    /** As {@link #of(MarkdownOutline, MarkdownOutline, LineDiff)}, each version from the line given on (past its front matter). */
    static LearnSyntax of(Lines a, int fromA, Lines b, int fromB, LineDiff diff) {
        if (diff.oldSize() != a.size() || diff.newSize() != b.size()) {
            return of(a, fromA).or(of(b, fromB)); // a diff of other lines tells nothing of these
        }
        int n = a.size();
        int m = b.size();
        LearnSyntax syntax = of(a, fromA, n);
        // new line j < head is old line j, and new line j >= m - tail is old line j - m + n: read above when past fromA
        int headEnd = Math.min(diff.head(), Math.min(n, m));
        int tailStart = Math.max(m - Math.min(diff.tail(), Math.min(n, m)), fromA + m - n);
        int coveredFrom = Math.max(fromA, fromB);
        if (coveredFrom < headEnd) {
            syntax = syntax.or(of(b, fromB, Math.min(coveredFrom, tailStart)));
            syntax = syntax.or(of(b, Math.max(headEnd, fromB), Math.max(headEnd, Math.min(tailStart, m))));
        } else {
            syntax = syntax.or(of(b, fromB, Math.max(fromB, Math.min(tailStart, m))));
        }
        return syntax;
    }

    LearnSyntax or(LearnSyntax other) {
        return new LearnSyntax(tabs || other.tabs, colons || other.colons, anchors || other.anchors);
    }
}
