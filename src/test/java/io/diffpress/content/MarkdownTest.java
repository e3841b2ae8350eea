package io.diffpress.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownTest {

    @Test
    void codeSpansBecomeTheirText() {
        assertEquals("Updated a.md (docs/a.md).", Markdown.withoutCodeSpans("Updated `a.md` (`docs/a.md`)."));
        assertEquals("name `x` here", Markdown.withoutCodeSpans("name `` `x` `` here"), "a span holding backticks");
        assertEquals("a ` lone backtick", Markdown.withoutCodeSpans("a ` lone backtick"));
        assertEquals("``", Markdown.withoutCodeSpans("``"));
        assertEquals("no spans", Markdown.withoutCodeSpans("no spans"));
        for (String raw : new String[]{"a.md", "`tick", "x`", "a``b", "```"}) {
            assertEquals(raw, Markdown.withoutCodeSpans(Markdown.code(raw)), "round trip of " + raw);
        }
    }
}
