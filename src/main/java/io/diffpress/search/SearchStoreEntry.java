package io.diffpress.search;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;

/**
 * What a search result shows for one page. {@code url} is relative to the site's base URL (no leading
 * slash), so the site works under a subpath. Null values and empty lists are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SearchStoreEntry(String url, String title, String date, String section, String summary,
                               List<String> tags, List<String> types) {

    public SearchStoreEntry {
        Objects.requireNonNull(url, "url");
        tags = tags == null ? List.of() : List.copyOf(tags);
        types = types == null ? List.of() : List.copyOf(types);
    }
}
