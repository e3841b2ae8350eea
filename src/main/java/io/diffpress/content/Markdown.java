package io.diffpress.content;

/** Escaping for text from git placed into Markdown, so it reads as text and cannot inject markup. */
final class Markdown {

    private static final String SPECIAL = "\\`*_{}[]<>#!|~&";

    private Markdown() {
    }

    /** Backslash-escapes Markdown punctuation and turns line breaks into spaces. */
    static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                out.append('\uFFFD');
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Insight Markdown (code spans included) made safe for one GFM table cell: a '|' would end the cell and a
     * line break the row. Raw HTML is left to the site's safe list.
     */
    static String tableCell(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 8);
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '|') {
                out.append("\\|");
            } else if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A backtick fence longer than any run of backticks inside {@code body} (at least {@code min}). */
    static String fence(String body, int min) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < body.length(); i++) {
            run = body.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(min, longest + 1));
    }

    /** Inline code that shows {@code raw} literally. */
    static String code(String raw) {
        String flat = raw.replace('\n', ' ').replace('\r', ' ');
        String fence = fence(flat, 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }
}
