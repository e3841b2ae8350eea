package io.diffpress.cli;

import io.diffpress.config.ConfigLoader;
import io.diffpress.config.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitAndHelpTest {

    @TempDir
    Path dir;

    @Test
    void initScaffoldsAPortalThatLoads() throws Exception {
        Path portal = dir.resolve("my-portal");
        CliRun run = CliRun.of("init", portal.toString());
        assertEquals(0, run.exitCode(), run.err());
        // the hint works from wherever init ran: it goes to the folder where it says to put the jar
        assertTrue(run.out().contains("put diffpress.jar next to it, then run: cd " + portal + " && java -jar diffpress.jar build"),
                run.out());
        assertTrue(Files.isDirectory(portal.resolve("content")));
        String yml = Files.readString(portal.resolve("site.yml"));
        assertTrue(yml.contains("# Absolute URL the site is published at"), "site.yml is commented");
        SiteConfig config = ConfigLoader.load(portal.resolve("site.yml"));
        assertEquals(portal, config.repository().orElseThrow().path(), "outside any repository the portal is the repository's root");
        // at the repository's root, the portal's reports and site are no documentation to report on (an audit found a
        // committed report listed as a changed file of the next)
        assertEquals(List.of("**/includes/**", "content/**", "public/**"), config.sections().get(0).exclude());
        Map<String, Object> workflow = new Yaml().load(Files.readString(portal.resolve(".github/workflows/pages.yml")));
        String text = Files.readString(portal.resolve(".github/workflows/pages.yml"));
        assertTrue(workflow.containsKey("jobs"));
        assertTrue(text.contains("fetch-depth: 0") && text.contains("actions/upload-pages-artifact") && text.contains("actions/deploy-pages")
                && text.contains("actions/setup-java") && text.contains("path: '.diffpress'\n"), text);
        assertTrue(Files.readString(portal.resolve(".gitignore")).contains("public/"));

        Files.writeString(portal.resolve("site.yml"), "mine");
        CliRun again = CliRun.of("init", portal.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already exists; init never overwrites files"), again.err());
        assertEquals("mine", Files.readString(portal.resolve("site.yml")));
        assertEquals("mine", Files.readString(portal.resolve("site.yml")));
    }

    /** A portal folder whose name is YAML syntax ("#hash", "*star", "a: b", a quote) is quoted in the workflow. */
    @Test
    void aPortalFolderOfAnyNameGetsAWorkflowThatParses() throws Exception {
        for (String name : List.of("a #hash", "a: b", "it's", "%pct", "&amp", "@at")) {
            io.diffpress.testing.GitFixture git = new io.diffpress.testing.GitFixture(
                    Files.createDirectories(dir.resolve("repo-" + name.hashCode())));
            git.write("a.md", "a\n").commit("first");
            CliRun run = CliRun.of("init", git.dir().resolve(name).toString());
            assertEquals(0, run.exitCode(), run.err());
            Map<String, Object> workflow = new Yaml().load(Files.readString(git.dir().resolve(".github/workflows/pages.yml")));
            Map<?, ?> build = (Map<?, ?>) ((Map<?, ?>) workflow.get("jobs")).get("build");
            assertEquals(name, ((Map<?, ?>) ((Map<?, ?>) build.get("defaults")).get("run")).get("working-directory"));
            // the command init suggests runs as it is printed, pasted into a shell
            String next = run.out().lines().filter(l -> l.startsWith("next: ")).findFirst().orElseThrow();
            String command = next.substring(next.indexOf("then run: ") + "then run: ".length());
            assertTrue(command.endsWith(" && java -jar diffpress.jar build"), command);
            // run with the build swapped for printing where it would run: the portal, whatever its name
            String where = command.replace(" && java -jar diffpress.jar build", " && printf '%s' \"$PWD\"");
            Process shell = new ProcessBuilder("sh", "-c", where).start();
            String argument = new String(shell.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, shell.waitFor(), command);
            assertEquals(git.dir().resolve(name).toString(), argument, command);
        }
        Path file = Files.writeString(dir.resolve("afile"), "x");
        CliRun onFile = CliRun.of("init", file.toString());
        assertEquals(2, onFile.exitCode());
        assertTrue(onFile.err().contains("is a file; init makes a portal in a folder"), onFile.err());
        io.diffpress.testing.GitFixture repo = new io.diffpress.testing.GitFixture(Files.createDirectories(dir.resolve("repo-expr")));
        repo.write("a.md", "a\n").commit("first");
        CliRun expression = CliRun.of("init", repo.dir().resolve("${{ secrets.TOKEN }}").toString());
        assertEquals(2, expression.exitCode());
        assertTrue(expression.err().contains("has a control character, '${{'"), expression.err());
        for (String glob : List.of("*star", "!bang", "#hash", "a[b]", "log{1}", "a{b,c}", "a\\\\q")) {
            CliRun refused = CliRun.of("init", repo.dir().resolve(glob).toString());
            assertEquals(2, refused.exitCode(), glob);
            assertTrue(refused.err().contains("a glob character"), refused.err());
        }
    }

    @Test
    void initInASubfolderOfARepositoryPutsTheWorkflowAtItsRootAndBuilds() throws Exception {
        io.diffpress.testing.GitFixture git = new io.diffpress.testing.GitFixture(Files.createDirectories(dir.resolve("docs-repo")));
        git.at("2025-06-20T10:00:00Z").write("articles/a.md", "# A\n\ntext\n").commit("first");
        git.at("2025-06-21T10:00:00Z").write("articles/a.md", "# A\n\nmore text\n").commit("second");
        Path portal = git.dir().resolve("changelog");
        CliRun run = CliRun.of("init", portal.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.notExists(portal.resolve(".github")), "GitHub ignores workflows outside the repository root");
        Path workflowFile = git.dir().resolve(".github/workflows/pages.yml");
        Map<String, Object> workflow = new Yaml().load(Files.readString(workflowFile));
        Map<?, ?> build = (Map<?, ?>) ((Map<?, ?>) workflow.get("jobs")).get("build");
        assertEquals("changelog", ((Map<?, ?>) ((Map<?, ?>) build.get("defaults")).get("run")).get("working-directory"));
        String text = Files.readString(workflowFile);
        assertTrue(text.contains("path: 'changelog/public'"), text);
        List<?> steps = (List<?>) build.get("steps");
        Map<?, ?> cache = (Map<?, ?>) steps.stream().filter(st -> "actions/cache@v4".equals(((Map<?, ?>) st).get("uses"))).findFirst()
                .orElseThrow(() -> new AssertionError("the caches are kept between runs: " + text));
        assertEquals("changelog/.diffpress", ((Map<?, ?>) cache.get("with")).get("path"), "paths of actions are from the repository root");
        assertTrue(steps.indexOf(cache) < steps.size() - 1 && text.indexOf("actions/cache") < text.indexOf("name: Build the site"), text);
        assertTrue(text.contains("run: java -XX:+UseParallelGC -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 -Xmn256m -jar diffpress.jar build --config site.yml"), text);
        assertJvmAccepts(text.substring(text.indexOf("run: java ") + "run: java ".length(), text.indexOf(" -jar diffpress.jar build")));
        SiteConfig config = ConfigLoader.load(portal.resolve("site.yml"));
        assertEquals(git.dir(), config.repository().orElseThrow().path(), "the portal reports the repository around it");
        assertTrue(config.sections().get(0).matches("articles/a.md"));
        assertFalse(config.sections().get(0).matches("changelog/content/docs/2025-06-21.md"), "its own reports are not reported on");

        // What the workflow runs, from its working directory, on the scaffold as written: a site with both days.
        CliRun site = CliRun.of("build", "--config", portal.resolve("site.yml").toString());
        assertEquals(0, site.exitCode(), site.out() + site.err());
        assertTrue(Files.exists(portal.resolve("content/docs/2025-06-21.md")), site.out());
        assertTrue(Files.exists(portal.resolve("public/index.html")));
        assertTrue(site.out().contains("browse it: java -jar diffpress.jar serve --no-generate --config") && !site.out().contains("\nopen "),
                "the hint serves the site under its base path rather than opening a file whose links point to file:///: " + site.out());

        // A second build puts the first site aside next to the new one: the scaffold's .gitignore keeps both out of git.
        assertEquals(0, CliRun.of("build", "--config", portal.resolve("site.yml").toString()).exitCode());
        assertTrue(Files.isDirectory(portal.resolve(".public.previous")), "the swap keeps the previous site to update next time");
        Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=all").directory(git.dir().toFile())
                .redirectErrorStream(true).start();
        String untracked = new String(status.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, status.waitFor(), untracked);
        assertTrue(untracked.contains("changelog/site.yml") && untracked.contains("changelog/content/docs/2025-06-21.md"), untracked);
        assertFalse(untracked.contains("public") || untracked.contains(".diffpress"), "only the portal's sources are left to commit: " + untracked);
    }

    /**
     * A repository on "master" gets a site.yml and a workflow for master, and builds; a CI checkout that has the
     * branch only as origin's (a detached HEAD of another ref) still finds it.
     */
    @Test
    void initUsesTheCheckedOutBranchAndACloneWithOnlyOriginsBranchBuilds() throws Exception {
        io.diffpress.testing.GitFixture git = new io.diffpress.testing.GitFixture(Files.createDirectories(dir.resolve("old-repo")));
        git.git("checkout", "-q", "-b", "master");
        git.at("2025-06-20T10:00:00Z").write("articles/a.md", "# A\n\ntext\n").commit("first");
        Path portal = git.dir().resolve("changelog");
        assertEquals(0, CliRun.of("init", portal.toString()).exitCode());
        assertTrue(Files.readString(portal.resolve("site.yml")).contains("  branch: 'master'\n"));
        Map<?, ?> workflow = new Yaml().load(Files.readString(git.dir().resolve(".github/workflows/pages.yml")));
        // YAML 1.1 (SnakeYAML) reads the key "on" as true; GitHub reads it as "on"
        assertEquals(Map.of("branches", List.of("master")), ((Map<?, ?>) workflow.get(true)).get("push"));
        CliRun site = CliRun.of("build", "--config", portal.resolve("site.yml").toString());
        assertEquals(0, site.exitCode(), site.out() + site.err());

        git.git("add", "-A");
        git.commit("portal");
        Path clone = dir.resolve("ci-clone");
        new io.diffpress.testing.GitFixture(Files.createDirectories(clone)).git("fetch", "-q", git.dir().toString(),
                "+refs/heads/master:refs/remotes/origin/master");
        io.diffpress.testing.GitFixture ci = new io.diffpress.testing.GitFixture(clone);
        ci.git("checkout", "-q", "--detach", "origin/master");
        assertEquals("refs/remotes/origin/master", ci.git("for-each-ref", "--format=%(refname)").strip(), "no local master");
        CliRun detached = CliRun.of("build", "--config", clone.resolve("changelog/site.yml").toString());
        assertEquals(0, detached.exitCode(), detached.out() + detached.err());
        assertTrue(Files.exists(clone.resolve("changelog/content/docs/2025-06-20.md")), detached.out());

        // init in a detached checkout names the only local branch there is
        io.diffpress.testing.GitFixture other = new io.diffpress.testing.GitFixture(Files.createDirectories(dir.resolve("detached")));
        other.git("checkout", "-q", "-b", "trunk");
        String first = other.at("2025-06-20T10:00:00Z").write("a.md", "# A\n").commit("first");
        other.git("checkout", "-q", "--detach", first);
        assertEquals(0, CliRun.of("init", other.dir().resolve("portal").toString()).exitCode());
        assertTrue(Files.readString(other.dir().resolve("portal/site.yml")).contains("  branch: 'trunk'\n"));
    }

    @Test
    void helpAndErrorsHaveNoColourCodesEvenOnATerminal() {
        // picocli colours help on a terminal (picocli.ansi=true stands for one); the guard would print the codes as text
        String before = System.getProperty("picocli.ansi");
        System.setProperty("picocli.ansi", "true");
        try {
            CliRun help = CliRun.of("build", "--help");
            assertTrue(help.out().contains("\nUsage: diffpress build [-hqV]"), help.out());
            CliRun usage = CliRun.of("build", "--no-such-option");
            assertEquals(2, usage.exitCode());
            for (String text : List.of(help.out(), usage.err())) {
                assertFalse(text.contains("\\x1b") || text.contains("\u001b"), text);
            }
        } finally {
            if (before == null) {
                System.clearProperty("picocli.ansi");
            } else {
                System.setProperty("picocli.ansi", before);
            }
        }
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        for (String command : new String[]{"generate", "build", "serve", "init"}) {
            assertTrue(help.out().contains(command), help.out());
        }
        assertTrue(help.out().contains("Exit codes: 0 success, 1 build error, 2 usage or configuration error."), help.out());
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("diffpress "), version.out());
        for (String command : new String[]{"generate", "build", "serve", "init", "explain"}) { // each lists -V (an audit: it printed nothing)
            CliRun own = CliRun.of(command, "-V");
            assertEquals(0, own.exitCode(), command);
            assertEquals(version.out(), own.out(), command);
        }
        CliRun buildHelp = CliRun.of("build", "--help");
        assertTrue(buildHelp.out().contains("--config") && buildHelp.out().contains("--range"), buildHelp.out());
        assertEquals(2, CliRun.of("frobnicate").exitCode());
        CliRun bare = CliRun.of();
        assertEquals(2, bare.exitCode(), "a command is needed");
        assertTrue(bare.err().contains("a command is needed") && bare.err().contains("Usage: diffpress"), bare.err());
    }

    /** A work tree (a .git folder is enough for init) whose .github/workflows/NAME is someone else's Pages workflow. */
    private static Path repositoryWithWorkflow(Path dir, String name) throws java.io.IOException {
        Path repo = dir.resolve("docs");
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve(".github/workflows"));
        Files.writeString(repo.resolve(".github/workflows/" + name), "name: theirs\n");
        return repo;
    }

    /** A repository that already has a Pages workflow and a .gitignore: both kept, ours beside the one, lines added to the other. */
    @Test
    void initKeepsAnExistingWorkflowAndAddsToAnExistingGitignore(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path repo = repositoryWithWorkflow(dir, "pages.yml");
        Path portal = repo.resolve("changelog");
        Files.createDirectories(portal);
        Files.writeString(portal.resolve(".gitignore"), "*.log\n/public"); // no final newline; "/public" is "public/"

        CliRun run = CliRun.of("init", portal.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("name: theirs\n", Files.readString(repo.resolve(".github/workflows/pages.yml")), "their workflow kept");
        Path ours = repo.resolve(".github/workflows/pages-changelog.yml.diffpress-new");
        assertTrue(Files.readString(ours).contains("actions/deploy-pages") && Files.readString(ours).contains("working-directory: 'changelog'"));
        assertTrue(run.out().contains("kept " + repo.resolve(".github/workflows/pages.yml")) && run.out().contains(ours.toString()), run.out());
        assertEquals("*.log\n/public\n# built site, the trees a build swaps it with, render cache and the lock of a running diffpress\n"
                + "/.public.*/\n/.diffpress/\n/.diffpress.lock\n", Files.readString(portal.resolve(".gitignore")), "only the missing lines added");
        assertTrue(Files.exists(portal.resolve("site.yml")));
        assertTrue(Files.isDirectory(portal.resolve("content")));

        // a second portal in the same repository gets a workflow of its own beside theirs
        Path second = repo.resolve("news");
        assertEquals(0, CliRun.of("init", second.toString()).exitCode());
        assertTrue(Files.readString(repo.resolve(".github/workflows/pages-news.yml.diffpress-new")).contains("working-directory: 'news'"));
        assertTrue(Files.readString(ours).contains("working-directory: 'changelog'"), "the first portal's is left alone");
        // each portal restores its own cache, not the other's
        String news = Files.readString(repo.resolve(".github/workflows/pages-news.yml.diffpress-new"));
        String newsKey = "diffpress-dir-news-" + io.diffpress.Sha256.hex("news").substring(0, 8) + "-";
        assertTrue(news.contains("key: " + newsKey + "${{ github.run_id }}") && news.contains("restore-keys: " + newsKey + "\n"), news);
        assertTrue(Files.readString(ours).contains("restore-keys: diffpress-dir-changelog-"), Files.readString(ours));
    }

    /** Whatever init finds, it decides before it writes: it finishes, or it changes nothing. */
    @Test
    void initFinishesInAFolderThatHasPartsOfAPortal(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path repo = repositoryWithWorkflow(dir, "pages.yaml");
        Path portal = repo.resolve("p");
        Files.createDirectories(portal.resolve("content"));
        Files.writeString(portal.resolve("content/.gitkeep"), "");
        Files.writeString(portal.resolve("content/2025-06-01.md"), "---\ntitle: a report\n---\n");
        byte[] latin1 = "# caf\u00e9\r\n.diffpress\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // not UTF-8, CRLF
        Files.write(portal.resolve(".gitignore"), latin1);

        CliRun run = CliRun.of("init", portal.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(portal.resolve("site.yml")));
        assertEquals("---\ntitle: a report\n---\n", Files.readString(portal.resolve("content/2025-06-01.md")));
        assertTrue(run.out().contains("kept " + repo.resolve(".github/workflows/pages.yaml")), "a .yaml workflow counts: " + run.out());
        assertFalse(Files.exists(repo.resolve(".github/workflows/pages.yml")), "no second Pages workflow");
        byte[] after = Files.readAllBytes(portal.resolve(".gitignore"));
        assertEquals(new String(latin1, java.nio.charset.StandardCharsets.ISO_8859_1)
                        + "# built site, the trees a build swaps it with, render cache and the lock of a running diffpress\r\n"
                        + "/public/\r\n/.public.*/\r\n/.diffpress.lock\r\n",
                new String(after, java.nio.charset.StandardCharsets.ISO_8859_1), "its bytes kept, its line ending used, '.diffpress' known");
    }

    /**
     * init refuses a folder of documentation (its pages would be left out of the reports, or read as reports), a path
     * under a file and git's own folder, before it writes anything; its .gitignore lines hold for the portal's folder
     * only; a branch with pattern characters is matched literally by the workflow (each found by an audit).
     */
    @Test
    void initRefusesFoldersOfDocumentationAndAnchorsItsIgnoredPaths(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path repo = repositoryWithWorkflow(dir, "pages.yml");
        Files.createDirectories(repo.resolve("articles/how-to"));
        Files.writeString(repo.resolve("articles/how-to/a.md"), "# A\n");
        CliRun docs = CliRun.of("init", repo.resolve("articles").toString());
        assertEquals(2, docs.exitCode(), docs.err());
        assertTrue(docs.err().contains("holds documentation (how-to/a.md): a portal's folder is left out of its reports; make the portal"
                + " in a folder of its own, such as articles-changelog"), docs.err());
        assertFalse(Files.exists(repo.resolve("articles/site.yml")));
        Files.createDirectories(repo.resolve("content/en"));
        Files.writeString(repo.resolve("content/en/page.md"), "# A Hugo page\n");
        CliRun hugo = CliRun.of("init", repo.toString());
        assertEquals(2, hugo.exitCode(), hugo.err());
        assertTrue(hugo.err().contains("(content/en/page.md, a page without front matter where the reports go)"), hugo.err());
        assertTrue(hugo.err().contains("such as changelog"), hugo.err());
        assertFalse(Files.exists(repo.resolve("site.yml")), "nothing written");
        Files.writeString(repo.resolve("notes.txt"), "a file");
        CliRun underFile = CliRun.of("init", repo.resolve("notes.txt/portal").toString());
        assertEquals(2, underFile.exitCode(), underFile.err());
        assertTrue(underFile.err().contains("notes.txt is a file, not a folder"), underFile.err());
        CliRun inGit = CliRun.of("init", repo.resolve(".git/portal").toString());
        assertEquals(2, inGit.exitCode(), inGit.err());
        assertTrue(inGit.err().contains("is inside git's own folder"), inGit.err());

        Path real = Files.createDirectories(dir.resolve("real"));
        gitIn(real, "init", "-q");
        assertEquals(0, CliRun.of("init", real.toString()).exitCode());
        Files.createDirectories(real.resolve("guide/public"));
        Files.writeString(real.resolve("guide/public/api.md"), "x");
        assertEquals("", gitIn(real, "check-ignore", "guide/public/api.md").strip(), "a docs folder named public is not ignored");
        assertEquals("public/index.html", gitIn(real, "check-ignore", "public/index.html").strip());
        assertEquals(".diffpress/cache", gitIn(real, "check-ignore", ".diffpress/cache").strip());
        assertEquals("release\\+1.x", InitCommand.filterPattern("release+1.x"));
        assertEquals("feature/\\*\\?\\[a\\]\\!", InitCommand.filterPattern("feature/*?[a]!"));
        assertEquals("main", InitCommand.filterPattern("main"));
    }

    /** init never writes through a symbolic link inside the repository (.github, the portal's .gitignore): an audit found it did. */
    @Test
    void initWritesNothingThroughALink(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.writeString(victim.resolve("fake_bashrc"), "export SAFE=1\n");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        gitIn(repo, "init", "-q");
        Files.createSymbolicLink(repo.resolve(".github"), victim);
        CliRun linkedGithub = CliRun.of("init", repo.resolve("c1").toString());
        assertEquals(2, linkedGithub.exitCode(), linkedGithub.err());
        assertTrue(linkedGithub.err().contains(repo.resolve(".github") + " is a symbolic link: init writes"), linkedGithub.err());
        Files.delete(repo.resolve(".github"));
        Files.createDirectories(repo.resolve("c2"));
        Files.createSymbolicLink(repo.resolve("c2/.gitignore"), victim.resolve("fake_bashrc"));
        CliRun linkedIgnore = CliRun.of("init", repo.resolve("c2").toString());
        assertEquals(2, linkedIgnore.exitCode(), linkedIgnore.err());
        assertTrue(linkedIgnore.err().contains(".gitignore is a symbolic link"), linkedIgnore.err());
        assertEquals("export SAFE=1\n", Files.readString(victim.resolve("fake_bashrc")), "nothing appended outside");
        try (var left = Files.list(victim)) {
            assertEquals(java.util.List.of("fake_bashrc"), left.map(p -> p.getFileName().toString()).toList());
        }
        assertFalse(Files.exists(repo.resolve("c1/site.yml")) || Files.exists(repo.resolve("c2/site.yml")), "refused before writing");
    }

    private static String gitIn(Path repo, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git", "-C", repo.toString()));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** A JVM refuses an option it does not know (exit 1, "Unrecognized VM option"): the workflow's must be known to this one. */
    private static void assertJvmAccepts(String options) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options.trim().split(" +")));
        assertTrue(command.size() > 1 && command.stream().noneMatch(String::isBlank), "options found: " + command);
        command.add("-version");
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, jvm.waitFor(), command + ": " + output);
    }
}
