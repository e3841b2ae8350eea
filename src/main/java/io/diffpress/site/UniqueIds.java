package io.diffpress.site;

import java.util.HashSet;
import java.util.Set;

/**
 * The ids of a rendered body made unique on its page. flexmark keeps the ids it generates for headings apart, but not
 * those a report gives itself ({@code ## path{#item-03fc2e}} written twice, {@code {#dp-main}}) nor a generated one
 * that meets an explicit one; two elements with one id make a page invalid HTML and send a link to the first. The
 * first element keeps its id, each later one gets the first free {@code id-1}, {@code id-2}… (flexmark's own way for
 * headings); an id the theme gives an element around the body counts as taken before the body starts.
 */
final class UniqueIds {

    /** The ids the default theme gives elements of a report page (base.peb, report.peb): a body's own come second. */
    static final Set<String> THEME = Set.of("dp-main", "dp-search-q", "dp-commits-heading");

    private static final String ID = " id=\"";

    private UniqueIds() {
    }

    /**
     * The body with each repeated id, or one in {@code taken}, renamed. Reads the attributes as flexmark and jsoup
     * write them: double-quoted, a value without {@code "} (text and values carry it as {@code &quot;}).
     */
    static String of(String html, Set<String> taken) {
        int at = html.indexOf(ID);
        if (at < 0) {
            return html;
        }
        Set<String> used = new HashSet<>(taken);
        StringBuilder out = null;
        int from = 0;
        for (; at >= 0; at = html.indexOf(ID, at + ID.length())) {
            int start = at + ID.length();
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            if (!inStartTag(html, at)) {
                continue;
            }
            String id = html.substring(start, end);
            if (used.add(id)) {
                continue;
            }
            String unique = id;
            for (int n = 1; !used.add(unique = id + "-" + n); n++) {
                // the first suffix no element has yet
            }
            if (out == null) {
                out = new StringBuilder(html.length() + 16);
            }
            out.append(html, from, start).append(unique);
            from = end;
        }
        return out == null ? html : out.append(html, from, html.length()).toString();
    }

    /** Whether {@code at} is inside a start tag: the nearest '<' or '>' before it is a '<' that opens an element. */
    private static boolean inStartTag(String html, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = html.charAt(i);
            if (c == '>') {
                return false;
            }
            if (c == '<') {
                return i + 1 < at && Character.isLetter(html.charAt(i + 1));
            }
        }
        return false;
    }
}
