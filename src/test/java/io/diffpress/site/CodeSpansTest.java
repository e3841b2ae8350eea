package io.diffpress.site;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link CodeSpans}: the titles of changed files shown outside the report page as flexmark shows them in it. */
class CodeSpansTest {

    @Test
    void codeSpansBecomeCodeAndTheRestIsEscaped() {
        assertEquals("Corrected row <code>Max tokens</code> in <code>quotas.md</code>",
                CodeSpans.html("Corrected row `Max tokens` in `quotas.md`"));
        assertEquals("<code>&lt;script&gt;</code> &amp; &lt;b&gt;", CodeSpans.html("`<script>` & <b>"));
        assertEquals("plain &quot;text&quot;", CodeSpans.html("plain \"text\""));
        assertEquals("", CodeSpans.html(null));
    }

    /** A title from front matter can hold a control character (YAML's "\\e"): HTML forbids it, so it shows as U+FFFD. */
    @Test
    void controlCharactersBecomeReplacementCharacters() {
        assertEquals("Red\uFFFD[31m <code>b\uFFFD</code> &lt;x&gt;", CodeSpans.html("Red\u001b[31m `b\u0007` <x>"));
        assertEquals("plain\uFFFD", CodeSpans.html("plain\u0085"));
    }

    @Test
    void backtickStringsFollowFlexmark() {
        assertEquals("<code>a`b</code>", CodeSpans.html("``a`b``"), "a longer fence holds a shorter backtick");
        assertEquals("<code>`</code>", CodeSpans.html("`` ` ``"), "the spaces around are stripped");
        assertEquals("<code>two</code>", CodeSpans.html("`  two  `"), "all of them, as flexmark does");
        assertEquals("<code></code>", CodeSpans.html("` `"));
        assertEquals("unclosed ` tick", CodeSpans.html("unclosed ` tick"), "no match: literal");
        assertEquals("``no match` here", CodeSpans.html("``no match` here"), "different lengths do not match");
        assertEquals("`x``", CodeSpans.html("`x``"), "one backtick is not closed by two");
        assertEquals("`foo<code>bar</code>", CodeSpans.html("`foo``bar``"), "CommonMark's example 345");
    }

    /** The same titles through flexmark (what the report page shows), without the paragraph around them. */
    @Test
    void agreesWithFlexmarkOnTitles() {
        Parser parser = Parser.builder().build();
        HtmlRenderer renderer = HtmlRenderer.builder().build();
        for (String title : List.of("Corrected row `Max tokens` in `quotas.md`", "Added rows `gpt-4.1`, `o4-mini` to `models.md`",
                "``a`b`` and `` ` ``", "` `", "unclosed ` tick", "``no match` here", "`x``", "Fixed `` `code` `` fence",
                "`  two  `", "` lead`", "`   `", "`\ta\t`", "` a `")) {
            String flexmark = renderer.render(parser.parse(title)).trim();
            flexmark = flexmark.substring("<p>".length(), flexmark.length() - "</p>".length());
            assertEquals(flexmark, CodeSpans.html(title), title);
        }
    }
}
