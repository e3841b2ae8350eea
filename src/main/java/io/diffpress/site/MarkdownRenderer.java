package io.diffpress.site;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import io.diffpress.content.ReportBody;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.jsoup.Jsoup;
import com.vladsch.flexmark.util.ast.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns report Markdown into safe HTML: flexmark with tables and {@code {#id}} / {@code {target=...}}
 * attributes, made safe while it renders ({@link SafeHtml} for raw HTML, {@link SafeBody} for attributes and
 * links), so raw HTML in a report can never run script ({@code <details>}, {@code <summary>}, tables and
 * {@code <br>} pass; script, iframes, event handlers and {@code javascript:} links do not). jsoup's cleaner, with
 * the same safe list, runs only on a body whose raw HTML may not balance: it was a fifth of a build's time.
 */
final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;

    private final boolean markTexts;

    MarkdownRenderer() {
        this(true);
    }

    /** @param markTexts whether long texts are written by mark ({@link FastText}); false only to compare in tests */
    MarkdownRenderer(boolean markTexts) {
        this.markTexts = markTexts;
        MutableDataSet options = options(FastText.create(), SafeBody.create());
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
        safelist = safelist();
    }

    /** flexmark's options for report bodies, with these rendering extensions added to the parsing ones. */
    static MutableDataSet options(Extension... rendering) {
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), AttributesExtension.create(),
                StrikethroughExtension.create(), FastAutolink.create(), SafeHtml.create()));
        extensions.addAll(List.of(rendering));
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(TablesExtension.CLASS_NAME, "summary-table");
        // "|--|--|" is a table's delimiter row on GitHub and Learn: one dash a cell is enough, as there
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        // "## path{#item-03fc2e}" (no space) must give the heading that id, not a span inside it.
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        // "[guide](<../my guide.md>)", the CommonMark way to link to a path with spaces (flexmark reads the angle
        // brackets only with this, which also takes "[guide](my guide.md)" as GitHub does not); LinkRewriter encodes
        // the spaces
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        // SafeBody tells unsafe links in any case ("JaVaScRiPt:") and makes them text, and images their alt text:
        // flexmark's own check, of lower case only, dropped images whole and left links to it
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)");
        return options;
    }

    /** What raw HTML and attributes may be in a body: {@link SafeBody} keeps attributes to the same list. */
    static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("details", "summary", "mark", "del", "s", "hr", "caption")
                .addAttributes(":all", "id", "class", "title", "lang", "dir")
                .addAttributes("a", "target", "rel", "aria-label")
                .addAttributes("th", "align", "style")
                .addAttributes("td", "align", "style")
                .addAttributes("details", "open")
                // the scrolling region around a table (SafeBody): harmless, and kept when a body with raw HTML is cleaned
                .addAttributes("div", "tabindex", "role", "aria-labelledby")
                .addProtocols("a", "href", "#", "http", "https", "mailto")
                .preserveRelativeLinks(true);
    }

    /**
     * The final HTML of a body, with each diff placeholder replaced by its rendered diff (in place of the paragraph
     * flexmark wrapped it in). Placeholders are found in one pass; a diff found while rendering (in a list, say)
     * has a higher number than the top-level ones around it.
     */
    private static String withDiffs(String html, SafeBody.State state) {
        StringBuilder out = new StringBuilder(html.length() + state.diffs.size() * 4096);
        int from = 0;
        for (int at = html.indexOf(state.token); at >= 0; at = html.indexOf(state.token, at + 1)) {
            int digits = at + state.token.length();
            int end = digits;
            while (end < html.length() && Character.isDigit(html.charAt(end))) {
                end++;
            }
            if (end == digits || end - digits > 9 || end >= html.length() || html.charAt(end) != 'x') {
                continue;
            }
            int index = Integer.parseInt(html, digits, end, 10);
            if (index >= state.diffs.size() || at < from) {
                continue;
            }
            int start = at;
            end++;
            if (html.startsWith("<p>", at - 3) && html.startsWith("</p>", end)) {
                start -= 3;
                end += 4;
            }
            out.append(html, from, start).append(DiffHtml.render(state.diffs.get(index)));
            from = end;
        }
        return out.append(html, from, html.length()).toString();
    }

    /** flexmark's document of some Markdown, parsed with the body's extensions. */
    Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Safe HTML for a Markdown body, its links as written. */
    String render(String markdown) {
        return renderBody(markdown, ReportBody.sha256(markdown), SafeBody.Links.NONE);
    }

    /**
     * Safe HTML for a report body whose SHA-256 is known: headings one level down, links rewritten and checked
     * with {@code links}, diffs drawn. Made in one flexmark pass ({@link SafeBody}); a body whose raw HTML could
     * leave an element open also goes through jsoup's cleaner, which balances it.
     */
    String renderBody(String markdown, String sha256, SafeBody.Links links) {
        // a control character (an escape sequence pasted from a terminal) has no place in a page: U+FFFD, as our reports write it
        ReportMarkdown.checkParagraphs(markdown);
        ReportMarkdown.Prepared prepared = ReportMarkdown.prepare(FastText.printable(markdown), sha256);
        Document document = parse(prepared.markdown());
        SafeBody.State state = SafeBody.prepare(document, links, prepared);
        state.markTexts = markTexts;
        // ids made unique before the links to them are checked, which are kept only when the page has their target
        UniqueIds.Result unique = UniqueIds.of(renderer.render(document), UniqueIds.THEME);
        state.ids.clear();
        state.ids.addAll(unique.ids());
        String html = SafeBody.finish(unique.html(), state);
        if (state.unbalancedHtml) {
            org.jsoup.nodes.Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html, "https://diffpress.invalid/"));
            clean.outputSettings().prettyPrint(false);
            html = clean.body().html();
        }
        return withDiffs(html, state);
    }
}
