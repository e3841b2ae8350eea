package io.diffpress.site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ids of a rendered body made unique on its page. flexmark keeps the ids it generates for headings apart, but not
 * those a report gives itself ({@code ## path{#item-03fc2e}} written twice, {@code {#dp-main}}) nor a generated one
 * that meets an explicit one; two elements with one id make a page invalid HTML and send a link to the first. The
 * first element keeps its id, each later one gets the first free {@code id-1}, {@code id-2}… (flexmark's own way for
 * headings); an id the theme gives an element around the body counts as taken before the body starts. Ids are
 * compared as the browser reads them ({@code dp&#45;main} is {@code dp-main}). A region's {@code aria-labelledby}
 * (the Summary Table's, named by the heading above it) follows the renaming: it names the latest element that had the id.
 */
final class UniqueIds {

    /** The ids the default theme gives elements of a report page (base.peb, report.peb): a body's own come second. */
    static final Set<String> THEME = Set.of("dp-main", "dp-search-q", "dp-commits-heading");

    private static final String ID = " id=\"";
    private static final String LABELLED_BY = " aria-labelledby=\"";

    /** The body as it will be, and its ids as the browser reads them (for the links to them that the body keeps). */
    record Result(String html, Set<String> ids) {
    }

    private UniqueIds() {
    }

    /**
     * The body with each repeated id, or one in {@code taken}, renamed. Reads the attributes as flexmark writes them:
     * double-quoted, a value without {@code "} (text and values carry it as {@code &quot;}), and the {@code <} of a
     * start tag is the only one before its attributes.
     */
    static Result of(String html, Set<String> taken) {
        Set<String> ids = new HashSet<>();
        int at = html.indexOf(ID);
        if (at < 0) {
            return new Result(html, ids);
        }
        Set<String> used = new HashSet<>(taken);
        Map<String, String> latest = new HashMap<>(); // an id as written → the name its latest element got
        boolean labels = html.contains(LABELLED_BY);
        StringBuilder out = null;
        int from = 0;
        int label = labels ? html.indexOf(LABELLED_BY) : -1;
        while (at >= 0 || label >= 0) {
            boolean isLabel = label >= 0 && (at < 0 || label < at);
            int start = (isLabel ? label + LABELLED_BY.length() : at + ID.length());
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            int attribute = isLabel ? label : at;
            if (isLabel) {
                label = html.indexOf(LABELLED_BY, end);
            } else {
                at = html.indexOf(ID, end);
            }
            if (!inStartTag(html, attribute)) {
                continue;
            }
            String written = html.substring(start, end);
            String name;
            if (isLabel) {
                name = latest.getOrDefault(written, written);
            } else {
                String id = decoded(written);
                name = written;
                String unique = id;
                for (int n = 1; !used.add(unique); n++) {
                    unique = id + "-" + n;
                    name = written + "-" + n;
                }
                ids.add(unique);
                latest.put(written, name);
            }
            if (!name.equals(written)) {
                if (out == null) {
                    out = new StringBuilder(html.length() + 16);
                }
                out.append(html, from, start).append(name);
                from = end;
            }
        }
        return new Result(out == null ? html : out.append(html, from, html.length()).toString(), ids);
    }

    /** An attribute value as the browser reads it: character references replaced. */
    private static String decoded(String written) {
        return written.indexOf('&') < 0 ? written : org.jsoup.parser.Parser.unescapeEntities(written, true);
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
