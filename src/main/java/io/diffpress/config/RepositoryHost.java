package io.diffpress.config;

/**
 * The web hosts whose views diffpress links to, and where on each a repository's commit, pull request and files at a
 * commit are, after the repository's web root ("https://github.com/O/R"). One place for both the compare URL template
 * of {@code site.yml} ({@link RepositoryConfig}) and the permalinks of reports ({@code LinkRewriter}).
 */
public enum RepositoryHost {
    GITHUB("/commit/", "/pull/", "/tree/"),
    GITLAB("/-/commit/", "/-/merge_requests/", "/-/tree/"),
    /** Azure DevOps: a commit's files are the repository's page at that version. */
    AZURE("/commit/", "/pullrequest/", "?version=GC");

    private final String commit;
    private final String pull;
    private final String tree;

    RepositoryHost(String commit, String pull, String tree) {
        this.commit = commit;
        this.pull = pull;
        this.tree = tree;
    }

    public String commitUrl(String web, String sha) {
        return web + commit + sha;
    }

    public String pullRequestUrl(String web, int number) {
        return web + pull + number;
    }

    public String treeUrl(String web, String sha) {
        return web + tree + sha;
    }
}
