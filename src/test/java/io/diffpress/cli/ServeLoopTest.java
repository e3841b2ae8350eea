package io.diffpress.cli;

import io.diffpress.publish.PortalLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve}'s rebuild loop when things go wrong while it runs (found by a review on a real portal): a site.yml
 * broken while serving is an error, not the end of the server; a rebuild that found the portal locked by another run
 * is tried again once the lock is free, not forgotten until the next change.
 */
class ServeLoopTest {

    @TempDir
    Path dir;

    private static final String REPORT = "---\ntitle: %s\ndate: 2025-06-21\n---\n# Highlights\n\ntext\n";

    @Test
    void aBrokenSiteYmlAndALockedPortalDoNotStopOrStallServe() throws Exception {
        Path portal = Files.createDirectories(dir.resolve("portal"));
        Files.createDirectories(portal.resolve("content/docs"));
        String yml = "title: Served\nbaseURL: https://o.github.io/r/\n";
        Files.writeString(portal.resolve("site.yml"), yml);
        Files.writeString(portal.resolve("content/docs/2025-06-21.md"), String.format(REPORT, "First title"));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serving = serve(portal, out, err);
        try {
            await(() -> out.toString().contains("serving "), "serve starts: " + out + err);
            // while nothing changes it rehearses a rebuild (writing nothing), so the first change is built fast
            await(() -> out.toString().contains("ready: rebuild rehearsed 2 times"), "rehearsed: " + out + err);
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/r/").matcher(out.toString());
            assertTrue(m.find(), out.toString());
            URI page = URI.create("http://127.0.0.1:" + m.group(1) + "/r/docs/2025-06-21/");
            assertTrue(get(page).contains("First title"));

            // site.yml broken while serving: an error, and the last good site is still served
            Files.writeString(portal.resolve("site.yml"), yml + "timezone: UTC\n");
            await(() -> err.toString().contains("unknown key 'timezone'"), "the error is told: " + err);
            assertTrue(serving.isAlive(), "serve keeps running");
            assertTrue(get(page).contains("First title"), "the last good site");
            Files.writeString(portal.resolve("site.yml"), yml);

            // a change while another run holds the portal: built once the lock is free
            try (PortalLock held = PortalLock.acquire(portal)) {
                Files.writeString(portal.resolve("content/docs/2025-06-21.md"), String.format(REPORT, "Second title"));
                await(() -> err.toString().contains("trying again until it is free"), "the wait is told: " + err);
            }
            await(() -> get(page).contains("Second title"), "rebuilt after the lock was released: " + out + err);
            assertEquals(1, err.toString().split("trying again until it is free", -1).length - 1, "told once: " + err);

            // a new base path: built, but this server answers at the old one, which it says
            Files.writeString(portal.resolve("site.yml"), yml.replace("/r/", "/other/"));
            await(() -> err.toString().contains("restart serve to see it"), "told: " + err);
            assertTrue(err.toString().contains("now puts the site in " + portal.resolve("public") + " at /other/; this serve still serves "
                    + portal.resolve("public") + " at /r/"), err.toString());
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
    }

    /**
     * A report broken when serve starts is an error to fix while it runs, as with hugo server: not the end of serve; and
     * an output folder deleted while it serves is built again.
     */
    @Test
    void aFirstBuildThatFailsLeavesServeRunningUntilTheReportIsFixed() throws Exception {
        Path portal = Files.createDirectories(dir.resolve("portal"));
        Files.createDirectories(portal.resolve("content/docs"));
        Files.writeString(portal.resolve("site.yml"), "title: Served\nbaseURL: https://o.github.io/r/\n");
        Path report = portal.resolve("content/docs/2025-06-21.md");
        Files.writeString(report, "---\ntitle: [unclosed\ndate: 2025-06-21\n---\ntext\n");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serving = serve(portal, out, err);
        try {
            await(() -> out.toString().contains("serving "), "serve starts: " + out + err);
            assertTrue(err.toString().contains("content/docs/2025-06-21.md:3: malformed front matter"), err.toString());
            assertTrue(err.toString().contains("(serving what " + portal.resolve("public") + " holds; fix it and save: serve builds again)"),
                    err.toString());
            assertTrue(serving.isAlive(), "serve keeps running");
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/r/").matcher(out.toString());
            assertTrue(m.find(), out.toString());
            URI page = URI.create("http://127.0.0.1:" + m.group(1) + "/r/docs/2025-06-21/");
            await(() -> out.toString().contains("ready: "), "watching: " + out + err); // the fix is a change it sees
            assertEquals(1, err.toString().split("malformed front matter", -1).length - 1, "the error is told once: " + err);
            Files.writeString(report, String.format(REPORT, "Fixed title"));
            await(() -> get(page).contains("Fixed title"), "built once the report is fixed: " + out + err);

            // the output folder deleted by hand while serving: built again, without a change to the reports
            try (java.util.stream.Stream<Path> files = Files.walk(portal.resolve("public"))) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
            await(() -> get(page).contains("Fixed title"), "built again after the output folder was deleted: " + out + err);
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
    }

    /**
     * A first generate that fails on site.yml (a mistyped branch) is generated again once site.yml is fixed, not only
     * rendered (an audit found an empty portal after the fix); a --range that cannot be read stops serve at once.
     */
    @Test
    void aSiteYmlFixedWhileServingGeneratesItsReportsAndABadRangeStopsServe() throws Exception {
        io.diffpress.testing.GitFixture git = new io.diffpress.testing.GitFixture(Files.createDirectories(dir.resolve("repo")));
        git.at("2025-06-20T10:00:00Z").write("docs/a.md", "# A\n\ntext\n").commit("first");
        git.at("2025-06-21T10:00:00Z").write("docs/a.md", "# A\n\nmore text\n").commit("second");
        Path portal = Files.createDirectories(dir.resolve("portal"));
        String yml = "title: Served\nbaseURL: https://o.github.io/r/\nrepository:\n  path: ../repo\n  branch: %s\n";
        Files.writeString(portal.resolve("site.yml"), String.format(yml, "main"));
        for (String range : new String[]{"v9...main", "v1.0"}) { // a revision the repository lacks, and no range at all
            StringWriter badOut = new StringWriter();
            StringWriter badErr = new StringWriter();
            int exit = DiffpressCommand.commandLine(badOut, badErr).execute("serve", "--port", "0", "--range", range, "--config",
                    portal.resolve("site.yml").toString());
            assertEquals(2, exit, "a range no file can mend: " + badOut + badErr);
            assertFalse(badOut.toString().contains("serving "), badOut.toString());
            assertTrue(badErr.toString().contains(range), badErr.toString());
        }
        Files.writeString(portal.resolve("site.yml"), String.format(yml, "mian"));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = DiffpressCommand.commandLine(out, err);
        Thread serving = new Thread(() -> cli.execute("serve", "--port", "0", "--config", portal.resolve("site.yml").toString()));
        serving.setDaemon(true);
        serving.start();
        try {
            await(() -> out.toString().contains("serving "), "serve starts: " + out + err);
            assertTrue(err.toString().contains("'mian'"), err.toString());
            await(() -> out.toString().contains("ready: ") || out.toString().contains("watching"), "watching: " + out + err);
            Files.writeString(portal.resolve("site.yml"), String.format(yml, "main"));
            await(() -> {
                try (java.util.stream.Stream<Path> reports = Files.walk(portal.resolve("content"))) {
                    return reports.anyMatch(p -> p.toString().endsWith(".md"));
                } catch (java.io.IOException e) {
                    return false;
                }
            }, "reports generated after the fix: " + out + err);
            await(() -> out.toString().contains("generate: "), "generate ran: " + out);
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
    }

    /** {@code serve --no-generate} of the portal on a free port, in a thread of its own, printing to out and err. */
    private static Thread serve(Path portal, StringWriter out, StringWriter err) {
        CommandLine cli = DiffpressCommand.commandLine(out, err);
        Thread serving = new Thread(() -> cli.execute("serve", "--no-generate", "--port", "0", "--config",
                portal.resolve("site.yml").toString()));
        serving.setDaemon(true);
        serving.start();
        return serving;
    }

    private static String get(URI uri) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (Exception e) {
            return "";
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(100);
        }
    }
}
