package io.diffpress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What wakes serve: changes to reports, themes and site.yml, including in folders made later; not the output. */
class ChangeWatcherTest {

    @TempDir
    Path portal;

    @Test
    void changesUnderTheWatchedFoldersAndToTheFileWakeItAndTheOutputDoesNot() throws IOException, InterruptedException {
        Path config = Files.writeString(portal.resolve("site.yml"), "title: x\n");
        Path content = Files.createDirectories(portal.resolve("content/openai"));
        Files.createDirectories(portal.resolve("public"));
        try (ChangeWatcher watcher = new ChangeWatcher(config, List.of(portal.resolve("content"), portal.resolve("themes")))) {
            assumeTrue(watcher.notified(), "this file system gives no change notifications");
            assertFalse(watcher.await(300), "nothing changed");

            Files.writeString(content.resolve("2025-06-21.md"), "---\n");
            assertTrue(watcher.await(5000), "a new report");
            assertFalse(watcher.await(300), "one change wakes it once");

            Files.writeString(portal.resolve("public/index.html"), "the site");
            Files.createDirectories(portal.resolve(".diffpress/cache"));
            assertFalse(watcher.await(500), "the output and the cache are not watched");

            Files.writeString(config, "title: y\n");
            assertTrue(watcher.await(5000), "site.yml");

            Path later = Files.createDirectories(portal.resolve("content/speech"));
            assertTrue(watcher.await(5000), "a new section folder");
            Files.writeString(later.resolve("2025-06-22.md"), "---\n");
            assertTrue(watcher.await(5000), "a report in a folder made after the watch began");

            Files.createDirectories(portal.resolve("themes"));
            assertTrue(watcher.await(5000), "the themes folder, missing at first");
            Files.createDirectories(portal.resolve("themes/mine"));
            assertTrue(watcher.await(5000), "a theme in it");
            Files.writeString(portal.resolve("themes/mine/base.peb"), "x");
            assertTrue(watcher.await(5000), "a template of it");
        }
    }

    @Test
    void aChangeSeenWithoutWaitingIsKeptForTheNextAwait() throws IOException, InterruptedException {
        Path config = Files.writeString(portal.resolve("site.yml"), "title: x\n");
        Path content = Files.createDirectories(portal.resolve("content/openai"));
        try (ChangeWatcher watcher = new ChangeWatcher(config, List.of(portal.resolve("content")))) {
            assumeTrue(watcher.notified(), "this file system gives no change notifications");
            assertFalse(watcher.changed(), "nothing changed");
            Files.writeString(content.resolve("2025-06-21.md"), "---\n");
            long until = System.nanoTime() + 5_000_000_000L;
            while (!watcher.changed() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertTrue(watcher.changed(), "seen without waiting, and still said until an await takes it");
            assertTrue(watcher.await(0), "await takes it at once");
            assertFalse(watcher.changed(), "taken");
            assertFalse(watcher.await(300), "once");
        }
    }
}
