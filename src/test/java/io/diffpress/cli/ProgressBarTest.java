package io.diffpress.cli;

import io.diffpress.Diffpress;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressBarTest {

    @Test
    void showsRangesAndFilesPerSecond() {
        assertEquals("[###############               ] 5/10 ranges, 300 files, 150 files/s",
                ProgressBar.line(new Diffpress.Progress(5, 10, 300), 2.0));
        assertEquals("[##############################] 0/0 ranges, 0 files, 0 files/s",
                ProgressBar.line(new Diffpress.Progress(0, 0, 0), 0));
    }
}
