package io.diffpress.insight;

/**
 * Wraps text taken from a diff as a Markdown code span, so that no path, heading or cell
 * value can inject HTML or break the surrounding Markdown.
 */
final class InlineCode {

    /** Longest name shown; longer names are cut so one cell value cannot flood a sentence. */
    static final int MAX_CHARS = 80;

    private InlineCode() {
    }

    /** A code span whose fence is longer than any backtick run inside the text. */
    static String wrap(String text) {
        String clean = shorten(flatten(text, MAX_CHARS + 1));
        if (clean.isBlank()) {
            // "``" would be literal backticks; a span of one space is still a code span.
            return "` `";
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < clean.length(); i++) {
            run = clean.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        if (longest == 0) {
            return "`" + clean + "`"; // the usual name: no backtick inside, none at either end to pad
        }
        String fence = "`".repeat(longest + 1);
        String pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
        return fence + pad + clean + pad + fence;
    }

    /** Characters kept before the first difference when a changed value is shown from there. */
    static final int CONTEXT_CHARS = 20;

    /**
     * The old and the new value as code spans that show where they differ: when one is too long
     * to show whole and both share a long beginning, both start shortly before the first
     * difference ("…renamed; headings added"), so the two spans never read the same.
     */
    static String[] wrapPair(String before, String after) {
        // flattened whole: cut short, two values that differ only past the cut would be shown alike
        String a = flatten(before, Integer.MAX_VALUE);
        String b = flatten(after, Integer.MAX_VALUE);
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        if (Math.max(a.length(), b.length()) <= MAX_CHARS || common <= CONTEXT_CHARS) {
            return new String[]{wrap(a), wrap(b)};
        }
        int start = common - CONTEXT_CHARS;
        int space = a.indexOf(' ', start);
        if (space >= 0 && space < common) {
            start = space + 1; // begin with a whole word
        }
        if (Character.isLowSurrogate(a.charAt(start))) {
            start++;
        }
        return new String[]{wrap("…" + a.substring(start)), wrap("…" + b.substring(start))};
    }

    /** One line: line breaks and other white space become spaces, runs of spaces one; other control characters U+FFFD. */
    static String flatten(String text) {
        return flatten(text, 4 * MAX_CHARS);
    }

    /**
     * As {@link #flatten(String)}, read only as far as it takes to give its first limit characters:
     * a code span is shortened to {@link #MAX_CHARS} anyway, and list items or paragraphs quoted in
     * one are often far longer, so most of such a text need not be read.
     */
    static String flatten(String text, int limit) {
        if (text.length() <= limit && flat(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit) + 1);
        boolean space = false;
        int i = 0;
        for (; i < text.length() && out.length() < limit; i++) {
            char c = text.charAt(i);
            if (blank(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                // any other control character (an escape sequence in a file name) as U+FFFD, as the report's table shows it
                out.append(Character.isISOControl(c) ? '\uFFFD' : c);
            }
        }
        // cut before its end: said, so that a value shown from its first difference never seems to end early
        for (; i < text.length(); i++) {
            if (!blank(text.charAt(i))) {
                return out.append('…').toString();
            }
        }
        return out.toString();
    }

    /** White space flatten makes one space of: Java's, less the separator controls 0x1C–0x1F, and a few of Unicode's. */
    private static boolean blank(char c) {
        return Character.isWhitespace(c) && (c < 0x1c || c > 0x1f) || c == '\u2028' || c == '\u2029' || c == '\u00a0' || c == '\ufeff';
    }

    /** Whether flatten would return the text as it is: one line, single spaces between words only. */
    private static boolean flat(String text) {
        int n = text.length();
        boolean space = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (c < 0x7f ? c < ' ' : Character.isWhitespace(c) || Character.isISOControl(c)
                    || c == '\u2028' || c == '\u2029' || c == '\u00a0' || c == '\ufeff') {
                return false;
            } else {
                space = false;
            }
        }
        return !space || n == 0;
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = MAX_CHARS - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }
}
