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
        // Japanese and Chinese set a name apart by quotation marks, without the spaces around a code span
        String[] ja = Markdown.quotes("ja_JP");
        assertEquals("「quickstart.md」にセクション「ストリーミング応答」を追加（「docs/a.md」）",
                Markdown.withoutCodeSpans("`quickstart.md` にセクション `ストリーミング応答` を追加（`docs/a.md`）", ja[0], ja[1]));
        assertEquals("「toc.yml」に「新機能」を追加", Markdown.withoutCodeSpans("`toc.yml` に `新機能` を追加", ja[0], ja[1]));
        String[] zh = Markdown.quotes("zh_CN");
        assertEquals("在“a.md”中添加", Markdown.withoutCodeSpans("在 `a.md` 中添加", zh[0], zh[1]));
        String[] en = Markdown.quotes("en_US");
        assertEquals("Updated a.md here", Markdown.withoutCodeSpans("Updated `a.md` here", en[0], en[1]));
        for (String raw : new String[]{"a.md", "`tick", "x`", "a``b", "```"}) {
            assertEquals(raw, Markdown.withoutCodeSpans(Markdown.code(raw)), "round trip of " + raw);
        }
    }
}
