package io.diffpress.site;


import java.util.Map;

/**
 * A report's entry in a list of reports, {@code reportItem(report, base, t)} in templates: the bytes the built-in
 * theme's item.peb (with the {@code counts} macro of macros.peb) makes through Pebble, written directly. Adding a
 * report shifts every page of every list it is in, so a rebuild writes about 10,000 entries for 10,000 reports;
 * in a fresh process Pebble took about 100 µs an entry. Used only while the portal's theme overrides neither
 * template (see {@link Theme}); the test compares it with Pebble on hostile and blank values.
 */
final class ReportItemHtml {

    private ReportItemHtml() {
    }

    static Utf8Html html(ReportView r, String base, Map<String, String> t) {
        Utf8Builder out = Utf8Builder.small();
        out.append("  <li class=\"report-item\">\n    <div class=\"meta\"><time datetime=\"").append(e(r.date())).append("\">")
                .append(e(r.date())).append("</time>");
        if (!empty(r.section())) {
            out.append(" · <a class=\"section\" href=\"").append(e(base)).append(e(r.sectionUrl())).append("\">")
                    .append(e(r.section())).append("</a>");
        }
        String lang = empty(r.lang()) ? "" : " lang=\"" + e(r.lang()) + "\"";
        out.append("</div>\n    <h2 dir=\"auto\"").append(lang).append("><a href=\"").append(e(base)).append(e(r.url())).append("\">").append(e(r.title()))
                // the date read after the title, with the comma of the title's language ("、" in a Japanese site's own titles)
                .append("<span class=\"visually-hidden\">").append(e(empty(r.lang()) ? orDefault(t.get("list_separator"), ", ") : ", "))
                .append(e(r.date())).append("</span></a></h2>\n    ");
        if (!empty(r.summary())) {
            out.append("<p class=\"summary\" dir=\"auto\"").append(lang).append('>').append(e(r.summary())).append("</p>");
        }
        out.append("    <div class=\"counts\">\n  <span>").append(r.files()).append(' ')
                .append(e(r.files() == 1 ? t.get("file") : t.get("files"))).append("</span>\n  <span class=\"plus\">+")
                .append(r.additions()).append("<span class=\"visually-hidden\"> ").append(e(t.get("lines_added")))
                .append("</span></span>\n  <span class=\"minus\">−").append(r.deletions()).append("<span class=\"visually-hidden\"> ")
                .append(e(t.get("lines_deleted"))).append("</span></span>\n  ");
        for (String type : r.types()) {
            out.append("<span class=\"badge badge-").append(e(type.replace(" ", "-"))).append("\">")
                    .append(e(orDefault(t.get("type_" + type.replace(" ", "_")), type))).append("</span>");
        }
        out.append("</div>\n  </li>\n");
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
