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

    /** The 1-based line of the character at {@code index}. */
    public static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }
}
