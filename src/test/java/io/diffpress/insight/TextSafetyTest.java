package io.diffpress.insight;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text from the diff reaches the report only as one-line code spans that cannot break out. */
class TextSafetyTest {

    @Test
    void fenceIsLongerThanAnyBacktickRun() {
        assertEquals("`a`", InlineCode.wrap("a"));
        assertEquals("`` a`b ``".replace("`` a", "``a").replace("b ``", "b``"), InlineCode.wrap("a`b"));
        assertEquals("``` ``x`` ```", InlineCode.wrap("``x``"));
        assertEquals("` `", InlineCode.wrap(""));
    }

    /** Line breaks and tabs are white space; any other control character shows as U+FFFD, as the Summary Table has it. */
    @Test
    void lineBreaksBecomeSpacesAndOtherControlCharactersReplacementCharacters() {
        assertEquals("`a b c d`", InlineCode.wrap("a\nb\r\n\tc\u2028d"));
        assertEquals("`c\uFFFD d \uFFFD[31m`", InlineCode.wrap("c\u0000\u2028d \u001b[31m"));
    }

    @Test
    void longChangedValuesAreShownFromWhereTheyDiffer() {
        String common = "front matter fields added, removed or changed; sections added or removed, headings renamed; ";
        String[] shown = InlineCode.wrapPair(common + "tables added", common + "tables and rows added");
        assertEquals("`…renamed; tables added`", shown[0]);
        assertEquals("`…renamed; tables and rows added`", shown[1]);
        assertEquals(List.of("`05/25/2025`", "`06/20/2025`"), List.of(InlineCode.wrapPair("05/25/2025", "06/20/2025")),
                "short values stay whole");
        String url = "https://learn.microsoft.com/azure/ai-services/openai/concepts/models?tabs=global-standard%2Cstandard-chat-completions#";
        String[] links = InlineCode.wrapPair(url + "gpt-4", url + "gpt-41");
        assertTrue(links[0].endsWith("#gpt-4`") && links[1].endsWith("#gpt-41`"), List.of(links).toString());
    }

    @Test
    void aDifferenceFarIntoALongValueIsShown() {
        // a README cell of 400 characters whose first difference came after the 320th: both were shown as "…is written besid…"
        String common = "scaffold a new portal: a commented site.yml and a workflow; ".repeat(6) + "is written beside it as ";
        String[] shown = InlineCode.wrapPair(common + "pages.yml.diffpress-new; an existing site.yml stops it",
                common + "pages-DIR.yml.diffpress-new, or pages.yml.diffpress-new at the root; an existing site.yml stops it");
        assertNotEquals(shown[0], shown[1]);
        assertTrue(shown[0].contains("pages.yml.diffpress-new") && shown[1].contains("pages-DIR.yml"), List.of(shown).toString());
        assertTrue(shown[0].startsWith("`…") && shown[1].startsWith("`…"), List.of(shown).toString());
    }

    @Test
    void longNamesAreCut() {
        String wrapped = InlineCode.wrap("x".repeat(500));
        assertEquals(InlineCode.MAX_CHARS + 2, wrapped.length());
        assertTrue(wrapped.endsWith("…`"));
    }

    @Test
    void htmlInAHeadingStaysInsideACodeSpan() {
        String before = "# Doc\n\ntext\n";
        String after = "# Doc\n\ntext\n\n## <script>alert(1)</script>\n\n| <img src=x onerror=y> | b |\n|---|---|\n| `` ` `` | <b>c |\n";
        FileInsight insight = new InsightWriter(Locale.US).explain(Changes.modified("a.md", before, after));
        // flexmark's plain text leaves inline HTML out of the heading's name
        assertTrue(insight.explanation().contains("Section `alert(1)`"), insight.explanation());
        assertFalse(insight.explanation().replaceAll("`+[^`]*`+", "").contains("<"), insight.explanation());
        for (String line : insight.facts()) {
            assertFalse(line.contains("\n"), line);
            assertFalse(line.replaceAll("`+[^`]*`+", "").contains("<"), "every < sits in a code span: " + line);
        }
    }

    @Test
    void namesInSentencesAreCappedWithACount() {
        Phrasing p = new Phrasing(Messages.forLocale(Locale.US));
        assertEquals("`a`, `b`, `c`, `d`, `e`, `f` and 2 more", p.names(List.of("a", "b", "c", "d", "e", "f", "g", "h")));
        assertEquals("`a` and `b`", p.names(List.of("a", "b")));
    }
}
