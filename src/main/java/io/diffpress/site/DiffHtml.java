package io.diffpress.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unified diff as HTML: one element per line with classes for added, removed, context and
 * hunk lines, and the old and new line numbers from the hunk headers. Every character of the
 * diff is escaped, so a diff can never inject markup.
 * <p>
 * The numbers are attributes ({@code data-o}, {@code data-n}) that the theme's style sheet shows as two columns
 * of generated content: not read aloud (its alternative text is empty), not copied with the code, and a third of the
 * bytes of one element per number, which had made the markup of the diffs half of a report page.
 */
final class DiffHtml {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@.*");

    private DiffHtml() {
    }

    static String render(String diff) {
        String text = diff.endsWith("\n") ? diff.substring(0, diff.length() - 1) : diff;
        StringBuilder html = new StringBuilder(text.length() * 2 + 64);
        int widest = 0; // the largest line number: the width of the number columns
        int oldLine = 0;
        int newLine = 0;
        boolean numbered = false; // a diff pasted without its "@@" header has no line numbers to show
        for (String line : text.split("\n", -1)) {
            String kind;
            String oldNo = "";
            String newNo = "";
            Matcher hunk = line.startsWith("@@") ? HUNK.matcher(line) : null;
            if (hunk != null && hunk.matches()) {
                kind = "hunk";
                oldLine = parse(hunk.group(1));
                newLine = parse(hunk.group(2));
                numbered = true;
            } else if (line.startsWith("+")) {
                kind = "add";
                newNo = String.valueOf(newLine++);
            } else if (line.startsWith("-")) {
                kind = "del";
                oldNo = String.valueOf(oldLine++);
            } else if (line.startsWith("\\")) {
                kind = "note";
            } else {
                kind = "ctx";
                oldNo = String.valueOf(oldLine++);
                newNo = String.valueOf(newLine++);
            }
            if (!numbered) {
                oldNo = "";
                newNo = "";
            }
            html.append("<span class=\"dl dl-").append(kind).append('"');
            if (!oldNo.isEmpty()) {
                html.append(" data-o=\"").append(oldNo).append('"');
            }
            if (!newNo.isEmpty()) {
                html.append(" data-n=\"").append(newNo).append('"');
            }
            widest = Math.max(widest, Math.max(oldNo.length(), newNo.length()));
            // the text in an element of its own: a grid drops a text of blanks alone (a blank line would vanish, and be
            // left out when the diff is copied)
            html.append("><span>");
            escape(line.isEmpty() ? " " : line, html);
            html.append("</span></span>\n");
        }
        // the number columns as wide as the largest number needs (the style sheet's digits-3 to digits-9)
        return "<pre><code class=\"language-diff diff-lines digits-" + Math.min(9, Math.max(3, widest)) + "\">" + html
                + "</code></pre>";
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** HTML text escaping; control characters other than tab become U+FFFD, which HTML cannot carry. */
    static void escape(String text, StringBuilder out) {
        int run = 0; // start of the characters kept as they are, appended together
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> c == '\t' || c >= 0x20 && c != 0x7f ? null : "\uFFFD";
            };
            if (replacement != null) {
                out.append(text, run, i).append(replacement);
                run = i + 1;
            }
        }
        out.append(text, run, text.length());
    }
}
