package io.diffpress.site;

import com.vladsch.flexmark.util.ast.Node;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw HTML in report Markdown passes only when every tag in it is on a short safe list
 * ({@code <details>}, {@code <summary>}, table elements, {@code <br>}) and carries no attributes
 * but {@code open} and {@code align}; anything else is shown as text. Comments are dropped.
 * jsoup's cleaner runs after this as a second line of defence.
 */
final class SafeHtml implements HtmlRenderer.HtmlRendererExtension {

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>");
    private static final Pattern SAFE_ATTRIBUTES = Pattern.compile("\\s*((open|align=\"(left|right|center)\")\\s*)*/?\\s*");

    static SafeHtml create() {
        return new SafeHtml();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** Whether a piece of raw HTML consists only of safe-listed tags and text without markup. */
    static boolean safe(CharSequence html) {
        String text = html.toString();
        Matcher m = TAG.matcher(text);
        int last = 0;
        while (m.find()) {
            if (containsMarkup(text.substring(last, m.start()))) {
                return false;
            }
            if (!KeptTags.contains(m.group(2)) || !SAFE_ATTRIBUTES.matcher(m.group(3)).matches()) {
                return false;
            }
            last = m.end();
        }
        return !containsMarkup(text.substring(last));
    }

    /**
     * The raw HTML with the attributes of its safe-listed tags dropped ({@code <details ontoggle="…">} as
     * {@code <details>}), when that leaves it safe; else null (it has another tag, or markup in its text). Written so,
     * such HTML from another tool renders as the element it meant, not as its source with the end tag missing.
     */
    static String defanged(CharSequence html) {
        String text = html.toString();
        Matcher m = TAG.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            if (!KeptTags.contains(m.group(2))) {
                return null;
            }
            out.append(text, last, m.start()).append('<').append(m.group(1)).append(m.group(2))
                    .append(SAFE_ATTRIBUTES.matcher(m.group(3)).matches() ? m.group(3) : safeOnes(m.group(3))).append('>');
            last = m.end();
        }
        String result = out.append(text, last, text.length()).toString();
        return safe(result) ? result : null;
    }

    /** A bare {@code open} among other attributes (not part of a name or a value), and an allowed {@code align}. */
    private static final Pattern OPEN = Pattern.compile("(?<![\\w\"'=-])open(?![\\w\"'=-])");
    private static final Pattern ALIGN = Pattern.compile("(?<![\\w-])align=\"(left|right|center)\"");

    /** The allowed attributes of a tag that also has others (details open ontoggle=…): kept, the others dropped. */
    private static String safeOnes(String attributes) {
        StringBuilder kept = new StringBuilder();
        if (OPEN.matcher(attributes).find()) {
            kept.append(" open");
        }
        Matcher align = ALIGN.matcher(attributes);
        if (align.find()) {
            kept.append(" align=\"").append(align.group(1)).append('"');
        }
        return kept.toString();
    }

    /** What a piece of raw HTML is written as: itself when safe, {@link #defanged} when that is, else null (shown as text). */
    static String asHtml(CharSequence html) {
        return safe(html) ? html.toString() : defanged(html);
    }

    /**
     * What a piece of inline raw HTML is written as ({@link #asHtml}), or null when it is shown as text; in a table
     * cell only {@code <br>} is HTML (a {@code </td></tr></table>} in a Summary Table title would end the table there).
     */
    static String asHtml(HtmlInline node) {
        String html = asHtml(node.getChars());
        if (html == null) {
            return null;
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof com.vladsch.flexmark.ext.tables.TableCell) {
                Matcher m = TAG.matcher(html);
                while (m.find()) {
                    if (!m.group(2).equalsIgnoreCase("br")) {
                        return null;
                    }
                }
                return html;
            }
        }
        return html;
    }

    /** A summary of text alone ({@code <summary>Diff</summary>}), as {@link #asHtml} leaves it. */
    private static final java.util.regex.Pattern PLAIN_SUMMARY = java.util.regex.Pattern.compile("<summary>([^<>]*\\S[^<>]*)</summary>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Each plain summary under a file's heading, with the file's path after its text for screen readers only: a report
     * has one "Diff" toggle per file, which read aloud alike ("Diff, collapsed") six times over told nothing (an audit).
     */
    static String namedSummaries(String raw, String file) {
        java.util.regex.Matcher m = PLAIN_SUMMARY.matcher(raw);
        if (!m.find()) {
            return raw;
        }
        return m.replaceAll(r -> java.util.regex.Matcher.quoteReplacement("<summary>" + r.group(1)
                + "<span class=\"visually-hidden\">: " + FastText.escape(file) + "</span></summary>"));
    }

    private static boolean containsMarkup(String text) {
        return text.indexOf('<') >= 0 || text.indexOf('>') >= 0;
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(HtmlBlock.class, (node, context, html) -> block(content(node), html,
                            SafeBody.currentFile(context.getDocument()))),
                    new NodeRenderingHandler<>(HtmlInline.class, (node, context, html) -> inline(node, html)),
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> { }),
                    new NodeRenderingHandler<>(HtmlInlineComment.class, (node, context, html) -> { }));
        }

        /**
         * A block's lines without what its containers put before them: in a quote or a list item its source span holds
         * their "> " and indents too, which were shown as text (an audit).
         */
        private static String content(HtmlBlock node) {
            StringBuilder lines = new StringBuilder();
            node.getContentLines().forEach(lines::append);
            return lines.toString().replaceFirst("\\r?\\n$", "");
        }

        private static void block(String chars, HtmlWriter html, String file) {
            String raw = asHtml(chars);
            if (raw != null) {
                html.line().raw(file.isEmpty() ? raw : namedSummaries(raw, file)).line();
            } else {
                html.line().withAttr().tag("p").text(chars).closeTag("p").line();
            }
        }

        private static void inline(HtmlInline node, HtmlWriter html) {
            String raw = asHtml(node);
            if (raw != null) {
                html.raw(raw);
            } else {
                html.text(node.getChars());
            }
        }
    }
}
