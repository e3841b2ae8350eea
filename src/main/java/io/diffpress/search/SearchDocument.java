package io.diffpress.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One document for {@link LunrIndexBuilder}: its ref, the text of each field (a missing or null
 * field indexes nothing, like {@code undefined} in lunr) and a document boost (0 or NaN counts as 1).
 */
public record SearchDocument(String ref, Map<String, String> fields, double boost) {

    public SearchDocument {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(fields, "fields");
        // LinkedHashMap rather than Map.copyOf: null values are allowed and mean "no text".
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public SearchDocument(String ref, Map<String, String> fields) {
        this(ref, fields, 1);
    }

    /** The text of a field, or null when absent. */
    public String text(String field) {
        return fields.get(field);
    }
}
