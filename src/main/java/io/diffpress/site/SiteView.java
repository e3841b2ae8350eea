package io.diffpress.site;

/**
 * What every template sees of the site.
 *
 * @param base    the path of the site root with trailing slash ("/" or "/REPO/"); prefix of every link
 * @param baseURL the absolute URL of the site root
 * @param lang    the locale as a BCP 47 tag for {@code <html lang>}
 * @param fromHistory whether site.yml names a repository (else the site only renders content/, written by other tools)
 */
public record SiteView(String title, String description, String base, String baseURL, String lang, boolean fromHistory) {
}
