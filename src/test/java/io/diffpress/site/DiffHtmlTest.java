package io.diffpress.site;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A diff drawn as HTML: line kinds and numbers from the hunk headers, every character escaped. */
class DiffHtmlTest {

    @Test
    void linesAreNumberedFromTheHunkHeaderAndEscaped() {
        String html = DiffHtml.render("@@ -10,2 +20,3 @@ heading\n context\n-old <b>\n+new & \"quoted\"\n+\u0007bell\tand tab\n\\ No newline at end of file\n");
        assertTrue(html.contains("<span class=\"dl dl-hunk\">"), html);
        assertTrue(html.contains("<span class=\"ln\" aria-hidden=\"true\">10</span><span class=\"ln\" aria-hidden=\"true\">20</span>"
                + "<span class=\"tx\"> context</span>"), html);
        assertTrue(html.contains("<span class=\"ln\" aria-hidden=\"true\">11</span><span class=\"ln\" aria-hidden=\"true\"></span>"
                + "<span class=\"tx\">-old &lt;b&gt;</span>"), html);
        assertTrue(html.contains("<span class=\"tx\">+new &amp; &quot;quoted&quot;</span>"), html);
        assertTrue(html.contains("<span class=\"tx\">+\uFFFDbell\tand tab</span>"), "a control character cannot be carried: " + html);
        assertTrue(html.contains("<span class=\"dl dl-note\">"), html);
    }

    /** A diff pasted without its hunk header: coloured, but no line numbers made up from 0. */
    @Test
    void aDiffWithoutHunkHeaderHasNoLineNumbers() {
        String html = DiffHtml.render(" context\n-old\n+new\n+new2\n");
        assertTrue(html.contains("<span class=\"dl dl-ctx\"><span class=\"ln\" aria-hidden=\"true\"></span><span class=\"ln\" aria-hidden=\"true\"></span>"), html);
        assertTrue(html.contains("<span class=\"dl dl-add\"><span class=\"ln\" aria-hidden=\"true\"></span><span class=\"ln\" aria-hidden=\"true\"></span><span class=\"tx\">+new2</span>"), html);
        assertFalse(html.contains("aria-hidden=\"true\">0<"), html);
        String later = DiffHtml.render("-before\n@@ -5 +5 @@\n-old\n+new\n");
        assertTrue(later.contains("aria-hidden=\"true\">5</span><span class=\"ln\" aria-hidden=\"true\"></span><span class=\"tx\">-old"), later);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab <>&\"'\t\u0000\u001f\u007f\u0080é日\ud83d\ude00".toCharArray()).ofMaxLength(40);
    }

    /** Escaping keeps every other character and replaces exactly the five kinds that HTML text cannot hold as they are. */
    @Property(tries = 1000)
    void escapingReplacesOnlyWhatHtmlCannotHold(@ForAll("texts") String text) {
        StringBuilder expected = new StringBuilder();
        for (char c : text.toCharArray()) {
            expected.append(switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> c != '\t' && (c < 0x20 || c == 0x7f) ? "\uFFFD" : String.valueOf(c);
            });
        }
        StringBuilder out = new StringBuilder("x");
        DiffHtml.escape(text, out);
        assertEquals("x" + expected, out.toString());
    }
}
