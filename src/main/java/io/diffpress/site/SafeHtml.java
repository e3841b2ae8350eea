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
import com.vladsch.flexmark.util.sequence.BasedSequence;

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
    private static final Set<String> SAFE_TAGS = Set.of("details", "summary", "br", "table", "thead", "tbody", "tfoot",
            "tr", "th", "td", "caption");

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
            if (!SAFE_TAGS.contains(m.group(2).toLowerCase()) || !SAFE_ATTRIBUTES.matcher(m.group(3)).matches()) {
                return false;
            }
            last = m.end();
        }
        return !containsMarkup(text.substring(last));
    }

    /**
     * Whether a piece of inline raw HTML is written as HTML: safe, and in a table cell nothing but {@code <br>}
     * (a {@code </td></tr></table>} in a Summary Table title would end the table there).
     */
    static boolean passes(HtmlInline node) {
        if (!safe(node.getChars())) {
            return false;
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof com.vladsch.flexmark.ext.tables.TableCell) {
                Matcher m = TAG.matcher(node.getChars());
                while (m.find()) {
                    if (!m.group(2).equalsIgnoreCase("br")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return true;
    }

    private static boolean containsMarkup(String text) {
        return text.indexOf('<') >= 0 || text.indexOf('>') >= 0;
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(HtmlBlock.class, (node, context, html) -> block(node.getChars(), html)),
                    new NodeRenderingHandler<>(HtmlInline.class, (node, context, html) -> inline(node, html)),
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> { }),
                    new NodeRenderingHandler<>(HtmlInlineComment.class, (node, context, html) -> { }));
        }

        private static void block(BasedSequence chars, HtmlWriter html) {
            if (safe(chars)) {
                html.line().raw(chars.trimEOL()).line();
            } else {
                html.line().withAttr().tag("p").text(chars.trimEOL()).closeTag("p").line();
            }
        }

        private static void inline(HtmlInline node, HtmlWriter html) {
            if (passes(node)) {
                html.raw(node.getChars());
            } else {
                html.text(node.getChars());
            }
        }
    }
}
