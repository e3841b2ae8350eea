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
        assertEquals("「quickstart.md」にセクション「ストリーミング応答」を追加（「docs/a.md」）",
                Markdown.plainSummary("`quickstart.md` にセクション `ストリーミング応答` を追加（`docs/a.md`）", "ja_JP"));
        assertEquals("「toc.yml」に「新機能」を追加", Markdown.plainSummary("`toc.yml` に `新機能` を追加", "ja_JP"));
        assertEquals("在“a.md”中添加", Markdown.plainSummary("在 `a.md` 中添加", "zh_CN"));
        assertEquals("Updated a.md here", Markdown.plainSummary("Updated `a.md` here", "en_US"));
        // a span that reads as words keeps quotation marks: the backticks had set it apart from the sentence
        assertEquals("Changed the signature of “of” in app.ts", Markdown.plainSummary("Changed the signature of `of` in `app.ts`", "en_US"));
        assertEquals("Added section “Getting started” and rows gpt-4.1, o3-pro",
                Markdown.plainSummary("Added section `Getting started` and rows `gpt-4.1`, `o3-pro`", "en_US"));
        // a name with a space in it is quoted whatever it holds: where it ends is not otherwise told (an audit)
        assertEquals("Removed rows “build from nothing, three…” and 1 more from README.md",
                Markdown.plainSummary("Removed rows `build from nothing, three…` and 1 more from `README.md`", "en_US"));
        assertEquals("Corrected row “bench/generate/run.sh (same arg…” in README.md",
                Markdown.plainSummary("Corrected row `bench/generate/run.sh (same arg…` in `README.md`", "en_US"));
        // a pipe already escaped stays one escape: "a\\|b" had become "a\\\\|b", a backslash and then the cell's end (audit)
        assertEquals("a\\|b", Markdown.tableCell("a\\|b"));
        assertEquals("a\\|b", Markdown.tableCell("a|b"));
        assertEquals("a\\\\\\|b", Markdown.tableCell("a\\\\|b"), "an escaped backslash, then a pipe to escape");
        // in a code span the backslash is the code's: the pipe is escaped for the table as every pipe in code is
        assertEquals("`grep a\\\\|b` in `x\\|y`", Markdown.tableCell("`grep a\\|b` in `x|y`"));
        assertEquals("\\`a\\|b` c", Markdown.tableCell("\\`a\\|b` c"), "an escaped backtick opens no span");
        for (String raw : new String[]{"a.md", "`tick", "x`", "a``b", "```"}) {
            assertEquals(raw, Markdown.withoutCodeSpans(Markdown.code(raw)), "round trip of " + raw);
        }
    }
}
