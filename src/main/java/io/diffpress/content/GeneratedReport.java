package io.diffpress.content;

/**
 * A report ready to be stored.
 *
 * @param relativePath where it goes under {@code content/}, with forward slashes
 * @param rangeKey     the compare range it covers ("base7...head7"), to recognise it on a rerun
 * @param text         the whole file: front matter and Markdown body
 */
public record GeneratedReport(String relativePath, String rangeKey, String text) {
}
