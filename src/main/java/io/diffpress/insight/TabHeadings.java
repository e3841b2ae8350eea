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

    /** A tab of a section of the page (the section's index, 0 before any heading): its name, and its id after #tab/. */
    record Tab(int section, String name, String id) {
    }

    /** The tab's name when t[s, e) is a tab heading at column 0, else null. */
    static String name(CharSequence t, int s, int e) {
        String[] tab = read(t, s, e);
        return tab == null ? null : tab[0];
    }

    /** The name and the id of the tab whose heading t[s, e) is, or null. */
    private static String[] read(CharSequence t, int s, int e) {
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
        return name.isEmpty() || name.indexOf('[') >= 0 || name.indexOf(']') >= 0 ? null
                : new String[]{name, t.subSequence(close + 7, end).toString()};
    }

    static String name(String line) {
        return name(line, 0, line.length());
    }

    /**
     * The tabs of a page, in order, each with the section it is in. Lines in fenced code blocks (opened or closed by a
     * fence indented at most three spaces) and in HTML comments are not read.
     */
    static List<Tab> of(MarkdownOutline outline) {
        List<Tab> tabs = new ArrayList<>();
        boolean comment = false;
        List<String> lines = outline.lines();
        boolean[] fenced = CodeFences.of(lines, outline.frontMatter().lines());
        for (int i = outline.frontMatter().lines(); i < lines.size(); i++) {
            String line = lines.get(i);
            if (comment) {
                comment = !line.contains("-->");
                continue;
            }
            if (fenced[i] || line.isBlank()) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (indent <= 3 && line.startsWith("<!--", indent)) {
                comment = !line.substring(indent + 4).contains("-->");
                continue;
            }
            if (line.charAt(0) == '#') {
                String[] tab = read(line, 0, line.length());
                if (tab != null) {
                    tabs.add(new Tab(outline.sectionOf(i), tab[0], tab[1]));
                }
            }
        }
        return tabs;
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
