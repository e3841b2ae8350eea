package io.diffpress.site;

import io.diffpress.Diffpress;
import io.diffpress.config.ConfigLoader;
import io.diffpress.config.SiteConfig;
import io.diffpress.testing.HostilePortal;
import io.diffpress.testing.LocalizedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Nu Html Checker reports no errors on any page kind, hostile content included, in English and in Japanese. */
class HtmlValidityTest {

    @TempDir
    Path dir;

    @Test
    void everyPageKindIsValidHtml() throws Exception {
        Path configFile = HostilePortal.create(dir, "https://o.github.io/repo/");
        try (InputStream in = HtmlValidityTest.class.getResourceAsStream("example-report.md")) {
            Files.copy(in, dir.resolve("portal/content/other/2025-06-21.md"));
        }
        Files.writeString(configFile, Files.readString(configFile) + "pageSize: 2\nhistoryPageSize: 1\n");
        SiteConfig config = ConfigLoader.load(configFile);
        Diffpress.generate(config, Optional.empty(), false, p -> { });
        Diffpress.build(config);
        Path site = config.output();
        List<String> pages = List.of("index.html", "page/2/index.html", "other/2025-06-21/index.html",
                "other/2025-06-22/index.html", "docs/2025-06-21/index.html", "tags/index.html", "tags/docs/index.html",
                "sections/index.html", "sections/other/index.html", "archive/index.html", "archive/2025/06/index.html",
                "files/index.html", "files/articles/ai-services/openai/how-to/responses.md/index.html",
                "files/docs/page.md/index.html", "files/docs/page.md/page/2/index.html",
                "search/index.html", "404.html");
        assertValid(site, pages);
    }

    @Test
    void aJapaneseSiteIsValidHtml() throws Exception {
        SiteConfig config = ConfigLoader.load(LocalizedPortal.create(dir, "ja_JP"));
        Diffpress.build(config);
        assertValid(config.output(), LocalizedSiteTest.PAGES);
    }

    private static void assertValid(Path site, List<String> pages) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nu.validator.client.SimpleCommandLineValidator",
                "--errors-only", "--format", "gnu"));
        for (String page : pages) {
            assertTrue(Files.exists(site.resolve(page)), page);
            command.add(site.resolve(page).toString());
        }
        Process vnu = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report;
        try (InputStream out = vnu.getInputStream()) {
            report = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(vnu.waitFor(5, TimeUnit.MINUTES));
        assertEquals("", report.strip(), "Nu Html Checker errors");
        assertEquals(0, vnu.exitValue());
    }
}
