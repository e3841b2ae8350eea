package io.diffpress.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole of {@code site.yml}, decoded once and validated. Paths are absolute,
 * resolved against the folder that holds the file.
 *
 * @param file         the {@code site.yml} this came from
 * @param portalDir    the folder that holds {@code site.yml}
 * @param baseURL      absolute URL of the published site, always ending in "/"
 * @param locale       e.g. {@code en_US}, used in report titles and text
 * @param repository   the documented repository; empty for a portal that only renders {@code content/}
 * @param sections     named path filters; one report per range and section with changes
 * @param reportTitle  pattern with {locale}, {section} and {date}
 * @param output       the folder the site is written to
 * @param content      the folder reports are written to and read from
 * @param pageSize     reports on a page of a list (the index, a section, a tag, a month)
 * @param historyPageSize changes on a page of a document's history
 * @param pagination   how lists of reports and document histories are cut into pages
 * @param maxDiffLines a file diff longer than this is cut in the report (counts stay exact)
 * @param publishing   permalinks, feeds, custom domain and documentation links
 * @param insight      who writes the report text (built in, or a language model)
 * @param contentAt    where site.yml sets {@code content} ("FILE:LINE:COLUMN"), "" when it is left out
 * @param outputAt     where site.yml sets {@code output}, "" when it is left out
 */
public record SiteConfig(
        Path file,
        Path portalDir,
        String title,
        String description,
        URI baseURL,
        String locale,
        ZoneId timeZone,
        Optional<RepositoryConfig> repository,
        List<SectionConfig> sections,
        String reportTitle,
        RangesConfig ranges,
        Path output,
        Path content,
        String theme,
        int pageSize,
        int historyPageSize,
        Pagination pagination,
        int maxDiffLines,
        PublishingConfig publishing,
        InsightConfig insight,
        String contentAt,
        String outputAt) {

    public SiteConfig {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseURL, "baseURL");
        sections = List.copyOf(sections);
        Objects.requireNonNull(repository, "repository");
    }

    /** The path part of {@link #baseURL()}, e.g. "/" or "/REPO/". */
    public String basePath() {
        String path = baseURL.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The locale as a Java {@link Locale} ({@code en_US} becomes {@code en-US}). */
    public Locale javaLocale() {
        return Locale.forLanguageTag(locale.replace('_', '-'));
    }

    /**
     * A report's path as messages name it: the content folder as the portal names it ("content", or what site.yml's
     * {@code content} says, relative to the portal), then the report's path under it.
     */
    public String shownContent(String source) {
        String folder;
        try {
            folder = portalDir.toAbsolutePath().normalize().relativize(content.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            folder = content.toString(); // another root: as it is
        }
        return (folder.isEmpty() ? "." : folder) + "/" + source;
    }

    /** The folder of the named theme inside the portal (may not exist: the built-in one is used then). */
    public Path themeDir() {
        return portalDir.resolve("themes").resolve(theme);
    }
}
