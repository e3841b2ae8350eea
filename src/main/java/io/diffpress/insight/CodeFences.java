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

    /**
     * The length of the run of backticks or tildes a line starts with (after at most three spaces) when it is three or
     * more, which may open or close a fenced block; else 0.
     */
    static int fenceRun(String line) {
        int indent = 0;
        while (indent < line.length() && indent < 4 && line.charAt(indent) == ' ') {
            indent++;
        }
        if (indent > 3 || indent >= line.length() || line.charAt(indent) != '`' && line.charAt(indent) != '~') {
            return 0;
        }
        char c = line.charAt(indent);
        int run = indent;
        while (run < line.length() && line.charAt(run) == c) {
            run++;
        }
        return run - indent >= 3 ? run - indent : 0;
    }

    /** For each line from {@code from} on, whether it is a fence line or inside a fenced block (lines before are false). */
    static boolean[] of(List<String> lines, int from) {
        boolean[] fenced = new boolean[lines.size()];
        scan(lines, from, fenced);
        return fenced;
    }

    /** Whether the page ends inside a fenced block that no fence closes (its opening fence the last line, say). */
    static boolean openAtEnd(List<String> lines, int from) {
        return scan(lines, from, null);
    }

    /** Reads the fences from line {@code from} on, marking the fenced lines when given an array; whether a block is open at the end. */
    private static boolean scan(List<String> lines, int from, boolean[] fenced) {
        char fence = 0;
        int fenceLength = 0;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            int run = fenceRun(line);
            boolean fenceLine = false;
            if (run > 0) {
                int indent = textStart(line); // spaces only: fenceRun found the fence there
                char c = line.charAt(indent);
                if (fence == 0) {
                    fence = c;
                    fenceLength = run;
                    fenceLine = true;
                } else if (fence == c && run >= fenceLength && line.substring(indent + run).isBlank()) {
                    fence = 0;
                    fenceLine = true;
                }
            }
            if (fenced != null) {
                fenced[i] = fenceLine || fence != 0;
            }
        }
        return fence != 0;
    }
}
