package io.diffpress.site;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.diffpress.content.ReportBody;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The way report bodies were made before {@link SafeBody}, kept as the specification it must match: flexmark's
 * plain rendering, then jsoup's cleaner and DOM passes (targets, styles, heading levels, diff fences, link
 * rewriting, history links, links to missing fragments). {@link #normalized} turns either's HTML into a form that
 * differs only where the documents differ.
 */
final class JsoupBodyOracle {

    private static final Pattern ALIGN_STYLE = Pattern.compile("text-align: ?(left|right|center);?");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist = MarkdownRenderer.safelist();

    JsoupBodyOracle() {
        MutableDataSet options = MarkdownRenderer.options(); // flexmark's own rendering: no FastText, no SafeBody
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** A body as the old pipeline made it; {@code links} null for plain Markdown (no rewriting, no fragment check). */
    String render(String markdown, SafeBody.Links links) {
        ReportMarkdown.Prepared prepared = ReportMarkdown.prepare(markdown, ReportBody.sha256(markdown));
        com.vladsch.flexmark.util.ast.Document parsed = parser.parse(prepared.markdown());
        SafeBody.keepBracesAsText(parsed); // a reading of the Markdown, not a safety pass: the same for both
        String html = renderer.render(parsed);
        Document dirty = Jsoup.parseBodyFragment(html, "https://diffpress.invalid/");
        // a link the safe list would take the href of is its text; an image it would take the src of has no source
        // (its alt text, below)
        for (Element a : dirty.select("a[href]")) {
            if (!safelist.isSafeAttribute("a", a, a.attribute("href"))) {
                a.replaceWith(new TextNode(textOf(a)));
            }
        }
        for (Element img : dirty.select("img[src]")) {
            if (!safelist.isSafeAttribute("img", img, img.attribute("src"))) {
                img.removeAttr("src");
            }
        }
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element a : clean.select("a[target]")) {
            a.attr("target", "_blank").attr("rel", "noopener noreferrer");
        }
        for (Element e : clean.select("[style]")) {
            if (!ALIGN_STYLE.matcher(e.attr("style").trim()).matches()) {
                e.removeAttr("style");
            }
        }
        for (Element h : clean.body().select("h1, h2, h3, h4, h5")) {
            h.tagName("h" + (h.tagName().charAt(1) - '0' + 1));
        }
        // a file's path in its heading: each part ("docs/", "a.md") in a span that does not break
        for (Element h : clean.body().select("h2, h3, h4, h5, h6")) {
            if (h.id().startsWith("item-")) {
                for (TextNode text : new ArrayList<>(h.textNodes())) {
                    String whole = text.getWholeText();
                    if (whole.indexOf('/') < 0) {
                        continue;
                    }
                    for (String part : whole.split("(?<=/)")) {
                        text.before(new Element("span").addClass("path-part").text(part));
                    }
                    text.remove();
                }
            }
        }
        // each id once on the page: a repeat, or one of the theme's, gets the first free "-1", "-2"... (before the
        // regions below are named by their headings' ids and before the links to ids are checked)
        Set<String> used = new HashSet<>(UniqueIds.THEME);
        for (Element e : clean.body().select("[id]")) {
            String unique = e.id();
            for (int n = 1; !used.add(unique); n++) {
                unique = e.id() + "-" + n;
            }
            e.id(unique);
        }
        for (Element th : clean.select("table.summary-table > thead > tr > th:not([scope])")) {
            th.attr("scope", "col");
        }
        // the count columns of a header row that holds "A", "D" and "M" are named for screen readers and as a tooltip
        if (links != null && !links.columnNames().isEmpty()) {
            for (Element row : clean.select("table.summary-table > thead > tr")) {
                Set<String> cells = new HashSet<>(row.children().eachText());
                if (cells.containsAll(List.of("A", "D", "M"))) {
                    for (Element th : row.children()) {
                        String name = links.columnNames().get(th.text());
                        if (name != null) {
                            th.attr("title", name).attr("aria-label", name);
                        }
                    }
                }
            }
        }
        for (Element table : clean.select("table.summary-table")) {
            // a Markdown table scrolls in a region named by the heading right before it, if any
            Element previous = table.previousElementSibling();
            Element heading = previous != null && previous.tagName().matches("h[1-6]") ? previous : null;
            Element scroll = new Element("div").addClass("table-scroll");
            if (heading != null && !heading.id().isEmpty()) {
                scroll.attr("tabindex", "0").attr("role", "region").attr("aria-labelledby", heading.id());
            }
            table.before(scroll);
            scroll.appendChild(table);
        }
        for (Element code : clean.select("pre > code.language-diff")) {
            code.parent().before(DiffHtml.render(code.wholeText())).remove();
        }
        Element body = clean.body();
        // a summary of text alone under a file's heading names the file, for screen readers only
        String fileSection = "";
        int fileLevel = 0;
        for (Element element : body.getAllElements()) {
            if (element.tagName().matches("h[1-6]")) {
                int level = element.tagName().charAt(1) - '0';
                if (element.id().startsWith("item-")) {
                    fileSection = element.text().trim();
                    fileLevel = level;
                } else if (level <= fileLevel) {
                    fileSection = "";
                }
            } else if (element.tagName().equals("summary") && !fileSection.isEmpty() && element.childrenSize() == 0
                    && !element.text().isBlank()) {
                element.appendElement("span").addClass("visually-hidden").text(": " + fileSection);
            }
        }
        if (links.rewriter() != null) {
            String currentFile = "";
            for (Element element : body.getAllElements()) {
                if (element.tagName().matches("h[1-6]") && element.id().startsWith("item-")) {
                    currentFile = element.text().trim();
                } else if (element.tagName().equals("img") && element.hasAttr("src")) {
                    LinkRewriter.Outcome outcome = links.rewriter().image(element.attr("src"), currentFile);
                    if (outcome.plainText()) {
                        element.removeAttr("src");
                    } else {
                        element.attr("src", outcome.href());
                    }
                } else if (element.tagName().equals("a") && element.hasAttr("href")) {
                    LinkRewriter.Outcome outcome = links.rewriter().rewrite(element.attr("href"), currentFile);
                    if (outcome.plainText()) {
                        element.replaceWith(new TextNode(textOf(element)));
                    } else if (!outcome.href().equals(element.attr("href"))) {
                        element.attr("href", outcome.href());
                        if (outcome.noopener()) {
                            element.attr("rel", "noopener");
                        }
                    }
                }
            }
        }
        for (Element row : body.select("table tr")) {
            Element a = row.selectFirst("td a[href^=#item-]"); // the row's file: its first "#item-" link, in any cell
            SafeBody.History history = a == null ? null : links.historyByAnchor().get(a.attr("href").substring(1));
            if (history != null) {
                a.parent().appendText(" ").appendElement("a").addClass("history")
                        .attr("href", history.url()).attr("title", history.title()).attr("aria-label", history.title())
                        .text(history.text());
            }
        }
        if (links.rewriter() != null) {
            Set<String> ids = new HashSet<>();
            for (Element e : body.select("[id]")) {
                ids.add(e.id());
            }
            for (Element a : body.select("a[href^=#]")) {
                String id = a.attr("href").substring(1);
                if (!ids.contains(decode(id)) && !ids.contains(id)) {
                    a.unwrap();
                }
            }
        }
        for (Element img : body.select("img:not([src])")) {
            img.replaceWith(new TextNode(img.attr("alt"))); // an image without a source is its alt text
        }
        clean.outputSettings().prettyPrint(false);
        String out = body.html();
        for (int i = 0; i < prepared.diffs().size(); i++) {
            String placeholder = prepared.placeholder(i);
            out = out.replace("<p>" + placeholder + "</p>", DiffHtml.render(prepared.diffs().get(i))).replace(placeholder,
                    DiffHtml.render(prepared.diffs().get(i)));
        }
        return out;
    }

    /** A link's text, an image in it by its alt text. */
    private static String textOf(Element link) {
        Element copy = link.clone();
        for (Element img : copy.select("img")) {
            img.replaceWith(new TextNode(img.attr("alt")));
        }
        return copy.text();
    }

    private static String decode(String fragment) {
        try {
            return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }

    /**
     * HTML as a document: parsed, attributes sorted, whitespace-only text between elements dropped (it does not
     * show), adjacent text merged, and serialized again.
     */
    static String normalized(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.body().getAllElements()) {
            List<Attribute> attributes = new ArrayList<>(e.attributes().asList());
            attributes.sort(Comparator.comparing(Attribute::getKey));
            attributes.forEach(a -> e.removeAttr(a.getKey()));
            attributes.forEach(a -> e.attr(a.getKey(), a.getValue()));
            if (!e.tagName().equals("pre") && e.closest("pre") == null) {
                for (Node child : new ArrayList<>(e.childNodes())) {
                    if (child instanceof TextNode t && t.isBlank()) {
                        t.remove();
                    }
                }
            }
        }
        doc.body().getAllElements().forEach(e -> {
            List<Node> children = e.childNodes();
            for (int i = children.size() - 1; i > 0; i--) {
                if (children.get(i) instanceof TextNode b && children.get(i - 1) instanceof TextNode a) {
                    a.text(a.getWholeText() + b.getWholeText());
                    b.remove();
                }
            }
        });
        return doc.body().html();
    }
}
