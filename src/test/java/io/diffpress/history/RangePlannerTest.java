package io.diffpress.history;

import io.diffpress.config.RangesConfig;
import io.diffpress.config.RepositoryConfig;
import io.diffpress.testing.GitFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.diffpress.DiffpressException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RangePlannerTest {

    @TempDir
    Path dir;

    private GitFixture git;
    private final List<String> commits = new ArrayList<>();

    @BeforeEach
    void history() {
        git = new GitFixture(dir);
        String[] times = {"2025-05-30T10:00:00Z", "2025-06-02T09:00:00Z", "2025-06-02T18:00:00Z", "2025-06-05T12:00:00Z",
                "2025-06-10T08:00:00Z", "2025-07-01T08:00:00Z"};
        for (int i = 0; i < times.length; i++) {
            commits.add(git.at(times[i]).write("f.md", "v" + i + "\n").commit(i == 3 ? "Merge pull request #77 from a/b" : "c" + i));
        }
        git.git("tag", "v1.0", commits.get(1));
        git.git("tag", "-a", "-m", "annotated", "v1.1", commits.get(3));
        git.git("tag", "v2.0", commits.get(5));
        git.git("tag", "other", commits.get(4));
    }

    private List<CompareRange> plan(RangesConfig config) {
        try (HistoryReader history = HistoryReader.open(new RepositoryConfig(dir, "main", Optional.empty()), ZoneId.of("UTC"), 100)) {
            return history.plan(config);
        }
    }

    private static List<String> labels(List<CompareRange> ranges) {
        return ranges.stream().map(CompareRange::label).toList();
    }

    private RangesConfig strategy(String name) {
        return new RangesConfig(name, Optional.empty(), Optional.empty());
    }

    @Test
    void dailyWeeklyMonthly() {
        assertEquals(List.of("2025-05-30", "2025-06-02", "2025-06-05", "2025-06-10", "2025-07-01"), labels(plan(strategy("daily"))));
        List<CompareRange> weekly = plan(strategy("weekly"));
        assertEquals(List.of("2025-W22", "2025-W23", "2025-W24", "2025-W27"), labels(weekly));
        assertEquals(commits.get(3), weekly.get(1).head(), "the week's last commit");
        assertEquals(Optional.of(commits.get(0)), weekly.get(1).base(), "the previous range's head");
        assertEquals(3, weekly.get(1).commits().size());
        assertEquals(List.of("2025-05", "2025-06", "2025-07"), labels(plan(strategy("monthly"))));
        assertEquals(Optional.empty(), plan(strategy("monthly")).get(0).base(), "the first range starts at the root");
    }

    @Test
    void commitsNamedAfterPullRequests() {
        List<CompareRange> ranges = plan(strategy("commits"));
        assertEquals(6, ranges.size());
        assertEquals("pr-77", ranges.get(3).label());
        assertEquals(77, ranges.get(3).commits().get(0).pullRequest());
        assertEquals(Optional.of(commits.get(2)), ranges.get(3).base());
    }

    /** A label names a report file: two ranges never share one, so neither report is lost (two merges of #77; tags a/2, a-2). */
    @Test
    void twoRangesNeverShareALabel() {
        git.at("2025-07-02T08:00:00Z").write("f.md", "again\n").commit("Merge pull request #77 from a/b-again");
        List<CompareRange> ranges = plan(strategy("commits"));
        assertEquals("pr-77", ranges.get(3).label());
        assertEquals("pr-77-2", ranges.get(6).label(), "the later range gets the next free label");
        // a number no pull request has (more than an int holds) is no pull request: the commit's own label
        git.at("2025-07-03T08:00:00Z").write("f.md", "huge\n").commit("Merge pull request #99999999999 from a/b");
        List<CompareRange> withHuge = plan(strategy("commits"));
        CompareRange huge = withHuge.get(withHuge.size() - 1);
        assertEquals("2025-07-03-" + huge.head().substring(0, 7), huge.label());
        assertEquals(0, huge.commits().get(0).pullRequest());
        git.git("tag", "rel/2", commits.get(1));
        git.git("tag", "Rel-2", commits.get(4));
        List<CompareRange> tags = plan(new RangesConfig("tags", Optional.empty(), Optional.empty(), "*el*2", true, List.of()));
        assertEquals(List.of("rel-2", "Rel-2-2"), tags.stream().map(CompareRange::fileLabel).toList(), "names one file apart only by case are the same on some file systems");
        List<CompareRange> twice = plan(new RangesConfig("explicit", Optional.empty(), Optional.empty(), "*", false,
                List.of("v1.0..v1.1", "v1.0..v1.1")));
        assertEquals(1, twice.size(), "the same range listed twice is one report");
        // names of one file once made file-safe; long ones cut, told apart by a hash of the whole name
        String x = "x".repeat(235);
        git.git("tag", "a&b", commits.get(2));
        git.git("tag", "a-b", commits.get(3));
        git.git("tag", "v" + x + "1", commits.get(4));
        git.git("tag", "v" + x + "2", commits.get(5));
        List<CompareRange> odd = plan(new RangesConfig("tags", Optional.empty(), Optional.empty(), "*", true, List.of()));
        List<String> files = odd.stream().map(CompareRange::fileLabel).toList();
        assertEquals(files.size(), files.stream().map(f -> f.toLowerCase(java.util.Locale.ROOT)).distinct().count(), files.toString());
        assertTrue(files.contains("a-b") && files.contains("a-b-2"), files.toString());
        assertTrue(files.stream().allMatch(f -> f.length() <= 120), files.toString());
    }

    /** A report of two trees (tags on a maintenance branch) links to GitHub's two-dot view, which shows those trees' diff. */
    @Test
    void aRangeWhoseBaseIsNoAncestorLinksToTheTwoDotView() {
        git.git("checkout", "-q", "-b", "maint", commits.get(1));
        String fix = git.at("2025-07-02T08:00:00Z").write("f.md", "fix\n").commit("fix");
        git.git("tag", "v1.0.1", fix);
        git.git("checkout", "-q", "main");
        RepositoryConfig github = new RepositoryConfig(dir, "main", Optional.of("https://github.com/o/r/compare/{base}...{head}"));
        try (HistoryReader history = HistoryReader.open(github, ZoneId.of("UTC"), 100)) {
            List<CompareRange> tags = history.plan(new RangesConfig("tags", Optional.empty(), Optional.empty(), "v*", false, List.of()));
            assertEquals(List.of("v1.1", "v2.0", "v1.0.1"), labels(tags));
            assertEquals("https://github.com/o/r/compare/" + commits.get(3) + "..." + commits.get(5),
                    history.compareUrl(tags.get(1)).orElseThrow(), "v1.1 is an ancestor of v2.0: the template as written");
            assertEquals("https://github.com/o/r/compare/" + commits.get(5) + ".." + fix, history.compareUrl(tags.get(2)).orElseThrow(),
                    "v2.0 is not an ancestor of v1.0.1: the report is of the two trees");
            List<CompareRange> daily = history.plan(strategy("daily"));
            assertTrue(history.compareUrl(daily.get(2)).orElseThrow().contains("..." + commits.get(3)));
        }
    }

    /**
     * A commit whose clock was wrong counts in the day of the commit before it: one dated 2037 no longer takes all later
     * history into its range, and one dated back joins the day before it, as it did.
     */
    /** A commit dated after 2038-01-19 keeps its date (JGit's commit time is an int of seconds, which wraps): an audit. */
    @Test
    void aCommitAfter2038KeepsItsDay() {
        String future = git.at("2039-06-01T12:00:00Z").write("f.md", "future\n").commit("dated 2039");
        List<CompareRange> daily = plan(strategy("daily"));
        CompareRange last = daily.get(daily.size() - 1);
        assertEquals("2039-06-01", last.label());
        assertEquals(future, last.head());
        assertEquals("2039-06-01T12:00:00Z", last.commits().get(0).time().toString());
    }

    /** The configured branch is the branch of that name, not a tag that has it too (git's own order takes the tag): an audit. */
    @Test
    void theBranchIsTakenBeforeATagOfTheSameName() {
        git.git("tag", "main", commits.get(1));
        List<CompareRange> daily = plan(strategy("daily"));
        assertEquals(commits.get(5), daily.get(daily.size() - 1).head(), "the branch's tip, not the tag's commit");
        assertEquals(6 - 1, daily.size());
    }

    @Test
    void aCommitWithAWrongClockDoesNotMoveTheOthers() {
        String skewed = git.at("2037-05-02T10:00:00Z").write("f.md", "skew\n").commit("wrong clock");
        // the newest commit, alone after the others, is in order: its own day (a later plan moves it, and generate
        // names the report of that day as one of a range the history no longer has)
        List<CompareRange> atTip = plan(strategy("daily"));
        assertEquals("2037-05-02", atTip.get(atTip.size() - 1).label());
        git.at("2025-07-03T10:00:00Z").write("f.md", "a\n").commit("day 3");
        git.at("2025-07-04T10:00:00Z").write("f.md", "b\n").commit("day 4");
        String back = git.at("2025-06-01T10:00:00Z").write("f.md", "c\n").commit("dated back");
        String day5 = git.at("2025-07-05T10:00:00Z").write("f.md", "d\n").commit("day 5");
        List<CompareRange> daily = plan(strategy("daily"));
        assertEquals(List.of("2025-05-30", "2025-06-02", "2025-06-05", "2025-06-10", "2025-07-01", "2025-07-03", "2025-07-04",
                "2025-07-05"), labels(daily));
        assertEquals(skewed, daily.get(4).head(), "counted in 2025-07-01, the day of the commit before it");
        assertEquals(back, daily.get(6).head(), "counted in 2025-07-04");
        assertEquals(day5, daily.get(7).head());
        assertEquals(java.time.LocalDate.parse("2025-07-01"), daily.get(4).date(), "the range's date is the day it counts in");
        assertEquals(List.of("2025-05", "2025-06", "2025-07"), labels(plan(strategy("monthly"))));
        assertEquals("2025-07-01-" + skewed.substring(0, 7), plan(strategy("commits")).get(6).label(), "the commits strategy dates it so too");
    }

    /**
     * A commit dated ahead at the tip, then one dated right: a tie of one against one, which the earlier commit wins (its
     * report stays as published); a second commit dated right ends the tie, and each commit counts in its own day again.
     */
    @Test
    void aCommitDatedAheadAtTheTipTakesInOneNextCommitUntilASecondComes() {
        String ahead = git.at("2031-01-01T00:00:00Z").write("f.md", "ahead\n").commit("wrong clock");
        String eighth = git.at("2025-07-08T10:00:00Z").write("f.md", "8\n").commit("day 8");
        List<CompareRange> tie = plan(strategy("daily"));
        assertEquals("2031-01-01", tie.get(tie.size() - 1).label());
        assertEquals(eighth, tie.get(tie.size() - 1).head(), "day 8 counts in the day of the commit before it");
        String ninth = git.at("2025-07-09T10:00:00Z").write("f.md", "9\n").commit("day 9");
        List<CompareRange> daily = plan(strategy("daily"));
        List<String> labels = labels(daily);
        assertEquals(List.of("2025-07-01", "2025-07-08", "2025-07-09"), labels.subList(labels.size() - 3, labels.size()));
        assertEquals(ahead, daily.get(daily.size() - 3).head(), "the commit dated ahead counts in 2025-07-01");
        assertEquals(eighth, daily.get(daily.size() - 2).head());
        assertEquals(ninth, daily.get(daily.size() - 1).head());
    }

    /** Of two equally long runs of days in order, the earlier commits keep theirs: a later dip joins the day before it. */
    @Test
    void commitsDatedBackJoinTheDayBeforeThem() {
        git.at("2025-07-10T10:00:00Z").write("f.md", "10\n").commit("day 10");
        String eleven = git.at("2025-07-11T10:00:00Z").write("f.md", "11\n").commit("day 11");
        git.at("2025-07-05T10:00:00Z").write("f.md", "5\n").commit("dated back");
        String six = git.at("2025-07-06T10:00:00Z").write("f.md", "6\n").commit("dated back too");
        List<CompareRange> daily = plan(strategy("daily"));
        List<String> labels = labels(daily);
        assertEquals(List.of("2025-07-01", "2025-07-10", "2025-07-11"), labels.subList(labels.size() - 3, labels.size()));
        assertEquals(six, daily.get(daily.size() - 1).head(), "the two commits dated back count in 2025-07-11");
        assertEquals(3, daily.get(daily.size() - 1).commits().size());
        assertEquals(eleven, daily.get(daily.size() - 1).commits().get(0).sha());
    }

    @Test
    void tagsInDateOrderWithOptionalRootRange() {
        List<CompareRange> ranges = plan(new RangesConfig("tags", Optional.empty(), Optional.empty(), "v*", false, List.of()));
        assertEquals(List.of("v1.1", "v2.0"), labels(ranges));
        assertEquals(Optional.of(commits.get(1)), ranges.get(0).base());
        assertEquals(commits.get(3), ranges.get(0).head(), "annotated tags are peeled to their commit");
        List<CompareRange> withRoot = plan(new RangesConfig("tags", Optional.empty(), Optional.empty(), "v*", true, List.of()));
        assertEquals(List.of("v1.0", "v1.1", "v2.0"), labels(withRoot));
        assertEquals(Optional.empty(), withRoot.get(0).base());
    }

    @Test
    void sinceAndUntilAsDatesOrRevisions() {
        assertEquals(List.of("2025-06-02", "2025-06-05"),
                labels(plan(new RangesConfig("daily", Optional.of("2025-06-01"), Optional.of("2025-06-06")))));
        List<CompareRange> byRef = plan(new RangesConfig("daily", Optional.of("v1.0"), Optional.of("v1.1")));
        assertEquals(List.of("2025-06-02", "2025-06-05"), labels(byRef));
        assertEquals(Optional.of(commits.get(1)), byRef.get(0).base(), "since a revision: the first range starts at it");
        assertEquals(commits.get(3), byRef.get(1).head());
        assertEquals(List.of("v2.0"), labels(plan(new RangesConfig("tags", Optional.of("v1.1"), Optional.empty(), "v*", false, List.of()))));
    }

    @Test
    void revisionBoundsWorkForEveryStrategy() {
        // Bounds that are not tags themselves, in revision syntax: tags after c2 up to main~1 (c4).
        RangesConfig tags = new RangesConfig("tags", Optional.of(commits.get(2)), Optional.of("main~1"), "*", false, List.of());
        assertEquals(List.of("v1.1", "other"), labels(plan(tags)));
        // Explicit ranges keep only heads after since and up to until.
        git.git("tag", "mid", commits.get(3));
        RangesConfig explicit = new RangesConfig("explicit", Optional.of("v1.0"), Optional.of("main^"), "*", false,
                List.of("v1.0..mid", commits.get(0) + ".." + commits.get(1), "mid..v2.0"));
        List<CompareRange> kept = plan(explicit);
        assertEquals(1, kept.size(), labels(kept).toString());
        assertEquals(commits.get(3), kept.get(0).head());
        // The calendar strategies take the same syntax.
        assertEquals(List.of("2025-06-10"), labels(plan(new RangesConfig("daily", Optional.of("main~2"), Optional.of("main~1")))));
    }

    @Test
    void mergedPullRequestsOnAFirstParentLine() {
        // A GitHub-style history: every change lands by a merge commit of a topic branch.
        String base = commits.get(5);
        List<String> merges = new ArrayList<>();
        for (int pr = 101; pr <= 103; pr++) {
            git.git("checkout", "-q", "-b", "topic-" + pr, base);
            git.at("2025-07-0" + (pr - 99) + "T08:00:00Z").write("topic" + pr + ".md", "work " + pr + "\n").commit("topic " + pr + " part 1");
            git.at("2025-07-0" + (pr - 99) + "T09:00:00Z").write("topic" + pr + ".md", "work " + pr + " done\n").commit("topic " + pr + " part 2");
            git.git("checkout", "-q", "main");
            git.git("-c", "user.name=Merger", "-c", "user.email=m@example.com", "merge", "-q", "--no-ff",
                    "-m", "Merge pull request #" + pr + " from o/topic-" + pr, "topic-" + pr);
            merges.add(git.git("rev-parse", "HEAD").trim());
            base = merges.get(merges.size() - 1);
        }
        List<CompareRange> ranges = plan(new RangesConfig("commits", Optional.of(commits.get(5)), Optional.empty()));
        assertEquals(List.of("pr-101", "pr-102", "pr-103"), labels(ranges));
        for (int i = 0; i < 3; i++) {
            assertEquals(merges.get(i), ranges.get(i).head());
            assertEquals(1, ranges.get(i).commits().size(), "first-parent commits only: the merge, not the topic's commits");
            assertEquals(101 + i, ranges.get(i).commits().get(0).pullRequest());
        }
        try (HistoryReader history = HistoryReader.open(new RepositoryConfig(dir, "main", Optional.empty()), ZoneId.of("UTC"), 100)) {
            for (CompareRange range : ranges) {
                SameAsGit.assertRange(git, history, range.base().orElseThrow(), range.head());
            }
        }
    }

    @Test
    void explicitRangesWithTwoAndThreeDots() {
        git.git("checkout", "-q", "-b", "topic", commits.get(2));
        String topic = git.write("g.md", "topic\n").commit("topic work");
        git.git("checkout", "-q", "main");
        List<CompareRange> ranges = plan(new RangesConfig("explicit", Optional.empty(), Optional.empty(), "*", false,
                List.of("main...topic", "main..topic")));
        assertEquals(Optional.of(commits.get(2)), ranges.get(0).base(), "three dots: from the merge base");
        assertEquals(topic, ranges.get(0).head());
        assertEquals(Optional.of(commits.get(5)), ranges.get(1).base(), "two dots: from BASE itself");
        assertFalse(ranges.get(0).unrelated());
        // the key names each as explain reads it: three dots from the merge base, two from BASE itself
        assertEquals(commits.get(2).substring(0, 7) + "..." + topic.substring(0, 7), ranges.get(0).key());
        assertEquals(commits.get(5).substring(0, 7) + ".." + topic.substring(0, 7), ranges.get(1).key());
        assertTrue(ranges.stream().allMatch(r -> CompareRange.EXPLICIT_LABEL.matcher(r.label()).matches()),
                "the pattern other stages tell such reports by: " + labels(ranges));
        assertEquals(ranges.get(1).base(), plan(new RangesConfig("explicit", Optional.empty(), Optional.empty(), "*", false,
                List.of(ranges.get(1).key()))).get(0).base(), "the key, planned again, is the same range");
        // an ancestor as the base: two dots and three are one range, and the key keeps its three
        List<CompareRange> alike = plan(new RangesConfig("explicit", Optional.empty(), Optional.empty(), "*", false,
                List.of(commits.get(1) + ".." + commits.get(4))));
        assertEquals(commits.get(1).substring(0, 7) + "..." + commits.get(4).substring(0, 7), alike.get(0).key());
    }

    /** "main~9" in a history of six commits: main is there, the commit it asks for is not; the message says so. */
    @Test
    void aRevisionBeyondTheStartOfHistoryIsToldAsSuch() {
        DiffpressException e = assertThrows(DiffpressException.class, () -> plan(new RangesConfig("explicit", Optional.empty(),
                Optional.empty(), "*", false, List.of("main~9..main"))));
        assertTrue(e.getMessage().contains("'main~9' names no commit in ") && e.getMessage().contains(": 'main' does, but its history"
                + " does not reach back as far as '~9' asks"), e.getMessage());
        DiffpressException typo = assertThrows(DiffpressException.class, () -> plan(new RangesConfig("explicit", Optional.empty(),
                Optional.empty(), "*", false, List.of("mian~1..main"))));
        assertTrue(typo.getMessage().contains("'mian~1' names no commit") && !typo.getMessage().contains("does, but"), typo.getMessage());
    }

    /** "root", as a report's range key names the start of history, is that start in an explicit range. */
    @Test
    void rootAsTheBaseIsTheStartOfHistory() {
        try (HistoryReader history = HistoryReader.open(new RepositoryConfig(dir, "main", Optional.empty()), ZoneId.of("UTC"), 100)) {
            CompareRange fromRoot = history.plan(RangeSpec.parse("root..." + commits.get(2).substring(0, 7)));
            assertEquals(Optional.empty(), fromRoot.base());
            assertEquals(commits.get(2), fromRoot.head());
            assertEquals(plan(strategy("daily")).get(0).key().replace(commits.get(0).substring(0, 7), commits.get(2).substring(0, 7)),
                    fromRoot.key(), "the key of a report from the start of history");
            assertEquals(3, fromRoot.commits().size());
        }
    }

    @Test
    void tagsOnDisjointRootsAreComparedTreeToTree() {
        git.git("checkout", "-q", "--orphan", "rewrite");
        git.git("rm", "-q", "-rf", ".");
        String orphan = git.at("2025-08-01T00:00:00Z").write("new.md", "fresh start\n").commit("new root");
        git.git("tag", "v3.0", orphan);
        git.git("checkout", "-q", "main");
        List<CompareRange> ranges = plan(new RangesConfig("tags", Optional.empty(), Optional.empty(), "v*", false, List.of()));
        CompareRange last = ranges.get(ranges.size() - 1);
        assertEquals("v3.0", last.label());
        assertTrue(last.unrelated());
        assertEquals(Optional.of(commits.get(5)), last.base());
        try (HistoryReader history = HistoryReader.open(new RepositoryConfig(dir, "main", Optional.empty()), ZoneId.of("UTC"), 100)) {
            List<String> changed = history.changes(last).stream().map(f -> f.status().word() + " " + f.path()).toList();
            assertEquals(List.of("removed f.md", "added new.md"), changed.stream().sorted((a, b) -> a.substring(a.indexOf(' ')).compareTo(b.substring(b.indexOf(' ')))).toList());
        }
    }
}
