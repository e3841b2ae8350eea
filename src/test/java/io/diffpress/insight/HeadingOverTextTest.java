package io.diffpress.insight;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static io.diffpress.insight.MarkdownFactsTest.changes;
import static io.diffpress.insight.MarkdownFactsTest.facts;
import static io.diffpress.insight.MarkdownFactsTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A heading put over text already on the page splits a section: what it heads is not removed from the old section. */
class HeadingOverTextTest {

    private static final String PAGE = """
            # Guide

            ## Install

            Run the installer.

            - step one
            - step two

            Then configure the region.

            ```bash
            az configure --region eastus
            ```

            | Setting | Value |
            |---|---|
            | region | eastus |

            Check the result.
            """;

    @Test
    void aHeadingOverKeptTextIsOneMinorFact() {
        String split = PAGE.replace("Then configure the region.", "## Configure\n\nThen configure the region.");
        List<Fact> facts = facts(PAGE, split);
        assertEquals(List.of(new Fact.HeadingAdded(2, "Configure", 12, "Install")), changes(facts));
        FileInsight insight = new InsightWriter(Locale.US).explain(Changes.modified("docs/page.md", PAGE, split));
        assertEquals(ChangeType.MINOR_UPDATE, insight.type());
        assertEquals("Added the heading `Configure` in `page.md`", insight.title());
        assertTrue(insight.explanation().contains("The heading `Configure` (level 2) was put over text that was in section "
                + "`Install`: its 12 lines now make a section of their own."), insight.explanation());
        String japanese = new InsightWriter(Locale.JAPAN).explain(Changes.modified("docs/page.md", PAGE, split)).explanation();
        assertTrue(japanese.contains("見出し `Configure`（レベル 2）が") && japanese.contains("その 12 行が独立したセクションになりました"), japanese);
    }

    @Test
    void aNewSectionWithNewTextIsAddedAndWhatItTookIsNotRemoved() {
        String split = PAGE.replace("Then configure the region.", "## Configure\n\nA new paragraph on regions.\n\nThen configure the region.");
        List<Fact> facts = facts(PAGE, split);
        assertEquals(List.of(new Fact.SectionAdded(2, "Configure", 15, 8, 0)), only(facts, Fact.SectionAdded.class), "8 of its lines were on the page");
        assertEquals(List.of(), only(facts, Fact.HeadingAdded.class));
        // the paragraph, code block and table below the new heading are still on the page
        assertEquals(List.of(), only(facts, Fact.ProseRemoved.class), facts::toString);
        assertEquals(List.of(), only(facts, Fact.CodeBlockRemoved.class), facts::toString);
        assertEquals(List.of(), only(facts, Fact.TableRemoved.class), facts::toString);
        assertEquals(ChangeType.NEW_FEATURE, new InsightWriter(Locale.US).explain(Changes.modified("docs/page.md", PAGE, split)).type());
    }

    @Test
    void whatWasDeletedIsStillToldBesideASplit() {
        String split = PAGE.replace("- step two\n", "").replace("Then configure the region.", "## Configure\n\nThen configure the region.");
        List<Fact> facts = facts(PAGE, split);
        assertEquals(List.of(new Fact.HeadingAdded(2, "Configure", 12, "Install")), only(facts, Fact.HeadingAdded.class));
        assertEquals(1, only(facts, Fact.ItemsRemoved.class).size(), facts::toString);
        // a heading over a body of blank lines only is a section added, as before
        String empty = PAGE.replace("Check the result.\n", "Check the result.\n\n## Next\n\n");
        assertEquals(List.of(new Fact.SectionAdded(2, "Next", 2)), only(facts(PAGE, empty), Fact.SectionAdded.class));
    }

    // ---- the other way: a heading removed over text that stays (found by an audit: told as the section removed, a
    // breaking change, and its table, list and paragraph added to the section above, a new feature) ----

    private static final String SPLIT = PAGE.replace("Then configure the region.", "## Configure\n\nThen configure the region.");

    @Test
    void aHeadingRemovedOverKeptTextIsOneMinorFact() {
        String merged = SPLIT.replace("## Configure\n\n", "");
        List<Fact> facts = facts(SPLIT, merged);
        assertEquals(List.of(new Fact.HeadingRemoved(2, "Configure", 11, "Install")), changes(facts));
        FileInsight insight = new InsightWriter(Locale.US).explain(Changes.modified("docs/page.md", SPLIT, merged));
        assertEquals(ChangeType.MINOR_UPDATE, insight.type());
        assertEquals("Removed the heading `Configure` in `page.md`", insight.title());
        assertTrue(insight.explanation().contains("The heading `Configure` (level 2) was removed; its 11 lines, still on the page, "
                + "are now part of section `Install`."), insight.explanation());
        String japanese = new InsightWriter(Locale.JAPAN).explain(Changes.modified("docs/page.md", SPLIT, merged)).explanation();
        assertTrue(japanese.contains("見出し `Configure`（レベル 2）が削除され、その 11 行はページに残ったまま"), japanese);
    }

    @Test
    void aSectionRemovedWithTextDeletedIsRemovedAndWhatStaysIsToldWhereItIsNow() {
        String merged = SPLIT.replace("## Configure\n\n", "").replace("Check the result.\n", "");
        List<Fact> facts = facts(SPLIT, merged);
        assertEquals(List.of(new Fact.SectionRemoved(2, "Configure", 13)), only(facts, Fact.SectionRemoved.class));
        assertEquals(List.of(), only(facts, Fact.HeadingRemoved.class));
        // the section is told as removed, so what stays of it is told in the section it is in now, or the reader would
        // think it gone
        assertEquals(1, only(facts, Fact.CodeBlockAdded.class).size(), facts::toString);
        assertEquals(1, only(facts, Fact.TableAdded.class).size(), facts::toString);
    }

    /** Text that went into two sections (a heading added in it as another was removed) is no section joined to another. */
    @Test
    void aHeadingRemovedOverTextSplitByAnotherIsNoMerge() {
        String page = "# Doc\n\n## A\n\na\n\n## B\n\nb1\n\nb2\n";
        String after = "# Doc\n\n## A\n\na\n\nb1\n\n## C\n\nb2\n";
        List<Fact> facts = facts(page, after);
        assertEquals(List.of(), only(facts, Fact.HeadingRemoved.class), facts::toString);
        assertEquals(1, only(facts, Fact.SectionRemoved.class).size(), facts::toString);
    }

    @Test
    void whatWasAddedIsStillToldBesideAMerge() {
        String merged = SPLIT.replace("## Configure\n\n", "").replace("- step two\n", "- step two\n- step three\n");
        List<Fact> facts = facts(SPLIT, merged);
        // (here the line diff took the blank line above the heading as deleted: all 12 lines of its body stay)
        assertEquals(List.of(new Fact.HeadingRemoved(2, "Configure", 12, "Install")), only(facts, Fact.HeadingRemoved.class));
        assertEquals(1, only(facts, Fact.ItemsAdded.class).size(), facts::toString);
    }

    /**
     * A heading put over a table while a row of it was removed or corrected: the table is still compared with what it was,
     * in the chunk reading and the whole parse alike. An audit found the row removed (a breaking change) hidden behind
     * "the heading was put over text", and the row corrected behind "a section added".
     */
    @Test
    void aTableUnderAHeadingPutOverItKeepsItsRowEdits() {
        String before = "# Limits\n\n## Reference\n\nThese limits apply.\n\n| Limit | Value |\n|---|---|\n| Resources per region | 30 |\n"
                + "| Max fine-tuned deployments | 5 |\n| Max files per resource | 100 |\n";
        String headed = before.replace("| Limit |", "### Resource limits\n\n| Limit |");
        String removed = headed.replace("| Max files per resource | 100 |\n", "");
        List<Fact> facts = facts(before, removed);
        assertEquals(List.of(new Fact.RowsRemoved("Resource limits", List.of("Max files per resource"))), only(facts, Fact.RowsRemoved.class), facts.toString());
        assertEquals(1, only(facts, Fact.HeadingAdded.class).size(), facts.toString());
        FileInsight insight = new InsightWriter(Locale.US).explain(Changes.modified("docs/limits.md", before, removed));
        assertEquals(ChangeType.BREAKING_CHANGE, insight.type(), insight.explanation());
        List<Fact> whole = MarkdownComparison.compare(MarkdownOutline.read(Lines.of(List.of(before.split("\n")))),
                MarkdownOutline.read(Lines.of(List.of(removed.split("\n")))), LineDiff.of(Lines.of(List.of(before.split("\n"))),
                        Lines.of(List.of(removed.split("\n")))));
        assertEquals(only(facts, Fact.RowsRemoved.class), only(whole, Fact.RowsRemoved.class), "the whole parse says the same");
        // a row corrected on the way: still a heading put over text (the corrected line replaces one at its place), and
        // the row corrected, a bug fix (an audit found "a section added" of lines "moved into it", a new feature)
        String correctedPage = headed.replace("| 5 |", "| 10 |");
        List<Fact> corrected = facts(before, correctedPage);
        assertEquals(List.of(new Fact.RowChanged("Resource limits", "Max fine-tuned deployments", List.of(new Fact.CellChange("Value", "5", "10")))),
                only(corrected, Fact.RowChanged.class), corrected.toString());
        assertEquals(1, only(corrected, Fact.HeadingAdded.class).size(), corrected.toString());
        assertTrue(only(corrected, Fact.SectionAdded.class).isEmpty(), corrected.toString());
        assertEquals(ChangeType.BUG_FIX, new InsightWriter(Locale.US).explain(Changes.modified("docs/limits.md", before, correctedPage)).type());
        // new text under it (a line only added): a section added, its kept lines counted as kept, none as moved
        List<Fact> grown = facts(before, headed.replace("| Limit |", "A new sentence on limits.\n\n| Limit |"));
        Fact.SectionAdded added = only(grown, Fact.SectionAdded.class).get(0);
        assertEquals(0, added.moved(), "its lines were kept where they stood, not moved: " + added);
        assertTrue(added.kept() > 0, added.toString());
    }

    /**
     * A heading put over the page's text while a paragraph under it was edited: the paragraph is told as edited there, not
     * as removed from the section it was in (an audit: "30 days" made "90 days" hidden, the paragraph told removed). The
     * same through the chunk reading of a long page.
     */
    @Test
    void aParagraphEditedUnderAHeadingPutOverItIsToldEdited() {
        String before = "# Data privacy\n\nYour prompts aren't used to train models.\n\nPrompts and completions are stored for 30 days for abuse monitoring.\n\n"
                + "Authorized Microsoft employees can review flagged content.\n\nStored data is encrypted at rest with Microsoft-managed keys.\n";
        String after = before.replace("Prompts and completions are stored for 30 days", "## Abuse monitoring\n\nPrompts and completions are stored for 90 days");
        String filler = "\n## Notes\n\n" + "A note line.\n\n".repeat(40);
        for (String tail : List.of("", filler)) {
            List<Fact> facts = changes(facts(before + tail, after + tail));
            assertTrue(facts.stream().noneMatch(f -> f instanceof Fact.ProseRemoved), facts.toString());
            List<Fact.TextRewritten> rewritten = only(facts, Fact.TextRewritten.class);
            assertEquals(1, rewritten.size(), facts.toString());
            assertEquals("Abuse monitoring", rewritten.get(0).section());
            assertEquals(List.of("30 → 90"), rewritten.get(0).words());
            // the heading put over text (the edited paragraph replaced its old self at its place), not a section of new text
            assertEquals(1, only(facts, Fact.HeadingAdded.class).size(), facts.toString());
            assertTrue(only(facts, Fact.SectionAdded.class).isEmpty(), facts.toString());
        }
        assertEquals(ChangeType.BUG_FIX, new InsightWriter(Locale.US).explain(Changes.modified("docs/privacy.md", before, after)).type());
        // other text in its place is new: a section added
        String other = before.replace("Prompts and completions are stored for 30 days for abuse monitoring.",
                "## Abuse monitoring\n\nA reviewer looks at samples of flagged traffic every week to find misuse patterns.");
        assertEquals(1, only(facts(before, other), Fact.SectionAdded.class).size(), facts(before, other).toString());
    }
}
