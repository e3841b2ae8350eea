package io.diffpress.publish;

import io.diffpress.DiffpressException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublisherTest {

    @TempDir
    Path dir;

    @Test
    void unchangedFilesAreNotRewrittenAndUserFilesAreKept() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "one"), OutputFile.text("a/index.html", "a")));
        Files.setLastModifiedTime(out.resolve("a/index.html"), FileTime.fromMillis(1_000_000));
        Files.writeString(out.resolve("CNAME"), "docs.example.com\n");

        Publisher.Result result = publisher.publish(List.of(OutputFile.text("index.html", "two"), OutputFile.text("a/index.html", "a")));
        assertEquals(1, result.written());
        assertEquals(1, result.unchanged());
        assertEquals(List.of("CNAME"), result.keptUserFiles());
        assertEquals(1_000_000, Files.getLastModifiedTime(out.resolve("a/index.html")).toMillis(), "unchanged page untouched");
        assertEquals("two", Files.readString(out.resolve("index.html")));
        assertEquals("docs.example.com\n", Files.readString(out.resolve("CNAME")));

        // A page the build no longer makes goes away; the user's file stays.
        publisher.publish(List.of(OutputFile.text("index.html", "three")));
        assertFalse(Files.exists(out.resolve("a/index.html")));
        assertTrue(Files.exists(out.resolve("CNAME")));
        assertFalse(Files.exists(dir.resolve(".public.staging")));
        assertFalse(Files.exists(dir.resolve(".public.old")));
    }

    @Test
    void aBuiltFileAPersonEditedInPlaceIsMadeAgainEvenAtTheSameSize() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "one"), OutputFile.text("a/index.html", "page")));
        Files.writeString(out.resolve("a/index.html"), "PAGE"); // same size, other bytes

        Publisher.Result result = publisher.publish(List.of(OutputFile.text("index.html", "one"), OutputFile.text("a/index.html", "page")));
        assertEquals("page", Files.readString(out.resolve("a/index.html")), "the build's bytes, not the edit");
        assertEquals(1, result.written());
        assertEquals(1, result.unchanged(), "the page whose live bytes are the build's is kept");
        assertEquals(List.of(), result.keptUserFiles(), "a file the build writes is not a person's file");
    }

    @Test
    void aFileIsComparedWithTheBytesWhateverTheirLength() throws IOException {
        byte[] big = new byte[200_000]; // longer than the buffer it is read into, and not a multiple of it
        new java.util.Random(7).nextBytes(big);
        Path file = dir.resolve("f");
        Files.write(file, big);
        assertTrue(Publisher.sameBytes(file, big.clone()));
        byte[] other = big.clone();
        other[150_000] ^= 1;
        assertFalse(Publisher.sameBytes(file, other), "one bit apart, past the first piece read");
        assertFalse(Publisher.sameBytes(file, java.util.Arrays.copyOf(big, big.length - 1)), "the file is longer");
        assertFalse(Publisher.sameBytes(file, java.util.Arrays.copyOf(big, big.length + 1)), "the file is shorter");
        Files.write(file, new byte[0]);
        assertTrue(Publisher.sameBytes(file, new byte[0]));
    }

    /**
     * Found by a trial: a page not made again (its inputs' fingerprint the same) was taken from the live site by its size,
     * so an edit in place that kept the size stayed for good. A file modified after the build that made it is made again.
     */
    @Test
    void aPageEditedInPlaceAfterTheBuildIsNotTakenUnread() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        try (Publisher.Staging staging = publisher.begin()) {
            staging.write(OutputFile.text("a/index.html", "page"), "fp-a");
            staging.write(OutputFile.text("b/index.html", "kept"), "fp-b");
            staging.commit();
        }
        Path page = out.resolve("a/index.html");
        Files.writeString(page, "PAGE");
        java.nio.file.attribute.FileTime built = Files.getLastModifiedTime(out.resolve(Publisher.MARKER));
        Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(built.toMillis() + 5000));
        try (Publisher.Staging staging = publisher.begin()) {
            assertFalse(staging.reuse("a/index.html", "fp-a"), "edited after the build: made again");
            assertTrue(staging.reuse("b/index.html", "fp-b"), "untouched since: taken as it is");
            staging.write(OutputFile.text("a/index.html", "page"), "fp-a");
            staging.commit();
        }
        assertEquals("page", Files.readString(page));
    }

    @Test
    void aMarkerWrittenWithDigestsBeforeIsStillRead() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "one")));
        try (Publisher.Staging staging = publisher.begin()) {
            staging.write(OutputFile.text("a/index.html", "page"), "fp-a");
            staging.commit();
        }
        Path marker = out.resolve(Publisher.MARKER);
        List<String> lines = Files.readAllLines(marker);
        assertTrue(lines.contains("a/index.html\t4\tfp-a"), "path, bytes, fingerprint: " + lines);
        // the marker of a version that put a SHA-256 after the path: its sizes and fingerprints still count
        Files.writeString(marker, "# an older marker\na/index.html\t" + "0".repeat(64) + "\t4\tfp-a\n");
        try (Publisher.Staging staging = publisher.begin()) {
            assertTrue(staging.reuse("a/index.html", "fp-a"), "the page of the same inputs is taken from the live site");
            assertFalse(staging.reuse("index.html", "fp-a"), "a path the marker does not name is made");
            Publisher.Result result = staging.commit();
            assertEquals(1, result.unchanged());
        }
        assertEquals("page", Files.readString(out.resolve("a/index.html")));
    }

    @Test
    void theSiteBeforeIsUpdatedInPlaceAndWhatItHoldsNeverLeaksIntoTheNewSite() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "one"), OutputFile.text("a/index.html", "a"),
                OutputFile.text("b/x.txt", "b")));
        publisher.publish(List.of(OutputFile.text("index.html", "two"), OutputFile.text("a/index.html", "a")));
        Path spare = dir.resolve(".public.previous");
        assertTrue(Files.isDirectory(spare), "the site before is kept to be the next staging folder");
        assertEquals("one", Files.readString(spare.resolve("index.html")));
        Object keptPage = Files.readAttributes(out.resolve("a/index.html"), BasicFileAttributes.class).fileKey();

        // What a killed build might leave in the staging folder: stray and wrong files, a file where a folder goes.
        Files.writeString(spare.resolve("stray.html"), "stray");
        Files.delete(spare.resolve("a/index.html"));
        Files.writeString(spare.resolve("a/index.html"), "wrong");
        Files.writeString(spare.resolve("d"), "a file where a folder goes");
        Files.createDirectories(spare.resolve("e/f")); // empty folders, nested
        Files.createDirectories(spare.resolve("g/h"));
        Files.writeString(spare.resolve("g/h/stale.txt"), "a folder that only stale files keep");
        Files.createDirectories(spare.resolve("a/old/older"));
        Files.writeString(spare.resolve("a/old/older/stale.txt"), "stale, beside a page that stays");
        Files.move(spare, dir.resolve(".public.staging"));

        Publisher.Result result = publisher.publish(List.of(OutputFile.text("index.html", "three"),
                OutputFile.text("a/index.html", "a"), OutputFile.text("d/index.html", "d")));
        assertEquals(2, result.written());
        assertEquals(1, result.unchanged());
        assertEquals(Map.of("index.html", "three", "a/index.html", "a", "d/index.html", "d"), texts(out));
        assertEquals(keptPage, Files.readAttributes(out.resolve("a/index.html"), BasicFileAttributes.class).fileKey(),
                "the unchanged page is the previous site's file");
        assertEquals("two", Files.readString(spare.resolve("index.html")), "the live site was never written into");
        assertFalse(Files.exists(dir.resolve(".public.staging")));
        for (String gone : List.of("b", "e", "g", "a/old")) {
            assertFalse(Files.exists(out.resolve(gone)), gone + ": a folder left empty is removed");
        }
    }

    @Test
    void aFileAPersonAddedAndThenDeletedDoesNotComeBackFromTheTreePutAside() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "1"), OutputFile.text("a/b/index.html", "a")));
        Files.writeString(out.resolve("mine.txt"), "a person's file");
        Publisher.Result second = publisher.publish(List.of(OutputFile.text("index.html", "2"), OutputFile.text("c/index.html", "c")));
        assertEquals(List.of("mine.txt"), second.keptUserFiles());
        Path listing = dir.resolve(".public.previous").resolve(Publisher.LISTING);
        assertTrue(Files.isRegularFile(listing), "the swap lists what the tree it puts aside holds");
        assertTrue(Files.readAllLines(listing).containsAll(List.of("mine.txt", "a/b/index.html", "index.html")));

        Files.delete(out.resolve("mine.txt")); // the person takes it back
        Publisher.Result third = publisher.publish(List.of(OutputFile.text("index.html", "3"), OutputFile.text("d/e/index.html", "d")));
        assertEquals(List.of(), third.keptUserFiles());
        assertEquals(Map.of("index.html", "3", "d/e/index.html", "d"), texts(out));
        assertFalse(Files.exists(out.resolve("a")), "a folder left empty is removed");
        assertFalse(Files.exists(out.resolve(Publisher.LISTING)));
    }

    /** A person's file where a build puts a new page (a tag page made later, say): the page wins, and it is said. */
    @Test
    void aPersonsFileThatANewPageReplacesIsNamedAndDoesNotComeBack() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "1")));
        Files.createDirectories(out.resolve("tags/quota"));
        Files.writeString(out.resolve("tags/quota/index.html"), "PERSONAL");
        assertEquals(List.of("tags/quota/index.html"), publisher.publish(List.of(OutputFile.text("index.html", "2"))).keptUserFiles());

        Publisher.Result replaced = publisher.publish(List.of(OutputFile.text("index.html", "3"), OutputFile.text("tags/quota/index.html", "page")));
        assertEquals(List.of(), replaced.keptUserFiles());
        assertEquals(1, replaced.warnings().size(), replaced.warnings().toString());
        assertTrue(replaced.warnings().get(0).contains("a page of the site now takes the place of your file tags/quota/index.html in "
                + out + "; move your file elsewhere (a copy stays in " + dir.resolve(".public.previous/tags/quota/index.html")),
                replaced.warnings().get(0));
        assertEquals("page", Files.readString(out.resolve("tags/quota/index.html")));

        // the page goes away again: the file it replaced does not come back from the tree put aside
        Publisher.Result after = publisher.publish(List.of(OutputFile.text("index.html", "4")));
        assertEquals(List.of(), after.warnings());
        publisher.publish(List.of(OutputFile.text("index.html", "5")));
        assertEquals(Map.of("index.html", "5"), texts(out));
    }

    @Test
    void aPersonsFilesAreFoundAnywhereButLinksAreNotFollowed() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "1"), OutputFile.text("a/b/index.html", "ab"),
                OutputFile.text("c/index.html", "c")));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "not the site's");
        Files.writeString(outside.resolve("index.html"), "has the name of the page the link stands for");
        Files.writeString(out.resolve("a/b/notes.txt"), "beside a page");          // in a build's folder
        Files.createDirectories(out.resolve("mine/deeper"));
        Files.writeString(out.resolve("mine/deeper/x.txt"), "in a person's folder");  // in a person's folders
        Files.createSymbolicLink(out.resolve("mine/link"), outside);                // a link to a folder outside
        Files.createSymbolicLink(out.resolve("a/secret.txt"), outside.resolve("secret.txt")); // a link to a file
        Path page = out.resolve("c/index.html");
        Files.delete(page);
        Files.delete(out.resolve("c"));
        Files.createSymbolicLink(out.resolve("c"), outside); // a link where the build's folder was

        Publisher.Result result = publisher.publish(List.of(OutputFile.text("index.html", "2"), OutputFile.text("a/b/index.html", "ab")));
        assertEquals(List.of("a/b/notes.txt", "mine/deeper/x.txt"), result.keptUserFiles());
        assertEquals(Map.of("index.html", "2", "a/b/index.html", "ab", "a/b/notes.txt", "beside a page",
                "mine/deeper/x.txt", "in a person's folder"), texts(out), "nothing from outside the site comes in");
        assertEquals("not the site's", Files.readString(outside.resolve("secret.txt")));

        // The live tree with the link is now the one put aside: the next builds clean it without reaching through the link.
        publisher.publish(List.of(OutputFile.text("index.html", "3")));
        assertEquals(List.of("index.html", "secret.txt"), Files.list(outside).map(p -> p.getFileName().toString()).sorted().toList());
        publisher.publish(List.of(OutputFile.text("index.html", "4"), OutputFile.text("c/index.html", "c")));
        assertEquals(Map.of("index.html", "4", "c/index.html", "c", "a/b/notes.txt", "beside a page", "mine/deeper/x.txt", "in a person's folder"), texts(out));
        assertEquals(List.of("index.html", "secret.txt"), Files.list(outside).map(p -> p.getFileName().toString()).sorted().toList());
    }

    /** A link a person puts into the site is never carried over, on any build (it came back in every other one). */
    @Test
    void aLinkAPersonPutIntoTheSiteIsLeftOutOfEveryBuild() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "0")));
        Files.createSymbolicLink(out.resolve("mylink"), dir);
        Files.writeString(out.resolve("mine.txt"), "m");
        for (int build = 1; build <= 4; build++) {
            Publisher.Result result = publisher.publish(List.of(OutputFile.text("index.html", String.valueOf(build))));
            assertFalse(Files.exists(out.resolve("mylink"), java.nio.file.LinkOption.NOFOLLOW_LINKS), "build " + build);
            // the build that drops it says so, once (an audit: it went without a word)
            assertEquals(build == 1 ? List.of("publish: " + out.resolve("mylink") + " is a link (or another special file) put into"
                    + " the output folder, which is not carried over into the new site: links there are never followed; put a copy"
                    + " of what it leads to there instead") : List.of(), result.warnings(), "build " + build);
            assertEquals("m", Files.readString(out.resolve("mine.txt")), "build " + build);
        }
    }

    /** An empty folder a person makes in the site is left out of every build, not dropped and brought back in turns. */
    @Test
    void anEmptyFolderAPersonMakesIsLeftOutOfEveryBuild() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "0"), OutputFile.text("a/index.html", "a")));
        publisher.publish(List.of(OutputFile.text("index.html", "1"), OutputFile.text("a/index.html", "a")));
        Files.createDirectories(out.resolve("empty/deeper"));
        Files.createDirectories(out.resolve("a/mine"));
        Files.writeString(Files.createDirectories(out.resolve("kept")).resolve("notes.txt"), "n");
        for (int build = 2; build <= 6; build++) {
            Publisher.Result result = publisher.publish(List.of(OutputFile.text("index.html", String.valueOf(build)),
                    OutputFile.text("a/index.html", "a")));
            assertFalse(Files.exists(out.resolve("empty")), "build " + build);
            assertFalse(Files.exists(out.resolve("a/mine")), "build " + build);
            assertEquals(build == 2 ? List.of(
                    "publish: " + out.resolve("a/mine") + " is an empty folder put into the output folder, which is not carried over"
                            + " into the new site; put a file into it to keep it",
                    "publish: " + out.resolve("empty/deeper") + " is an empty folder put into the output folder, which is not carried"
                            + " over into the new site; put a file into it to keep it") : List.of(), result.warnings(), "build " + build);
            assertEquals("n", Files.readString(out.resolve("kept/notes.txt")), "build " + build);
            assertEquals(String.valueOf(build), Files.readString(out.resolve("index.html")));
        }
    }

    /** A folder of the live site a person replaced by a link: a page of the same size there is not taken from where it leads. */
    @Test
    void aPageIsNeverTakenThroughALinkedFolder() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "1"), OutputFile.text("assets/style.css", "body{}")));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("style.css"), "EEEEEE"); // the size of the page it stands for
        Files.delete(out.resolve("assets/style.css"));
        Files.delete(out.resolve("assets"));
        Files.createSymbolicLink(out.resolve("assets"), outside);

        publisher.publish(List.of(OutputFile.text("index.html", "2"), OutputFile.text("assets/style.css", "body{}")));
        assertFalse(Files.isSymbolicLink(out.resolve("assets")));
        assertEquals("body{}", Files.readString(out.resolve("assets/style.css")), "written anew, not linked to what the link led to");
        assertFalse(Files.isSameFile(out.resolve("assets/style.css"), outside.resolve("style.css")));
        assertEquals("EEEEEE", Files.readString(outside.resolve("style.css")));
    }

    /** Pages written from many threads into the same new folders, one of which a file of the tree put aside stands in. */
    @Test
    void pagesWrittenAtOnceIntoNewFoldersAreAllThere() throws Exception {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "1"), OutputFile.text("a", "a file where a folder will be")));
        publisher.publish(List.of(OutputFile.text("index.html", "2"))); // the site with the file "a" is put aside
        Map<String, String> expected = new TreeMap<>();
        expected.put("index.html", "3");
        for (int i = 0; i < 400; i++) {
            expected.put("a/b" + i % 5 + "/c" + i % 40 + "/p" + i + ".html", "page " + i);
        }
        try (Publisher.Staging staging = publisher.begin()) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<?>> writes = expected.entrySet().stream().map(e -> pool.submit(() -> {
                    start.await();
                    staging.write(OutputFile.text(e.getKey(), e.getValue()), "");
                    return null;
                })).collect(java.util.stream.Collectors.toList());
                start.countDown();
                for (java.util.concurrent.Future<?> w : writes) {
                    w.get();
                }
            } finally {
                pool.shutdown();
            }
            staging.commit();
        }
        assertTrue(Files.isDirectory(out.resolve("a"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals(expected, texts(out));
    }

    @Test
    void aListingThatIsNotWholeIsNotTrusted() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "1")));
        publisher.publish(List.of(OutputFile.text("index.html", "2")));
        Path spare = dir.resolve(".public.previous");
        Path listing = spare.resolve(Publisher.LISTING);
        List<String> lines = Files.readAllLines(listing);
        Files.write(listing, lines.subList(0, lines.size() - 1)); // cut before its last line
        Files.writeString(spare.resolve("stray.html"), "not listed");
        publisher.publish(List.of(OutputFile.text("index.html", "3")));
        assertEquals(Map.of("index.html", "3"), texts(out), "the tree is walked: the stray file goes");

        Files.write(spare.resolve(Publisher.LISTING), new byte[]{'a', (byte) 0xff, '\n'}); // not UTF-8
        Files.writeString(spare.resolve("stray.html"), "not listed");
        publisher.publish(List.of(OutputFile.text("index.html", "4")));
        assertEquals(Map.of("index.html", "4"), texts(out), "an unreadable list is not trusted either");
    }

    /** Every file of a site but the marker, with its text. */
    private static Map<String, String> texts(Path site) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = site.relativize(p).toString();
                if (!rel.equals(Publisher.MARKER)) {
                    texts.put(rel, Files.readString(p));
                }
            }
        }
        return texts;
    }

    @Test
    void aSiteLeftAsideByAKilledSwapIsRestored() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "good")));
        Files.move(out, dir.resolve(".public.old")); // as if killed between the two renames
        publisher.publish(List.of(OutputFile.text("index.html", "next")));
        assertEquals("next", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve(".public.old")));
    }

    @Test
    void noPageIsWrittenOnceTheBuildIsEnded() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "good")));
        Publisher.Staging staging = publisher.begin();
        staging.write(OutputFile.text("a/index.html", "half"), "");
        staging.close(); // a page failed: the build ends while other pages are still being rendered
        DiffpressException late = assertThrows(DiffpressException.class,
                () -> staging.write(OutputFile.text("b/index.html", "late"), ""));
        assertTrue(late.getMessage().contains("already ended"), late.getMessage());
        assertThrows(DiffpressException.class, () -> staging.reuse("index.html", "any"), "nor a page taken from the last site");
        assertFalse(Files.exists(dir.resolve(".public.staging")), "the staging tree is not made again");
        assertFalse(Files.exists(dir.resolve(".public.previous/b")), "nor written into where it was put aside");
        assertEquals("good", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aSwapThatFailsHalfWayPutsTheLastGoodSiteBack() throws IOException {
        Path out = dir.resolve("public");
        Publisher publisher = new Publisher(out);
        publisher.publish(List.of(OutputFile.text("index.html", "good")));
        Publisher.Staging staging = publisher.begin();
        staging.write(OutputFile.text("index.html", "next"), "");
        Files.move(out, dir.resolve(".public.old")); // the first rename of the swap happened, the second failed
        staging.close();
        assertEquals("good", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve(".public.old")));
    }

    @Test
    void unsafeOutputPathsAreRefused() {
        for (String path : new String[]{"../x", "/etc/passwd", "a/../../x", "a//b", ".", "a\\b", "x\0y", "dir/"}) {
            assertThrows(IllegalArgumentException.class, () -> OutputFile.text(path, ""), path);
        }
        Publisher publisher = new Publisher(dir.resolve("public"));
        assertThrows(DiffpressException.class, () -> publisher.publish(List.of(OutputFile.text(".diffpress-output", "x"))));
        DiffpressException twice = assertThrows(DiffpressException.class,
                () -> publisher.publish(List.of(OutputFile.text("a", "1"), OutputFile.text("a", "2"))));
        assertTrue(twice.getMessage().contains("two pages want the same output path a"), twice.getMessage());
        // one file where another needs a folder: which is left would depend on the order of the writes
        DiffpressException clash = assertThrows(DiffpressException.class, () -> publisher.publish(List.of(
                OutputFile.text("files/index.html", "documents"), OutputFile.text("files/index.html/index.html", "a document"),
                OutputFile.text("b/c", "1"), OutputFile.text("b/c/d/e", "2"))));
        assertTrue(clash.getMessage().contains("two pages want the same place: b/c is a file, and a folder of b/c/d/e"), clash.getMessage());
        assertFalse(Files.exists(dir.resolve("public/files")), "nothing published");
        // the pages' origins, where the builder knows them, are named with them
        Publisher.Staging staging = publisher.begin();
        staging.write(OutputFile.text("x/index.html", "a report"), "");
        staging.write(OutputFile.text("x/index.html/index.html", "a tag"), "");
        DiffpressException named = assertThrows(DiffpressException.class,
                () -> staging.commit(path -> path.equals("x/index.html") ? java.util.Optional.of("content/r.md") : java.util.Optional.empty()));
        assertTrue(named.getMessage().contains("two pages want the same place: x/index.html (the page of content/r.md) is a file,"
                + " and a folder of x/index.html/index.html (rename"), named.getMessage());
        staging.close();
        assertFalse(Files.exists(dir.resolve("public/x")), "nothing published");
    }

    @Test
    void aSecondRunOnTheSamePortalIsToldToWait() {
        try (PortalLock first = PortalLock.acquire(dir)) {
            DiffpressException e = assertThrows(DiffpressException.class, () -> PortalLock.acquire(dir));
            assertTrue(e.getMessage().contains("another diffpress run is working on this portal"), e.getMessage());
        }
        PortalLock.acquire(dir).close();
    }
}
