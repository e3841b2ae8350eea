package io.diffpress.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentStoreTest {

    @TempDir
    Path dir;

    @Test
    void theTemporaryFilesOfAKilledRunAreRemovedAndNothingElse() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("openai"));
        Path stale = content.resolve("openai/.diffpress-2025-06-21.md.4242.17.tmp");
        Files.writeString(stale, "half a report");
        Path report = content.resolve("openai/2025-06-21.md");
        Files.writeString(report, "---\ntitle: x\n---\n");
        Path theirs = content.resolve("openai/.notes.tmp");
        Files.writeString(theirs, "not ours");
        Path folder = content.resolve(".diffpress-folder.tmp"); // a folder of that name is not a temporary file
        Files.createDirectories(folder);
        Path alike = content.resolve("openai/.diffpress-backup.tmp"); // a person's file named alike: not one of ours
        Files.writeString(alike, "user data");

        assertEquals(1, new ContentStore(content).removeLeftovers());
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(report) && Files.exists(theirs) && Files.isDirectory(folder) && Files.exists(alike));
        assertEquals(0, new ContentStore(content).removeLeftovers());
        assertEquals(0, new ContentStore(dir.resolve("missing")).removeLeftovers(), "no reports folder yet");
    }
}
