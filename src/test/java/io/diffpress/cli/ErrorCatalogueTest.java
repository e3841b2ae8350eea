package io.diffpress.cli;

import io.diffpress.publish.PortalLock;
import io.diffpress.testing.GitFixture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every row of docs/errors.md: each id has a scenario here, and the scenario's output must
 * contain the documented message and end with the documented exit code. A row without a
 * scenario, or a scenario without a row, fails the test, so the catalogue cannot drift.
 */
class ErrorCatalogueTest {

    @TempDir
    Path dir;

    private static final Pattern ROW = Pattern.compile("^\\| ([a-z0-9-]+) \\| (.*) \\| (.*) \\| ([012]) \\|$");

    record Entry(String id, String message, int exit) {
    }

    /** What one scenario produced: its exit code and everything it printed or wrote that the message may be in. */
    record Outcome(int exit, String text) {
    }

    interface Scenario {
        Outcome run(Path dir) throws Exception;
    }

    @TestFactory
    Stream<DynamicTest> everyCatalogueEntryHasAPassingTest() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/errors.md"))) {
            Matcher m = ROW.matcher(line.trim());
            if (m.matches()) {
                entries.add(new Entry(m.group(1), m.group(3), Integer.parseInt(m.group(4))));
            }
        }
        Map<String, Scenario> scenarios = scenarios();
        assertTrue(entries.size() >= 30, "catalogue rows: " + entries.size());
        assertEquals(new java.util.TreeSet<>(scenarios.keySet()), new java.util.TreeSet<>(entries.stream().map(Entry::id).toList()),
                "every row has a scenario and every scenario a row");
        return entries.stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            Path scenarioDir = Files.createDirectories(dir.resolve(e.id()));
            Outcome outcome = scenarios.get(e.id()).run(scenarioDir);
            assertEquals(e.exit(), outcome.exit(), e.id() + ": " + outcome.text());
            for (String part : expectedParts(e.message())) {
                assertTrue(outcome.text().contains(part), e.id() + ": expected '" + part + "' in:\n" + outcome.text());
            }
            assertFalse(outcome.text().contains("\tat "), e.id() + ": no stack trace");
            if (e.exit() != 0) {
                assertNothingWritten(scenarioDir, e.id());
            }
        }));
    }

    /**
     * The catalogue's promise for every failing row: no report was generated, no staging folder
     * is left behind, and a site exists only if the scenario built one before it failed.
     */
    private static void assertNothingWritten(Path scenarioDir, String id) throws IOException {
        try (Stream<Path> walk = Files.walk(scenarioDir)) {
            for (Path p : walk.toList()) {
                String name = p.getFileName().toString();
                assertFalse(name.endsWith(".staging") || name.endsWith(".old") || name.startsWith(".diffpress-") && name.endsWith(".tmp"),
                        id + ": left behind " + p);
                if (Files.isRegularFile(p) && p.toString().contains("/content/") && !Files.isSymbolicLink(p)
                        && Files.size(p) < 1_000_000) {
                    assertFalse(Files.readString(p, StandardCharsets.ISO_8859_1).contains("\ngeneratedHash: "), id + ": report written " + p);
                }
            }
        }
    }

    /** The `quoted` parts of the message column; all must appear. */
    private static List<String> expectedParts(String column) {
        List<String> parts = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(column);
        while (m.find()) {
            parts.add(m.group(1));
        }
        return parts;
    }

    private static Path portal(Path dir, String yaml) throws IOException {
        Path portal = Files.createDirectories(dir.resolve("portal"));
        Files.writeString(portal.resolve("site.yml"), "title: Docs\nbaseURL: https://o.github.io/r/\n" + yaml);
        return portal.resolve("site.yml");
    }

    private static GitFixture repo(Path dir) throws IOException {
        GitFixture git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        git.write("docs/a.md", "# A\n\ntext\n").commit("first");
        return git;
    }

    private static Outcome cli(String... args) {
        CliRun run = CliRun.of(args);
        return new Outcome(run.exitCode(), run.out() + run.err());
    }

    private static Outcome build(Path config, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--config", config.toString()));
        args.addAll(List.of(extra));
        return cli(args.toArray(new String[0]));
    }

    private static Outcome generateThenRead(Path config, String reportGlobPart) throws IOException {
        Outcome run = cli("generate", "--config", config.toString());
        StringBuilder text = new StringBuilder(run.text());
        try (Stream<Path> walk = Files.walk(config.getParent().resolve("content"))) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().contains(reportGlobPart)).toList()) {
                text.append(Files.readString(p));
            }
        }
        return new Outcome(run.exit(), text.toString());
    }

    private static Path contentFile(Path config, String name, byte[] bytes) throws IOException {
        Path file = config.getParent().resolve("content/other/" + name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static byte[] report(String frontMatter) {
        return ("---\ntitle: t\ndate: 2025-06-21\n" + frontMatter + "---\n\nbody\n").getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Scenario> scenarios() {
        Map<String, Scenario> s = new LinkedHashMap<>();
        s.put("config-missing", d -> build(d.resolve("nope/site.yml")));
        s.put("config-malformed", d -> build(portal(d, "sections: [a\n")));
        s.put("config-unknown-key", d -> build(portal(d, "timezone: UTC\n")));
        s.put("config-wrong-type", d -> {
            Files.createDirectories(d.resolve("portal"));
            Files.writeString(d.resolve("portal/site.yml"), "title: [a, b]\nbaseURL: https://o.io/\n");
            return build(d.resolve("portal/site.yml"));
        });
        s.put("config-empty-include", d -> build(portal(d, "sections: {docs: []}\n")));
        s.put("config-content-is-file", d -> {
            Path config = portal(d, "content: notes.txt\n");
            Files.writeString(config.getParent().resolve("notes.txt"), "a file");
            return build(config);
        });
        s.put("config-bad-baseurl", d -> {
            Files.createDirectories(d.resolve("portal"));
            Files.writeString(d.resolve("portal/site.yml"), "title: Docs\nbaseURL: /docs/\n");
            return build(d.resolve("portal/site.yml"));
        });
        s.put("config-baseurl-query", d -> {
            Files.createDirectories(d.resolve("portal"));
            Files.writeString(d.resolve("portal/site.yml"), "title: Docs\nbaseURL: https://example.com/x/?a=b\n");
            return build(d.resolve("portal/site.yml"));
        });
        s.put("config-empty-timezone", d -> build(portal(d, "timeZone: ''\n")));
        s.put("config-bad-timezone", d -> build(portal(d, "timeZone: Mars/Olympus\n")));
        s.put("config-bad-permalinks", d -> build(portal(d, "permalinks: ../../x/\n")));
        s.put("config-locale-without-strings", d -> build(portal(d, "locale: fr_FR\n")));
        s.put("config-theme-without-folder", d -> build(portal(d, "theme: fancy\n")));
        String llmBlock = "  llm:\n    endpoint: https://api.openai.com/v1\n    model: gpt-4.1\n    apiKeyEnv: DIFFPRESS_CATALOGUE_UNSET_KEY\n";
        s.put("llm-unknown-provider", d -> build(portal(d, "insight: {provider: openai}\n")));
        s.put("llm-block-without-provider", d -> build(portal(d, "insight:\n" + llmBlock)));
        s.put("llm-provider-without-block", d -> build(portal(d, "insight: {provider: llm}\n")));
        s.put("llm-key-in-site-yml", d -> {
            Outcome o = build(portal(d, "insight:\n  provider: llm\n" + llmBlock.replace("DIFFPRESS_CATALOGUE_UNSET_KEY",
                    "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789")));
            assertFalse(o.text().contains("abcdefghijklmnopqrstuvwxyz"), "the key is not repeated: " + o.text());
            return o;
        });
        s.put("llm-endpoint-with-path", d -> build(portal(d, "insight:\n  provider: llm\n" + llmBlock.replace("/v1\n",
                "/v1/chat/completions\n"))));
        s.put("llm-cache-in-content", d -> build(portal(d, "insight:\n  provider: llm\n" + llmBlock + "    cache: content/llm\n")));
        s.put("llm-key-not-set", d -> {
            assertEquals(null, System.getenv("DIFFPRESS_CATALOGUE_UNSET_KEY"), "the scenario needs the variable unset");
            repo(d);
            return build(portal(d, "repository:\n  path: ../repo\ninsight:\n  provider: llm\n" + llmBlock));
        });
        s.put("theme-link-outside", d -> {
            Path config = portal(d, "");
            Path secret = Files.writeString(d.resolve("secret.txt"), "SECRET");
            Path stat = Files.createDirectories(config.getParent().resolve("themes/default/static"));
            Files.createSymbolicLink(stat.resolve("leak.txt"), secret);
            return build(config);
        });
        s.put("theme-link-loop", d -> {
            Path config = portal(d, "");
            Path stat = Files.createDirectories(config.getParent().resolve("themes/default/static"));
            Files.createSymbolicLink(stat.resolve("again"), config.getParent().resolve("themes/default"));
            return build(config);
        });
        s.put("config-bad-pagination", d -> build(portal(d, "pagination: stabel\n")));
        s.put("config-bad-report-title", d -> build(portal(d, "reportTitle: \"{sectoin} {date}\"\n")));
        s.put("config-empty-report-title", d -> build(portal(d, "reportTitle: \"\"\n")));
        s.put("config-since-after-until", d -> build(portal(d, "ranges:\n  since: 2025-01-20\n  until: 2025-01-13\n")));
        s.put("cli-no-command", d -> cli());
        s.put("config-invalid-utf8", d -> {
            Files.createDirectories(d.resolve("portal"));
            Files.write(d.resolve("portal/site.yml"), new byte[]{'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xC3, '(', '\n'});
            return build(d.resolve("portal/site.yml"));
        });
        s.put("repo-missing", d -> build(portal(d, "repository:\n  path: ../nothing-here\n")));
        s.put("repo-not-git", d -> {
            Files.createDirectories(d.resolve("plain"));
            return build(portal(d, "repository:\n  path: ../plain\n"));
        });
        s.put("repo-damaged-head", d -> {
            repo(d);
            Files.writeString(d.resolve("repo/.git/HEAD"), "garbage\n");
            return build(portal(d, "repository:\n  path: ../repo\n"));
        });
        s.put("repo-empty", d -> {
            new GitFixture(Files.createDirectories(d.resolve("repo")));
            return build(portal(d, "repository:\n  path: ../repo\n"));
        });
        s.put("repo-shallow", d -> {
            GitFixture git = repo(d);
            git.write("docs/a.md", "changed\n").commit("second");
            git.git("clone", "-q", "--depth", "1", "file://" + d.resolve("repo"), d.resolve("shallow").toString());
            return build(portal(d, "repository:\n  path: ../shallow\n"));
        });
        s.put("repo-missing-object", d -> {
            GitFixture git = repo(d);
            git.write("docs/a.md", "# A\n\nchanged\n").commit("second");
            String blob = git.git("rev-parse", "HEAD:docs/a.md").trim();
            Files.delete(d.resolve("repo/.git/objects/" + blob.substring(0, 2) + "/" + blob.substring(2)));
            return build(portal(d, "repository:\n  path: ../repo\n"));
        });
        s.put("repo-corrupt-object", d -> {
            GitFixture git = repo(d);
            git.write("docs/a.md", "# A\n\nchanged\n").commit("second");
            String blob = git.git("rev-parse", "HEAD:docs/a.md").trim();
            Path object = d.resolve("repo/.git/objects/" + blob.substring(0, 2) + "/" + blob.substring(2));
            Files.delete(object); // (read-only, as git writes objects)
            Files.write(object, new byte[]{0x78, 0x01, 0x00, 0x13, 0x37, 0x42, 0x42, 0x42});
            return build(portal(d, "repository:\n  path: ../repo\n"));
        });
        s.put("repo-missing-branch", d -> {
            repo(d);
            return build(portal(d, "repository:\n  path: ../repo\n  branch: release\n"));
        });
        s.put("repo-since-names-no-commit", d -> {
            repo(d);
            return build(portal(d, "repository:\n  path: ../repo\nranges:\n  since: main~1000\n"));
        });
        s.put("repo-list-names-no-commit", d -> {
            repo(d);
            return build(portal(d, "repository:\n  path: ../repo\nranges:\n  strategy: explicit\n  list: [main...nope]\n"));
        });
        s.put("repo-mistyped-branch", d -> {
            repo(d);
            return build(portal(d, "repository:\n  path: ../repo\n  branch: mian\n"));
        });
        s.put("range-unknown-commit", d -> {
            repo(d);
            return build(portal(d, "repository:\n  path: ../repo\n"), "--range", "deadbeef...main");
        });
        s.put("range-unrelated", d -> {
            GitFixture git = repo(d);
            git.git("checkout", "-q", "--orphan", "other");
            git.git("rm", "-q", "-rf", ".");
            git.write("docs/b.md", "other root\n").commit("unrelated root");
            git.git("checkout", "-q", "main");
            Path config = portal(d, "repository:\n  path: ../repo\n");
            Outcome run = cli("generate", "--config", config.toString(), "--range", "main...other");
            StringBuilder text = new StringBuilder(run.text());
            try (Stream<Path> walk = Files.walk(config.getParent().resolve("content"))) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    text.append(Files.readString(p));
                }
            }
            return new Outcome(run.exit(), text.toString());
        });
        s.put("range-malformed", d -> {
            repo(d);
            return build(portal(d, "repository:\n  path: ../repo\n"), "--range", "main");
        });
        s.put("explain-unknown-path", d -> {
            repo(d).write("docs/b.md", "# B\n").commit("second");
            return cli("explain", "--config", portal(d, "repository:\n  path: ../repo\n").toString(), "main~1..main", "--", "b.md");
        });
        s.put("explain-bad-range", d -> {
            repo(d);
            return cli("explain", "--config", portal(d, "repository:\n  path: ../repo\n").toString(), "nope..main", "--", "docs/a.md");
        });
        s.put("explain-patch-missing", d -> cli("explain", "--patch", d.resolve("missing.patch").toString()));
        s.put("explain-patch-malformed", d -> cli("explain", "--patch",
                Files.writeString(d.resolve("short.diff"), "--- a/x.md\n+++ b/x.md\n@@ -1,3 +1,3 @@\n a\n-b\n+c\n").toString()));
        s.put("explain-patch-not-a-patch", d -> cli("explain", "--patch",
                Files.writeString(d.resolve("notes.txt"), "only notes\n").toString()));
        s.put("content-malformed-front-matter", d -> {
            Path config = portal(d, "");
            contentFile(config, "bad.md", "---\ntitle: t\ndate: [oops\n---\n".getBytes(StandardCharsets.UTF_8));
            return build(config);
        });
        s.put("content-malformed-elsewhere", d -> {
            Path config = portal(d, "content: reports\n");
            Path file = config.getParent().resolve("reports/other/bad.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: t\ndate: [oops\n---\n");
            return build(config);
        });
        s.put("content-no-front-matter", d -> {
            Path config = portal(d, "");
            contentFile(config, "plain.md", "# only text\n".getBytes(StandardCharsets.UTF_8));
            return build(config);
        });
        s.put("content-duplicate-permalink", d -> {
            Path config = portal(d, "permalinks: '{section}/{year}/'\n");
            contentFile(config, "a.md", report(""));
            contentFile(config, "b.md", report(""));
            return build(config);
        });
        s.put("content-url-clash", d -> {
            Path config = portal(d, "permalinks: '{slug}/'\n");
            contentFile(config, "a.md", report("slug: sitemap.xml\n"));
            return build(config);
        });
        s.put("content-url-taken", d -> {
            Path config = portal(d, "permalinks: '{slug}/'\n");
            contentFile(config, "a.md", report("slug: tags\n"));
            return build(config);
        });
        s.put("content-duplicate-key", d -> {
            Path config = portal(d, "");
            contentFile(config, "a.md", report("summary: s\ntitle: again\n"));
            return build(config);
        });
        s.put("content-paragraph-too-long", d -> {
            Path config = portal(d, "");
            String line = "See [the page](https://example.com/a) for more.\n";
            contentFile(config, "long.md", ("---\ntitle: t\ndate: 2025-06-21\n---\n\n# Highlights\n\n" + line.repeat(1500))
                    .getBytes(StandardCharsets.UTF_8));
            return build(config);
        });
        s.put("content-file-path-list", d -> {
            Path config = portal(d, "");
            contentFile(config, "bad.md", report("files:\n- path: [a.md]\n  status: added\n"));
            return build(config);
        });
        s.put("content-blank-title", d -> {
            Path config = portal(d, "");
            contentFile(config, "a.md", "---\ntitle: '   '\ndate: 2025-06-21\n---\n\nbody\n".getBytes(StandardCharsets.UTF_8));
            return build(config);
        });
        s.put("content-duplicate-file-key", d -> {
            Path config = portal(d, "");
            contentFile(config, "a.md", report("files:\n  - path: a.md\n    additions: 1\n    additions: 2\n"));
            return build(config);
        });
        s.put("content-bad-count", d -> {
            Path config = portal(d, "");
            contentFile(config, "a.md", report("files:\n  - path: a.md\n    additions: lots\n"));
            return build(config);
        });
        s.put("content-slug-too-long", d -> {
            Path config = portal(d, "");
            contentFile(config, "a.md", report("slug: " + "z".repeat(300) + "\n"));
            return build(config);
        });
        s.put("content-slug-escape", d -> {
            Path config = portal(d, "");
            contentFile(config, "a.md", report("slug: ../../x\n"));
            return build(config);
        });
        s.put("content-slug-encoded", d -> {
            Path config = portal(d, "");
            contentFile(config, "a.md", report("slug: '%2e%2e'\n"));
            return build(config);
        });
        s.put("content-symlink-outside", d -> {
            Path config = portal(d, "");
            Path secret = Files.writeString(d.resolve("secret.md"), new String(report(""), StandardCharsets.UTF_8));
            Files.createDirectories(config.getParent().resolve("content"));
            Files.createSymbolicLink(config.getParent().resolve("content/leak.md"), secret);
            return build(config);
        });
        s.put("content-folder-link", d -> {
            Path config = portal(d, "");
            Path elsewhere = Files.createDirectories(d.resolve("elsewhere"));
            Files.write(elsewhere.resolve("2025-06-21.md"), report(""));
            Files.createDirectories(config.getParent().resolve("content"));
            Files.createSymbolicLink(config.getParent().resolve("content/docs"), elsewhere);
            return build(config);
        });
        s.put("content-folder-link-generate", d -> {
            repo(d);
            Path config = portal(d, "repository:\n  path: ../repo\nsections:\n  docs: docs/**\n");
            Path elsewhere = Files.createDirectories(d.resolve("elsewhere"));
            Files.createDirectories(config.getParent().resolve("content"));
            Files.createSymbolicLink(config.getParent().resolve("content/docs"), elsewhere);
            Outcome run = cli("generate", "--config", config.toString());
            try (Stream<Path> written = Files.list(elsewhere)) {
                assertEquals(0, written.count(), "nothing written where the link leads");
            }
            return run;
        });
        s.put("content-invalid-utf8", d -> {
            Path config = portal(d, "");
            byte[] bytes = report("");
            bytes[bytes.length - 3] = (byte) 0xFF;
            contentFile(config, "bad.md", bytes);
            return build(config);
        });
        s.put("content-too-deep", d -> {
            Path config = portal(d, "");
            contentFile(config, "deep.md", ("---\ntitle: t\ndate: 2025-06-21\n---\n\n" + ">".repeat(20_000) + " deep\n")
                    .getBytes(StandardCharsets.UTF_8));
            return build(config);
        });
        s.put("content-nul", d -> {
            Path config = portal(d, "");
            byte[] bytes = report("");
            bytes[bytes.length - 3] = 0;
            contentFile(config, "nul.md", bytes);
            return build(config);
        });
        s.put("cache-is-link", d -> {
            Path config = portal(d, "");
            Path elsewhere = Files.createDirectories(d.resolve("elsewhere"));
            Files.writeString(elsewhere.resolve("precious.txt"), "keep");
            Files.createDirectories(config.getParent().resolve(".diffpress/cache"));
            Files.createSymbolicLink(config.getParent().resolve(".diffpress/cache/render"), elsewhere);
            return build(config);
        });
        s.put("output-is-cache", d -> build(portal(d, "output: .diffpress\n"), "--no-generate"));
        s.put("output-in-cache", d -> build(portal(d, "output: .diffpress/site\n"), "--no-generate"));
        s.put("output-is-portal", d -> {
            repo(d);
            return build(portal(d, "repository:\n  path: ../repo\noutput: .\n"), "--no-generate");
        });
        s.put("output-is-content", d -> build(portal(d, "output: content\n")));
        s.put("content-section-folder-is-file", d -> {
            repo(d);
            Path config = portal(d, "repository:\n  path: ../repo\n");
            Files.createDirectories(config.getParent().resolve("content"));
            Files.writeString(config.getParent().resolve("content/all"), "a file where the section's folder goes");
            return cli("generate", "--config", config.toString());
        });
        s.put("output-in-content", d -> {
            repo(d);
            Path config = portal(d, "output: content/docs\nrepository:\n  path: ../repo\nsections:\n  docs: \"docs/**\"\n");
            Outcome outcome = build(config);
            // refused before generate wrote a report there (an audit found 13 written, then the folder refused)
            assertFalse(Files.exists(config.getParent().resolve("content/docs")), "nothing written in it");
            return outcome;
        });
        // through a link to the portal (an audit found the site written into content/)
        s.put("output-is-content-through-link", d -> {
            repo(d);
            Path config = portal(d, "output: self/content\nrepository:\n  path: ../repo\n");
            Files.createSymbolicLink(config.resolveSibling("self"), Path.of("."));
            return build(config);
        });
        s.put("output-in-content-through-link", d -> {
            repo(d);
            Path config = portal(d, "output: self/content/site\nrepository:\n  path: ../repo\n");
            Files.createSymbolicLink(config.resolveSibling("self"), Path.of("."));
            Outcome outcome = build(config);
            assertFalse(Files.exists(config.resolveSibling("content/site")), "nothing written in content/");
            return outcome;
        });
        s.put("output-in-themes", d -> build(portal(d, "output: themes/default/static\n"), "--no-generate"));
        s.put("output-under-file", d -> {
            repo(d);
            Path config = portal(d, "repository:\n  path: ../repo\noutput: notes.txt/site\n");
            Files.writeString(config.resolveSibling("notes.txt"), "a file\n");
            return build(config);
        });
        s.put("output-is-repository", d -> {
            repo(d);
            return build(portal(d, "repository:\n  path: ../repo\noutput: ../repo\n"));
        });
        s.put("output-is-root", d -> build(portal(d, "output: /\n")));
        s.put("output-not-ours", d -> {
            Path config = portal(d, "output: mine\n");
            Files.createDirectories(config.getParent().resolve("mine"));
            Files.writeString(config.getParent().resolve("mine/notes.txt"), "mine");
            Outcome outcome = build(config);
            assertEquals("mine", Files.readString(config.getParent().resolve("mine/notes.txt")));
            return outcome;
        });
        s.put("serve-port-in-use", d -> {
            Path config = portal(d, "");
            try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                Outcome outcome = cli("serve", "--config", config.toString(), "--port", String.valueOf(taken.getLocalPort()));
                // the catalogue's N is this run's port
                return new Outcome(outcome.exit(), outcome.text().replace("port " + taken.getLocalPort() + " ", "port N "));
            }
        });
        s.put("serve-port-out-of-range", d -> cli("serve", "--config", portal(d, "").toString(), "--port", "99999"));
        s.put("concurrent-run", d -> {
            Path config = portal(d, "");
            try (PortalLock held = PortalLock.acquire(config.getParent())) {
                return build(config);
            }
        });
        s.put("big-file", d -> {
            GitFixture git = repo(d);
            byte[] line = ("x".repeat(63) + "\n").getBytes(StandardCharsets.US_ASCII);
            Path big = d.resolve("repo/docs/big.md");
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
                for (int i = 0; i < 1_638_400; i++) {
                    out.write(line);
                }
            }
            assertEquals(100L * 1024 * 1024, Files.size(big));
            git.at("2025-06-02T10:00:00Z").commit("a 100 MB file");
            return generateThenRead(portal(d, "repository:\n  path: ../repo\n"), "2025-06-02");
        });
        s.put("huge-diff", d -> {
            GitFixture git = repo(d);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 200_000; i++) {
                text.append("line ").append(i).append('\n');
            }
            git.at("2025-06-02T10:00:00Z").write("docs/huge.md", text.toString()).commit("200,000 lines");
            return generateThenRead(portal(d, "repository:\n  path: ../repo\nsections:\n  docs: docs/**\n"), "2025-06-02");
        });
        s.put("hostile-file-names", d -> {
            GitFixture git = repo(d);
            git.at("2025-06-02T10:00:00Z").write("docs/\"q\" <a> & b.md", "x\n").write("docs/new\nline.md", "y\n")
                    .write("docs/日本語のファイル.md", "z\n").write("docs/ملف.md", "w\n").write("docs/esc\u001b[31mred.md", "v \u001b[2J\u0007\n").commit("names");
            Path config = portal(d, "repository:\n  path: ../repo\n");
            Outcome outcome = build(config);
            String page = Files.readString(config.getParent().resolve("public/all/2025-06-02/index.html"));
            assertTrue(page.contains("&quot;q&quot; &lt;a&gt; &amp; b.md") || page.contains("\"q\" &lt;a&gt; &amp; b.md"), "name shown as text");
            assertTrue(page.contains("日本語のファイル.md"));
            assertTrue(page.contains("ملف.md"), "right-to-left name shown");
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page);
            List<String> rows = doc.select("table.summary-table tbody tr td:first-child a:first-child").eachText();
            assertEquals(5, rows.size(), rows.toString());
            assertFalse(page.contains("\u001b"), "no control character reaches the page, in text or attribute");
            // every name has its history page, the one with an escape character too
            assertEquals(5, doc.select("table.summary-table tbody tr a.history").size(), doc.select("table.summary-table").outerHtml());
            for (String href : doc.select("table.summary-table tbody tr a.history").eachAttr("href")) {
                String local = java.net.URLDecoder.decode(href.substring(href.indexOf("/files/")), StandardCharsets.UTF_8);
                assertTrue(Files.exists(config.getParent().resolve("public" + local + "index.html")), href);
            }
            assertTrue(rows.stream().anyMatch(r -> r.contains("new") && r.contains("line.md")), "the name with a newline has its row: " + rows);
            assertTrue(doc.select("a[href^=javascript], script:not([src])").isEmpty());
            String report = Files.readString(config.getParent().resolve("content/all/2025-06-02.md"));
            Map<String, Object> front = new org.yaml.snakeyaml.Yaml().load(report.substring(4, report.indexOf("\n---\n", 4)));
            assertTrue(((List<?>) front.get("files")).stream().anyMatch(f -> "docs/new\nline.md".equals(((Map<?, ?>) f).get("path"))),
                    "the newline is kept in the front matter");
            assertTrue(report.contains("- path: \"docs/esc\\e[31mred.md\""), "the escape is written as a YAML escape, not base64:\n" + report);
            assertFalse(report.contains("\u001b") || report.contains("\u0007"), "no raw control character, in the diff neither");
            assertTrue(report.contains("+v \uFFFD[2J\uFFFD\n"), report);
            assertTrue(((List<?>) front.get("files")).stream().anyMatch(f -> "docs/esc\u001b[31mred.md".equals(((Map<?, ?>) f).get("path"))),
                    "and read back as the name it is");
            return new Outcome(outcome.exit(), outcome.text() + page);
        });
        s.put("repo-invalid-utf8", d -> {
            GitFixture git = repo(d);
            byte[] latin1 = "# Caf\u00e9\n\nna\u00efve text\n".getBytes(StandardCharsets.ISO_8859_1);
            git.at("2025-06-02T10:00:00Z").write("docs/latin1.md", latin1)
                    .commit("Caf\u00e9 in the subject");
            Path config = portal(d, "repository:\n  path: ../repo\n");
            Outcome outcome = build(config);
            String report = Files.readString(config.getParent().resolve("content/all/2025-06-02.md"), StandardCharsets.UTF_8);
            assertTrue(report.contains("# Caf\uFFFD"), "undecodable bytes become U+FFFD in the shown diff");
            new org.yaml.snakeyaml.Yaml().load(report.substring(4, report.indexOf("\n---\n", 4)));
            return new Outcome(outcome.exit(), outcome.text() + report);
        });
        s.put("content-folder-missing", d -> {
            Outcome outcome = build(portal(d, "content: contnet\n"));
            try (Stream<Path> left = Files.list(d.resolve("portal"))) {
                // found before the work starts: not even the output's staging folder is made
                assertEquals(List.of(".diffpress.lock", "site.yml"), left.map(p -> p.getFileName().toString()).sorted().toList());
            }
            return outcome;
        });
        s.put("content-slug-absolute", d -> {
            Path config = portal(d, "");
            contentFile(config, "a.md", report("slug: /etc/x\n"));
            return build(config);
        });
        s.put("content-duplicate-slug", d -> {
            Path config = portal(d, "");
            contentFile(config, "a.md", report("slug: same\n"));
            contentFile(config, "b.md", report("slug: same\n"));
            return build(config);
        });
        s.put("config-absolute-permalinks", d -> build(portal(d, "permalinks: /etc/{path}/\n")));
        s.put("control-characters", d -> {
            GitFixture git = repo(d);
            git.at("2025-06-02T10:00:00Z").write("docs/a.md", "changed\n").commit("bell\u0007 and escape\u001b[31m red");
            Path config = portal(d, "repository:\n  path: ../repo\n");
            Outcome outcome = build(config);
            String report = Files.readString(config.getParent().resolve("content/all/2025-06-02.md"));
            assertFalse(report.contains("\u0007") || report.contains("\u001b"), "control characters replaced");
            new org.yaml.snakeyaml.Yaml().load(report.substring(4, report.indexOf("\n---\n", 4)));
            return outcome;
        });
        return s;
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
