package io.diffpress.insight;

import java.util.List;

/**
 * Which lines of a page lie in fenced code blocks, for the readers that look at lines one by one (tabs, Learn directives,
 * HTML anchors): a fence opens with three or more backticks or tildes indented at most three spaces, and closes with as
 * many or more of the same character, nothing after them.
 */
final class CodeFences {

    private CodeFences() {
    }

    /** Where a line's text starts: after its spaces and tabs (its length when it is blank). */
    static int textStart(String line) {
        int at = 0;
        while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /** For each line from {@code from} on, whether it is a fence line or inside a fenced block (lines before are false). */
    static boolean[] of(List<String> lines, int from) {
        boolean[] fenced = new boolean[lines.size()];
        char fence = 0;
        int fenceLength = 0;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            int indent = 0;
            while (indent < line.length() && indent < 4 && line.charAt(indent) == ' ') {
                indent++;
            }
            char c = indent < line.length() ? line.charAt(indent) : 0;
            if ((c == '`' || c == '~') && indent <= 3) {
                int run = indent;
                while (run < line.length() && line.charAt(run) == c) {
                    run++;
                }
                run -= indent;
                if (fence == 0 && run >= 3) {
                    fence = c;
                    fenceLength = run;
                    fenced[i] = true;
                    continue;
                }
                if (fence == c && run >= fenceLength && line.substring(indent + run).isBlank()) {
                    fence = 0;
                    fenced[i] = true;
                    continue;
                }
            }
            fenced[i] = fence != 0;
        }
        return fenced;
    }
}
