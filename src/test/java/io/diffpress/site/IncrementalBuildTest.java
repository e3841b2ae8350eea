package io.diffpress.site;

import io.diffpress.config.ConfigLoader;
import io.diffpress.config.SiteConfig;
import io.diffpress.publish.Publisher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The caches of a rebuild (content cache, page fingerprints, render cache, search parts) never give stale
 * output: after each kind of change the site is byte for byte the site a cold build makes of the same input
 * in another folder, and a rebuild with nothing changed reads no report and renders no page.
 */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    private Path portal;

    @BeforeEach
    void portal() throws IOException {
        portal = dir.resolve("portal");
        Files.createDirectories(portal.resolve("content/openai"));
        String example = resource("example-report.md");
        for (int day = 18; day <= 21; day++) {
            Files.writeString(portal.resolve("content/openai/2025-06-" + day + ".md"),
                    example.replace("date: '2025-06-21'", "date: '2025-06-" + day + "'"));
        }
        Files.writeString(portal.resolve("content/openai/2025-06-22.md"), resource("other/ja-report.md"));
        Files.writeString(portal.resolve("site.yml"), """
                title: Incremental
                baseURL: https://owner.github.io/repo/
                pageSize: 2
                """);
        settle();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = IncrementalBuildTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Waits until the reports' last changes are older than {@link FileStamp#SETTLE_NANOS}, as files usually
     * are when a site is built: only then does the content cache keep them.
     */
    private static void settle() {
        try {
            Thread.sleep(FileStamp.SETTLE_NANOS / 1_000_000 + 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SiteBuilder.Stats build() {
        return build(null);
    }

    /** A build, with the reports of {@code session}'s earlier builds when not null (as serve builds). */
    private SiteBuilder.Stats build(SiteBuilder.Session session) {
        SiteConfig config = ConfigLoader.load(portal.resolve("site.yml"));
        try (Publisher.Staging site = new Publisher(config.output()).begin()) {
            SiteBuilder.Stats stats = (session == null ? new SiteBuilder(config, true) : new SiteBuilder(config, session)).build(site);
            site.commit();
            return stats;
        }
    }

    /** The same portal copied to a new folder (no cache, no previous site) and built there. */
    private Map<String, byte[]> coldBuild() throws IOException {
        Path copy = dir.resolve("cold-" + System.nanoTime());
        copyTree(portal.resolve("content"), copy.resolve("content"));
        copyTree(portal.resolve("themes"), copy.resolve("themes"));
        Files.copy(portal.resolve("site.yml"), copy.resolve("site.yml"));
        SiteConfig config = ConfigLoader.load(copy.resolve("site.yml"));
        try (Publisher.Staging site = new Publisher(config.output()).begin()) {
            SiteBuilder.Stats stats = new SiteBuilder(config, true).build(site);
            assertEquals(stats.pages(), stats.pagesRendered(), "a cold build renders every page");
            site.commit();
        }
        return files(copy.resolve("public"));
    }

    private void assertSameAsColdBuild(String after) throws IOException {
        Map<String, byte[]> expected = coldBuild();
        Map<String, byte[]> actual = files(portal.resolve("public"));
        assertEquals(expected.keySet(), actual.keySet(), after + ": the same files");
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            assertTrue(Arrays.equals(e.getValue(), actual.get(e.getKey())), after + ": " + e.getKey() + " differs from a cold build");
        }
    }

    @Test
    void aRebuildWithNothingChangedReadsNoReportAndRendersNoPage() throws IOException {
        SiteBuilder.Stats first = build();
        assertEquals(5, first.reportsParsed());
        assertEquals(first.pages(), first.pagesRendered());
        SiteBuilder.Stats again = build();
        assertEquals(0, again.reportsRead(), "every report from the content cache");
        assertEquals(0, again.pagesRendered(), "every page kept");
        assertSameAsColdBuild("nothing changed");
    }

    /** Every file under {@code root} with its bytes and modification time. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Arrays.hashCode(Files.readAllBytes(p)) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }

    @Test
    void aRehearsalWritesNothingAndStopsWhenAsked() throws IOException, InterruptedException {
        SiteBuilder.Session session = new SiteBuilder.Session();
        // a report written just before the build is not settled (FileStamp): every build reads it again, a rehearsal too
        Files.writeString(portal.resolve("content/openai/2025-06-17.md"), resource("example-report.md")
                .replace("date: '2025-06-21'", "date: '2025-06-17'"));
        build(session);
        Map<String, String> site = snapshot(portal.resolve("public"));
        Map<String, String> caches = snapshot(portal.resolve(".diffpress"));
        SiteConfig config = ConfigLoader.load(portal.resolve("site.yml"));
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Set<Path> scratchBefore = rehearsalScratch();
        java.util.concurrent.atomic.AtomicInteger scratchFiles = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger scratchLinked = new java.util.concurrent.atomic.AtomicInteger();
        assertEquals(2, SiteBuilder.rehearse(config, session, () -> {
            // what a rebuild writes goes, for one path in twenty, to a site in a scratch folder of its own
            scratchFiles.accumulateAndGet(filesUnder(rehearsalScratch(), scratchBefore), Math::max);
            scratchLinked.accumulateAndGet(linkedUnder(rehearsalScratch(), scratchBefore), Math::max);
            return asked.incrementAndGet() < 0;
        }, 2), "a whole rehearsal of two passes");
        assertTrue(asked.get() > 10, "it asks whether to stop as it goes: " + asked.get());
        assertTrue(scratchFiles.get() > 0, "the rehearsal wrote into its scratch site");
        assertTrue(scratchLinked.get() > 0, "the second pass took files of the first pass's site, as a rebuild takes the live site's");
        assertEquals(scratchBefore, rehearsalScratch(), "the scratch folder is deleted afterwards");
        assertEquals(site, snapshot(portal.resolve("public")), "no page written");
        assertEquals(caches, snapshot(portal.resolve(".diffpress")), "no cache entry made, removed or rewritten");

        // "changed" only once (as serve's watcher says once its await has taken the change): stopped for good
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        assertEquals(0, SiteBuilder.rehearse(config, session, () -> calls.incrementAndGet() == 4, 2), "stopped when a change comes");
        assertEquals(scratchBefore, rehearsalScratch(), "a stopped rehearsal deletes its scratch folder too");
        Thread.sleep(300);
        assertTrue(calls.get() <= 4 + Runtime.getRuntime().availableProcessors(),
                "no task of the stopped rehearsal goes on asking: " + calls.get() + " of " + asked.get() + " asks");
        assertEquals(site, snapshot(portal.resolve("public")));
        assertEquals(caches, snapshot(portal.resolve(".diffpress")));

        // A rebuild afterwards is as right as ever
        Files.writeString(portal.resolve("content/openai/2025-06-18.md"),
                Files.readString(portal.resolve("content/openai/2025-06-18.md")).replace("Highlights", "Highlights (after)"));
        build(session);
        assertTrue(Files.readString(portal.resolve("public/openai/2025-06-18/index.html")).contains("Highlights (after)"));
        assertSameAsColdBuild("a change after a rehearsal");
    }

    /** The rehearsals' scratch folders in the system's temporary folder. */
    private static java.util.Set<Path> rehearsalScratch() {
        try (java.util.stream.Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith("diffpress-rehearsal-"))
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Regular files under the folders of {@code now} that were not there {@code before}. */
    private static int filesUnder(java.util.Set<Path> now, java.util.Set<Path> before) {
        return filesUnder(now, before, p -> true);
    }

    /** As {@link #filesUnder(java.util.Set, java.util.Set)}, those with more than one name (hard links). */
    private static int linkedUnder(java.util.Set<Path> now, java.util.Set<Path> before) {
        return filesUnder(now, before, p -> {
            try {
                return (Integer) Files.getAttribute(p, "unix:nlink") > 1;
            } catch (IOException e) {
                return false; // deleted while looked at: the pass ended
            }
        });
    }

    private static int filesUnder(java.util.Set<Path> now, java.util.Set<Path> before, java.util.function.Predicate<Path> which) {
        int files = 0;
        for (Path folder : now) {
            if (before.contains(folder)) {
                continue;
            }
            try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
                files += (int) walk.filter(Files::isRegularFile).filter(which).count();
            } catch (IOException | java.io.UncheckedIOException e) {
                // deleted while walked: the rehearsal ended
            }
        }
        return files;
    }

    /**
     * With stable pagination a new report leaves every full page of every list as it was (not even rendered again),
     * where counting from the newest renders them all: the same addition, measured both ways.
     */
    @Test
    void aNewReportLeavesTheFullPagesOfStablePaginationAlone() throws IOException {
        Map<String, Integer> rendered = new TreeMap<>();
        for (String pagination : List.of("newest-first", "stable")) {
            Files.writeString(portal.resolve("site.yml"), "title: Incremental\nbaseURL: https://owner.github.io/repo/\n"
                    + "pageSize: 1\nhistoryPageSize: 1\npagination: " + pagination + "\n");
            Files.deleteIfExists(portal.resolve("content/openai/2025-06-23.md"));
            settle();
            build();
            Map<String, byte[]> before = files(portal.resolve("public"));
            Files.writeString(portal.resolve("content/openai/2025-06-23.md"),
                    resource("example-report.md").replace("date: '2025-06-21'", "date: '2025-06-23'"));
            settle();
            SiteBuilder.Stats stats = build();
            rendered.put(pagination, stats.pagesRendered());
            Map<String, byte[]> after = files(portal.resolve("public"));
            if (pagination.equals("stable")) {
                // five reports on pages of one: the front page and pages 1 to 4 before; then pages 1 to 3 kept, page 4
                // (its "newer" link now goes to page 5, not the front page) and the front page rewritten, and page 5 added;
                // the same for the history of a document every report changes, one change to a page
                for (String list : List.of("", "sections/openai/", "archive/2025/06/", "tags/openai/",
                        "files/articles/ai-services/openai/how-to/responses.md/")) {
                    for (int page = 1; page <= 3; page++) {
                        String path = list + "page/" + page + "/index.html";
                        assertTrue(before.containsKey(path), path);
                        assertTrue(Arrays.equals(before.get(path), after.get(path)), path + " kept its bytes");
                    }
                    assertFalse(before.containsKey(list + "page/5/index.html"));
                    assertTrue(new String(after.get(list + "page/5/index.html"), StandardCharsets.UTF_8)
                            .contains("openai/2025-06-22/"), "the front page's report moved to the new page " + list);
                }
            }
            assertSameAsColdBuild(pagination + ": one report added");
        }
        assertTrue(rendered.get("stable") + 12 <= rendered.get("newest-first"), "pages rendered: " + rendered);
    }

    @Test
    void buildsOfOneSessionKeepTheReportsInMemory() throws IOException {
        SiteBuilder.Session session = new SiteBuilder.Session();
        assertEquals(5, build(session).reportsParsed());
        deleteTree(portal.resolve(".diffpress/cache/content")); // the session does not read it again
        assertEquals(0, build(session).reportsRead(), "every report from the session");

        Path report = portal.resolve("content/openai/2025-06-19.md");
        Files.writeString(report, Files.readString(report).replace("Highlights", "Highlighted"));
        Files.writeString(portal.resolve("content/openai/2025-06-23.md"), Files.readString(report).replace("2025-06-19", "2025-06-23"));
        Files.delete(portal.resolve("content/openai/2025-06-20.md"));
        SiteBuilder.Stats stats = build(session);
        assertEquals(2, stats.reportsParsed(), "the edited and the new report");
        assertEquals(5, stats.reports());
        assertTrue(Files.readString(portal.resolve("public/openai/2025-06-19/index.html")).contains("Highlighted"));
        assertFalse(Files.exists(portal.resolve("public/openai/2025-06-20")));
        assertSameAsColdBuild("builds of one session");
        // Written just before the build that read them, the two are checked by their bytes once more (see FileStamp.settled).
        settle();
        SiteBuilder.Stats checked = build(session);
        assertEquals(2, checked.reportsRead());
        assertEquals(0, checked.reportsParsed(), "what the session read last is what it keeps");
        assertEquals(0, build(session).reportsRead());
        assertEquals(0, build().reportsRead(), "and what it saved, for the next process");
    }

    @Test
    void aReportEditedToTheSameSizeIsReadAgain() throws IOException {
        build();
        Path other = portal.resolve("public/openai/2025-06-18/index.html");
        Object otherInode = Files.readAttributes(other, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Path report = portal.resolve("content/openai/2025-06-20.md");
        String text = Files.readString(report);
        assertTrue(text.contains("Highlights"));
        Files.writeString(report, text.replaceFirst("Highlights", "Highlighte"));
        assertEquals(text.length(), Files.readString(report).length(), "the same size");
        Map<String, Object> cacheFiles = fileKeys(portal.resolve(".diffpress/cache/content"));
        SiteBuilder.Stats stats = build();
        Map<String, Object> cacheFilesAfter = fileKeys(portal.resolve(".diffpress/cache/content"));
        assertEquals(cacheFiles.keySet(), cacheFilesAfter.keySet());
        assertEquals(List.of(String.format("%02x.bin", ContentCache.shard("openai/2025-06-20.md"))),
                cacheFiles.keySet().stream().filter(f -> !cacheFiles.get(f).equals(cacheFilesAfter.get(f))).toList(),
                "only the content cache file that holds the edited report is written again");
        assertEquals(1, stats.reportsRead(), "only the edited report is read");
        assertEquals(1, stats.reportsParsed());
        assertTrue(Files.readString(portal.resolve("public/openai/2025-06-20/index.html")).contains("Highlighte"));
        // Pages that show the report are rendered again (its lists too: a theme may show bodies there), others are kept.
        assertTrue(stats.pagesRendered() < stats.pages(), "pages kept: " + stats);
        assertEquals(otherInode, Files.readAttributes(other, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "another report's page is kept as it was");
        assertSameAsColdBuild("a report edited");
    }

    @Test
    void aReportEditedToTheSameSizeWithItsOldModificationTimeIsReadAgain() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"), "needs ctime");
        build();
        Path report = portal.resolve("content/openai/2025-06-19.md");
        FileTime before = Files.getLastModifiedTime(report);
        Files.writeString(report, Files.readString(report).replaceFirst("Highlights", "Highlighte"));
        Files.setLastModifiedTime(report, before); // as a tool that restores times would: the change time still moves
        assertEquals(before, Files.getLastModifiedTime(report));
        assertEquals(1, build().reportsParsed());
        assertTrue(Files.readString(portal.resolve("public/openai/2025-06-19/index.html")).contains("Highlighte"));
        assertSameAsColdBuild("a report edited, its time restored");
    }

    @Test
    void aReportWrittenJustNowIsNotTrustedToTheCache() throws IOException {
        build();
        Path report = portal.resolve("content/openai/2025-06-18.md");
        Files.writeString(report, Files.readString(report).replaceFirst("Highlights", "Highlighte"));
        assertEquals(1, build().reportsParsed());
        SiteBuilder.Stats again = build();
        assertEquals(1, again.reportsRead(), "changed within the last seconds: read again, a same-second edit could follow");
        assertEquals(0, again.reportsParsed(), "its bytes are the ones parsed last time");
        Files.writeString(report, Files.readString(report).replaceFirst("Highlighte", "Highlightz"));
        assertEquals(1, build().reportsParsed(), "a same-second edit to the same size is found");
        assertTrue(Files.readString(portal.resolve("public/openai/2025-06-18/index.html")).contains("Highlightz"));
        settle();
        build();
        assertEquals(0, build().reportsRead());
        assertSameAsColdBuild("a recent report");
    }

    /**
     * The content folder may be a link (reports kept in another folder): its reports are read, named from content/.
     * Hidden files and hidden folders of its root are not reports, nor are other files.
     */
    @Test
    void aContentFolderThatIsALinkIsReadWhereItLeads() throws IOException {
        String example = resource("example-report.md");
        Files.createDirectories(portal.resolve("content/.drafts"));
        Files.writeString(portal.resolve("content/.drafts/2025-06-23.md"), example);
        Files.writeString(portal.resolve("content/.2025-06-24.md"), example);
        Files.writeString(portal.resolve("content/openai/.2025-06-25.md"), example);
        Files.writeString(portal.resolve("content/openai/2025-06-26.md.txt"), example);
        Path elsewhere = dir.resolve("reports");
        Files.move(portal.resolve("content"), elsewhere);
        Files.createSymbolicLink(portal.resolve("content"), elsewhere);
        ContentLoader.Content content = ContentLoader.load(portal.resolve("content"), ContentCache.none());
        assertEquals(List.of("openai/2025-06-18.md", "openai/2025-06-19.md", "openai/2025-06-20.md", "openai/2025-06-21.md",
                "openai/2025-06-22.md"), content.reports().stream().map(io.diffpress.content.ReportDocument::source).sorted().toList());
    }

    @Test
    void aReportChangedAfterItWasReadFailsTheBuildRatherThanMixingVersions() throws IOException {
        for (boolean settled : new boolean[]{false, true}) {
            if (settled) {
                settle();
            }
            ContentLoader.Content content = ContentLoader.load(portal.resolve("content"), ContentCache.none());
            Path report = portal.resolve("content/openai/2025-06-21.md");
            String text = Files.readString(report);
            Files.writeString(report, text.replaceFirst("Highlights", settled ? "Highlighte" : "Highlightz"));
            io.diffpress.content.ReportDocument doc = content.reports().stream()
                    .filter(d -> d.source().equals("openai/2025-06-21.md")).findFirst().orElseThrow();
            io.diffpress.DiffpressException e = org.junit.jupiter.api.Assertions.assertThrows(io.diffpress.DiffpressException.class, doc::body);
            assertTrue(e.getMessage().contains("content/openai/2025-06-21.md: changed while the site was being built"), e.getMessage());
            Files.writeString(report, text);
        }
    }

    @Test
    void theContentCacheKeepsTheProseByItsDigestAndTheSearchMakesItAgainFromTheBody() throws IOException {
        build();
        String prose = "SMS notifications"; // a phrase of an Explanation: prose, in no front matter or table row
        assertTrue(Files.readString(portal.resolve("public/search/" + firstIndexPart())).contains("\"sm\""),
                "the word is indexed (stemmed as lunr does)");
        try (Stream<Path> cache = Files.list(portal.resolve(".diffpress/cache/content"))) {
            for (Path shard : cache.toList()) {
                assertFalse(new String(Files.readAllBytes(shard), StandardCharsets.UTF_8).contains(prose),
                        shard + " holds the prose, not only its digest");
            }
        }
        Map<String, byte[]> before = files(portal.resolve("public"));
        deleteTree(portal.resolve(".diffpress/cache/search"));
        SiteBuilder.Stats rebuilt = build();
        assertEquals(0, rebuilt.reportsRead(), "every report from the content cache, its prose by digest");
        try (Stream<Path> parts = Files.list(portal.resolve(".diffpress/cache/search"))) {
            assertTrue(parts.findAny().isPresent(), "the parts were built again");
        }
        Map<String, byte[]> after = files(portal.resolve("public"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, after.get(path)), path + " changed"));
        assertSameAsColdBuild("the search cache deleted");
    }

    @Test
    void proseKnownByItsDigestIsMadeFromTheBodyOnlyIfThatIsTheBodyItWasMadeFrom() throws IOException {
        build();
        ContentCache cache = ContentCache.in(portal);
        ContentLoader.Content content = ContentLoader.load(portal.resolve("content"), cache);
        assertEquals(0, content.read(), "every report from the cache");
        String source = "openai/2025-06-21.md";
        io.diffpress.content.ReportDocument doc = content.reports().stream()
                .filter(d -> d.source().equals(source)).findFirst().orElseThrow();
        assertEquals(ReportProse.of(doc.body()), content.prose().get(source).text(), "made again from the body");

        Path report = portal.resolve("content/" + source);
        String text = Files.readString(report);
        assertTrue(text.contains("SMS notifications"));
        Files.writeString(report, text.replace("SMS notifications", "SMS alerts"));
        io.diffpress.DiffpressException e = org.junit.jupiter.api.Assertions.assertThrows(io.diffpress.DiffpressException.class,
                () -> content.prose().get(source).text());
        assertTrue(e.getMessage().contains("content/" + source + ": changed while the site was being built"), e.getMessage());
        Files.writeString(report, text);

        ProseText unbound = ProseText.digest(new byte[32]);
        assertThrows(IllegalStateException.class, unbound::text, "a digest bound to no body has no text");
    }

    private String firstIndexPart() throws IOException {
        try (Stream<Path> list = Files.list(portal.resolve("public/search"))) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("index") && n.endsWith(".json"))
                    .sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void anEditedThemeTemplateRendersEveryPageItShapes() throws IOException {
        SiteBuilder.Stats first = build();
        Files.createDirectories(portal.resolve("themes/default"));
        Files.writeString(portal.resolve("themes/default/report.peb"), builtIn("themes/default/report.peb")
                .replace("<article class=\"report\">", "<article class=\"report edited\">"));
        SiteBuilder.Stats stats = build();
        assertEquals(first.pages(), stats.pagesRendered(), "a theme file is part of every page's fingerprint");
        assertTrue(Files.readString(portal.resolve("public/openai/2025-06-21/index.html")).contains("report edited"));
        assertSameAsColdBuild("a theme template edited");
    }

    @Test
    void aThemeFolderThatIsALinkIsFollowedToItsTemplates() throws IOException {
        Path shared = dir.resolve("shared-theme");
        Files.createDirectories(shared);
        Files.writeString(shared.resolve("report.peb"), builtIn("themes/default/report.peb"));
        Files.createDirectories(portal.resolve("themes"));
        Files.createSymbolicLink(portal.resolve("themes/default"), shared);
        SiteBuilder.Stats first = build();
        Files.writeString(shared.resolve("report.peb"), builtIn("themes/default/report.peb")
                .replace("<article class=\"report\">", "<article class=\"report linked\">"));
        SiteBuilder.Stats stats = build();
        assertTrue(stats.pagesRendered() >= 5, "the five report pages at least: " + stats.pagesRendered() + " of " + first.pages());
        assertTrue(Files.readString(portal.resolve("public/openai/2025-06-21/index.html")).contains("report linked"));
    }

    private static String builtIn(String name) throws IOException {
        try (InputStream in = IncrementalBuildTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The render cache's entries, by file name. */
    private List<Path> renderEntries() throws IOException {
        try (Stream<Path> walk = Files.walk(portal.resolve(".diffpress/cache/render"))) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Each render cache entry is the file of a report page of the live site (the four copies of the example share one). */
    private void assertEntriesAreReportPages(String after) throws IOException {
        List<Path> entries = renderEntries();
        assertEquals(2, entries.size(), after + ": one entry per body: " + entries);
        java.util.Set<Object> pages = new java.util.HashSet<>();
        for (int day = 18; day <= 22; day++) {
            pages.add(Files.readAttributes(portal.resolve("public/openai/2025-06-" + day + "/index.html"),
                    java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }
        assumeTrue(!pages.contains(null), "a file system with file keys");
        for (Path entry : entries) {
            Object key = Files.readAttributes(entry, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            String[] name = entry.getFileName().toString().split("\\.");
            assertTrue(Long.parseLong(name[1]) > 0, after + ": the body lies after the page's header: " + entry.getFileName());
            assertTrue(pages.contains(key), after + ": an entry is a report page's own file: " + entry.getFileName());
        }
    }

    @Test
    void aBodyIsCachedAsASliceOfItsOwnPageNotWrittenTwice() throws IOException {
        build();
        assertEntriesAreReportPages("a build from nothing");
        Path page = portal.resolve("public/openai/2025-06-18/index.html");

        // The title changes every page but no body: each page is rendered again from the bodies in the pages before
        Files.writeString(portal.resolve("site.yml"), Files.readString(portal.resolve("site.yml")).replace("Incremental", "Renamed"));
        build();
        assertTrue(Files.readString(page).contains("Renamed"));
        assertEntriesAreReportPages("pages rendered again from cached bodies: the entries follow them to the new pages");
        assertSameAsColdBuild("the title changed, bodies taken from the pages before");
    }

    @Test
    void aPageEditedInPlaceIsNotTakenAsItsBody() throws IOException {
        build();
        // the example's body, in the page its entry is: written into that same file, as an editor that keeps hard
        // links writes, so the entry sees the edit
        Path entry = renderEntries().stream().filter(p -> p.getFileName().toString().split("\\.")[2].length() > 4)
                .findFirst().orElseThrow();
        String html = Files.readString(entry);
        assertTrue(html.contains("Highlights"));
        try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(entry, java.nio.file.StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap(html.replace("Highlights", "Hacked!!!!").getBytes(StandardCharsets.UTF_8)));
        }
        Files.writeString(portal.resolve("site.yml"), Files.readString(portal.resolve("site.yml")).replace("Incremental", "Renamed"));
        build();
        for (int day = 18; day <= 21; day++) {
            String rebuilt = Files.readString(portal.resolve("public/openai/2025-06-" + day + "/index.html"));
            assertFalse(rebuilt.contains("Hacked!!!!"), "the edited body is rendered again, not copied");
            assertTrue(rebuilt.contains("Highlights") && rebuilt.contains("Renamed"));
        }
        assertSameAsColdBuild("a page edited in place");
    }

    @Test
    void aThemeThatChangesTheBodyGetsEntriesOfTheirOwn() throws IOException {
        Files.createDirectories(portal.resolve("themes/default"));
        Files.writeString(portal.resolve("themes/default/report.peb"), builtIn("themes/default/report.peb")
                .replace("{{ bodyHtml | raw }}", "{{ bodyHtml | replace({'<h2': '<h2 class=\"x\"'}) | raw }}"));
        build();
        assertTrue(Files.readString(portal.resolve("public/openai/2025-06-18/index.html")).contains("<h2 class=\"x\""));
        List<Path> entries = renderEntries();
        assertEquals(2, entries.size());
        for (Path entry : entries) {
            String[] name = entry.getFileName().toString().split("\\.");
            assertEquals("0", name[1], "a body not found in its page is kept alone: " + entry.getFileName());
            assertEquals(Long.parseLong(name[2]), Files.size(entry));
        }
        Files.writeString(portal.resolve("site.yml"), Files.readString(portal.resolve("site.yml")).replace("Incremental", "Renamed"));
        build();
        assertSameAsColdBuild("a theme that changes the body, rebuilt from the cache");
    }

    @Test
    void aChangedSiteSettingReachesEveryPage() throws IOException {
        build();
        Files.writeString(portal.resolve("site.yml"), Files.readString(portal.resolve("site.yml")).replace("Incremental", "Renamed"));
        build();
        assertTrue(Files.readString(portal.resolve("public/openai/2025-06-18/index.html")).contains("Renamed"));
        assertSameAsColdBuild("the title changed");
        Files.writeString(portal.resolve("site.yml"), Files.readString(portal.resolve("site.yml")).replace("pageSize: 2", "pageSize: 3"));
        build();
        assertSameAsColdBuild("the page size changed");
    }

    @Test
    void aDeletedReportLeavesNoTrace() throws IOException {
        build();
        Files.delete(portal.resolve("content/openai/2025-06-20.md"));
        build();
        assertFalse(Files.exists(portal.resolve("public/openai/2025-06-20/index.html")));
        assertFalse(Files.readString(portal.resolve("public/openai/2025-06-21/index.html")).contains("2025-06-20/"),
                "its neighbours no longer link to it");
        assertSameAsColdBuild("a report deleted");
    }

    @Test
    void aReportTouchedButNotChangedIsCheckedByItsBytesNotParsed() throws IOException {
        build();
        Path report = portal.resolve("content/openai/2025-06-21.md");
        Files.setLastModifiedTime(report, FileTime.fromMillis(System.currentTimeMillis()));
        SiteBuilder.Stats stats = build();
        assertEquals(1, stats.reportsRead());
        assertEquals(0, stats.reportsParsed());
        assertEquals(0, stats.pagesRendered());
    }

    @Test
    void aLostOrDamagedCacheGivesTheSameSite() throws IOException {
        build();
        Map<String, byte[]> before = files(portal.resolve("public"));
        deleteTree(portal.resolve(".diffpress/cache"));
        SiteBuilder.Stats lost = build();
        assertEquals(5, lost.reportsParsed());
        assertEquals(before.keySet(), files(portal.resolve("public")).keySet());
        assertSameAsColdBuild("the cache deleted");

        List<Path> shards;
        try (Stream<Path> list = Files.list(portal.resolve(".diffpress/cache/content"))) {
            shards = list.filter(p -> p.toString().endsWith(".bin")).toList();
        }
        assertTrue(shards.size() > 1, "the reports are spread over several files: " + shards);
        Map<Path, byte[]> saved = new HashMap<>();
        for (Path shard : shards) {
            byte[] bytes = Files.readAllBytes(shard);
            saved.put(shard, bytes.clone());
            bytes[bytes.length / 2] ^= 0x55; // one flipped byte: the CRC refuses the file
            Files.write(shard, bytes);
        }
        // a temporary file a build that failed left (its disk full) is cleared by the next one that saves the cache
        Path leftover = Files.writeString(shards.get(0).resolveSibling(shards.get(0).getFileName() + ".tmp"), "half");
        assertEquals(5, build().reportsParsed(), "a damaged cache is an empty one");
        assertFalse(Files.exists(leftover), "the leftover temporary file is removed");
        for (Path shard : shards) {
            Files.write(shard, Arrays.copyOf(saved.get(shard), saved.get(shard).length / 3));
        }
        assertEquals(5, build().reportsParsed(), "so is a truncated one");
        Path one = shards.get(0);
        Files.write(one, Arrays.copyOf(saved.get(one), saved.get(one).length - 1));
        int parsed = build().reportsParsed();
        assertTrue(parsed > 0 && parsed < 5, "a damaged file costs only its own reports: " + parsed);
        assertSameAsColdBuild("the cache damaged");

        // The previous site, whose fingerprints the pages are kept by, can be lost too.
        deleteTree(portal.resolve("public"));
        SiteBuilder.Stats fresh = build();
        assertEquals(fresh.pages(), fresh.pagesRendered());
        assertSameAsColdBuild("the site deleted");
    }

    /** The file key (inode) of each file in {@code dir}, by name: a file replaced by a rename gets a new one. */
    private static Map<String, Object> fileKeys(Path dir) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                keys.put(p.getFileName().toString(),
                        Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
