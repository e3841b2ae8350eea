package io.diffpress.publish;

import io.diffpress.DiffpressException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

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
    void unsafeOutputPathsAreRefused() {
        for (String path : new String[]{"../x", "/etc/passwd", "a/../../x", "a//b", ".", "a\\b", "x\0y", "dir/"}) {
            assertThrows(IllegalArgumentException.class, () -> OutputFile.text(path, ""), path);
        }
        Publisher publisher = new Publisher(dir.resolve("public"));
        assertThrows(DiffpressException.class, () -> publisher.publish(List.of(OutputFile.text(".diffpress-output", "x"))));
        assertThrows(DiffpressException.class, () -> publisher.publish(List.of(OutputFile.text("a", "1"), OutputFile.text("a", "2"))));
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
