package io.diffpress.site;

/**
 * The words of a report without its fenced code blocks (the diffs) and Markdown punctuation, for the
 * search index. One linear pass: runs of {@code # | * _ > ` [ ] ( ) { }} and whole {@code <tags>} become
 * spaces, whitespace runs one space. A {@code <} with no {@code >} after it on its line stays text.
 */
final class ReportProse {

    /** ASCII characters that are not plain text: markup, whitespace and '<'. */
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : "#|*_>`[](){}< \t\n\u000B\f\r".toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    private final StringBuilder out;
    private boolean pendingSpace;

    private ReportProse(int capacity) {
        out = new StringBuilder(capacity);
    }

    static String of(String markdown) {
        ReportProse prose = new ReportProse(markdown.length() / 3);
        char fenceChar = 0;
        int fenceLength = 0;
        int n = markdown.length();
        for (int lineStart = 0; lineStart < n; ) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && markdown.charAt(s) <= ' ') {
                s++;
            }
            while (e > s && markdown.charAt(e - 1) <= ' ') {
                e--;
            }
            if (fenceLength > 0) {
                if (e - s >= fenceLength && onlyChar(markdown, s, e, fenceChar)) {
                    fenceLength = 0;
                }
            } else if (e - s >= 3 && (markdown.startsWith("```", s) || markdown.startsWith("~~~", s))) {
                fenceChar = markdown.charAt(s);
                fenceLength = run(markdown, s, e, fenceChar);
            } else if (s < e) {
                prose.line(markdown, s, e);
            }
            lineStart = lineEnd + 1;
        }
        return prose.out.toString().trim();
    }

    private void line(String text, int from, int to) {
        int lastGt = to - 1;
        while (lastGt >= from && text.charAt(lastGt) != '>') {
            lastGt--;
        }
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isMarkup(c)) {
                while (i < to && isMarkup(text.charAt(i))) {
                    i++;
                }
                space();
            } else if (c == '<' && lastGt > i) {
                i = text.indexOf('>', i) + 1; // a tag: the '>' found is consumed, so the scan stays linear
                space();
            } else if (isSpace(c)) {
                space();
                i++;
            } else {
                int end = i + 1; // a run of plain text is copied at once
                while (end < to && isPlain(text.charAt(end))) {
                    end++;
                }
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(text, i, end);
                i = end;
            }
        }
        space(); // lines are joined by a space
    }

    private void space() {
        pendingSpace = true;
    }

    private static boolean isPlain(char c) {
        return c >= 128 || !SPECIAL[c];
    }

    /** Java's regex \s, which the collapsing of whitespace used. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isMarkup(char c) {
        switch (c) {
            case '#', '|', '*', '_', '>', '`', '[', ']', '(', ')', '{', '}':
                return true;
            default:
                return false;
        }
    }

    private static int run(String s, int from, int to, char c) {
        int i = from;
        while (i < to && s.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    private static boolean onlyChar(String s, int from, int to, char c) {
        return run(s, from, to, c) == to - from;
    }
}
