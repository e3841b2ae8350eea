package io.diffpress.feed;

import java.util.List;

/**
 * A feed: the site's, a section's or a tag's.
 *
 * @param pageUrl absolute URL of the HTML page the feed mirrors
 * @param rssUrl  absolute URL of the RSS file itself
 * @param atomUrl absolute URL of the Atom file itself
 * @param entries newest first, already cut to the configured size
 */
public record FeedChannel(String title, String description, String pageUrl, String rssUrl, String atomUrl,
                          String language, List<FeedEntry> entries) {

    public FeedChannel {
        entries = List.copyOf(entries);
    }
}
