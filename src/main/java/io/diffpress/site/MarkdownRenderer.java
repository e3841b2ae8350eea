package io.diffpress.site;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import io.diffpress.content.ReportBody;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns report Markdown into safe HTML: flexmark with tables and {@code {#id}} / {@code {target=...}}
 * attributes, then a jsoup safe list so raw HTML in a report can never run script
 * ({@code <details>}, {@code <summary>}, tables and {@code <br>} pass; script, iframes,
 * event handlers and {@code javascript:} links do not).
 */
final class MarkdownRenderer {

    /** The only inline style kept: a table cell's alignment. */
    private static final Pattern ALIGN_STYLE = Pattern.compile("text-align: ?(left|right|center);?");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;

    MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create(),
                StrikethroughExtension.create(), FastAutolink.create(), SafeHtml.create(), FastText.create()));
        options.set(TablesExtension.CLASS_NAME, "summary-table");
        // "## path{#item-03fc2e}" (no space) must give the heading that id, not a span inside it.
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
        safelist = Safelist.relaxed()
                .addTags("details", "summary", "mark", "del", "s", "hr", "caption")
                .addAttributes(":all", "id", "class", "title", "lang", "dir")
                .addAttributes("a", "target", "rel")
                .addAttributes("th", "align", "style")
                .addAttributes("td", "align", "style")
                .addAttributes("details", "open")
                .addProtocols("a", "href", "#", "http", "https", "mailto")
                .preserveRelativeLinks(true);
    }

    /**
     * Moves every heading one level down ({@code # Highlights} becomes an h2, a file's {@code ##} heading an h3),
     * keeping its id: the page title is the only h1 of a page. An h6 stays an h6, there is no lower level.
     */
    static void demoteHeadings(Element body) {
        for (Element h : body.select("h1, h2, h3, h4, h5")) {
            h.tagName("h" + (h.tagName().charAt(1) - '0' + 1));
        }
    }

    /** A rendered body: the sanitised element to rewrite further, and the diff blocks to put back when serialising. */
    record Rendered(Element body, ReportMarkdown.Prepared prepared) {

        /**
         * The final HTML, with each diff placeholder replaced by its rendered diff (in place of the paragraph
         * flexmark wrapped it in). The placeholders appear in order, so one pass over the HTML does it.
         */
        String html() {
            String html = body.html();
            StringBuilder out = new StringBuilder(html.length() + prepared.diffs().size() * 4096);
            int from = 0;
            for (int i = 0; i < prepared.diffs().size(); i++) {
                String placeholder = prepared.placeholder(i);
                int at = html.indexOf(placeholder, from);
                if (at < 0) {
                    continue; // dropped by the sanitiser together with what held it
                }
                int start = at;
                int end = at + placeholder.length();
                if (html.startsWith("<p>", at - 3) && html.startsWith("</p>", end)) {
                    start -= 3;
                    end += 4;
                }
                out.append(html, from, start).append(DiffHtml.render(prepared.diffs().get(i)));
                from = end;
            }
            return out.append(html, from, html.length()).toString();
        }
    }

    /** Safe HTML for a Markdown body. */
    String render(String markdown) {
        return renderBody(markdown).html();
    }

    /** The sanitised body, for further rewriting before it is serialised with {@link Rendered#html()}. */
    Rendered renderBody(String markdown) {
        return renderBody(markdown, ReportBody.sha256(markdown));
    }

    /** {@link #renderBody(String)} when the SHA-256 of the Markdown is known already. */
    Rendered renderBody(String markdown, String sha256) {
        ReportMarkdown.Prepared prepared = ReportMarkdown.prepare(markdown, sha256);
        String html = renderer.render(parser.parse(prepared.markdown()));
        Document dirty = Jsoup.parseBodyFragment(html, "https://diffpress.invalid/");
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element a : clean.select("a[target]")) {
            // A new tab must not get a handle on this page.
            a.attr("target", "_blank").attr("rel", "noopener noreferrer");
        }
        for (Element e : clean.select("[style]")) {
            String style = e.attr("style").trim();
            if (!ALIGN_STYLE.matcher(style).matches()) {
                e.removeAttr("style");
            }
        }
        demoteHeadings(clean.body());
        for (Element code : clean.select("pre > code.language-diff")) {
            // A diff fence the fast path did not take (e.g. inside a list) is drawn the same way.
            code.parent().before(DiffHtml.render(code.wholeText())).remove();
        }
        clean.outputSettings().prettyPrint(false);
        return new Rendered(clean.body(), prepared);
    }
}
