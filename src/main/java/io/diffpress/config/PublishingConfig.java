package io.diffpress.config;

import java.util.Optional;

/**
 * How the site is published.
 *
 * @param permalinks      URL pattern of report pages: {path} (content path without ".md"),
 *                        {section}, {year}, {month}, {day}, {slug} (file name without ".md")
 * @param docsBaseURL     where root-relative links of the documentation ("/azure/...") point; empty: they become text
 * @param cname           custom domain written to {@code CNAME} for GitHub Pages
 * @param feedSize        reports per feed
 * @param feedFullContent whether feed entries carry the whole report or only its summary
 * @param searchPartBytes the search index is split (newest year first) into parts of at most this many bytes
 */
public record PublishingConfig(String permalinks, Optional<String> docsBaseURL, Optional<String> cname,
                               int feedSize, boolean feedFullContent, long searchPartBytes) {

    public static final String DEFAULT_PERMALINKS = "{path}/";
    public static final long DEFAULT_SEARCH_PART_BYTES = 500_000;

    public static PublishingConfig defaults() {
        return new PublishingConfig(DEFAULT_PERMALINKS, Optional.empty(), Optional.empty(), 20, false, DEFAULT_SEARCH_PART_BYTES);
    }
}
