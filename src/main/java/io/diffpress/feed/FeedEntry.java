package io.diffpress.feed;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One report as a feed item.
 *
 * @param url        absolute URL of the report page (also its id)
 * @param published  the report's date at the start of the day in the site's time zone
 * @param summary    plain text summary
 * @param html       the report body as sanitised HTML, used when feeds carry full content
 * @param categories section, types and tags
 * @param lang       the report's language as a BCP 47 tag when it is not the feed's, else "": Atom's xml:lang on the entry
 */
public record FeedEntry(String title, String url, ZonedDateTime published, String summary, String html,
                        List<String> categories, String lang) {

    public FeedEntry {
        categories = List.copyOf(categories);
    }
}
