package io.diffpress.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A page for {@link IndexSplitter}: its partition key (a year, say), the text of each indexed field, a lunr
 * document boost, and what its search result shows. A field may instead be given as a {@link LazyText}, read only
 * if the page's part must be planned or built; a field is in one map or the other, not both.
 */
public record SearchPage(String partition, Map<String, String> fields, Map<String, LazyText> lazyFields, double boost,
                         SearchStoreEntry entry) {

    public SearchPage {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(entry, "entry");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        lazyFields = Map.copyOf(lazyFields);
        for (String name : lazyFields.keySet()) {
            if (fields.containsKey(name)) {
                throw new IllegalArgumentException("field '" + name + "' is given both as text and as lazy text");
            }
        }
    }

    public SearchPage(String partition, Map<String, String> fields, double boost, SearchStoreEntry entry) {
        this(partition, fields, Map.of(), boost, entry);
    }

    public SearchPage(String partition, Map<String, String> fields, SearchStoreEntry entry) {
        this(partition, fields, Map.of(), 1, entry);
    }

    /** Every field's text, lazy ones read now: for analysing the page. */
    Map<String, String> texts() {
        if (lazyFields.isEmpty()) {
            return fields;
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        lazyFields.forEach((name, lazy) -> all.put(name, lazy.text().get()));
        return all;
    }
}
