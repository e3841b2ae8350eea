package io.diffpress;

/** What SnakeYAML says without a place or in its own words, told so that a person can fix the file. */
public final class YamlProblems {

    private YamlProblems() {
    }

    /** SnakeYAML's "special characters are not allowed": which character, and how YAML writes it. */
    public static String unprintable(int codePoint) {
        return String.format("the character U+%04X is not allowed in YAML; in a double-quoted string write it as \"\\u%04X\"",
                codePoint, codePoint);
    }

    /** The 1-based line of the code point at {@code codePoints} (SnakeYAML counts positions in code points, not chars). */
    public static int lineAt(String text, int codePoints) {
        int end = text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
        int line = 1;
        for (int i = 0; i < end; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    /**
     * " (the quote opened on line N is not closed?)" when a line before {@code problemLine} (1-based) opens a quoted
     * value it does not close: SnakeYAML reads on to the next quote, often lines later, and reports the error there.
     */
    public static String unclosedQuoteHint(String text, int problemLine) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < Math.min(problemLine - 1, lines.length); i++) {
            String line = lines[i].strip();
            if (line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            String value = colon >= 0 ? line.substring(colon + 2).strip() : line.startsWith("- ") ? line.substring(2).strip() : "";
            if (!value.isEmpty() && (value.charAt(0) == '"' || value.charAt(0) == '\'') && !closed(value)) {
                return " (the quote opened on line " + (i + 1) + " is not closed?)";
            }
        }
        return "";
    }

    /** Whether a value that starts with a quote closes it on the same line (YAML's {@code \"} and {@code ''} escapes). */
    private static boolean closed(String value) {
        char quote = value.charAt(0);
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }
}
