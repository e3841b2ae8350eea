package io.diffpress.site;


/**
 * A one-line text as HTML with its Markdown code spans as {@code <code>}: the titles our reports give each changed
 * file ("Corrected row `Max tokens` in `quotas.md`") are Markdown, rendered by flexmark on the report page; where
 * they are shown outside it (a document's history) this keeps the backticks from showing. As flexmark does (the
 * older CommonMark rule), a span opens and closes with backtick strings of the same length, its content is
 * stripped of leading and trailing whitespace, and a backtick string without its match stays literal. Everything else is escaped as Pebble's
 * autoescaping does ({@link Theme#escapeHtml}); no other Markdown is interpreted.
 */
final class CodeSpans {

    private CodeSpans() {
    }

    static String html(String text) {
        if (text == null) {
            return "";
        }
        text = FastText.printable(text); // before the spans: a control character at a span's end is kept, as U+FFFD
        if (text.indexOf('`') < 0) {
            return Theme.escapeHtml(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (text.charAt(i) != '`') {
                int next = text.indexOf('`', i);
                int end = next < 0 ? n : next;
                out.append(Theme.escapeHtml(text.substring(i, end)));
                i = end;
                continue;
            }
            int run = runLength(text, i);
            int close = closing(text, i + run, run);
            if (close < 0) {
                out.append(text, i, i + run);
                i += run;
                continue;
            }
            String code = text.substring(i + run, close).trim();
            out.append("<code>").append(Theme.escapeHtml(code)).append("</code>");
            i = close + run;
        }
        return out.toString();
    }

    private static int runLength(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }

    /** Where the next backtick string of exactly {@code run} backticks starts, or -1. */
    private static int closing(String text, int from, int run) {
        int j = from;
        while (j < text.length()) {
            if (text.charAt(j) == '`') {
                int length = runLength(text, j);
                if (length == run) {
                    return j;
                }
                j += length;
            } else {
                j++;
            }
        }
        return -1;
    }
}
