package io.diffpress.site;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Set;

/**
 * Renders flexmark's {@link Text} nodes with the same output as its core renderer, without its two regular
 * expressions per node: the core unescapes and escapes every run of text with {@code replaceAll}, which was a fifth
 * of the time of rendering a report body. Here a text is unescaped only when it holds a backslash or an ampersand
 * (flexmark's own test), and escaped in one scan.
 */
final class FastText implements HtmlRenderer.HtmlRendererExtension {

    static FastText create() {
        return new FastText();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** What flexmark's core writes for a text node: {@code escapeHtml(normalizeEOL(unescape(text)))}. */
    static String html(CharSequence chars) {
        String text = chars.toString();
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) {
            text = Escaping.unescapeString(text);
        }
        if (text.indexOf('\r') >= 0) {
            text = Escaping.normalizeEOL(text);
        }
        return escape(text);
    }

    /** {@code & < > "} as entities, like flexmark's {@code Escaping.escapeHtml(s, false)}, and a control character HTML forbids as U+FFFD. */
    static String escape(String text) {
        int first = 0;
        while (first < text.length() && !special(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(forbidden(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || forbidden(c);
    }

    /** The text with each control character HTML forbids as U+FFFD; the same string when it has none (nearly always). */
    static String printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (forbidden(chars[j])) {
                        chars[j] = '\uFFFD';
                    }
                }
                return new String(chars);
            }
        }
        return text;
    }

    /**
     * A control character HTML forbids in a page (an escape sequence in a committed file name), or one that overrides the
     * direction of the text around it (U+202A-U+202E, U+2066-U+2069): shown as U+FFFD. A right-to-left override in a file
     * name ({@code invoice\u202Edm.exe}) showed it as {@code invoiceexe.md} and reversed the page's own words after it
     * (an audit); text in right-to-left scripts needs none of these, the browser orders it by itself.
     */
    static boolean forbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c >= 0x7f && c < 0xa0
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }

    /** Texts shorter than this are written as they are: a mark costs more than the few characters it stands for. */
    private static final int MARKED = 48;

    /**
     * flexmark's writer handles what it is given one character at a time (a call per character to check for line ends
     * and spaces), which was a third of rendering a body. A report body's text (with {@link SafeBody}'s state) is written
     * as a short mark instead, which {@link SafeBody#finish} replaces by the text in one copy. Only a text the writer
     * would copy unchanged is marked: one that neither starts with a space or tab (dropped at the start of a line) nor
     * holds a line feed; with those rules, what the writer keeps of a text is the same for its mark.
     */
    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, (node, context, html) -> {
                String text = html(node.getChars());
                SafeBody.State state = text.length() < MARKED ? null : SafeBody.STATE.get(context.getDocument());
                if (state != null && state.markTexts && verbatim(text)) {
                    html.raw(state.textMark(state.texts.size()));
                    state.texts.add(text);
                } else {
                    html.raw(text);
                }
            }));
        }

        private static boolean verbatim(String text) {
            char first = text.charAt(0);
            return first != ' ' && first != '\t' && text.indexOf('\n') < 0;
        }
    }
}
