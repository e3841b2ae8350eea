package io.diffpress.cli;

import io.diffpress.config.ConfigLoader;
import io.diffpress.config.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitAndHelpTest {

    @TempDir
    Path dir;

    @Test
    void initScaffoldsAPortalThatLoads() throws Exception {
        Path portal = dir.resolve("my-portal");
        CliRun run = CliRun.of("init", portal.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isDirectory(portal.resolve("content")));
        String yml = Files.readString(portal.resolve("site.yml"));
        assertTrue(yml.contains("# Absolute URL the site is published at"), "site.yml is commented");
        SiteConfig config = ConfigLoader.load(portal.resolve("site.yml"));
        assertEquals(dir, config.repository().orElseThrow().path());
        Map<String, Object> workflow = new Yaml().load(Files.readString(portal.resolve(".github/workflows/pages.yml")));
        String text = Files.readString(portal.resolve(".github/workflows/pages.yml"));
        assertTrue(workflow.containsKey("jobs"));
        assertTrue(text.contains("fetch-depth: 0") && text.contains("actions/upload-pages-artifact") && text.contains("actions/deploy-pages")
                && text.contains("actions/setup-java"), text);
        assertTrue(Files.readString(portal.resolve(".gitignore")).contains("public/"));

        Files.writeString(portal.resolve("site.yml"), "mine");
        CliRun again = CliRun.of("init", portal.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already exists; init never overwrites files"), again.err());
        assertEquals("mine", Files.readString(portal.resolve("site.yml")));
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
        CliRun buildHelp = CliRun.of("build", "--help");
        assertTrue(buildHelp.out().contains("--config") && buildHelp.out().contains("--range"), buildHelp.out());
        assertEquals(2, CliRun.of("frobnicate").exitCode());
    }
}
