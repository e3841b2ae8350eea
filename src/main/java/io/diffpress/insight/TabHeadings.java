package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * Tabs as Microsoft Learn writes them: a heading that is only a link to {@code #tab/ID} ({@code # [Python](#tab/python)})
 * starts a tab, and the tabs of a group run to the next such heading or a {@code ---} line. Such a heading is no section
 * of the page (a reader sees a tab strip inside the section around it), so the outline skips it, and a tab added or
 * removed is told by its name in that section.
 */
final class TabHeadings {

    private TabHeadings() {
    }

    /** A tab named in a section of the page (the section's index, 0 before any heading). */
    record Tab(int section, String name) {
    }

    /** The tab's name when t[s, e) is a tab heading at column 0, else null. */
    static String name(CharSequence t, int s, int e) {
        int at = s;
        while (at < e && t.charAt(at) == '#') {
            at++;
        }
        if (at == s || at - s > 6 || at == e || t.charAt(at) != ' ' && t.charAt(at) != '\t') {
            return null;
        }
        while (at < e && (t.charAt(at) == ' ' || t.charAt(at) == '\t')) {
            at++;
        }
        if (at == e || t.charAt(at) != '[') {
            return null;
        }
        int close = indexOf(t, "](#tab/", at + 1, e);
        if (close < 0) {
            return null;
        }
        int end = indexOf(t, ")", close + 7, e);
        if (end < 0 || end == close + 7) {
            return null;
        }
        for (int i = close + 7; i < end; i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                return null;
            }
        }
        for (int i = end + 1; i < e; i++) {
            char c = t.charAt(i);
            if (c != ' ' && c != '\t' && c != '#') {
                return null;
            }
        }
        String name = t.subSequence(at + 1, close).toString().strip();
        return name.isEmpty() || name.indexOf('[') >= 0 || name.indexOf(']') >= 0 ? null : name;
    }

    static String name(String line) {
        return name(line, 0, line.length());
    }

    /** The tabs of a page, in order, each with the section it is in; lines in fenced code blocks are not read. */
    static List<Tab> of(MarkdownOutline outline) {
        List<Tab> tabs = new ArrayList<>();
        char fence = 0;
        int fenceLength = 0;
        List<String> lines = outline.lines();
        for (int i = outline.frontMatter().lines(); i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            char c = line.charAt(0);
            if (c == '`' || c == '~') {
                int run = 0;
                while (run < line.length() && line.charAt(run) == c) {
                    run++;
                }
                if (fence == 0 && run >= 3) {
                    fence = c;
                    fenceLength = run;
                } else if (fence == c && run >= fenceLength && line.substring(run).isBlank()) {
                    fence = 0;
                }
                continue;
            }
            if (fence == 0 && c == '#') {
                String name = name(line);
                if (name != null) {
                    tabs.add(new Tab(outline.sectionOf(i), name));
                }
            }
        }
        return tabs;
    }

    /**
     * Whether a line the diff did not keep may be a tab's heading: only then can a tab have been added or removed.
     *
     * @param keptAs for each old line, the new line the diff kept it as, or -1
     */
    static boolean changed(List<String> oldLines, List<String> newLines, int[] keptAs) {
        boolean[] kept = new boolean[newLines.size()];
        for (int i = 0; i < oldLines.size(); i++) {
            int j = i < keptAs.length ? keptAs[i] : -1;
            if (j >= 0 && j < kept.length) {
                kept[j] = true;
            } else if (mayBeTab(oldLines.get(i))) {
                return true;
            }
        }
        for (int j = 0; j < newLines.size(); j++) {
            if (!kept[j] && mayBeTab(newLines.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayBeTab(String line) {
        return !line.isEmpty() && line.charAt(0) == '#' && line.contains("](#tab/");
    }

    private static int indexOf(CharSequence t, String what, int from, int to) {
        for (int i = from; i + what.length() <= to; i++) {
            boolean same = true;
            for (int k = 0; k < what.length() && same; k++) {
                same = t.charAt(i + k) == what.charAt(k);
            }
            if (same) {
                return i;
            }
        }
        return -1;
    }
}
