package io.diffpress.search;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;

/**
 * What a search result shows for one page. {@code url} is relative to the site's base URL (no leading
 * slash), so the site works under a subpath. {@code lang} is the BCP 47 tag of the title and summary when they are
 * not in the site's language (a Japanese report on an English site), else empty. Null values, empty texts and empty
 * lists are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SearchStoreEntry(String url, String title, String date, String section, String summary,
                               List<String> tags, List<String> types, String lang) {

    /** An entry in the site's language. */
    public SearchStoreEntry(String url, String title, String date, String section, String summary, List<String> tags,
                            List<String> types) {
        this(url, title, date, section, summary, tags, types, "");
    }

    public SearchStoreEntry {
        Objects.requireNonNull(url, "url");
        tags = tags == null ? List.of() : List.copyOf(tags);
        types = types == null ? List.of() : List.copyOf(types);
    }
}
