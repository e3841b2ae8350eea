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
        return fenceRun(line, 0, line.length());
    }

    /** {@link #fenceRun(String)} of line i, read in place when the lines are {@link Lines}. */
    static int fenceRun(List<String> lines, int i) {
        if (lines instanceof Lines l) {
            return fenceRun(l.text(), l.start(i), l.end(i));
        }
        return fenceRun(lines.get(i));
    }

    /** {@link #fenceRun(String)} of the line text[s, e), read in place. */
    private static int fenceRun(String t, int s, int e) {
        int indent = s;
        while (indent < e && indent < s + 4 && t.charAt(indent) == ' ') {
            indent++;
        }
        if (indent > s + 3 || indent >= e || t.charAt(indent) != '`' && t.charAt(indent) != '~') {
            return 0;
        }
        char c = t.charAt(indent);
        int run = indent;
        while (run < e && t.charAt(run) == c) {
            run++;
        }
        return run - indent >= 3 ? run - indent : 0;
    }

    /** For each line from {@code from} on, whether it is a fence line or inside a fenced block (lines before are false). */
    static boolean[] of(List<String> lines, int from) {
        boolean[] fenced = new boolean[lines.size()];
        scan(lines, from, fenced, -1);
        return fenced;
    }

    /** Whether the page ends inside a fenced block that no fence closes (its opening fence the last line, say). */
    static boolean openAtEnd(List<String> lines, int from) {
        return scan(lines, from, null, -1);
    }

    /** {@link #openAtEnd} of the lines with line {@code skip} taken out, without copying them. */
    static boolean openAtEndWithout(List<String> lines, int from, int skip) {
        return scan(lines, from, null, skip);
    }

    /**
     * Reads the fences from line {@code from} on, but line {@code skip} (none when negative), marking the fenced lines
     * when given an array; whether a block is open at the end. Lines of a {@link Lines} are read in place: copying each
     * out would cost more than the scan.
     */
    private static boolean scan(List<String> lines, int from, boolean[] fenced, int skip) {
        Lines inPlace = lines instanceof Lines l ? l : null;
        char fence = 0;
        int fenceLength = 0;
        for (int i = from; i < lines.size(); i++) {
            if (i == skip) {
                continue;
            }
            String t;
            int s;
            int e;
            if (inPlace != null) {
                t = inPlace.text();
                s = inPlace.start(i);
                e = inPlace.end(i);
            } else {
                t = lines.get(i);
                s = 0;
                e = t.length();
            }
            int run = fenceRun(t, s, e);
            boolean fenceLine = false;
            if (run > 0) {
                int indent = s; // spaces only: fenceRun found the fence there
                while (t.charAt(indent) == ' ') {
                    indent++;
                }
                char c = t.charAt(indent);
                if (fence == 0) {
                    fence = c;
                    fenceLength = run;
                    fenceLine = true;
                } else if (fence == c && run >= fenceLength && blank(t, indent + run, e)) {
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

    /** Whether text[s, e) is only whitespace, as String.isBlank() tells (no whitespace lies outside the BMP). */
    private static boolean blank(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
