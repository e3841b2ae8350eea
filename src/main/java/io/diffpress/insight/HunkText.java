package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of both versions that a unified diff shows: context and removed lines make the
 * old fragment, context and added lines the new one. Used when the full texts are missing
 * (too large), so facts can still name what the visible lines contain.
 *
 * @param before old fragment lines, a blank line between hunks
 * @param after  new fragment lines, a blank line between hunks
 */
record HunkText(List<String> before, List<String> after) {

    static HunkText of(String diff) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        boolean inHunk = false;
        for (String line : diff.split("\n", -1)) {
            if (line.startsWith("@@")) {
                if (inHunk) {
                    // a blank line keeps the last paragraph of one hunk from joining the next hunk's first
                    before.add("");
                    after.add("");
                }
                inHunk = true;
            } else if (!inHunk || line.startsWith("\\")) {
                continue;
            } else if (line.startsWith("+")) {
                after.add(line.substring(1));
            } else if (line.startsWith("-")) {
                before.add(line.substring(1));
            } else {
                String text = line.isEmpty() ? "" : line.substring(1);
                before.add(text);
                after.add(text);
            }
        }
        return new HunkText(trimEnd(before), trimEnd(after));
    }

    private static List<String> trimEnd(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isEmpty()) {
            end--;
        }
        return List.copyOf(lines.subList(0, end));
    }
}
