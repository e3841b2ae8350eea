package io.diffpress.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A page for {@link IndexSplitter}: its partition key (a year, say), the text of each indexed field, a lunr
 * document boost, and what its search result shows.
 */
public record SearchPage(String partition, Map<String, String> fields, double boost, SearchStoreEntry entry) {

    public SearchPage {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(entry, "entry");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public SearchPage(String partition, Map<String, String> fields, SearchStoreEntry entry) {
        this(partition, fields, 1, entry);
    }
}
