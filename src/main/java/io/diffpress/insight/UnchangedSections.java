package io.diffpress.insight;

import java.util.Arrays;
import java.util.List;

/**
 * Blanks the bodies of sections that are the same in both versions, so that flexmark parses
 * only what changed: most edits touch a few sections of a long page. Used for the pages
 * {@link ChunkReading} does not read (a possible link reference definition, a byte order mark). Lines are replaced by
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

    /**
     * Whether every chunk start the scan assumed is a heading of the parsed outline: when the scan
     * misread the file (a fence or HTML block it did not see), the caller parses without blanking.
     */
    static boolean confirmed(List<String> lines, MarkdownOutline outline) {
        boolean[] starts = chunkStarts(lines, fenced(lines));
        java.util.Set<Integer> headings = new java.util.HashSet<>();
        outline.headings().forEach(h -> headings.add(h.line()));
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] && !headings.contains(i)) {
                return false;
            }
        }
        return true;
    }

    /** The two versions with unchanged section bodies blanked: {before, after}. */
    static List<List<String>> blank(List<String> before, List<String> after, LineDiff diff) {
        boolean[] fencedA = fenced(before);
        boolean[] fencedB = fenced(after);
        boolean[] startsA = chunkStarts(before, fencedA);
        boolean[] startsB = chunkStarts(after, fencedB);
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
        blankBlocks(before, after, toNew, startsA, startsB, fencedA, fencedB, a, b);
        return List.of(Arrays.asList(a), Arrays.asList(b));
    }

    /**
     * Inside changed sections, blanks groups of lines between blank lines that are the same on
     * both sides and cannot affect anything around them: every line starts at column 0 with a
     * character that opens no fence, HTML, heading, reference definition or thematic break, no
     * line holds {@code <}, and the next group does not start indented (it could continue a list
     * item of this group), and every line from its section's heading down to it is kept as it
     * was, so no added or removed heading above it can move it to another section. Removing
     * equal blocks from both versions then leaves the differences, and so the facts, as they were.
     */
    private static void blankBlocks(List<String> before, List<String> after, int[] toNew, boolean[] startsA,
                                    boolean[] startsB, boolean[] fencedA, boolean[] fencedB, String[] a, String[] b) {
        int from = Math.max(FrontMatter.read(before, false).lines(), 1);
        int fromB = FrontMatter.read(after, false).lines();
        boolean[] settled = settled(toNew, startsA, startsB);
        int s = from;
        while (s < before.size()) {
            if (blankLine(before.get(s)) || !blankLine(before.get(s - 1)) || a[s].isEmpty()) {
                s++;
                continue;
            }
            int e = s;
            while (e < before.size() && !blankLine(before.get(e))) {
                e++;
            }
            if (quietGroup(before, after, toNew, settled, fencedA, fencedB, fromB, s, e)) {
                int t = toNew[s];
                Arrays.fill(a, s, e, "");
                Arrays.fill(b, t, t + (e - s), "");
            }
            s = e;
        }
    }

    private static boolean quietGroup(List<String> before, List<String> after, int[] toNew, boolean[] settled,
                                      boolean[] fencedA, boolean[] fencedB, int fromB, int s, int e) {
        int t = toNew[s];
        if (t < 1 || !blankLine(after.get(t - 1)) || t < fromB) {
            return false;
        }
        for (int i = s; i < e; i++) {
            int j = toNew[i];
            if (!settled[i] || j != t + (i - s) || fencedA[i] || fencedB[j] || !before.get(i).equals(after.get(j)) || !quietLine(before.get(i))) {
                return false;
            }
        }
        int tEnd = t + (e - s);
        return (tEnd == after.size() || blankLine(after.get(tEnd)))
                && startsFlush(before, e) && startsFlush(after, tEnd);
    }

    /**
     * For each old line: it and every line above it up to its chunk's heading were kept, in
     * order and without new lines between them, and that heading's place in the new version is
     * a chunk start too (the file's top for the text before the first heading).
     */
    private static boolean[] settled(int[] toNew, boolean[] startsA, boolean[] startsB) {
        boolean[] settled = new boolean[toNew.length];
        boolean ok = toNew.length > 0 && toNew[0] == 0;
        boolean afterHeading = false;
        for (int k = 0; k < toNew.length; k++) {
            if (startsA[k]) {
                afterHeading = true;
                ok = false;
            } else if (afterHeading) {
                ok = toNew[k] >= 1 && startsB[toNew[k] - 1];
                afterHeading = false;
            } else if (k > 0) {
                ok = ok && toNew[k] >= 0 && toNew[k] == toNew[k - 1] + 1;
            }
            settled[k] = ok && toNew[k] >= 0;
        }
        return settled;
    }

    /**
     * A blank line as Markdown reads it: only spaces and tabs. Not {@link String#isBlank()}, which
     * also takes a form feed or vertical tab, where a paragraph goes on.
     */
    static boolean blankLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The next non-blank line from i, if any, starts at column 0. */
    private static boolean startsFlush(List<String> lines, int i) {
        while (i < lines.size() && blankLine(lines.get(i))) {
            i++;
        }
        return i == lines.size() || !Character.isWhitespace(lines.get(i).charAt(0));
    }

    private static boolean quietLine(String line) {
        char c = line.charAt(0);
        boolean start = Character.isLetterOrDigit(c) || "|*-+!(\"'>".indexOf(c) >= 0;
        // a heading or underline can hide behind quote and list markers: "> # Title", "- Title\n  ---"
        String t = withoutMarkers(line);
        boolean rule = t.chars().allMatch(ch -> ch == '-' || ch == '*' || ch == '_' || ch == '=' || ch == ' ');
        if (t.startsWith("#")) {
            return false;
        }
        return start && !rule && line.indexOf('<') < 0 && !line.contains("-->") && line.indexOf("```") < 0 && line.indexOf("~~~") < 0
                && !(c == '[' || t.startsWith("[") && t.contains("]:"));
    }

    /** The closing mark of an HTML comment or raw-text block this line opens and does not close, or null. */
    private static String rawHtmlEnd(String lower) {
        for (String[] pair : new String[][] {{"<!--", "-->"}, {"<pre", "</pre>"}, {"<script", "</script>"},
                {"<style", "</style>"}, {"<textarea", "</textarea>"}}) {
            int open = lower.indexOf(pair[0]);
            if (open >= 0 && lower.indexOf(pair[1], open + pair[0].length()) < 0) {
                return pair[1];
            }
        }
        return null;
    }

    /** The line without leading quote and list markers ("> ", "- ", "1. "). */
    private static String withoutMarkers(String line) {
        String t = line.strip();
        while (!t.isEmpty()) {
            char c = t.charAt(0);
            if (c == '>' || (c == '-' || c == '*' || c == '+') && t.length() > 1 && t.charAt(1) == ' ') {
                t = t.substring(1).strip();
            } else if (Character.isDigit(c)) {
                int k = 0;
                while (k < t.length() && Character.isDigit(t.charAt(k))) {
                    k++;
                }
                if (k < t.length() && (t.charAt(k) == '.' || t.charAt(k) == ')') && (k + 1 == t.length() || t.charAt(k + 1) == ' ')) {
                    t = t.substring(k + 1).strip();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return t;
    }

    /**
     * Lines inside (or opening or closing) a fence, by the same reading as chunkStarts, or inside
     * an HTML comment or raw-text block, which blank lines do not end.
     */
    private static boolean[] fenced(List<String> lines) {
        boolean[] fenced = new boolean[lines.size()];
        String fence = null;
        String htmlEnd = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (htmlEnd != null) {
                fenced[i] = true;
                if (line.indexOf('>') >= 0 && line.toLowerCase(java.util.Locale.ROOT).contains(htmlEnd)) {
                    htmlEnd = null;
                }
                continue;
            }
            if (fence == null && line.indexOf('<') >= 0) {
                htmlEnd = rawHtmlEnd(line.toLowerCase(java.util.Locale.ROOT));
                if (htmlEnd != null) {
                    fenced[i] = true;
                    continue;
                }
            }
            String marker = fenceMarker(line);
            if (fence == null && marker != null) {
                fence = marker;
                fenced[i] = true;
            } else if (fence != null) {
                fenced[i] = true;
                if (marker != null && marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()
                        && line.strip().length() == marker.length()) {
                    fence = null;
                }
            }
        }
        return fenced;
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

    /** ATX headings at column 0 after a blank line, outside fences and HTML comment or raw-text blocks. */
    static boolean[] chunkStarts(List<String> lines, boolean[] fenced) {
        boolean[] starts = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = !fenced[i] && isHeading(lines.get(i)) && (i == 0 || blankLine(lines.get(i - 1)));
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
            if (fence == null && marker == null && reachesOut(line, i > start && !blankLine(lines.get(i - 1)))) {
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
        if (t.startsWith("<") || t.startsWith("[") && t.contains("]:") || t.contains("-->")) {
            return true;
        }
        if (afterText || !t.startsWith("#")) {
            // a heading behind markers ("- # Title", "> # Title") is one the chunk scan does not see
            if (withoutMarkers(line).startsWith("#") && !t.startsWith("#")) {
                return true;
            }
        }
        // "Title\n---" or "Title\n===" makes a heading the boundary scan does not see
        return afterText && !t.isEmpty() && (t.chars().allMatch(c -> c == '-' || c == ' ') || t.chars().allMatch(c -> c == '=' || c == ' '));
    }

    /** The fence a line opens or closes, looking past quote and list markers ("- ```"). */
    private static String fenceMarker(String line) {
        String t = withoutMarkers(line);
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
        return hashes >= 1 && hashes <= 6 && (after == line.length() || line.charAt(after) == ' ' || line.charAt(after) == '\t')
                && TabHeadings.name(line) == null;
    }

    private static int next(boolean[] starts, int from) {
        int i = from;
        while (i < starts.length && !starts[i]) {
            i++;
        }
        return i;
    }
}
