package io.diffpress.site;

/**
 * A key equal only to itself: values shared by many pages (a report's view, a theme's words) are
 * recognised by identity, as comparing them by equals would cost what the memo saves.
 */
record Identity(Object value) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Identity other && other.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
