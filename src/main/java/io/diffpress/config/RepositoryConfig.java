package io.diffpress.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The git repository a portal documents.
 *
 * @param path       a work tree, a subfolder of one, or a bare repository
 * @param branch     a branch, remote ref ({@code origin/main}) or {@code HEAD}
 * @param compareUrl template of the web compare view with {base} and {head}; empty when unknown
 * @param skipMissingObjects report files whose blobs are missing (partial clone) without contents, instead of failing
 * @param pathAt     where {@code path} is set ("site.yml:6:9"), or "" (the default, or not from a file), for errors
 * @param branchAt   where {@code branch} is set, or ""
 */
public record RepositoryConfig(Path path, String branch, Optional<String> compareUrl, boolean skipMissingObjects,
                               String pathAt, String branchAt) {

    public RepositoryConfig(Path path, String branch, Optional<String> compareUrl, boolean skipMissingObjects) {
        this(path, branch, compareUrl, skipMissingObjects, "", "");
    }

    public RepositoryConfig(Path path, String branch, Optional<String> compareUrl) {
        this(path, branch, compareUrl, false);
    }

    /**
     * The web page of pull request {@code number}, derived from the compare URL template of a known
     * host: GitHub {@code /pull/N}, GitLab {@code /-/merge_requests/N}, Azure DevOps {@code /pullrequest/N}.
     */
    public Optional<String> pullRequestUrl(int number) {
        return host().map(h -> h.kind().pullRequestUrl(h.web(), number));
    }

    /** The web page of a commit, derived like {@link #pullRequestUrl} from the compare URL of a known host. */
    public Optional<String> commitUrl(String sha) {
        return host().map(h -> h.kind().commitUrl(h.web(), sha));
    }

    /**
     * The web page of the files at a commit, derived like {@link #pullRequestUrl}: what a range from the start of
     * history shows instead of a compare view, which needs a commit on both sides.
     */
    public Optional<String> treeUrl(String sha) {
        return host().map(h -> h.kind().treeUrl(h.web(), sha));
    }

    private record Web(RepositoryHost kind, String web) {
    }

    /** The host and the repository's web root, from the compare URL template of a known host. */
    private Optional<Web> host() {
        return compareUrl.flatMap(t -> {
            java.util.regex.Matcher github = GITHUB.matcher(t);
            if (github.matches()) {
                return Optional.of(new Web(RepositoryHost.GITHUB, github.group(1)));
            }
            java.util.regex.Matcher gitlab = GITLAB.matcher(t);
            if (gitlab.matches()) {
                return Optional.of(new Web(RepositoryHost.GITLAB, gitlab.group(1)));
            }
            java.util.regex.Matcher azure = AZURE.matcher(t);
            return azure.matches() ? Optional.of(new Web(RepositoryHost.AZURE, azure.group(1))) : Optional.empty();
        });
    }

    private static final java.util.regex.Pattern GITHUB = java.util.regex.Pattern.compile("(https://github\\.com/[^/]+/[^/]+)/compare/.*");
    private static final java.util.regex.Pattern GITLAB = java.util.regex.Pattern.compile("(https://[^/]+/.+?)/-/compare/.*");
    private static final java.util.regex.Pattern AZURE = java.util.regex.Pattern.compile("(https://dev\\.azure\\.com/[^/]+/[^/]+/_git/[^/?]+)/branchCompare\\?.*");

    /** The compare view URL for two commits, when a template is configured. */
    public Optional<String> compareUrl(String base, String head) {
        return compareUrl(base, head, true);
    }

    /**
     * The compare view URL for two commits. GitHub's "BASE...HEAD" shows the changes since the merge base; when the
     * base is not an ancestor of the head (tags on a maintenance branch, an explicit two-dot range) the report is of
     * the two trees, which GitHub's "BASE..HEAD" shows: the template's three dots become two there.
     */
    public Optional<String> compareUrl(String base, String head, boolean baseIsAncestor) {
        return compareUrl.map(t -> {
            String template = !baseIsAncestor && host().map(h -> h.kind() == RepositoryHost.GITHUB).orElse(false)
                    ? t.replace("{base}...{head}", "{base}..{head}") : t;
            return template.replace("{base}", base).replace("{head}", head);
        });
    }
}
