package io.diffpress.site;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.internal.AttributesAttributeProvider;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a report body safe and final, done while flexmark renders it rather than by a second parse of its
 * HTML: the attributes of every element are cut to a safe list (links and images only to safe protocols); headings
 * move one level down; links into the documented repository are rewritten ({@link LinkRewriter}); a diff fence
 * that {@link ReportMarkdown} did not take out is drawn by {@link DiffHtml}. What can only be decided once the
 * whole body is rendered (whether a "#x" link has a target) is marked in the HTML and settled by {@link #finish}.
 * Raw HTML passes {@link SafeHtml}; a body whose raw HTML could leave elements unbalanced goes through jsoup's
 * cleaner as well ({@link #needsCleaner}).
 */
final class SafeBody implements HtmlRenderer.HtmlRendererExtension {

    /** Per-document state: the body's links and what rendering learned. */
    static final NullableDataKey<State> STATE = new NullableDataKey<>("DIFFPRESS_SAFE_BODY", (State) null);

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*>");
    private static final Pattern ALIGN_STYLE = Pattern.compile("text-align: ?(left|right|center);?");
    private static final Set<String> ANY = Set.of("id", "class", "title", "lang", "dir");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Set<String> LINK_PROTOCOLS = Set.of("http", "https", "mailto", "ftp");
    private static final Set<String> IMAGE_PROTOCOLS = Set.of("http", "https");

    static SafeBody create() {
        return new SafeBody();
    }

    /**
     * What a body's links lead to: the report's rewriter (null: links are left as written, and "#x" links are not
     * checked) and, by file anchor, the history page linked next to the file in the Summary Table.
     */
    record Links(LinkRewriter rewriter, Map<String, History> historyByAnchor, Map<String, String> columnNames) {
        static final Links NONE = new Links(null, Map.of());

        Links(LinkRewriter rewriter, Map<String, History> historyByAnchor) {
            this(rewriter, historyByAnchor, Map.of());
        }
    }

    /**
     * What the Summary Table's count columns "A", "D" and "M" stand for, read out by screen readers and shown as a tooltip
     * ({@code aria-label}, {@code title}) in place of a lone letter: the theme's words for lines added, deleted and changed.
     */
    static Map<String, String> countColumns(Map<String, String> ui) {
        return Map.of("A", ui.getOrDefault("lines_added", "lines added"), "D", ui.getOrDefault("lines_deleted", "lines deleted"),
                "M", ui.getOrDefault("lines_changed", "lines changed (added + deleted)"));
    }

    /** "A", "D" or "M" for a header cell of a header row that holds all three (a Summary Table's), else null. */
    static String countColumn(TableCell cell) {
        String text = cell.getText().toString().trim();
        if (!(text.equals("A") || text.equals("D") || text.equals("M")) || cell.getParent() == null) {
            return null;
        }
        Set<String> row = new HashSet<>();
        for (Node sibling = cell.getParent().getFirstChild(); sibling != null; sibling = sibling.getNext()) {
            if (sibling instanceof TableCell other) {
                row.add(other.getText().toString().trim());
            }
        }
        return row.containsAll(List.of("A", "D", "M")) ? text : null;
    }

    /** The path of the file whose section (under its heading) a body's rendering is in, or "". */
    static String currentFile(com.vladsch.flexmark.util.ast.Document document) {
        State state = STATE.get(document);
        return state == null ? "" : state.fileSection;
    }

    /** A file's history link: where it leads, its tooltip and its text. */
    record History(String url, String title, String text) {
    }

    /** What rendering one body learned. */
    static final class State {
        final Links links;
        final String token;
        /** The diff blocks drawn in place of placeholders: {@link ReportMarkdown}'s, then fences found while rendering. */
        final List<String> diffs;
        final Set<String> ids = new HashSet<>();
        /** Per link marked for {@link #finish}, what becomes of it. */
        final List<Fate> fates = new ArrayList<>();
        final Map<Node, Integer> linkNumbers = new IdentityHashMap<>();
        String currentFile = "";
        /** {@link #currentFile} while in its section: "" after a heading of its level or above that names no file. */
        String fileSection = "";
        int fileLevel;
        boolean unbalancedHtml;

        State(Links links, String token, List<String> diffs) {
            this.links = links;
            this.token = token;
            this.diffs = new ArrayList<>(diffs);
        }

        String openMark(int n) {
            return token + "o" + n + "x";
        }

        String closeMark(int n) {
            return token + "c" + n + "x";
        }

        /** The HTML of long runs of text, written into the body after rendering in place of their marks ({@link FastText}). */
        final List<String> texts = new ArrayList<>();
        /** Whether {@link FastText} marks texts (off only to compare with a body rendered without marks). */
        boolean markTexts = true;

        String textMark(int n) {
            return token + "t" + n + "x";
        }
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderers());
        builder.attributeProviderFactory(new ProviderFactory());
    }

    /**
     * Prepares a parsed body: its state, and a history link at the end of the element that holds each file link of
     * the Summary Table (a "#item-" link in the first cell of a body row).
     */
    static State prepare(Document document, Links links, ReportMarkdown.Prepared prepared) {
        State state = new State(links, prepared.token(), prepared.diffs());
        document.set(STATE, state);
        if (!links.historyByAnchor().isEmpty()) {
            Map<Node, History> files = new java.util.LinkedHashMap<>();
            for (Node node : document.getDescendants()) {
                String url = linkUrl(node, document);
                History history = url.startsWith("#item-") ? links.historyByAnchor().get(url.substring(1)) : null;
                if (history != null && fileCell(node, document)) {
                    files.put(node, history);
                }
            }
            files.forEach((node, history) -> node.getParent().appendChild(new HistoryLink(history)));
        }
        keepBracesAsText(document);
        if (prepared.markdown().contains("\\|")) {
            unescapePipesInTableCode(document); // most bodies have none: no walk
        }
        state.unbalancedHtml = needsCleaner(document);
        return state;
    }

    /**
     * GFM reads a table row's cells before their inlines, so a pipe escaped to stay in its cell ("\\|") is a pipe in a
     * code span too; flexmark keeps the backslash there. (A report's Summary Table escapes the pipes of a title.)
     */
    private static void unescapePipesInTableCode(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Code code && code.getText().indexOf("\\|") >= 0 && inTableCell(code)) {
                for (Node child = code.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof com.vladsch.flexmark.ast.Text text && text.getChars().indexOf("\\|") >= 0) {
                        text.setChars(com.vladsch.flexmark.util.sequence.BasedSequence.of(text.getChars().toString().replace("\\|", "|")));
                    }
                }
                code.setText(com.vladsch.flexmark.util.sequence.BasedSequence.of(code.getText().toString().replace("\\|", "|")));
            }
        }
    }

    private static boolean inTableCell(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof TableCell) {
                return true;
            }
        }
        return false;
    }

    /** An attribute block of nothing but {@code #id}, {@code .class} and {@code name=value} (quoted or not). */
    private static final Pattern ATTRIBUTES_ONLY = Pattern.compile(
            "\\{\\s*(?:(?:#[^\\s{}=\"']+|\\.[^\\s{}=\"']+|[A-Za-z_:][\\w:.-]*=(?:\"[^\"]*\"|'[^']*'|[^\\s{}\"'=]+))\\s*)+}");

    /**
     * Braces that are not attributes are text: "the placeholder {name}", "{{ page.title }}" or a URL template's
     * "{base}" would otherwise be taken by flexmark's attributes extension and vanish from the page. A block is kept
     * as attributes after a link or an image ({@code {target="_blank"}}), or ending a heading, paragraph or table
     * cell ({@code ## path{#item-03fc2e}}) when it holds only ids, classes and name=value pairs.
     */
    static void keepBracesAsText(Document document) {
        List<AttributesNode> text = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributesNode attributes && !attributes(attributes)) {
                text.add(attributes);
            }
        }
        for (AttributesNode attributes : text) {
            // with the spaces before it, which flexmark left out of the text in front when it took the block
            BasedSequence chars = attributes.getChars();
            int from = chars.getStartOffset();
            Node before = attributes.getPrevious();
            if (before != null && before.getEndOffset() < from) {
                BasedSequence gap = chars.getBaseSequence().subSequence(before.getEndOffset(), from);
                if (gap.isBlank() && gap.indexOf('\n') < 0) {
                    from = before.getEndOffset();
                }
            }
            attributes.insertBefore(new com.vladsch.flexmark.ast.Text(chars.getBaseSequence().subSequence(from, chars.getEndOffset())));
            attributes.unlink();
        }
        if (!text.isEmpty()) {
            // the extension noted each block for the element it applies to while parsing: those notes go too
            Set<AttributesNode> gone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            gone.addAll(text);
            com.vladsch.flexmark.ext.attributes.AttributesExtension.NODE_ATTRIBUTES.get(document).values()
                    .forEach(list -> list.removeIf(gone::contains));
        }
    }

    private static boolean attributes(AttributesNode block) {
        Node before = block.getPrevious();
        if (before instanceof Link || before instanceof LinkRef || before instanceof AutoLink
                || before instanceof Image || before instanceof ImageRef) {
            return true;
        }
        Node after = block.getNext();
        while (after != null && (after instanceof AttributesNode || after.getChars().isBlank())) {
            after = after.getNext();
        }
        return after == null && ATTRIBUTES_ONLY.matcher(block.getChars()).matches();
    }

    /** Whether the link stands in the first cell of a body row of a table (the Summary Table's file column). */
    /**
     * Whether a "#item-" link is the one of its body row that names the row's file: the row's first such link, in the
     * first cell as the format has it, or in another ("Status | Filename | …", which the reader takes too).
     */
    private static boolean fileCell(Node node, Document document) {
        Node cell = node.getParent();
        while (cell != null && !(cell instanceof TableCell)) {
            cell = cell.getParent();
        }
        if (cell == null || !(cell.getParent() instanceof TableRow row) || !(row.getParent() instanceof TableBody)) {
            return false;
        }
        for (Node n : row.getDescendants()) {
            if (linkUrl(n, document).startsWith("#item-")) {
                return n == node;
            }
        }
        return false;
    }

    /** Where a link (inline, or by reference to a definition the body has) leads, unescaped; "" for any other node. */
    private static String linkUrl(Node node, Document document) {
        return node instanceof Link link ? link.getUrl().unescape()
                : node instanceof LinkRef ref && ref.getReferenceNode(document) != null ? ref.getReferenceNode(document).getUrl().unescape() : "";
    }

    /**
     * Raw HTML that {@link SafeHtml} lets through can still open an element it does not close, or close one it
     * did not open, anywhere in the page around the body. Only top-level blocks of {@code <details>} and
     * {@code <summary>} that open and close in order, and {@code <br>}, are taken as they are; any other raw HTML
     * sends the body through jsoup's cleaner, which balances it.
     */
    static boolean needsCleaner(Document document) {
        List<String> open = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (!(node instanceof HtmlBlock || node instanceof HtmlInline)) {
                continue;
            }
            String html = node instanceof HtmlInline inline ? SafeHtml.asHtml(inline) : SafeHtml.asHtml(node.getChars());
            if (html == null) {
                continue; // shown as text
            }
            if (!node.getChars().toString().equals(html)) {
                return true; // written without some of its attributes: the cleaner balances what is left
            }
            java.util.regex.Matcher m = TAG.matcher(node.getChars());
            while (m.find()) {
                String name = m.group(2).toLowerCase(Locale.ROOT);
                if (name.equals("br")) {
                    continue;
                }
                if (!(node instanceof HtmlBlock) || node.getParent() != document || !(name.equals("details") || name.equals("summary"))) {
                    return true;
                }
                if (m.group(1).isEmpty()) {
                    open.add(name);
                } else if (!open.isEmpty() && open.get(open.size() - 1).equals(name)) {
                    open.remove(open.size() - 1);
                } else {
                    return true;
                }
            }
        }
        return !open.isEmpty();
    }

    /**
     * A file's heading with its path's parts each in a span that does not break ("docs/", "how-to/", "fine-tuning.md"),
     * as the document pages show a path: on a phone a long path then wraps after a slash, not at a hyphen inside a name.
     * The text of the heading is the same (copying it, finding it in the page); the rest of it (a code span, a history
     * link) is rendered as it is. ({@link ReportMarkdown} escapes a file's path whole, so it is one run of text.)
     */
    private static void pathParts(Heading heading, com.vladsch.flexmark.html.renderer.NodeRendererContext context,
            com.vladsch.flexmark.html.HtmlWriter html) {
        StringBuilder run = new StringBuilder();
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof com.vladsch.flexmark.ast.Text) {
                run.append(FastText.html(child.getChars())); // '/' is never escaped: the parts split the same
                continue;
            }
            writeParts(run, html);
            context.render(child);
        }
        writeParts(run, html);
    }

    private static void writeParts(StringBuilder run, com.vladsch.flexmark.html.HtmlWriter html) {
        if (run.indexOf("/") < 0) {
            html.raw(run);
        } else {
            int from = 0;
            while (from < run.length()) {
                int slash = run.indexOf("/", from);
                int end = slash < 0 ? run.length() : slash + 1;
                html.raw("<span class=\"path-part\">").raw(run.subSequence(from, end)).raw("</span>");
                from = end;
            }
        }
        run.setLength(0);
    }

    private static final class Renderers implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Heading.class, (node, context, html) -> {
                        // The page title is the page's only h1: a body's headings move one level down.
                        String id = context.getNodeId(node);
                        if (id != null && !id.isEmpty()) {
                            html.attr("id", id);
                        }
                        State state = STATE.get(context.getDocument());
                        if (state != null && id != null && id.startsWith("item-")) {
                            // links below it resolve against this file; its path as written, escapes undone ("my\\_dir"
                            // is how the report's heading writes "my_dir", and the collected text keeps the backslash)
                            state.currentFile = com.vladsch.flexmark.util.sequence.Escaping.unescapeString(normalizedText(node));
                            state.fileSection = state.currentFile;
                            state.fileLevel = node.getLevel();
                        } else if (state != null && node.getLevel() <= state.fileLevel) {
                            state.fileSection = "";
                        }
                        boolean file = id != null && id.startsWith("item-");
                        html.srcPos(node.getText()).withAttr().tagLine("h" + Math.min(6, node.getLevel() + 1),
                                () -> {
                                    if (file) {
                                        pathParts(node, context, html);
                                    } else {
                                        context.renderChildren(node);
                                    }
                                });
                    }),
                    new NodeRenderingHandler<>(FencedCodeBlock.class, (node, context, html) -> {
                        String info = node.getInfo().toString().trim().toLowerCase(Locale.ROOT);
                        State state = STATE.get(context.getDocument());
                        if (state != null && (info.equals("diff") || info.startsWith("diff ") || info.startsWith("diff\t"))) {
                            // A diff fence the fast path did not take (e.g. inside a list) is drawn the same way, in
                            // place of a placeholder like the others.
                            html.line().raw(state.token + state.diffs.size() + "x").line();
                            state.diffs.add(node.getContentChars().normalizeEOL());
                        } else {
                            context.delegateRender();
                        }
                    }),
                    new NodeRenderingHandler<>(com.vladsch.flexmark.ext.tables.TableBlock.class, (node, context, html) -> {
                        // A wide table (the Summary Table on a phone) scrolls within a region of its own, which keyboard
                        // users can focus and scroll, named by the heading right above it; without one it only scrolls.
                        String heading = headingAbove(node, context);
                        html.line().raw(heading == null ? "<div class=\"table-scroll\">"
                                : "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\""
                                + FastText.escape(heading) + "\">");
                        context.delegateRender();
                        html.raw("</div>").line();
                    }),
                    link(Link.class), link(LinkRef.class), link(AutoLink.class), link(MailLink.class),
                    new NodeRenderingHandler<>(HistoryLink.class, (node, context, html) -> html.raw(" <a class=\"history\" href=\""
                            + FastText.escape(node.history.url()) + "\" title=\"" + FastText.escape(node.history.title())
                            // named by its document ("History of docs/a.md"): a list of links all named "History" tells nothing
                            + "\" aria-label=\"" + FastText.escape(node.history.title()) + "\">"
                            + FastText.escape(node.history.text()) + "</a>")));
        }

        /** The id of the heading right before the node (as "# Summary Table" is before its table), if there is one. */
        private static String headingAbove(Node node, com.vladsch.flexmark.html.renderer.NodeRendererContext context) {
            if (node.getPrevious() instanceof Heading h) {
                String id = context.getNodeId(h);
                return id == null || id.isEmpty() ? null : id;
            }
            return null;
        }

        /** A link between marks, so {@link #finish} can drop it when it leads nowhere; then its history link. */
        private static <T extends Node> NodeRenderingHandler<T> link(Class<T> type) {
            return new NodeRenderingHandler<>(type, (node, context, html) -> {
                State state = STATE.get(context.getDocument());
                if (state == null) {
                    context.delegateRender();
                    return;
                }
                int n = state.fates.size();
                state.fates.add(Fate.KEEP);
                state.linkNumbers.put(node, n);
                html.raw(state.openMark(n));
                context.delegateRender();
                html.raw(state.closeMark(n));
            });
        }
    }

    /** A file's history link, added to the AST at the end of the element holding the file's link. */
    private static final class HistoryLink extends Node {
        final History history;

        HistoryLink(History history) {
            this.history = history;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** Runs after the attributes extension's provider, so it sees every attribute a body asked for. */
    private static final class ProviderFactory extends IndependentAttributeProviderFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(AttributesAttributeProvider.Factory.class);
        }

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (node, part, attributes) -> filter(node, attributes, STATE.get(context.getDocument()));
        }
    }

    /** The attributes an element of this node keeps, as jsoup's relaxed safe list (and ours) would keep them. */
    private static void filter(Node node, MutableAttributes attributes, State state) {
        String tag = tagOf(node);
        for (String name : new ArrayList<>(attributes.keySet())) {
            // Names as a browser reads them, in lower case; of two that differ only in case the first counts.
            String lower = name.toLowerCase(Locale.ROOT);
            if (allowed(tag, lower) && name.equals(lower)) {
                continue;
            }
            String value = attributes.getValue(name);
            attributes.remove(name);
            if (allowed(tag, lower) && !attributes.contains(lower)) {
                attributes.addValue(lower, value);
            }
        }
        if (attributes.contains("style") && !ALIGN_STYLE.matcher(attributes.getValue("style").trim()).matches()) {
            attributes.remove("style");
        }
        if (tag.equals("a")) {
            if (attributes.contains("href") && !safeUrl(attributes.getValue("href"), LINK_PROTOCOLS)) {
                attributes.remove("href");
                Integer n = state == null ? null : state.linkNumbers.get(node);
                if (n != null) {
                    state.fates.set(n, Fate.TEXT); // as a link that leads nowhere: its text, not an anchor without a target
                }
            }
            if (attributes.contains("target")) {
                // A new tab must not get a handle on this page.
                attributes.replaceValue("target", "_blank");
                attributes.replaceValue("rel", "noopener noreferrer");
            }
            if (state != null && attributes.contains("href")) {
                link(node, attributes, state);
            }
        } else if (tag.equals("img") && attributes.contains("src")) {
            if (state != null && state.links.rewriter() != null) {
                LinkRewriter.Outcome outcome = state.links.rewriter().image(attributes.getValue("src"), state.currentFile);
                if (outcome.plainText()) {
                    attributes.remove("src"); // a relative image nothing resolves would be broken: its alt text stays
                } else {
                    attributes.replaceValue("src", outcome.href());
                }
            }
            if (attributes.contains("src") && !safeUrl(attributes.getValue("src"), IMAGE_PROTOCOLS)) {
                attributes.remove("src");
            }
        } else if (tag.equals("blockquote") && attributes.contains("cite") && !safeUrl(attributes.getValue("cite"), IMAGE_PROTOCOLS)) {
            attributes.remove("cite");
        }
        if (node instanceof TableCell cell && cell.isHeader() && !attributes.contains("scope")) {
            attributes.addValue("scope", "col"); // a header cell heads its column, told to screen readers (an audit)
        }
        if (node instanceof TableCell cell && cell.isHeader() && state != null && !state.links.columnNames().isEmpty()) {
            String column = countColumn(cell);
            if (column != null) {
                // a lone "A" told nothing to a screen reader, nor to a reader new to such tables (an audit)
                attributes.replaceValue("title", state.links.columnNames().get(column));
                attributes.replaceValue("aria-label", state.links.columnNames().get(column));
            }
        }
        if (state != null && attributes.contains("id")) {
            state.ids.add(attributes.getValue("id"));
        }
    }

    /** A link's href after {@link LinkRewriter}, and whether {@link #finish} must check its fragment. */
    private static void link(Node node, MutableAttributes attributes, State state) {
        Integer n = state.linkNumbers.get(node);
        String href = attributes.getValue("href");
        if (state.links.rewriter() != null && n != null) {
            LinkRewriter.Outcome outcome = state.links.rewriter().rewrite(href, state.currentFile);
            if (outcome.plainText()) {
                state.fates.set(n, Fate.TEXT);
                return;
            }
            if (!outcome.href().equals(href)) {
                attributes.replaceValue("href", outcome.href());
                if (outcome.noopener()) {
                    attributes.replaceValue("rel", "noopener");
                }
                href = outcome.href();
            }
        }
        if (n != null && state.links.rewriter() != null && href.startsWith("#")) {
            state.fates.set(n, new Fate(false, href.substring(1)));
        }
    }

    /** What becomes of a marked link: kept, made its text, or kept only if the body has an element with id {@code fragment}. */
    record Fate(boolean text, String fragment) {
        static final Fate KEEP = new Fate(false, null);
        static final Fate TEXT = new Fate(true, null);
    }

    /** The tag a node's element has, for the safe list. */
    private static String tagOf(Node node) {
        if (node instanceof Link || node instanceof LinkRef || node instanceof AutoLink || node instanceof MailLink) {
            return "a";
        }
        if (node instanceof Image || node instanceof ImageRef) {
            return "img";
        }
        if (node instanceof TableCell cell) {
            return cell.isHeader() ? "th" : "td";
        }
        if (node instanceof com.vladsch.flexmark.ast.OrderedList) {
            return "ol";
        }
        if (node instanceof com.vladsch.flexmark.ast.BulletList) {
            return "ul";
        }
        if (node instanceof com.vladsch.flexmark.ast.BlockQuote) {
            return "blockquote";
        }
        if (node instanceof com.vladsch.flexmark.ext.tables.TableBlock) {
            return "table";
        }
        return "";
    }

    /** Whether an element with this tag may keep an attribute of this (lower-case) name. */
    private static boolean allowed(String tag, String attribute) {
        if (ANY.contains(attribute)) {
            return true;
        }
        return switch (tag) {
            case "a" -> attribute.equals("href") || attribute.equals("target") || attribute.equals("rel");
            case "img" -> Set.of("align", "alt", "height", "src", "width").contains(attribute);
            case "td", "th" -> Set.of("align", "style", "abbr", "axis", "colspan", "rowspan", "width", "scope").contains(attribute);
            case "ol" -> attribute.equals("start") || attribute.equals("type");
            case "ul" -> attribute.equals("type");
            case "blockquote" -> attribute.equals("cite");
            case "table" -> attribute.equals("summary") || attribute.equals("width");
            default -> false;
        };
    }

    /**
     * Whether a URL is relative or of one of these protocols, read as a browser reads the attribute: entities
     * decoded (flexmark keeps them in attribute values), and tabs, line breaks and other controls dropped.
     */
    static boolean safeUrl(String value, Set<String> protocols) {
        String decoded = Parser.unescapeEntities(value, true);
        StringBuilder plain = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c > ' ' && c != '\u007f') {
                plain.append(c);
            }
        }
        String url = plain.toString().toLowerCase(Locale.ROOT);
        int colon = url.indexOf(':');
        if (colon < 0 || !SCHEME.matcher(url).matches() || url.lastIndexOf('/', colon) >= 0 || url.lastIndexOf('?', colon) >= 0
                || url.lastIndexOf('#', colon) >= 0) {
            return true; // no scheme: a path, a "#fragment" or a "//host" link
        }
        return protocols.contains(url.substring(0, colon));
    }

    /** A heading's text as a reader sees it: whitespace runs as one space, trimmed. */
    private static String normalizedText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ").trim();
    }

    /**
     * The finished body: each marked link kept, made its text, or, leading to a "#x" the body has no element
     * for, unwrapped (its content stays).
     */
    /** The rendered HTML with each text mark replaced by its text's HTML, in one pass. */
    private static String withTexts(String html, State state) {
        if (state.texts.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + state.texts.stream().mapToInt(String::length).sum());
        String mark = state.token + "t";
        int from = 0;
        for (int at = html.indexOf(mark); at >= 0; at = html.indexOf(mark, at + 1)) {
            int digits = at + mark.length();
            int end = digits;
            while (end < html.length() && end - digits < 10 && html.charAt(end) >= '0' && html.charAt(end) <= '9') {
                end++;
            }
            if (end == digits || end - digits > 9 || end >= html.length() || html.charAt(end) != 'x') {
                continue;
            }
            int n = Integer.parseInt(html, digits, end, 10);
            if (n >= state.texts.size()) {
                continue;
            }
            out.append(html, from, at).append(state.texts.get(n));
            from = end + 1;
        }
        return out.append(html, from, html.length()).toString();
    }

    static String finish(String rendered, State state) {
        String html = withoutSource(withTexts(rendered, state), false);
        if (state.fates.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        for (int n = 0; n < state.fates.size(); n++) {
            String open = state.openMark(n);
            String close = state.closeMark(n);
            int at = html.indexOf(open, from);
            int end = at < 0 ? -1 : html.indexOf(close, at);
            if (at < 0 || end < 0) {
                continue; // not rendered (a link inside a link's text renders as text)
            }
            out.append(html, from, at);
            String inner = html.substring(at + open.length(), end);
            Fate fate = state.fates.get(n);
            String fragment = fate.fragment();
            if (fate.text()) {
                // its text: an image in it by its alt text
                out.append(FastText.escape(Parser.unescapeEntities(stripTags(withoutSource(inner, true)), false).replaceAll("\\s+", " ").trim()));
            } else if (fragment != null && !state.ids.contains(decode(fragment)) && !state.ids.contains(fragment)
                    && inner.startsWith("<a") && inner.endsWith("</a>")) {
                out.append(inner, inner.indexOf('>') + 1, inner.length() - 4);
            } else {
                out.append(inner);
            }
            from = end + close.length();
        }
        return out.append(html, from, html.length()).toString();
    }

    /** An image element as flexmark writes it: attributes in double quotes, whose values have no '"' or '>'. */
    private static final Pattern IMAGE = Pattern.compile("<img((?:\\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:=\"[^\"]*\")?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:=\"([^\"]*)\")?");

    /**
     * Each image without a source (unsafe or unresolvable, its src was taken out), or with {@code all} each image, as
     * its alt text: the page would otherwise show a broken image (the alt value is escaped already, as text must be).
     */
    static String withoutSource(String html, boolean all) {
        if (!html.contains("<img")) {
            return html;
        }
        Matcher m = IMAGE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            String alt = "";
            boolean source = false;
            for (Matcher a = ATTRIBUTE.matcher(m.group(1)); a.find(); ) {
                source |= a.group(1).equalsIgnoreCase("src");
                if (a.group(1).equalsIgnoreCase("alt") && a.group(2) != null) {
                    alt = a.group(2);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(source && !all ? m.group() : alt));
        }
        return m.appendTail(out).toString();
    }

    private static String stripTags(String html) {
        return html.replaceAll("<[^>]*>", "");
    }

    private static String decode(String fragment) {
        try {
            return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }

}
