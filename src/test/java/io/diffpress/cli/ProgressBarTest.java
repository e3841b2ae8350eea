package io.diffpress.cli;

import io.diffpress.Diffpress;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressBarTest {

    @Test
    void drawsOnlyWhenStandardErrorIsATerminal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path tty = java.nio.file.Files.createSymbolicLink(dir.resolve("tty"), java.nio.file.Path.of("/dev/pts/3"));
        java.nio.file.Path log = java.nio.file.Files.createSymbolicLink(dir.resolve("log"), dir.resolve("generate.log"));
        org.junit.jupiter.api.Assertions.assertTrue(ProgressBar.isTerminal(tty));
        org.junit.jupiter.api.Assertions.assertFalse(ProgressBar.isTerminal(log));
        // Under the test runner standard error is a pipe or a file, and --quiet always silences the bar.
        org.junit.jupiter.api.Assertions.assertFalse(ProgressBar.forTerminal(false) instanceof ProgressBar);
        org.junit.jupiter.api.Assertions.assertFalse(ProgressBar.forTerminal(true) instanceof ProgressBar);
    }

    @Test
    void showsRangesAndFilesPerSecond() {
        assertEquals("[###############               ] 5/10 ranges, 300 files, 150 files/s",
                ProgressBar.line(new Diffpress.Progress(5, 10, 300), 2.0));
        assertEquals("[##############################] 0/0 ranges, 0 files, 0 files/s",
                ProgressBar.line(new Diffpress.Progress(0, 0, 0), 0));
        assertEquals("[##############################] 1/1 ranges, 1 file, 1 files/s",
                ProgressBar.line(new Diffpress.Progress(1, 1, 1), 1.0), "one file is a file");
    }
}
