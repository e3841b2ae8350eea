package io.diffpress.site;

/**
 * The words of a report as a reader sees them, without its fenced code blocks (the diffs) and Markdown
 * punctuation, for the search index. One linear pass per line: attribute blocks ({@code {#item-03fc2e}},
 * {@code {target="_blank"}}) and link destinations ({@code ](../a.md#b)}, without spaces or parentheses) are
 * not shown, so they become spaces; so do runs of {@code # | * _ > ` [ ] ( ) { }}, whole tags the page keeps as
 * HTML ({@link KeptTags}: {@code <details>}, {@code <summary>}, table tags, {@code <br>}) and comments; whitespace
 * runs become one space. Any other {@code <} is shown as text ({@code <Tabs>}, an escaped {@code \<Tabs\>}, a
 * commit's "fix <tags>"), so it stays, after a space: its word is indexed as the reader sees it.
 *
 * <p>A run of {@code _} between two letters or digits stays: CommonMark shows it ({@code max_completion_tokens}
 * is no emphasis), and lunr's query parser keeps such a word whole, so the index must hold it whole too.
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
            int hidden = hiddenEnd(text, i, to);
            if (hidden > i) {
                i = hidden;
                space();
            } else if (c == '_' && intraword(text, from, i, to)) {
                int end = i;
                while (end < to && text.charAt(end) == '_') {
                    end++;
                }
                out.append(text, i, end); // a word's letter or digit was just copied, so no space is pending
                i = end;
            } else if (isMarkup(c)) {
                do {
                    i++;
                } while (i < to && isMarkup(text.charAt(i)) && hiddenEnd(text, i, to) == i);
                space();
            } else if (c == '<' && lastGt > i && isHtml(text, i, to)) {
                i = text.indexOf('>', i) + 1; // a tag: the '>' found is consumed, so the scan stays linear
                space();
            } else if (c == '<') {
                space(); // shown as text, and a word of its own: "c</span>" has the word "c"
                i = appendPlainRun(text, i, to);
            } else if (isSpace(c)) {
                space();
                i++;
            } else {
                i = appendPlainRun(text, i, to); // a run of plain text is copied at once
            }
        }
        space(); // lines are joined by a space
    }

    /** Copies the character at {@code i} and the plain text after it; returns where that run ends. */
    private int appendPlainRun(String text, int i, int to) {
        int end = i + 1;
        while (end < to && isPlain(text.charAt(end))) {
            end++;
        }
        if (pendingSpace && out.length() > 0) {
            out.append(' ');
        }
        pendingSpace = false;
        out.append(text, i, end);
        return end;
    }

    /**
     * Whether the {@code <} at {@code i} (a {@code >} follows on its line) starts what the page does not show as text:
     * a comment or a tag {@link SafeHtml} keeps, not escaped by a backslash.
     */
    private static boolean isHtml(String text, int i, int to) {
        if (i > 0 && text.charAt(i - 1) == '\\') {
            return false;
        }
        int k = i + 1;
        if (k < to && text.charAt(k) == '!') {
            return true;
        }
        if (k < to && text.charAt(k) == '/') {
            k++;
        }
        int nameStart = k;
        while (k < to && isAsciiLetter(text.charAt(k))) {
            k++;
        }
        if (k == nameStart || k == to || !(isSpace(text.charAt(k)) || text.charAt(k) == '/' || text.charAt(k) == '>')) {
            return false;
        }
        return KeptTags.contains(text, nameStart, k);
    }

    /**
     * The end of the attribute block ({@code {#id}}, {@code {.class}}, {@code {key=value}}, no braces inside) or
     * link destination ({@code ](url)}, no spaces or parentheses inside) that starts at {@code i}, else {@code i}.
     * Neither holds {@code < >}, so it never cuts a tag.
     */
    private static int hiddenEnd(String text, int i, int to) {
        char c = text.charAt(i);
        if (c == '{' && i + 1 < to) {
            int k = i + 1;
            char first = text.charAt(k);
            if (first != '#' && first != '.') {
                if (!isAsciiLetter(first)) {
                    return i;
                }
                while (k < to && isKeyChar(text.charAt(k))) {
                    k++;
                }
                if (k == to || text.charAt(k) != '=') {
                    return i;
                }
            }
            for (; k < to; k++) {
                char d = text.charAt(k);
                if (d == '}') {
                    return k + 1;
                }
                if (d == '{' || d == '<' || d == '>') {
                    return i;
                }
            }
        } else if (c == ']' && i + 1 < to && text.charAt(i + 1) == '(') {
            for (int k = i + 2; k < to; k++) {
                char d = text.charAt(k);
                if (d == ')') {
                    return k + 1;
                }
                if (d == '(' || d == '<' || d == '>' || isSpace(d)) {
                    return i;
                }
            }
        }
        return i;
    }

    /** Whether the run of '_' at {@code i} has a letter or digit on both sides (within the line). */
    private static boolean intraword(String text, int from, int i, int to) {
        if (i == from || !isWordCodePoint(text.codePointBefore(i))) {
            return false;
        }
        int end = i;
        while (end < to && text.charAt(end) == '_') {
            end++;
        }
        return end < to && isWordCodePoint(text.codePointAt(end));
    }

    /** A letter or a number: what the regex classes {@code \p{L}} and {@code \p{N}} match. */
    private static boolean isWordCodePoint(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
            || type == Character.OTHER_NUMBER;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A character of an attribute's key after its first letter: {@code [\w:.-]}. */
    private static boolean isKeyChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == ':' || c == '.' || c == '-';
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
