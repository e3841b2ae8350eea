package io.diffpress.site;

import io.diffpress.testing.LocalizedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build in a new process after one that changed nothing renders no page: every key of the caches is made the same in
 * every JVM. A key made from a {@code Map.of}'s text (whose order is drawn anew in each JVM) had every page rendered again
 * on every build, 22 s instead of 4 on the site benchmark, which no build in one JVM could show.
 */
class RebuildInAnotherProcessTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessRendersNothing() throws Exception {
        Path config = LocalizedPortal.create(dir, "ja_JP");
        String first = build(config, "first.log");
        assertTrue(first.contains(" rendered)"), first);
        String second = build(config, "second.log");
        assertTrue(second.matches("(?s).*phase pages \\(0 of \\d+ rendered\\).*"), "a rebuild in another JVM rendered pages:\n" + second);
    }

    private String build(Path config, String log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Ddiffpress.phases", "-cp", System.getProperty("java.class.path"),
                "io.diffpress.cli.Main", "build", "--quiet", "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the build ended");
        String out = Files.readString(dir.resolve(log));
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}
