package io.diffpress.site;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolink extension, with the text nodes that cannot hold a link left out. The extension runs an
 * unanchored pattern and a link scanner over every text node, a tenth of the time of a whole build. A link
 * needs "://" (a URL), "www" (a www. link) or '@' (an e-mail address) in the text it reads, which is the node's
 * text after backslash escapes and entities are resolved, together with the entities and typographic text
 * that follow it. So a node without any of these, without '\' or '&', and not followed by such nodes, is
 * skipped: the extension would leave it as it is. A test compares both on random text.
 */
final class FastAutolink implements Parser.ParserExtension {

    private FastAutolink() {
    }

    static FastAutolink create() {
        return new FastAutolink();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {

        private final AutolinkNodePostProcessor.Factory autolink = new AutolinkNodePostProcessor.Factory();

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            NodePostProcessor delegate = autolink.apply(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node)) {
                        delegate.process(state, node);
                    }
                }
            };
        }
    }

    static boolean mayHoldLink(Node node) {
        if (node.getNext() instanceof TypographicText || node.getNext() instanceof HtmlEntity) {
            return true;
        }
        return mayHoldLink(node.getChars());
    }

    static boolean mayHoldLink(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '@', '&', '\\':
                    return true;
                case ':':
                    if (i + 2 < n && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                        return true;
                    }
                    break;
                case 'w', 'W':
                    if (i + 2 < n && (text.charAt(i + 1) | 0x20) == 'w' && (text.charAt(i + 2) | 0x20) == 'w') {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }
}
