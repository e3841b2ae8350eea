package io.diffpress.site;


import java.util.Map;

/**
 * The rows of a document's history table, {@code historyRows(article, base, t)} in templates: the bytes the
 * built-in theme's row markup made through Pebble, written directly. A busy document has thousands of rows, all
 * rendered again whenever one is added (newest first), and Pebble took about 10 µs a row (30 in a fresh process)
 * where this takes one. A theme that wants other rows loops over {@code article.changes} itself. The test
 * compares this with the Pebble template it replaces, escaping included (Pebble's: {@code escapeHtml4Xml}). Written
 * as UTF-8 as it is made ({@link Utf8Html}): as a string, a busy document's rows were copied four times on the way.
 */
final class ArticleRows {

    private ArticleRows() {
    }

    static Utf8Html html(ArticleView article, String base, Map<String, String> t) {
        Utf8Builder out = new Utf8Builder(article.changes().size() * 420);
        for (ArticleView.Change c : article.changes()) {
            out.append("    <tr>\n      <td><time datetime=\"").append(e(c.date())).append("\">").append(e(c.date()))
                    .append("</time>");
            String label = c.label();
            if (!label.isEmpty()) {
                out.append(" <span class=\"muted\">").append(e(label)).append("</span>");
            }
            out.append("</td>\n      <td>");
            if (!empty(c.type())) {
                out.append("<span class=\"badge badge-").append(e(c.type().replace(" ", "-"))).append("\">")
                        .append(e(orDefault(t.get("type_" + c.type().replace(" ", "_")), c.type()))).append("</span>");
            }
            out.append("</td>\n      <td><a dir=\"auto\"");
            if (!empty(c.lang())) {
                out.append(" lang=\"").append(e(c.lang())).append('"');
            }
            out.append(" href=\"").append(e(base)).append(e(c.reportUrl())).append('#').append(e(c.anchor()))
                    .append("\">").append(CodeSpans.html(empty(c.title()) ? c.reportTitle() : c.title())).append("</a>");
            if (!c.path().equals(article.path())) {
                out.append(" <span class=\"muted\">(<code>").append(e(c.path())).append("</code>)</span>");
            }
            out.append("</td>\n      <td>").append(e(orDefault(t.get("status_" + c.status()), c.status()))).append("</td>\n      <td>");
            if (c.counted()) {
                out.append("<span class=\"plus\">+").append(c.additions()).append("</span> <span class=\"minus\">−")
                        .append(c.deletions()).append("</span>");
            } else {
                out.append("<span class=\"muted\">—</span>");
            }
            out.append("</td>\n    </tr>\n  ");
        }
        return out.toHtml();
    }

    /** Pebble's {@code is empty} on a string: null, or nothing but what trim() drops. */
    private static boolean empty(String s) {
        return s == null || s.trim().isEmpty();
    }

    /** Pebble's {@code default} filter. */
    private static String orDefault(String value, String fallback) {
        return empty(value) ? fallback : value;
    }

    private static String e(String s) {
        return s == null ? "" : Theme.escapeHtml(s);
    }
}
