package io.diffpress.insight;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportLabelsTest {

    @Test
    void theCompareLinkNamesTheHostOfItsUrl() {
        ReportLabels en = ReportLabels.forLocale(Locale.US);
        assertEquals("View Diff on GitHub", en.viewDiff("https://github.com/o/r/compare/a...b"));
        assertEquals("View Diff on GitHub", en.viewDiff("https://github.example.com/o/r/compare/a...b"));
        assertEquals("View Diff on GitLab", en.viewDiff("https://gitlab.com/g/p/-/compare/a...b"));
        assertEquals("View Diff on Azure DevOps",
                en.viewDiff("https://dev.azure.com/org/p/_git/r/branchCompare?baseVersion=GCa&targetVersion=GCb"));
        assertEquals("View Diff on Azure DevOps", en.viewDiff("https://org.visualstudio.com/p/_git/r/branchCompare?x"));
        assertEquals("View diff", en.viewDiff("https://git.example.org/o/r/compare/a...b"));
        assertEquals("View diff", en.viewDiff("https://notgithub.com.evil.example/compare"));
        assertEquals("View diff", en.viewDiff("not a url ::"));
        ReportLabels ja = ReportLabels.forLocale(Locale.JAPAN);
        assertEquals("GitLab で差分を表示", ja.viewDiff("https://gitlab.com/g/p/-/compare/a...b"));
        assertEquals("差分を表示", ja.viewDiff("https://git.example.org/compare/a...b"));
    }

    @Test
    void headingsFollowTheLocale() {
        ReportLabels ja = ReportLabels.forLocale(Locale.JAPAN);
        assertEquals("ハイライト", ja.highlights());
        assertEquals("概要テーブル", ja.summaryTable());
        assertEquals("*差分は 5000 行または 500 kB で打ち切っています。上の行数はファイル全体のものです。*", ja.diffCut(5000));
        ReportLabels fr = ReportLabels.forLocale(Locale.FRANCE);
        assertEquals("Summary Table", fr.summaryTable());
        assertEquals("*The base `a` shares no history with the head `b`: their trees are compared directly.*",
                fr.unrelated("`a`", "`b`"));
    }
}
