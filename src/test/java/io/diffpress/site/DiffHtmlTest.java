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
        assertTrue(html.startsWith("<pre><code class=\"language-diff diff-lines digits-3\">"), html);
        assertTrue(html.contains("<span class=\"dl dl-ctx\" data-o=\"10\" data-n=\"20\"><span> context</span></span>\n"), html);
        assertTrue(html.contains("<span class=\"dl dl-del\" data-o=\"11\"><span>-old &lt;b&gt;</span></span>\n"), html);
        assertTrue(html.contains("<span class=\"dl dl-add\" data-n=\"21\"><span>+new &amp; &quot;quoted&quot;</span></span>\n"), html);
        assertTrue(html.contains("<span class=\"dl dl-add\" data-n=\"22\"><span>+\uFFFDbell\tand tab</span></span>\n"),
                "a control character cannot be carried: " + html);
        assertTrue(html.contains("<span class=\"dl dl-note\"><span>\\ No newline at end of file</span></span>"), html);
        assertEquals(6, html.split("<span class=\"dl ", -1).length - 1, "one element per line: " + html);
    }

    /** A diff pasted without its hunk header: coloured, but no line numbers made up from 0. */
    @Test
    void aDiffWithoutHunkHeaderHasNoLineNumbers() {
        String html = DiffHtml.render(" context\n-old\n+new\n+new2\n");
        assertTrue(html.contains("<span class=\"dl dl-ctx\"><span> context</span></span>"), html);
        assertTrue(html.contains("<span class=\"dl dl-add\"><span>+new2</span></span>"), html);
        assertFalse(html.contains("data-"), html);
        String later = DiffHtml.render("-before\n@@ -5 +5 @@\n-old\n+new\n");
        assertTrue(later.contains("<span class=\"dl dl-del\"><span>-before</span></span>"), later);
        assertTrue(later.contains("<span class=\"dl dl-del\" data-o=\"5\"><span>-old</span></span>\n"
                + "<span class=\"dl dl-add\" data-n=\"5\"><span>+new</span></span>"), later);
    }

    /** The number columns fit the largest line number of the diff: the style sheet sizes them by the code's digits class. */
    @Test
    void theNumberColumnsFitTheLargestNumber() {
        assertTrue(DiffHtml.render("@@ -9998,2 +99999,3 @@\n a\n+b\n+c\n").contains("diff-lines digits-6\""));
        assertTrue(DiffHtml.render("@@ -1 +1 @@\n-a\n+b\n").contains("diff-lines digits-3\""), "three at least");
        assertTrue(DiffHtml.render("-a\n+b\n").contains("diff-lines digits-3\""), "no numbers: the narrowest");
        assertTrue(DiffHtml.render("@@ -1 +1234567890 @@\n+b\n").contains("diff-lines digits-9\""), "nine at most");
    }

    /** A blank line keeps an element of its own, which the style sheet's grid shows with the height of a line. */
    @Test
    void aBlankLineIsAnElement() {
        assertTrue(DiffHtml.render("@@ -1,3 +1,3 @@\n a\n\n c\n").contains("<span class=\"dl dl-ctx\" data-o=\"2\" data-n=\"2\"><span> </span></span>"));
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
