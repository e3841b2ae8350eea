package io.diffpress.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build stopped by a signal (Ctrl-C, {@code kill}) in the instant between the two renames of its swap finishes the
 * swap before its JVM ends: the output folder is never left missing.
 */
class SwapStoppedBySignalTest {

    @TempDir
    Path dir;

    /** Publishes site "one", then site "two" with a pause between the swap's renames, where the test stops it. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path between = Path.of(args[1]);
        new Publisher(out).publish(List.of(new OutputFile("index.html", "one".getBytes(StandardCharsets.UTF_8))));
        Publisher.betweenRenames = () -> {
            try {
                Files.writeString(between, "between the renames");
                Thread.sleep(1500);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        new Publisher(out).publish(List.of(new OutputFile("index.html", "two".getBytes(StandardCharsets.UTF_8))));
        Thread.sleep(60_000); // not reached when stopped: the JVM ends once the swap is done
    }

    @Test
    void aSignalBetweenTheRenamesWaitsForTheNewSite() throws Exception {
        Path out = dir.resolve("public");
        Path between = dir.resolve("between");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process build = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SwapStoppedBySignalTest.class.getName(), out.toString(), between.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(between) && build.isAlive() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertTrue(Files.exists(between), "the child reached the swap: " + Files.readString(dir.resolve("log")));
        assertTrue(!Files.exists(out), "stopped while the output folder is missing");
        build.destroy(); // SIGTERM, as kill and a closed terminal send
        assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the child ended");
        assertEquals("two", Files.readString(out.resolve("index.html")), "the new site went live before the JVM ended");
        assertTrue(Files.isRegularFile(out.resolve(Publisher.MARKER)));
    }
}
