package io.diffpress.site;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the links of report text lead, for each kind of permalink a report can have: a compare view, and for a range
 * from the start of history the tree of its head commit, on GitHub, GitLab and Azure DevOps.
 */
class LinkRewriterTest {

    private static final String FILE = "articles/ai/how-to/doc.md";

    private static LinkRewriter.Outcome link(String permalink, String href) {
        return LinkRewriter.forReport(permalink, Optional.of("https://learn.example")).rewrite(href, FILE);
    }

    private static LinkRewriter.Outcome image(String permalink, String src) {
        return LinkRewriter.forReport(permalink, Optional.empty()).image(src, FILE);
    }

    @Test
    void githubCompareAndTreeViewsLeadToTheHeadCommit() {
        // refs with dots too: tags and release branches (an audit found their links and images turned to text)
        for (String permalink : new String[]{"https://github.com/o/r/compare/a1b2...c3d4", "https://github.com/o/r/compare/o:a1b2...o:c3d4",
            "https://github.com/o/r/tree/c3d4", "https://github.com/o/r/compare/v1.0...c3d4", "https://github.com/o/r/compare/release-1.0..c3d4",
            "https://github.com/o/r/compare/o:v1.0.2...o:c3d4"}) {
            assertEquals("https://github.com/o/r/blob/c3d4/articles/ai/concepts/models.md#fine-tuning",
                    link(permalink, "../concepts/models.md#fine-tuning").href(), permalink);
            assertEquals("https://github.com/o/r/raw/c3d4/articles/ai/how-to/media/a%20b.png", image(permalink, "media/a%20b.png").href());
            assertEquals(Optional.of("https://github.com/o/r/commit/c3d4"), LinkRewriter.commitUrl(permalink, "c3d4"));
            assertEquals(Optional.of("https://github.com/o/r/pull/7"), LinkRewriter.pullRequestUrl(permalink, 7));
        }
    }

    /** A link's query is kept, and a link that is only a query is the same file with it, as a browser reads it (an audit found the folder). */
    @Test
    void aQueryIsKeptAndAQueryAloneIsTheSameFile() {
        String permalink = "https://github.com/o/r/compare/a1b2...c3d4";
        assertEquals("https://github.com/o/r/blob/c3d4/articles/ai/how-to/doc.md?tabs=python", link(permalink, "?tabs=python").href());
        assertEquals("https://github.com/o/r/blob/c3d4/articles/ai/how-to/doc.md?tabs=python#setup", link(permalink, "?tabs=python#setup").href());
        assertEquals("https://github.com/o/r/blob/c3d4/articles/ai/how-to/other.md?plain=1#L3", link(permalink, "other.md?plain=1#L3").href());
        assertEquals("https://github.com/o/r/raw/c3d4/articles/ai/how-to/a.png?v=2", image(permalink, "a.png?v=2").href());
        String azure = "https://dev.azure.com/org/proj/_git/docs?version=GCc3d4";
        assertEquals("https://dev.azure.com/org/proj/_git/docs?path=/articles/ai/how-to/doc.md&version=GCc3d4", link(azure, "?tabs=python").href(),
                "Azure DevOps names the file in its own query");
        String odd = LinkRewriter.forReport(permalink, Optional.empty()).rewrite("?q=1", "docs/my file#1.md").href();
        assertEquals("https://github.com/o/r/blob/c3d4/docs/my%20file%231.md?q=1", odd);
        assertTrue(LinkRewriter.forReport(permalink, Optional.empty()).rewrite("?q=1", "").plainText(), "before any file: no file to name");
        // a name with ':' is no scheme (a review found "null" for the file's name)
        assertEquals("https://github.com/o/r/blob/c3d4/docs/setup:linux.md?tabs=py",
                LinkRewriter.forReport(permalink, Optional.empty()).rewrite("?tabs=py", "docs/setup:linux.md").href());
        assertEquals("https://github.com/o/r/blob/c3d4/other.md",
                LinkRewriter.forReport(permalink, Optional.empty()).rewrite("other.md", "setup:linux.md").href(), "a file at the root");
    }

    /** A head with dots is the head whole: "v1.0...v1.1" shows files at v1.1. */
    @Test
    void aDottedHeadIsKeptWhole() {
        assertEquals("https://github.com/o/r/blob/v1.1/articles/ai/how-to/other.md",
                link("https://github.com/o/r/compare/v1.0...v1.1", "other.md").href());
        assertEquals("https://gitlab.com/g/p/-/blob/v1.1/articles/ai/how-to/other.md",
                link("https://gitlab.com/g/p/-/compare/v1.0...v1.1", "other.md").href());
    }

    @Test
    void gitlabCompareAndTreeViewsLeadToTheHeadCommit() {
        for (String permalink : new String[]{"https://gitlab.com/g/sub/p/-/compare/a1b2...c3d4", "https://gitlab.com/g/sub/p/-/tree/c3d4",
            "https://gitlab.com/g/sub/p/-/compare/v1.0...c3d4"}) {
            assertEquals("https://gitlab.com/g/sub/p/-/blob/c3d4/articles/ai/how-to/other.md", link(permalink, "other.md").href(), permalink);
            assertEquals("https://gitlab.com/g/sub/p/-/raw/c3d4/articles/ai/how-to/pic.png", image(permalink, "pic.png").href());
            assertEquals(Optional.of("https://gitlab.com/g/sub/p/-/commit/c3d4"), LinkRewriter.commitUrl(permalink, "c3d4"));
            assertEquals(Optional.of("https://gitlab.com/g/sub/p/-/merge_requests/7"), LinkRewriter.pullRequestUrl(permalink, 7));
        }
    }

    /** Azure DevOps names the file in the query: a name with '&' must not end the parameter. Its images have no raw view. */
    @Test
    void azureDevOpsCompareAndTreeViewsLeadToTheHeadCommit() {
        String repo = "https://dev.azure.com/org/proj/_git/docs";
        for (String permalink : new String[]{repo + "/branchCompare?baseVersion=GCa1b2&targetVersion=GCc3d4", repo + "?version=GCc3d4"}) {
            assertEquals(repo + "?path=/articles/ai/concepts/models.md&version=GCc3d4&anchor=fine-tuning",
                    link(permalink, "../concepts/models.md#fine-tuning").href(), permalink);
            assertEquals(repo + "?path=/articles/ai/how-to/q%26a%2B%3D.md&version=GCc3d4", link(permalink, "q&a+=.md").href());
            assertTrue(link(permalink, "other.md").noopener());
            assertTrue(image(permalink, "pic.png").plainText(), "no image source rather than a page as one");
            assertEquals(Optional.of(repo + "/commit/c3d4"), LinkRewriter.commitUrl(permalink, "c3d4"));
            assertEquals(Optional.of(repo + "/pullrequest/7"), LinkRewriter.pullRequestUrl(permalink, 7));
        }
    }

    @Test
    void aLinkAboveTheRepositorysRootIsText() {
        String permalink = "https://github.com/o/r/compare/a1b2...c3d4";
        assertEquals("https://github.com/o/r/blob/c3d4/x.md", link(permalink, "../../../x.md").href(), "the root itself");
        assertTrue(link(permalink, "../../../../etc/passwd").plainText());
        assertTrue(link(permalink, "../../../../../x.md#a").plainText());
        assertTrue(link(permalink, "../../../..").plainText());
        assertTrue(image(permalink, "../../../../../p.png").plainText());
        LinkRewriter outsideFiles = LinkRewriter.forReport(permalink, Optional.empty());
        // before the first file's heading the folder is unknown: a path that climbs could lead anywhere (an audit found
        // it led to a page that was not there), one that does not is taken from the root
        assertTrue(outsideFiles.rewrite("../concepts/models.md#m", "").plainText());
        assertTrue(outsideFiles.rewrite("a/../../x.md", "").plainText());
        assertEquals("https://github.com/o/r/blob/c3d4/concepts/models.md#m", outsideFiles.rewrite("concepts/models.md#m", "").href());
        assertEquals("https://github.com/o/r/blob/c3d4/a/x.md", outsideFiles.rewrite("a/b/../x.md", "").href(), "down and up again");
        // a report whose files share one folder: the Highlights quote their links, which start from it
        LinkRewriter oneFolder = LinkRewriter.forReport(permalink, Optional.empty(), "articles/ai/how-to");
        assertEquals("https://github.com/o/r/blob/c3d4/articles/ai/concepts/models.md#m", oneFolder.rewrite("../concepts/models.md#m", "").href());
        assertEquals("https://github.com/o/r/blob/c3d4/articles/ai/how-to/quotas.md", oneFolder.rewrite("quotas.md", "").href());
        assertTrue(oneFolder.rewrite("?tabs=a", "").plainText(), "a query alone names no file before a file's heading");
        assertEquals("https://github.com/o/r/blob/c3d4/docs/x.md", oneFolder.rewrite("x.md", "docs/a.md").href(), "under a heading, its file's");
        assertEquals("articles/ai", LinkRewriter.commonFolder(List.of("articles/ai/a.md", "articles/ai/b.md")));
        assertEquals("", LinkRewriter.commonFolder(List.of("articles/ai/a.md", "articles/b.md")));
        assertEquals("", LinkRewriter.commonFolder(List.of("a.md")));
        assertEquals("", LinkRewriter.commonFolder(List.of()));
    }

    /** A compare URL with a trailing slash, a query or a fragment, or GitHub under www. or http:, names the same head. */
    @Test
    void theHeadOfACompareUrlLeavesOutItsQueryFragmentAndTrailingSlash() {
        for (String permalink : new String[]{"https://github.com/o/r/compare/aaa111...bbb222/", "https://github.com/o/r/compare/aaa111...bbb222?expand=1",
            "https://github.com/o/r/compare/aaa111...bbb222#diff-abc", "http://www.github.com/o/r/compare/aaa111...bbb222",
            "https://GitHub.com/o/r/compare/aaa111...bbb222//", "https://github.com/o/r/compare/o:r:aaa111...fork:r2:bbb222"}) {
            assertEquals("https://github.com/o/r/blob/bbb222/articles/ai/how-to/b.md", link(permalink, "b.md").href(), permalink);
            assertEquals("https://github.com/o/r/raw/bbb222/articles/ai/how-to/i.png", image(permalink, "i.png").href(), permalink);
            assertEquals(Optional.of("https://github.com/o/r/commit/bbb222"), LinkRewriter.commitUrl(permalink, "bbb222"), permalink);
        }
        // Azure DevOps compares branches and tags too: the file's view at that branch or tag
        assertEquals("https://dev.azure.com/org/proj/_git/docs?path=/articles/ai/how-to/b.md&version=GBrelease%2F2.0", link(
                "https://dev.azure.com/org/proj/_git/docs/branchCompare?baseVersion=GBmain&targetVersion=GBrelease%2F2.0", "b.md").href());
        assertEquals("https://dev.azure.com/org/proj/_git/docs?path=/articles/ai/how-to/b.md&version=GTv2.0", link(
                "https://dev.azure.com/org/proj/_git/docs/branchCompare?baseVersion=GTv1.0&targetVersion=GTv2.0&_a=files", "b.md").href());
        assertEquals("https://gitlab.com/g/p/-/blob/v2.0/articles/ai/how-to/b.md", link("https://gitlab.com/g/p/-/compare/v1.0...v2.0/?from_project_id=7",
                "b.md").href());
    }

    @Test
    void anUnknownHostLeavesRelativeLinksAsTextAndRootRelativeOnesToTheDocumentation() {
        String permalink = "https://git.example/o/r/compare/a...b";
        assertTrue(link(permalink, "other.md").plainText());
        assertTrue(image(permalink, "pic.png").plainText(), "no image source");
        assertEquals("https://learn.example/azure/x", link(permalink, "/azure/x").href());
        assertEquals(Optional.empty(), LinkRewriter.commitUrl(permalink, "b"));
        assertEquals("https://elsewhere.example/x", link(permalink, "https://elsewhere.example/x").href(), "absolute links stay");
        assertFalse(link(permalink, "https://elsewhere.example/x").plainText());
    }
}
