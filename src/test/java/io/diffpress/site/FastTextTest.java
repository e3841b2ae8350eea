package io.diffpress.site;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.sequence.Escaping;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The fast text renderer writes exactly what flexmark's core renderer writes for a text node. */
class FastTextTest {

    @Provide
    Arbitrary<String> texts() {
        // Backslash escapes, entities (named, decimal, hex, unknown, unterminated), markup and line ends.
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab \\&;#x1<>\"'*_\r\n\tée日".toCharArray()).ofMaxLength(40),
                Arbitraries.of("&amp;", "&lt;", "&copy;", "&#65;", "&#x41;", "&nosuch;", "&amp", "\\*", "\\\\", "\\a", "a\r", "a\r\nb", "\"q\"")
                        .list().ofMaxSize(6).map(parts -> String.join("", parts)));
    }

    @Property(tries = 2000)
    void sameAsFlexmarksCoreTextRendering(@ForAll("texts") String text) {
        String core = Escaping.escapeHtml(Escaping.normalizeEOL(Escaping.unescapeString(text)), false);
        assertEquals(core, FastText.html(text));
    }

    @Test
    void aWholeDocumentRendersAsWithTheCoreRenderer() {
        String markdown = "# T &amp; \\*x\\* <b>\n\nA \"quoted\" line & more &copy; \\_here\\_\r\nnext line > a\n\n"
                + "| a & b | c |\n|---|---|\n| \"x\" | y &lt; z |\n\n- item & co\n- `code & <x>`\n";
        Parser parser = Parser.builder().build();
        String core = HtmlRenderer.builder().build().render(parser.parse(markdown));
        String fast = HtmlRenderer.builder().extensions(List.of(FastText.create())).build().render(parser.parse(markdown));
        assertEquals(core, fast);
        assertNotEquals(-1, fast.indexOf("A &quot;quoted&quot; line &amp; more © _here_"), fast);
    }
}
