package io.diffpress.site;

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

    /** GitHub compare URLs: https://github.com/OWNER/REPO/compare/[OWNER:]BASE...[OWNER:]HEAD */
    private static final Pattern GITHUB_COMPARE = Pattern.compile("^(https://github\\.com/[^/]+/[^/]+)/compare/(?:[^:./]+:)?[^.]+\\.\\.\\.?(?:[^:./]+:)?([0-9A-Za-z._/-]+)$");
    /** A URL that names its scheme ("https:", "mailto:"): not a path into the repository. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final Pattern GITLAB_COMPARE = Pattern.compile("^(https://[^/]+/.+?)/-/compare/[^.]+\\.\\.\\.?([0-9A-Za-z._/-]+)$");

    private final Optional<String> blobBase;
    private final Optional<String> docsBase;

    /** Where the repository's files are served as they are, for images: "https://github.com/O/R/raw/HEAD/". */
    private final Optional<String> rawBase;

    private LinkRewriter(Optional<String> blobBase, Optional<String> rawBase, Optional<String> docsBase) {
        this.blobBase = blobBase;
        this.rawBase = rawBase;
        this.docsBase = docsBase;
    }

    /** A rewriter for one report, from its compare URL and the site's docsBaseURL. */
    static LinkRewriter forReport(String compareUrl, Optional<String> docsBaseURL) {
        return new LinkRewriter(blobBase(compareUrl), host(compareUrl).map(h -> h.web() + h.rawPath() + h.head() + "/"), docsBaseURL);
    }

    /** "https://github.com/O/R/blob/HEAD/" for a compare URL of a known host. */
    static Optional<String> blobBase(String compareUrl) {
        return host(compareUrl).map(h -> h.web() + h.blobPath() + h.head() + "/");
    }

    /** "https://github.com/O/R/commit/SHA" for a commit of the repository of a compare URL. */
    static Optional<String> commitUrl(String compareUrl, String sha) {
        return host(compareUrl).map(h -> h.web() + h.commitPath() + sha);
    }

    /** "https://github.com/O/R/pull/N" (GitLab: merge request) for the repository of a compare URL. */
    static Optional<String> pullRequestUrl(String compareUrl, int number) {
        return host(compareUrl).map(h -> h.web() + h.pullPath() + number);
    }

    private record Host(String web, String head, String blobPath, String rawPath, String commitPath, String pullPath) {
    }

    private static Optional<Host> host(String compareUrl) {
        if (compareUrl == null) {
            return Optional.empty();
        }
        Matcher gh = GITHUB_COMPARE.matcher(compareUrl);
        if (gh.matches()) {
            return Optional.of(new Host(gh.group(1), gh.group(2), "/blob/", "/raw/", "/commit/", "/pull/"));
        }
        Matcher gl = GITLAB_COMPARE.matcher(compareUrl);
        if (gl.matches()) {
            return Optional.of(new Host(gl.group(1), gl.group(2), "/-/blob/", "/-/raw/", "/-/commit/", "/-/merge_requests/"));
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
        return rewrite(rawHref, currentFile, blobBase);
    }

    /**
     * The outcome for an image's {@code src}, as for a link, but a relative path leads to the file itself (the
     * repository's raw view), which an {@code <img>} can show; one that cannot be resolved is no image.
     */
    Outcome image(String rawSrc, String currentFile) {
        return rewrite(rawSrc, currentFile, rawBase);
    }

    private Outcome rewrite(String rawHref, String currentFile, Optional<String> repositoryBase) {
        String href = rawHref.trim();
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
            target = repositoryBase.flatMap(b -> resolve(b, currentFile, href));
        }
        return target.map(t -> new Outcome(t, true, false)).orElseGet(() -> new Outcome(rawHref, false, true));
    }

    private static Optional<String> resolve(String blobBase, String currentFile, String href) {
        try {
            URI file = new URI("file:///" + encodePath(currentFile.isEmpty() ? "index.md" : currentFile));
            URI resolved = file.resolve(new URI(href));
            String path = resolved.getRawPath();
            while (path != null && path.startsWith("/../")) {
                path = path.substring(3); // as browsers do: ".." never climbs above the root
            }
            if (path == null || path.contains("/../")) {
                return Optional.empty();
            }
            String fragment = resolved.getRawFragment();
            return Optional.of(blobBase + path.substring(1) + (fragment == null ? "" : "#" + fragment));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String encodePath(String path) throws Exception {
        return new URI(null, null, path, null).getRawPath();
    }
}
