package io.diffpress.insight;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static io.diffpress.insight.MarkdownFactsTest.facts;
import static io.diffpress.insight.MarkdownFactsTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fence line that leaves a page ending inside a code block, or no longer: one fact, and the other edits still told. */
class FenceFlipTest {

    private static final String PAGE = """
            # Guide

            Intro text.

            ## Install

            Run the installer.

            ```bash
            pip install foo
            ```

            ## Configure

            Set the `region` option.

            | Setting | Value |
            |---|---|
            | region | eastus |

            ## Use

            Call the API.
            """;

    private static String sentence(Fact f, Locale locale) {
        return f.sentence(new Phrasing(Messages.forLocale(locale)));
    }

    @Test
    void aStrayFenceTurnsTheRestIntoCodeAndIsOneBreakingFact() {
        String after = PAGE.replace("Set the `region` option.\n", "Set the `region` option.\n```\n");
        List<Fact> facts = facts(PAGE, after);
        assertEquals(List.of(new Fact.FenceFlipped("Configure", "```", true, 16, true, 0, 8)), only(facts, Fact.FenceFlipped.class));
        // the sections after it still exist in the source: not told as removed, nor their table
        assertEquals(List.of(), only(facts, Fact.SectionRemoved.class), facts::toString);
        assertEquals(List.of(), only(facts, Fact.TableRemoved.class), facts::toString);
        assertEquals("The fence ```` ``` ```` added at line 16 in section `Configure` leaves the page ending inside a code block "
                + "that is never closed: the 8 lines after it now show as code.", sentence(facts.get(index(facts)), Locale.US));
        FileInsight insight = new InsightWriter(Locale.US).explain(Changes.modified("docs/page.md", PAGE, after));
        assertEquals(ChangeType.BREAKING_CHANGE, insight.type());
        assertEquals("Code block left open in `page.md`", insight.title());
        assertTrue(new InsightWriter(Locale.JAPAN).explain(Changes.modified("docs/page.md", PAGE, after)).explanation()
                .contains("16 行目に追加されたコードフェンス"));
    }

    private static int index(List<Fact> facts) {
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i) instanceof Fact.FenceFlipped) {
                return i;
            }
        }
        throw new AssertionError("no fence flip in " + facts);
    }

    @Test
    void closingTheBlockLeftOpenIsABugFix() {
        String open = PAGE.replace("pip install foo\n```\n", "pip install foo\n");
        List<Fact> facts = facts(open, PAGE);
        Fact.FenceFlipped flip = only(facts, Fact.FenceFlipped.class).get(0);
        assertEquals(new Fact.FenceFlipped("Install", "```", true, 11, false, 0, 12), flip);
        assertEquals("The fence ```` ``` ```` added at line 11 in section `Install` ends the code block the page was left in: "
                + "the 12 lines after it show as text again.", sentence(flip, Locale.US));
        FileInsight insight = new InsightWriter(Locale.US).explain(Changes.modified("docs/page.md", open, PAGE));
        assertEquals(ChangeType.BUG_FIX, insight.type());
        assertEquals("Closed the code block left open in `page.md`", insight.title());
        assertEquals(List.of(), only(facts, Fact.SectionAdded.class), facts::toString);
    }

    @Test
    void aFenceAddedBeforeOthersSwapsTextAndCodeAndTheOtherEditsAreStillTold() {
        String after = PAGE.replace("Run the installer.\n", "Run the installer.\n~~~\n").replace("Intro text.", "Intro text, reworded here.")
                .replace("| region | eastus |\n", "| region | eastus |\n| zone | 2 |\n");
        // a tilde fence stays open over the backtick block below it: the rest of the page is code
        List<Fact> facts = facts(PAGE, after);
        assertEquals(List.of(new Fact.FenceFlipped("Install", "~~~", true, 8, true, 2, 17)), only(facts, Fact.FenceFlipped.class));
        assertEquals(1, only(facts, Fact.TextRewritten.class).size(), facts::toString);
        assertEquals(List.of(new Fact.RowsAdded("Configure", List.of("zone"))), only(facts, Fact.RowsAdded.class));

        // backtick fences pair up the other way: the old block's closing fence opens one that is never closed
        String page = "# A\n\nText one.\n\n```\ncode one\n```\n\nText two.\n";
        Fact.FenceFlipped flip = only(facts(page, page.replace("Text one.\n", "Text one.\n```\n")), Fact.FenceFlipped.class).get(0);
        assertEquals(new Fact.FenceFlipped("A", "```", true, 4, true, 2, 6), flip);
        assertEquals("The fence ```` ``` ```` added at line 4 in section `A` leaves the page ending inside a code block that is "
                + "never closed: the 2 fence lines after it pair up the other way, so in the 6 lines after it text shows as code "
                + "and code as text.", sentence(flip, Locale.US));
        // a fence line before a block with a language closes at that block's end: nothing flips to the end of the page
        assertEquals(List.of(), only(facts(PAGE, PAGE.replace("Run the installer.\n", "Run the installer.\n```\n")), Fact.FenceFlipped.class));
    }

    @Test
    void aStrayFenceRemovedIsToldWhereItStood() {
        String stray = PAGE.replace("Call the API.\n", "```\nCall the API.\n");
        Fact.FenceFlipped flip = only(facts(stray, PAGE), Fact.FenceFlipped.class).get(0);
        assertEquals(new Fact.FenceFlipped("Use", "```", false, 23, false, 0, 1), flip);
        assertEquals("The fence ```` ``` ```` removed from line 23 in section `Use` ends the code block the page was left in: "
                + "the line after it shows as text again.", sentence(flip, Locale.US));
    }

    /** The fence line is taken out to compare the rest, yet it is still a line changed in its section (an audit). */
    @Test
    void theFenceLineCountsInItsSection() {
        String stray = PAGE.replace("Set the `region` option.\n", "Set the `region` option.\n```\n");
        assertEquals(List.of(new Fact.SectionEdited("Configure", 1, 0)), only(facts(PAGE, stray), Fact.SectionEdited.class));
        assertEquals(List.of(new Fact.SectionEdited("Configure", 0, 1)), only(facts(stray, PAGE), Fact.SectionEdited.class));
        String removed = PAGE.replace("Call the API.\n", "```\nCall the API.\n");
        assertEquals(List.of(new Fact.SectionEdited("Use", 0, 1)), only(facts(removed, PAGE), Fact.SectionEdited.class));
        // with other edits before and after it, each section has its own lines, as git's diff has them
        String after = PAGE.replace("Run the installer.\n", "Run the installer.\n~~~\n").replace("Intro text.", "Intro text, reworded here.")
                .replace("| region | eastus |\n", "| region | eastus |\n| zone | 2 |\n");
        assertEquals(List.of(new Fact.SectionEdited("Guide", 1, 1), new Fact.SectionEdited("Install", 1, 0),
                new Fact.SectionEdited("Configure", 1, 0)), only(facts(PAGE, after), Fact.SectionEdited.class));
        // a fence put just over a heading is in the section before it
        String overHeading = PAGE.replace("## Configure\n", "```\n## Configure\n");
        assertEquals(List.of(new Fact.SectionEdited("Install", 1, 0)), only(facts(PAGE, overHeading), Fact.SectionEdited.class));
    }

    @Test
    void balancedBlocksAndWrappedLinesAreNoFlip() {
        String block = PAGE.replace("Call the API.\n", "Call the API.\n\n```python\nclient.call()\n```\n");
        List<Fact> facts = facts(PAGE, block);
        assertEquals(List.of(), only(facts, Fact.FenceFlipped.class));
        assertEquals(1, only(facts, Fact.CodeBlockAdded.class).size(), facts::toString);
        String wrapped = PAGE.replace("Call the API.\n", "```\nCall the API.\n```\n");
        assertEquals(List.of(), only(facts(PAGE, wrapped), Fact.FenceFlipped.class));
        // a page added or removed whole, even one that ends inside a code block, is a new or removed page, not a flip
        String open = PAGE + "```\nleft open\n";
        assertEquals(List.of(), only(FactFinder.find(Changes.added("docs/page.md", open)), Fact.FenceFlipped.class));
        assertEquals(List.of(), only(FactFinder.find(Changes.removed("docs/page.md", open)), Fact.FenceFlipped.class));
        // a fence put on the last line shows nothing as code
        assertEquals(List.of(), only(facts(PAGE, PAGE + "```\n"), Fact.FenceFlipped.class));
        // a page that stays open at the end, edited before its stray fence, flips nothing
        assertEquals(List.of(), only(facts(open, open.replace("Intro text.", "Intro.")), Fact.FenceFlipped.class));
    }

    @Test
    void aFenceInTheFrontMatterOrATopSectionIsReadAsSuch() {
        String page = "---\ntitle: x\n---\nIntro.\n\nMore.\n";
        Fact.FenceFlipped flip = only(facts(page, page.replace("Intro.\n", "Intro.\n```\n")), Fact.FenceFlipped.class).get(0);
        assertEquals(new Fact.FenceFlipped("", "```", true, 5, true, 0, 2), flip);
        assertTrue(sentence(flip, Locale.US).contains("in the text before the first heading"), sentence(flip, Locale.US));
    }

    /** Among thousands of changed fence lines (only the last few are tried, each a read of the page) the flip is the last one. */
    @Test
    void manyChangedFencesAreTriedFromTheLast() {
        StringBuilder page = new StringBuilder("# A\n\n");
        for (int i = 0; i < 5000; i++) {
            page.append("text ").append(i).append('\n');
        }
        String before = page.toString();
        // 5,000 fence lines with info strings (each opens or, being no closing fence, stays inside the block) then a bare one
        String after = before.replace("text ", "```x\ntext ") + "```\n```\nlast words\n";
        List<Fact> facts = facts(before, after);
        List<Fact.FenceFlipped> flips = only(facts, Fact.FenceFlipped.class);
        assertEquals(1, flips.size(), facts::toString);
        assertEquals(new Fact.FenceFlipped("A", "```", true, 10004, true, 0, 1), flips.get(0));
    }
}
