package io.diffpress.insight;

import java.util.Arrays;
import java.util.List;

/**
 * Blanks the bodies of sections that are the same in both versions, so that flexmark parses
 * only what changed: most edits touch a few sections of a long page. Lines are replaced by
 * empty lines rather than removed, so every line number stays true.
 *
 * <p>A chunk runs from an ATX heading at column 0, after a blank line and outside any fence, to
 * the next such heading. It is blanked only when the diff kept all of its lines on both sides,
 * it starts and ends at chunk boundaries on both sides, and nothing in it can reach beyond it
 * or be reached from outside: its fences are balanced, and it has no HTML lines (an HTML block
 * can hide a heading), no setext underline (a heading the boundary scan does not see) and no
 * link reference definition (used by links elsewhere). A property test checks that blanking
 * never changes the facts. The text before the first heading (front matter) is never blanked.
 */
final class UnchangedSections {

    private UnchangedSections() {
    }

    /** The two versions with unchanged section bodies blanked: {before, after}. */
    static List<List<String>> blank(List<String> before, List<String> after, LineDiff diff) {
        boolean[] startsA = chunkStarts(before);
        boolean[] startsB = chunkStarts(after);
        int[] toNew = diff.oldToNew();
        String[] a = before.toArray(String[]::new);
        String[] b = after.toArray(String[]::new);
        int start = next(startsA, 0);
        while (start < a.length) {
            int end = next(startsA, start + 1);
            if (unchanged(start, end, toNew, startsB, before, after) && selfContained(before, start, end)) {
                Arrays.fill(a, start + 1, end, "");
                Arrays.fill(b, toNew[start] + 1, toNew[end - 1] + 1, "");
            }
            start = end;
        }
        return List.of(Arrays.asList(a), Arrays.asList(b));
    }

    /** Whether old lines [start, end) were all kept as the same consecutive new lines, forming a chunk there too. */
    private static boolean unchanged(int start, int end, int[] toNew, boolean[] startsB, List<String> before, List<String> after) {
        for (int i = start; i < end; i++) {
            if (toNew[i] < 0 || i > start && toNew[i] != toNew[i - 1] + 1 || !before.get(i).equals(after.get(toNew[i]))) {
                return false;
            }
        }
        int last = toNew[end - 1];
        return startsB[toNew[start]] && (last + 1 == after.size() || startsB[last + 1]);
    }

    /** ATX heading lines outside fences; fences are tracked whatever their indentation, to err on "inside". */
    static boolean[] chunkStarts(List<String> lines) {
        boolean[] starts = new boolean[lines.size()];
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String marker = fenceMarker(line);
            if (fence == null && marker != null) {
                fence = marker;
            } else if (fence != null && marker != null && marker.charAt(0) == fence.charAt(0)
                    && marker.length() >= fence.length() && line.strip().length() == marker.length()) {
                fence = null;
            } else if (fence == null && isHeading(line) && (i == 0 || lines.get(i - 1).isBlank())) {
                starts[i] = true;
            }
        }
        return starts;
    }

    /**
     * Whether the chunk closes every fence it opens (read with the same rules as chunkStarts)
     * and has no HTML, setext underline or link reference definition outside its fences.
     */
    private static boolean selfContained(List<String> lines, int start, int end) {
        String fence = null;
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            String marker = fenceMarker(line);
            if (fence == null && marker == null && reachesOut(line, i > start && !lines.get(i - 1).isBlank())) {
                return false;
            }
            if (fence == null && marker != null) {
                fence = marker;
            } else if (fence != null && marker != null && marker.charAt(0) == fence.charAt(0)
                    && marker.length() >= fence.length() && line.strip().length() == marker.length()) {
                fence = null;
            }
        }
        return fence == null;
    }

    private static boolean reachesOut(String line, boolean afterText) {
        String t = line.stripLeading();
        if (t.startsWith("<") || t.startsWith("[") && t.contains("]:")) {
            return true;
        }
        // "Title\n---" or "Title\n===" makes a heading the boundary scan does not see
        return afterText && !t.isEmpty() && (t.chars().allMatch(c -> c == '-' || c == ' ') || t.chars().allMatch(c -> c == '=' || c == ' '));
    }

    private static String fenceMarker(String line) {
        String t = line.stripLeading();
        if (!(t.startsWith("```") || t.startsWith("~~~"))) {
            return null;
        }
        char c = t.charAt(0);
        int n = 0;
        while (n < t.length() && t.charAt(n) == c) {
            n++;
        }
        return t.substring(0, n);
    }

    /** "# Title" at column 0: an indented one may belong to a list item. */
    private static boolean isHeading(String line) {
        int indent = 0;
        int hashes = 0;
        while (indent + hashes < line.length() && line.charAt(indent + hashes) == '#') {
            hashes++;
        }
        int after = indent + hashes;
        return hashes >= 1 && hashes <= 6 && (after == line.length() || line.charAt(after) == ' ' || line.charAt(after) == '\t');
    }

    private static int next(boolean[] starts, int from) {
        int i = from;
        while (i < starts.length && !starts[i]) {
            i++;
        }
        return i;
    }
}
