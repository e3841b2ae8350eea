package io.diffpress.insight;

import io.diffpress.history.FileChange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report-level lists when another writer (a language model) chose a file's type, and where the facts come from. */
class RangeSummaryTest {

    private final InsightWriter writer = new InsightWriter(Locale.US);
    private final List<FileChange> files = new ArrayList<>();
    private final List<FileInsight> insights = new ArrayList<>();

    RangeSummaryTest() {
        for (String name : ExampleReportTest.FILES) {
            files.add(Changes.example(name, true));
            insights.add(writer.explain(files.get(files.size() - 1)));
        }
    }

    private int index(String name) {
        return ExampleReportTest.FILES.indexOf(name);
    }

    private static boolean mentions(List<String> bullets, String file) {
        return bullets.stream().anyMatch(b -> b.startsWith("`" + file + "`"));
    }

    @Test
    void aFileTheModelCallsAMinorUpdateIsListedOnlyUnderOtherUpdates() {
        int responses = index("responses");
        assertEquals(ChangeType.BREAKING_CHANGE, insights.get(responses).type());
        insights.set(responses, insights.get(responses).withText(ChangeType.MINOR_UPDATE, "Regions updated", "Two regions were added."));
        ReportInsight report = writer.summarize("openai", files, insights);
        assertFalse(mentions(report.breakingChanges(), "responses.md"), report.breakingChanges().toString());
        assertFalse(mentions(report.newFeatures(), "responses.md"), report.newFeatures().toString());
        assertTrue(report.otherUpdates().stream().anyMatch(b -> b.startsWith("`responses.md`: 2 list items were removed")),
                report.otherUpdates().toString());
        assertTrue(report.otherUpdates().stream().anyMatch(b -> b.startsWith("`responses.md`: 3 list items were added")),
                report.otherUpdates().toString());
    }

    /** One file takes at most three bullets of a list; the rest are counted, and the other files keep theirs. */
    @Test
    void aNewPageWithManySectionsDoesNotCrowdOutTheOtherFiles() {
        StringBuilder page = new StringBuilder("# Batch\n");
        for (String section : List.of("Overview", "Quotas", "Regions", "Pricing", "Limits", "Support")) {
            page.append("\n## ").append(section).append("\n\nText.\n");
        }
        List<FileChange> two = List.of(Changes.modified("docs/batch.md", "# Batch\n", page.toString()),
                Changes.modified("docs/setup.md", "# Setup\n", "# Setup\n\n## New\n\nx\n"));
        ReportInsight report = writer.summarize("docs", two, two.stream().map(writer::explain).toList());
        assertEquals(3, report.newFeatures().stream().filter(b -> b.startsWith("`batch.md`")).count(), report.newFeatures().toString());
        assertTrue(mentions(report.newFeatures(), "setup.md"), report.newFeatures().toString());
        assertEquals("3 more changes are stated in the explanations below.",
                report.newFeatures().get(report.newFeatures().size() - 1), report.newFeatures().toString());
    }

    /** Found by a trial: one file's insights said "In the 1 file". */
    @Test
    void oneFilesTotalsReadWell() {
        List<FileChange> one = List.of(Changes.modified("docs/t.md", "## T\n\n| a | b |\n|---|---|\n| x | 1 |\n",
                "## T\n\n| a | b |\n|---|---|\n| x | 1 |\n| y | 2 |\n"));
        ReportInsight report = writer.summarize("docs", one, one.stream().map(writer::explain).toList());
        assertTrue(report.insights().startsWith("In the one file changed: 1 table row added."), report.insights());
    }

    /** A removed page is one bullet, its removal; what it held is in its own explanation, not in the lists or the totals. */
    @Test
    void aRemovedPageIsOneBulletAndNotCountedByItsParts() {
        String page = "---\ntitle: Old\nms.date: 01/01/2025\n---\n# Old\n\n## A\n\nText.\n\n## B\n\n- x\n- y\n";
        List<FileChange> two = List.of(Changes.removed("docs/old.md", page),
                Changes.modified("docs/setup.md", "# Setup\n\n## Gone\n\nx\n", "# Setup\n"));
        List<FileInsight> explained = two.stream().map(writer::explain).toList();
        ReportInsight report = writer.summarize("docs", two, explained);
        assertEquals(1, report.breakingChanges().stream().filter(b -> b.startsWith("`old.md`")).count(), report.breakingChanges().toString());
        assertTrue(mentions(report.breakingChanges(), "setup.md"), report.breakingChanges().toString());
        assertFalse(report.otherUpdates().stream().anyMatch(b -> b.startsWith("`old.md`")), report.otherUpdates().toString());
        assertFalse(report.insights().contains("field"), "a removed page's front matter is no field change: " + report.insights());
        assertTrue(report.insights().contains("1 section removed"), "the other file's section is: " + report.insights());
        // its explanation still says what it held, but not its lines per section
        assertTrue(explained.get(0).explanation().contains("Section `A`"), explained.get(0).explanation());
        assertFalse(explained.get(0).explanation().contains("In section") || explained.get(0).explanation().contains("before the first heading"),
                explained.get(0).explanation());
    }

    /** A folder whose pages were removed is one highlight and the summary's lead, not one highlight per page. */
    @Test
    void aFolderOfRemovedPagesIsOneHighlight() {
        List<FileChange> changes = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            changes.add(Changes.removed("articles/old/page" + n + ".md", "# Page " + n + "\n\ntext\n"));
        }
        changes.add(Changes.modified("articles/setup.md", "# Setup\n\n## Gone\n\nx\n", "# Setup\n"));
        ReportInsight report = writer.summarize("docs", changes, changes.stream().map(writer::explain).toList());
        assertTrue(report.highlights().startsWith("Removed 4 files from `articles/old/` (breaking change). "), report.highlights());
        assertTrue(report.highlights().contains("Removed section `Gone` from `setup.md`"), report.highlights());
        assertFalse(report.highlights().contains("page2.md"), report.highlights());
        assertTrue(report.summary().endsWith("The most significant change: Removed 4 files from `articles/old/`."), report.summary());
    }

    /** A row whose cells only gained text is totalled as filled in, one whose value was replaced as corrected (an audit). */
    @Test
    void rowsFilledInAreNotTotalledAsCorrected() {
        String table = "# Regions\n\n| Model | Regions |\n|---|---|\n| gpt-4o | East US, West US |\n| o3 | eastus |\n";
        ReportInsight report = summarize(
                Changes.modified("docs/regions.md", table, table.replace("East US, West US", "East US, West US, Japan East")),
                Changes.modified("docs/other.md", table, table.replace("| o3 | eastus |", "| o3 | westus |")));
        assertTrue(report.insights().contains("1 table row corrected"), report.insights());
        assertTrue(report.insights().contains("1 table row filled in"), report.insights());
    }

    /** A file removed from a subfolder of a folder whose pages were removed goes with that folder (an audit). */
    @Test
    void aRemovedFolderHoldsItsSubfoldersFiles() {
        List<FileChange> changes = new ArrayList<>();
        changes.add(Changes.binary("articles/legacy/media/legacy.png", io.diffpress.history.ChangeStatus.REMOVED));
        for (int n = 1; n <= 4; n++) {
            changes.add(Changes.removed("articles/legacy/page" + n + ".md", "# Page " + n + "\n\ntext\n"));
        }
        changes.add(Changes.removed("articles/other/one.md", "# One\n\ntext\n"));
        ReportInsight report = writer.summarize("docs", changes, changes.stream().map(writer::explain).toList());
        assertTrue(report.highlights().startsWith("Removed 5 files from `articles/legacy/` (breaking change). "), report.highlights());
        assertFalse(report.highlights().contains("legacy.png"), report.highlights());
        assertTrue(report.highlights().contains("one.md"), "a file of another folder is told apart: " + report.highlights());
    }

    /**
     * Within a type, a file added or removed whole leads, then the file with more lines changed; not the first by path
     * (an audit found "The most significant change: New file `config.json`" ahead of a 41-line new article, and a key
     * removed from a data file ahead of a whole article deleted).
     */
    @Test
    void theMostSignificantChangeIsAWholeFileThenTheLargest() {
        StringBuilder article = new StringBuilder("# Quickstart\n");
        for (int n = 1; n <= 20; n++) {
            article.append("\nStep ").append(n).append(" of the quickstart.\n");
        }
        List<FileChange> added = List.of(Changes.added("docs/config.json", "{\"a\": 1}\n"),
                Changes.added("docs/quickstart.md", article.toString()));
        ReportInsight report = writer.summarize("docs", added, added.stream().map(writer::explain).toList());
        assertTrue(report.summary().endsWith("The most significant change: New file `quickstart.md` (`docs/quickstart.md`)."), report.summary());

        List<FileChange> removed = List.of(Changes.modified("docs/app.json", "{\"retry\": {\"maxAttempts\": 3}, \"x\": 1}\n", "{\"x\": 1}\n"),
                Changes.removed("docs/batch.md", "# Batch\n\nRetired.\n"));
        ReportInsight gone = writer.summarize("docs", removed, removed.stream().map(writer::explain).toList());
        assertEquals(ChangeType.BREAKING_CHANGE, writer.explain(removed.get(0)).type());
        assertTrue(gone.summary().contains("The most significant change: Removed `batch.md`"), gone.summary());
    }

    /**
     * A file whose lines changed only in their endings is not "the largest change", and a CRLF conversion with a word
     * changed is titled by the word, not the line endings (an audit).
     */
    @Test
    void lineEndingsAloneAreNeitherTheLargestChangeNorTheTitle() {
        StringBuilder faq = new StringBuilder("# FAQ\n");
        for (int n = 1; n <= 20; n++) {
            faq.append("\nQuestion ").append(n).append(" has an answer.\n");
        }
        String page = "# Backups\n\nBackups run every hour.\n\nThey are kept for a week.\n";
        List<FileChange> two = List.of(Changes.modified("docs/faq.md", faq.toString(), faq.toString().replace("\n", "\r\n")),
                Changes.modified("docs/backup.md", page, page.replace("every hour", "every day")));
        ReportInsight report = writer.summarize("docs", two, two.stream().map(writer::explain).toList());
        assertFalse(report.insights().contains("The largest change is to `docs/faq.md`"), report.insights());
        assertTrue(report.insights().contains("The largest change is to `docs/backup.md`"), report.insights());
        FileInsight both = writer.explain(Changes.modified("docs/p2.md", page, page.replace("every hour", "every day").replace("\n", "\r\n")));
        assertFalse(both.title().contains("line endings"), both.title());
        assertTrue(both.explanation().contains("line endings") || both.explanation().contains("LF"), both.explanation());
    }

    /** A highlight gives the file's path after the type, unless its title already names the file by that path. */
    @Test
    void aHighlightNamesTheFileOnce() {
        List<FileChange> two = List.of(Changes.modified("README.md", "# Read me\n\n## Old\n\nx\n", "# Read me\n"),
                Changes.modified("docs/setup.md", "# Setup\n", "# Setup\n\n## New\n\nx\n"));
        ReportInsight report = writer.summarize("docs", two, two.stream().map(writer::explain).toList());
        assertEquals("Removed section `Old` from `README.md` (breaking change). "
                + "Added section `New` to `setup.md` (new feature, `docs/setup.md`).", report.highlights());
        assertTrue(report.summary().endsWith("The most significant change: Removed section `Old` from `README.md`."), report.summary());
    }

    /** Two files of one name in a range: the report's sentences name them by their paths, which tell them apart. */
    @Test
    void filesOfOneNameAreNamedByTheirPaths() {
        List<FileChange> tocs = List.of(Changes.modified("docs/a/toc.yml", "- name: A\n  href: a.md\n",
                "- name: A\n  href: a.md\n- name: B\n  href: b.md\n"), Changes.modified("docs/b/toc.yml", "- name: C\n  href: c.md\n",
                "- name: C\n  href: c.md\n- name: D\n  href: d.md\n"), Changes.modified("docs/c/intro.md", "# Intro\n", "# Intro\n\n## New\n\nx\n"));
        ReportInsight report = writer.summarize("docs", tocs, tocs.stream().map(writer::explain).toList());
        assertTrue(mentions(report.newFeatures(), "docs/a/toc.yml") && mentions(report.newFeatures(), "docs/b/toc.yml"),
                report.newFeatures().toString());
        assertTrue(mentions(report.newFeatures(), "intro.md"), "a name no other file has stays short: " + report.newFeatures());
    }

    @Test
    void aNewFeatureKeepsItsAdditionsAndMovesItsRemovalsToOtherUpdates() {
        int responses = index("responses");
        insights.set(responses, insights.get(responses).withText(ChangeType.NEW_FEATURE, "Regions added", "Two regions were added."));
        ReportInsight report = writer.summarize("openai", files, insights);
        assertTrue(report.breakingChanges().isEmpty(), "responses.md was the only breaking change: " + report.breakingChanges());
        assertTrue(report.newFeatures().stream().anyMatch(b -> b.startsWith("`responses.md`: 3 list items were added")),
                report.newFeatures().toString());
        assertTrue(report.otherUpdates().stream().anyMatch(b -> b.startsWith("`responses.md`: 2 list items were removed")),
                report.otherUpdates().toString());
    }

    @Test
    void aFileTheModelCallsBreakingIsListedByItsTitleWhenNoFactIsThatSevere() {
        int whatsNew = index("whats-new");
        insights.set(whatsNew, insights.get(whatsNew).withText(ChangeType.BREAKING_CHANGE, "Model names changed", "x"));
        ReportInsight report = writer.summarize("openai", files, insights);
        assertTrue(report.breakingChanges().contains("`whats-new.md`: Model names changed"), report.breakingChanges().toString());
        assertTrue(report.otherUpdates().stream().anyMatch(b -> b.startsWith("`whats-new.md`: Unbalanced")),
                "its bug-fix fact stays under Other updates: " + report.otherUpdates());
    }

    @Test
    void theBuiltInTypesLeaveEveryFactUnderItsOwnImpact() {
        ReportInsight report = writer.summarize("openai", files, insights);
        assertTrue(report.breakingChanges().stream().allMatch(b -> b.startsWith("`responses.md`")), report.breakingChanges().toString());
        assertTrue(mentions(report.newFeatures(), "responses.md"), "additions of a breaking file stay new features");
        assertFalse(report.breakingChanges().stream().anyMatch(b -> b.contains("Removed `")), "no title bullets: a fact is listed");
    }

    @Test
    void summarizeUsesTheFactsTheInsightsCarryInsteadOfReadingTheFilesAgain() {
        List<FileChange> withoutTexts = files.stream().map(f -> new FileChange(f.path(), f.oldPath(), f.status(), f.similarity(),
                f.kind(), f.binary(), f.additions(), f.deletions(), "", false, Optional.empty(), Optional.empty())).toList();
        ReportInsight fromFacts = writer.summarize("openai", withoutTexts, insights);
        assertEquals(writer.summarize("openai", files, insights), fromFacts);
        assertTrue(fromFacts.insights().contains("`codex-mini` and `o3-pro` appear in the changes to 2 files"), fromFacts.insights());
    }

    /** A heading two files both touched is no link between them: pages share headings by their template (an audit). */
    @Test
    void headingsTwoFilesShareAreNoLinkBetweenThem() {
        ReportInsight report = summarize(
                Changes.modified("docs/a.md", "# A\n\n## Prerequisites\n\nAn account.\n\n## Steps\n\nDo it.\n", "# A\n\n## Steps\n\nDo it.\n"),
                Changes.modified("docs/b.md", "# B\n\n| Model | Region |\n|---|---|\n| o1 | eastus |\n",
                        "# B\n\n| Model | Region |\n|---|---|\n| o1 | eastus |\n| gpt-4o | eastus |\n\n## Prerequisites\n\nA key.\n"),
                Changes.modified("docs/c.md", "# C\n\n| Model | Region |\n|---|---|\n| o3 | westus |\n",
                        "# C\n\n| Model | Region |\n|---|---|\n| o3 | westus |\n| gpt-4o | eastus |\n"));
        assertFalse(report.insights().contains("`Prerequisites` appears"), report.insights());
        assertTrue(report.insights().contains("`gpt-4o` appears in the changes to 2 files"), report.insights());
    }

    private ReportInsight summarize(FileChange... changes) {
        List<FileInsight> explained = java.util.Arrays.stream(changes).map(writer::explain).toList();
        return writer.summarize("code", List.of(changes), explained);
    }

    @Test
    void checkMarksAreTotalledApartFromCorrectedRows() {
        String table = "# M\n\n| Region | gpt-4o |\n|---|---|\n| eastus | ✅ |\n| westus | ❌ |\n";
        ReportInsight report = summarize(
                Changes.modified("docs/a.md", table, table.replace("| westus | ❌ |", "| westus | ✅ |")),
                Changes.modified("docs/b.md", table, table.replace("| eastus | ✅ |", "| eastus | ❌ |")));
        assertTrue(report.insights().startsWith("Across the 2 files: 1 table cell checked and 1 check mark cleared."), report.insights());
    }

    /** A data file's keys are no front matter fields: totalled apart, by what became of them (an audit). */
    @Test
    void dataKeysAreTotalledApartFromFrontMatterFields() {
        ReportInsight report = summarize(
                Changes.modified("package.json", "{\"name\": \"a\", \"version\": \"1.0.0\", \"private\": true}\n",
                        "{\"name\": \"a\", \"version\": \"1.1.0\", \"license\": \"MIT\"}\n"),
                Changes.modified("docs/a.md", "---\nms.date: 05/25/2025\n---\n# A\n\nText.\n", "---\nms.date: 06/20/2025\n---\n# A\n\nText.\n"));
        assertTrue(report.insights().startsWith("Across the 2 files: 1 field change, 1 data key added, 1 data key removed and "
                + "1 data key changed."), report.insights());
    }

    @Test
    void codeChangesAreTotalledByTheirDefinitionsNotCalledLineCountsOnly() {
        ReportInsight report = summarize(
                Changes.modified("src/A.java", "class A {\n}\n", "class A {\n    void run() {\n    }\n}\n"),
                Changes.added("src/B.java", "class B {\n}\n"));
        assertFalse(report.insights().contains("only line counts"), report.insights());
        assertTrue(report.insights().startsWith("Across the 2 files: 2 definitions added."), "run() in A.java and class B: " + report.insights());
    }

    @Test
    void onlyChangesThatLineCountsDescribeAreSaidToBeSo() {
        ReportInsight plain = summarize(Changes.modified("notes.txt", "a\n", "a\nb\n"), Changes.binary("logo.png", io.diffpress.history.ChangeStatus.MODIFIED));
        assertTrue(plain.insights().startsWith("The 2 files changed in ways that only line counts describe."), plain.insights());
        ReportInsight prose = summarize(Changes.modified("a.md", "# T\n\nOne text here.\n", "# T\n\nOne text here, now longer and rewritten.\n"),
                Changes.modified("notes.txt", "a\n", "a\nb\n"));
        assertFalse(prose.insights().contains("only line counts"), "a rewritten paragraph is more than line counts: " + prose.insights());
    }

    /**
     * The largest change names a section only where half its changed lines are: a row added in one section beside a section
     * of six lines removed had been told as "1 of those lines in section `Supported models`" (an audit).
     */
    @Test
    void theLargestChangeNamesASectionOnlyWhereMostOfItIs() {
        String before = "# Monitoring\n\n## Supported models\n\n| Model | Region |\n|---|---|\n| gpt-4o | eastus |\n\n"
                + "## Limits\n\nAlerts fire once an hour.\n\nEach rule checks one metric.\n";
        String after = "# Monitoring\n\n## Supported models\n\n| Model | Region |\n|---|---|\n| gpt-4o | eastus |\n| o3 | westus |\n";
        ReportInsight report = summarize(Changes.modified("docs/monitoring.md", before, after),
                Changes.modified("docs/other.md", "# O\n\nText.\n", "# O\n\nText, longer.\n"));
        assertTrue(report.insights().contains("The largest change is to `docs/monitoring.md`: 1 line added and 6 deleted."), report.insights());
        assertFalse(report.insights().contains("of those lines in"), report.insights());
        // where one section holds the change, it is named
        ReportInsight edited = summarize(Changes.modified("docs/monitoring.md", before, before.replace("once an hour", "every ten minutes")),
                Changes.modified("docs/other.md", "# O\n\nText.\n", "# O\n\nText, longer.\n"));
        assertTrue(edited.insights().contains("2 of those lines in section `Limits`"), edited.insights());
    }

    /** Other updates holds bug fixes and minor updates: at most 3 of one file in all, not 3 of each (an audit). */
    @Test
    void otherUpdatesListAtMostThreeOfOneFile() {
        String before = "---\ntitle: Batch\ndescription: Run batches.\n---\n\n# Batch\n\n## Setup\n\nCreate a job.\n\n"
                + "```python\nclient = Batch(endpoint)\njob = client.create(name='a')\nprint(job.id)\n```\n";
        String after = "---\ntitle: Batch jobs\ndescription: Run batch jobs.\n---\n\n# Batch\n\n## Set up\n\nCreate a job.\n\n"
                + "```python\nclient = Batch(endpoint)\njob = client.create(name='a', wait=True)\nprint(job.status)\n```\n";
        ReportInsight report = summarize(Changes.modified("docs/batch.md", before, after),
                Changes.modified("docs/other.md", "# O\n\nText.\n", "# O\n\nText, longer.\n"));
        long ofBatch = report.otherUpdates().stream().filter(b -> b.startsWith("`batch.md`:")).count();
        assertEquals(3, ofBatch, report.otherUpdates().toString());
        assertTrue(report.otherUpdates().stream().anyMatch(b -> b.contains("more")), report.otherUpdates().toString());
    }

    /** Private definitions removed count among the definitions removed: two removed were totalled as one (an audit). */
    @Test
    void privateDefinitionsRemovedAreCountedInTheTotals() {
        String before = "def print_usage():\n    print('usage')\n\n\ndef _trim(text):\n    return text.strip()\n\n\ndef main():\n    pass\n";
        String after = "def main():\n    pass\n";
        ReportInsight report = summarize(Changes.modified("samples/chat.py", before, after),
                Changes.modified("docs/other.md", "# O\n\nText.\n", "# O\n\nText, longer.\n"));
        assertTrue(report.insights().contains("2 definitions removed"), report.insights());
    }

    /** One file with a reworded paragraph: nothing to total or share, and still the Insights section says something true. */
    @Test
    void aSingleRewordedFileStillGetsInsights() {
        ReportInsight one = summarize(Changes.modified("docs/a.md", "# T\n\n## Setup\n\nOne text here.\n",
                "# T\n\n## Setup\n\nOne text here, now longer and rewritten.\n"));
        assertEquals("The one file changed is `docs/a.md`: 1 line added and 1 deleted, 2 of those lines in section `Setup`.",
                one.insights());
        InsightWriter japanese = new InsightWriter(Locale.JAPAN);
        FileChange change = Changes.modified("docs/a.md", "# T\n\nOne text here.\n", "# T\n\nOne text here, now longer and rewritten.\n");
        String ja = japanese.summarize("docs", List.of(change), List.of(japanese.explain(change))).insights();
        assertTrue(ja.startsWith("変更されたファイルは `docs/a.md` だけです："), ja);
    }
}
