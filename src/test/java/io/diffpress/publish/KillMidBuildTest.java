package io.diffpress.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills real build processes at random moments: the output folder must always hold one
 * complete site, and two builds started together must not corrupt each other.
 */
class KillMidBuildTest {

    @TempDir
    Path portal;

    private void portalWithReports(int count) throws IOException {
        Files.writeString(portal.resolve("site.yml"), "title: Kill test\nbaseURL: https://o.github.io/r/\n");
        String example;
        try (InputStream in = KillMidBuildTest.class.getResourceAsStream("/io/diffpress/site/example-report.md")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(portal.resolve("content/openai"));
        for (int i = 0; i < count; i++) {
            String date = java.time.LocalDate.of(2024, 1, 1).plusDays(i).toString();
            Files.writeString(portal.resolve("content/openai/" + date + ".md"), example.replace("date: '2025-06-21'", "date: '" + date + "'"));
        }
    }

    private Process build() throws IOException {
        return build("build.log");
    }

    private Process build(String log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.diffpress.cli.Main",
                "build", "--quiet", "--config", portal.resolve("site.yml").toString())
                .redirectErrorStream(true).redirectOutput(portal.resolve(log).toFile()).start();
    }

    /** The site is complete: every file the marker lists exists and every page is whole. */
    private int assertComplete() throws IOException {
        Path out = portal.resolve("public");
        List<String> listed = Files.readAllLines(out.resolve(Publisher.MARKER)).stream().filter(l -> !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf('\t'))).toList();
        for (String file : listed) {
            Path p = out.resolve(file);
            assertTrue(Files.isRegularFile(p), "missing " + file);
            if (file.endsWith(".html")) {
                assertTrue(Files.readString(p).strip().endsWith("</html>"), "cut page " + file);
            }
        }
        try (Stream<Path> walk = Files.walk(out)) {
            assertEquals(listed.size() + 1, walk.filter(Files::isRegularFile).count(), "no stray files");
        }
        return listed.size();
    }

    @Test
    void killedBuildsLeaveTheLastCompleteSite() throws Exception {
        portalWithReports(300);
        Process first = build();
        assertTrue(first.waitFor(120, TimeUnit.SECONDS) && first.exitValue() == 0, Files.readString(portal.resolve("build.log")));
        int pages = assertComplete();
        assertTrue(pages > 150);
        Random random = new Random(7);
        int killed = 0;
        for (int round = 0; round < 6; round++) {
            Files.writeString(portal.resolve("content/openai/2024-01-01.md"),
                    Files.readString(portal.resolve("content/openai/2024-01-01.md")).replace("Highlights", "Highlights " + round));
            // A new title is on every page and the cache is lost, so each round renders and rewrites the whole site:
            // a rebuild that changed one report would now be over before most kills.
            Files.writeString(portal.resolve("site.yml"), "title: Kill test " + round + "\nbaseURL: https://o.github.io/r/\n");
            Publisher.deleteTree(portal.resolve(".diffpress/cache"));
            Process p = build();
            Thread.sleep(200 + random.nextInt(2500));
            if (p.isAlive()) {
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                killed++;
            }
            assertComplete();
        }
        assertTrue(killed >= 3, "most rounds must kill a running build, killed " + killed);
        Process last = build();
        assertTrue(last.waitFor(120, TimeUnit.SECONDS) && last.exitValue() == 0, Files.readString(portal.resolve("build.log")));
        assertComplete();
    }

    @Test
    void twoBuildsAtOnceDoNotCorruptEachOther() throws Exception {
        portalWithReports(60);
        Process first = build();
        assertTrue(first.waitFor(120, TimeUnit.SECONDS) && first.exitValue() == 0, Files.readString(portal.resolve("build.log")));
        String index = Files.readString(portal.resolve("public/index.html"));

        // While another run holds the portal, a build is refused with the lock's message and touches nothing.
        try (PortalLock held = PortalLock.acquire(portal)) {
            Files.writeString(portal.resolve("content/openai/2024-01-01.md"),
                    Files.readString(portal.resolve("content/openai/2024-01-01.md")).replace("Highlights", "Highlights changed"));
            Process refused = build("refused.log");
            assertTrue(refused.waitFor(120, TimeUnit.SECONDS));
            String log = Files.readString(portal.resolve("refused.log"));
            assertEquals(1, refused.exitValue(), log);
            assertTrue(log.contains("another diffpress run is working on this portal"), log);
            assertEquals(index, Files.readString(portal.resolve("public/index.html")), "the site is untouched");
        }

        // Two builds started together: each one either builds or is refused by the lock, never both half-way.
        List<Process> builds = List.of(build("a.log"), build("b.log"));
        int ok = 0;
        for (int i = 0; i < builds.size(); i++) {
            Process p = builds.get(i);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            String log = Files.readString(portal.resolve(i == 0 ? "a.log" : "b.log"));
            if (p.exitValue() == 0) {
                ok++;
            } else {
                assertEquals(1, p.exitValue(), log);
                assertTrue(log.contains("another diffpress run is working on this portal"), log);
            }
        }
        assertTrue(ok >= 1, "at least one build succeeds");
        assertComplete();
    }
}
