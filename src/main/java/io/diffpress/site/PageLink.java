package io.diffpress.site;

/** A link to another page: its URL relative to the site root, and its label. */
public record PageLink(String url, String label) {
}
