package io.diffpress.insight;

import io.diffpress.history.FileChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The six files of shared/reference/example-report.md, rebuilt as before/after pairs from its diffs. */
class ExampleReportTest {

    static final List<String> FILES = List.of("model-retirements", "fine-tuning-direct-preference-optimization",
            "responses", "global-batch-limits", "quotas-limits", "whats-new");

    private static List<Fact> facts(String name) {
        return FactFinder.find(Changes.example(name, true));
    }

    private static <T extends Fact> List<T> only(List<Fact> facts, Class<T> kind) {
        return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void responsesAddsTheTwoRegions() {
        List<Fact.ItemsAdded> added = only(facts("responses"), Fact.ItemsAdded.class);
        assertEquals(1, added.size());
        assertEquals(List.of("polandcentral", "switzerlandnorth", "PDF as an input file is not yet supported."),
                added.get(0).items());
    }

    @Test
    void responsesChangesMsDate() {
        assertEquals(List.of(new Fact.FieldChanged(Fact.Scope.FRONT_MATTER, "ms.date", "05/25/2025", "06/20/2025")),
                only(facts("responses"), Fact.FieldChanged.class));
    }

    @Test
    void responsesRemovesTheMultiTurnExampleAndIsBreaking() {
        List<Fact> facts = facts("responses");
        List<Fact.CodeBlockRemoved> code = only(facts, Fact.CodeBlockRemoved.class);
        assertEquals(1, code.size());
        assertEquals("python", code.get(0).language());
        List<Fact.ProseRemoved> prose = only(facts, Fact.ProseRemoved.class);
        assertEquals(List.of("1previous_response_id"), prose.get(0).terms(), "the paragraph introducing the example");
        List<Fact.ItemsRemoved> items = only(facts, Fact.ItemsRemoved.class);
        assertEquals(List.of("Multi-turn editing: Iteratively refine and edit images using natural language prompts.",
                "Enable iterative image editing through multi-turn prompts."), items.get(0).items());
        // the two reworded "Not currently supported" items are edits, not removals
        assertEquals(2, only(facts, Fact.TextRewritten.class).size());
        FileInsight insight = new InsightWriter(Locale.US).explain(Changes.example("responses", true));
        assertEquals(ChangeType.BREAKING_CHANGE, insight.type());
        assertTrue(insight.facts().stream().anyMatch(f -> f.contains("`polandcentral`") && f.contains("`switzerlandnorth`")));
        assertTrue(insight.explanation().contains("`ms.date`"));
        assertTrue(insight.facts().contains("A new paragraph starting `There's a known issue with the following:` was added in the text "
                + "before the first heading."), "the new paragraph is named by its words: " + insight.facts());
    }

    @Test
    void globalBatchLimitsAddsFourPlusTwoRows() {
        List<Fact.RowsAdded> rows = only(facts("global-batch-limits"), Fact.RowsAdded.class);
        assertEquals(List.of(
                new Fact.RowsAdded("", List.of("gpt-4.1", "gpt-4.1 mini", "gpt-4.1-nano", "o4-mini")),
                new Fact.RowsAdded("Data zone batch", List.of("gpt-4.1", "gpt-4.1-mini"))), rows);
        assertTrue(only(facts("global-batch-limits"), Fact.RowsRemoved.class).isEmpty());
    }

    @Test
    void quotasLimitsAddsCodexMiniAndO3ProWithoutReportingReformattedRows() {
        List<Fact> facts = facts("quotas-limits");
        assertEquals(List.of(new Fact.RowsAdded("o-series global standard",
                List.of("codex-mini", "o3-pro", "codex-mini", "o3-pro"))), only(facts, Fact.RowsAdded.class));
        assertTrue(only(facts, Fact.RowsRemoved.class).isEmpty(), "reformatted rows are not removed");
        assertTrue(only(facts, Fact.RowChanged.class).isEmpty(), "reformatted rows are not changed");
        assertEquals(List.of(new Fact.TableReformatted("o-series global standard", 10)), only(facts, Fact.TableReformatted.class));
        assertEquals(ChangeType.NEW_FEATURE, Verdict.of(facts).type());
        // four rows, two names: the sentence says which names have two rows each, so the counts agree
        assertTrue(new InsightWriter(Locale.US).explain(Changes.example("quotas-limits", true)).facts().contains(
                "4 rows were added to the table in section `o-series global standard`: `codex-mini` (2 rows) and `o3-pro` (2 rows)."));
    }

    @Test
    void whatsNewFixesTheBacktickAsABugFix() {
        List<Fact> facts = facts("whats-new");
        assertEquals(List.of(new Fact.MarkupFixed("codex-mini & o3-pro models released", "`", List.of("codex-mini", "o3-pro"))),
                only(facts, Fact.MarkupFixed.class));
        assertEquals(ChangeType.BUG_FIX, Verdict.of(facts).type());
    }

    @Test
    void fineTuningNamesTheNewModelsInTheRewordedItem() {
        List<Fact> facts = facts("fine-tuning-direct-preference-optimization");
        Fact.TextRewritten item = only(facts, Fact.TextRewritten.class).get(0);
        assertTrue(item.item());
        assertEquals("Direct preference optimization model support", item.section());
        assertEquals(List.of("gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14"), item.codeAdded());
        assertEquals(List.of(new Fact.FinalNewline(true)), only(facts, Fact.FinalNewline.class));
        assertEquals(ChangeType.MINOR_UPDATE, Verdict.of(facts).type());
    }

    @Test
    void modelRetirementsNamesTheNewConfigurationText() {
        List<Fact.ProseAdded> prose = only(facts("model-retirements"), Fact.ProseAdded.class);
        assertEquals(1, prose.size());
        assertTrue(prose.get(0).terms().containsAll(List.of("Azure Service Health filter configuration", "Event types",
                "azure OpenAI service")), prose.get(0).terms().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"responses", "global-batch-limits", "quotas-limits"})
    void theDiffAloneStillNamesWhatWasAdded(String name) {
        FileInsight insight = new InsightWriter(Locale.US).explain(Changes.example(name, false));
        String facts = String.join("\n", insight.facts());
        assertTrue(facts.contains("diff shows"), facts);
        List<String> expected = switch (name) {
            case "responses" -> List.of("`polandcentral`", "`switzerlandnorth`");
            case "global-batch-limits" -> List.of("`gpt-4.1-nano`", "`o4-mini`", "`gpt-4.1-mini`");
            default -> List.of("`codex-mini`", "`o3-pro`");
        };
        expected.forEach(n -> assertTrue(facts.contains(n), n + " in " + facts));
        assertFalse(facts.contains("rows were removed"), facts);
    }

    @Test
    void theReportNamesSharedModelsAndTheTypes() {
        InsightWriter writer = new InsightWriter(Locale.US);
        List<FileChange> files = new ArrayList<>();
        List<FileInsight> insights = new ArrayList<>();
        for (String name : FILES) {
            files.add(Changes.example(name, true));
            insights.add(writer.explain(files.get(files.size() - 1)));
        }
        ReportInsight report = writer.summarize("openai", files, insights);
        assertTrue(report.summary().startsWith("6 files changed in `openai`: 1 breaking change, 2 new features, 1 bug fix and 2 minor updates"),
                report.summary());
        assertTrue(report.insights().contains("`codex-mini` and `o3-pro` appear in the changes to 2 files: `quotas-limits.md` and `whats-new.md`"),
                report.insights());
        assertTrue(report.insights().contains("Front matter field `ms.date` changed in `responses.md`"), report.insights());
        assertTrue(report.newFeatures().stream().anyMatch(s -> s.startsWith("`global-batch-limits.md`: 4 rows")), report.newFeatures().toString());
        assertTrue(report.breakingChanges().stream().allMatch(s -> s.startsWith("`responses.md`")), report.breakingChanges().toString());
        assertTrue(report.otherUpdates().stream().anyMatch(s -> s.contains("Unbalanced")), report.otherUpdates().toString());
        // names cut at a word's end: both now fit the title
        assertTrue(report.highlights().startsWith("Removed `Multi-turn editing: Iteratively…` and `Enable iterative image editing…` from `responses.md` (breaking change"),
                report.highlights());
    }
}
