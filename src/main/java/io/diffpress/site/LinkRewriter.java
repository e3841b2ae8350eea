package io.diffpress.site;

import io.diffpress.config.RepositoryHost;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points links of report text that would break on the portal to where they lead:
 * relative links ("../concepts/models.md#x") to the documented repository's web view at the
 * report's head commit, resolved against the file whose section they stand in;
 * root-relative links ("/azure/...") to the configured documentation site. A link that
 * cannot be resolved becomes plain text, so the site has no broken links. Images alike: a
 * relative one is shown from the repository's raw view, and one that cannot be resolved is
 * left without a source (its alt text).
 */
final class LinkRewriter {

    /**
     * The base of a compare view: a commit, a branch or a tag, which may hold single dots ("v1.0", "release-1.0") but
     * never two in a row (git refuses ".." in a ref name), so the first ".." ends it.
     */
    private static final String BASE_REF = "(?:[^.]|\\.(?!\\.))+?";
    /**
     * The views of a report's head commit its permalink gives (GitHub's sides may name their fork, "owner:" or
     * "owner:repo:"): a compare view (GitHub, GitLab, Azure DevOps), or the
     * tree of the head commit that a report of a range from the start of history has instead (see
     * {@code RepositoryConfig.treeUrl}). The head is group 2 of each; Azure DevOps's keeps its kind, a commit
     * ("GC…"), a branch ("GB…") or a tag ("GT…"), as its file views take it.
     */
    private static final Pattern GITHUB = Pattern.compile(
            "^(https://github\\.com/[^/]+/[^/]+)/(?:compare/(?:[^:./]+:){0,2}" + BASE_REF + "\\.\\.\\.?(?:[^:./]+:){0,2}|tree/)([0-9A-Za-z._/-]+)$");
    private static final Pattern GITLAB = Pattern.compile("^(https://[^/]+/.+?)/-/(?:compare/" + BASE_REF + "\\.\\.\\.?|tree/)([0-9A-Za-z._/-]+)$");
    private static final Pattern AZURE = Pattern.compile(
            "^(https://dev\\.azure\\.com/[^/]+/[^/]+/_git/[^/?#]+)(?:/branchCompare\\?(?:.*&)?targetVersion=|\\?version=)(GC[0-9A-Za-z]+|G[BT][^&#\\s\"'<>]+)(?:&.*)?$");
    /** A URL that names its scheme ("https:", "mailto:"): not a path into the repository. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    private final Optional<Host> host;
    private final Optional<String> docsBase;
    /** The folder all the report's files are in ("articles/x"), "" when they are in several or at the root. */
    private final String filesFolder;

    private LinkRewriter(Optional<Host> host, Optional<String> docsBase, String filesFolder) {
        this.host = host;
        this.docsBase = docsBase;
        this.filesFolder = filesFolder;
    }

    /** A rewriter for one report, from its compare URL (its permalink) and the site's docsBaseURL. */
    static LinkRewriter forReport(String compareUrl, Optional<String> docsBaseURL) {
        return forReport(compareUrl, docsBaseURL, "");
    }

    /**
     * As {@link #forReport(String, Optional)}, for a report whose files are all in {@code filesFolder}: a link before the
     * first file's heading (in the Highlights, which quote the files' own links) resolves against that folder.
     */
    static LinkRewriter forReport(String compareUrl, Optional<String> docsBaseURL, String filesFolder) {
        return new LinkRewriter(host(compareUrl), docsBaseURL, filesFolder);
    }

    /** The one folder of these paths ("a/b" for "a/b/x.md" and "a/b/y.md"), "" when they are in several or none. */
    static String commonFolder(java.util.Collection<String> paths) {
        String folder = null;
        for (String path : paths) {
            int slash = path.lastIndexOf('/');
            String own = slash < 0 ? "" : path.substring(0, slash);
            if (folder != null && !folder.equals(own)) {
                return "";
            }
            folder = own;
        }
        return folder == null ? "" : folder;
    }

    /** "https://github.com/O/R/commit/SHA" for a commit of the repository of a compare URL. */
    static Optional<String> commitUrl(String compareUrl, String sha) {
        return host(compareUrl).map(h -> h.kind().commitUrl(h.web(), sha));
    }

    /** "https://github.com/O/R/pull/N" (GitLab: merge request) for the repository of a compare URL. */
    static Optional<String> pullRequestUrl(String compareUrl, int number) {
        return host(compareUrl).map(h -> h.kind().pullRequestUrl(h.web(), number));
    }

    /** A repository's web views: {@code web} is its root page, {@code head} the commit its files are shown at. */
    private record Host(RepositoryHost kind, String web, String head) {

        /**
         * The page of a file ({@code path} encoded, no leading '/'); {@code query} ("?plain=1") and {@code fragment} are
         * "" for none. Azure DevOps names the file in its own query, where the link's has no place.
         */
        String file(String path, String query, String fragment) {
            return switch (kind) {
                case GITHUB -> web + "/blob/" + head + "/" + path + query + (fragment.isEmpty() ? "" : "#" + fragment);
                case GITLAB -> web + "/-/blob/" + head + "/" + path + query + (fragment.isEmpty() ? "" : "#" + fragment);
                // Azure DevOps names the file in the query; a heading is its "anchor" parameter
                case AZURE -> web + "?path=/" + path.replace("&", "%26").replace("+", "%2B").replace("=", "%3D") + "&version=" + head
                        + (fragment.isEmpty() ? "" : "&anchor=" + fragment);
            };
        }

        /** The file's bytes, for an image; none on Azure DevOps, whose web views are all pages. */
        Optional<String> raw(String path, String query) {
            return switch (kind) {
                case GITHUB -> Optional.of(web + "/raw/" + head + "/" + path + query);
                case GITLAB -> Optional.of(web + "/-/raw/" + head + "/" + path + query);
                case AZURE -> Optional.empty();
            };
        }

    }

    private static Optional<Host> host(String compareUrl) {
        if (compareUrl == null) {
            return Optional.empty();
        }
        // GitHub's and GitLab's compare page is the same with a query ("?expand=1"), a fragment ("#diff-…") or a
        // trailing slash, and GitHub's under "www." or "http://" (it redirects): the head must not take them in (an
        // audit found "…/blob/bbb222//docs/b.md"). Azure DevOps names the versions in its query, which stays.
        String page = compareUrl.replaceFirst("[?#].*$", "").replaceFirst("/+$", "")
                .replaceFirst("^(?i:https?://(?:www\\.)?github\\.com/)", "https://github.com/");
        for (RepositoryHost kind : RepositoryHost.values()) {
            Matcher m = (kind == RepositoryHost.GITHUB ? GITHUB : kind == RepositoryHost.GITLAB ? GITLAB : AZURE)
                    .matcher(kind == RepositoryHost.AZURE ? compareUrl : page);
            if (m.matches()) {
                return Optional.of(new Host(kind, m.group(1), m.group(2)));
            }
        }
        return Optional.empty();
    }

    /**
     * What becomes of a link of a report body: its href, unchanged or pointed elsewhere ({@code noopener}: it now
     * leads off the site), or, for a relative link that cannot be resolved, nothing: the link becomes its text.
     */
    record Outcome(String href, boolean noopener, boolean plainText) {
    }

    /**
     * The outcome for a link's {@code href}, standing in the section of {@code currentFile} (the path of the last
     * file heading above it, "" before the first): relative paths resolve against that file.
     */
    Outcome rewrite(String rawHref, String currentFile) {
        return rewrite(rawHref, currentFile, false);
    }

    /**
     * The outcome for an image's {@code src}, as for a link, but a relative path leads to the file itself (the
     * repository's raw view), which an {@code <img>} can show; one that cannot be resolved is no image.
     */
    Outcome image(String rawSrc, String currentFile) {
        return rewrite(rawSrc, currentFile, true);
    }

    private Outcome rewrite(String written, String currentFile, boolean image) {
        // a space is no URL character: "<my guide.md>" is written with one (see MarkdownRenderer)
        String rawHref = written.trim().replace(" ", "%20");
        String href = rawHref;
        if (href.isEmpty() || href.startsWith("#") || SCHEME.matcher(href).matches()) {
            return new Outcome(rawHref, false, false);
        }
        if (href.startsWith("//")) {
            return new Outcome("https:" + href, false, false);
        }
        Optional<String> target;
        if (href.startsWith("/")) {
            target = docsBase.map(d -> d + href);
        } else {
            target = host.flatMap(h -> resolve(currentFile, filesFolder, href)
                    .flatMap(p -> image ? h.raw(p.path(), p.query()) : Optional.of(h.file(p.path(), p.query(), p.fragment()))));
        }
        return target.map(t -> new Outcome(t, true, false)).orElseGet(() -> new Outcome(rawHref, false, true));
    }

    /** A path in the repository (encoded, without the leading '/'), the query ("?tabs=python", "" for none) and the fragment of a link ("" for none). */
    private record RepositoryPath(String path, String query, String fragment) {
    }

    private static Optional<RepositoryPath> resolve(String currentFile, String filesFolder, String href) {
        try {
            if (href.startsWith("?")) {
                // only a query: the same file with it, as a browser reads it (RFC 3986; java.net.URI drops the file name);
                // "./" so that a name with ':' ("setup:linux.md") is no scheme
                return currentFile.isEmpty() ? Optional.empty()
                        : resolve(currentFile, filesFolder, encodePath("./" + currentFile.substring(currentFile.lastIndexOf('/') + 1)) + href);
            }
            // before the first file's heading: from the folder of the report's files, when they share one, else the root
            String from = !currentFile.isEmpty() ? currentFile : filesFolder.isEmpty() ? "index.md" : filesFolder + "/index.md";
            URI file = new URI("file", null, "/" + from, null);
            URI resolved = file.resolve(new URI(href));
            String path = resolved.getRawPath();
            // Before the first file's heading the link's folder is the one the report's files share; when they share
            // none, a path that climbs ("../concepts/x.md") could lead anywhere, so it becomes its text (an audit found
            // it led to a page that was not there), and one that does not is taken from the repository's root. A path
            // that climbs above the repository's root names nothing in it (the root would be another file): text too.
            if (path == null || path.startsWith("/../") || path.equals("/..") || path.contains("/../")) {
                return Optional.empty();
            }
            String fragment = resolved.getRawFragment();
            String query = resolved.getRawQuery();
            return Optional.of(new RepositoryPath(path.substring(1), query == null ? "" : "?" + query, fragment == null ? "" : fragment));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String encodePath(String path) throws Exception {
        return new URI(null, null, path, null).getRawPath();
    }
}
