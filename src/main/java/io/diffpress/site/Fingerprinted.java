package io.diffpress.site;

/**
 * A value in a page's template context that stands in a {@link PageFingerprint} by a digest of its own
 * instead of its content, such as a report body's HTML by its render cache key.
 */
interface Fingerprinted {

    /** A digest of everything the value's output depends on. */
    String fingerprint();
}
