package io.diffpress.search;

import java.util.Objects;

/**
 * An indexed field and its lunr build-time boost. As in lunr, a boost of 0 (or NaN) counts as 1.
 */
public record SearchField(String name, double boost) {

    public SearchField {
        Objects.requireNonNull(name, "field name");
    }

    public static SearchField of(String name) {
        return new SearchField(name, 1);
    }

    public static SearchField of(String name, double boost) {
        return new SearchField(name, boost);
    }
}
