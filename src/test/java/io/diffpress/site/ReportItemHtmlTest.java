package io.diffpress.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ReportItemHtml} against the Pebble templates it stands for: the built-in item.peb and macros.peb, copied
 * into a portal theme (which makes list entries go through Pebble), and the built-in theme render the same list
 * pages to the same bytes; so a change to either template fails here until ReportItemHtml follows it. A portal's
 * own item.peb or macros.peb is still used.
 */
class ReportItemHtmlTest {

    @TempDir
    Path dir;

    private static final String[] TEXTS = {"", " ", "\t", "new feature", "breaking change", "bug fix", "minor update",
        "unknown type", "<script>alert(1)</script>", "a & b \"quoted\" 'single'", "日本語のタイトル", "x\u00a0y", "  padded  ",
        "openai", "e\u0301", "\uD83D\uDE00 emoji", "2025-06-20", "openai/2025-06-20/", "{{ not.a.tag }}"};

    @Test
    void entriesAreThePebbleTemplatesBytes() throws IOException {
        Path oracle = dir.resolve("oracle");
        Files.createDirectories(oracle);
        for (String name : List.of("item.peb", "macros.peb")) {
            try (InputStream in = builtIn(name)) {
                Files.write(oracle.resolve(name), in.readAllBytes());
            }
        }
        Theme pebbleItems = new Theme(oracle);
        Theme javaItems = new Theme(dir.resolve("none"));
        Random random = new Random(11);
        int entries = 0;
        for (String locale : List.of("en_US", "ja_JP", "zh_CN")) {
            Map<String, String> t = UiStrings.load(dir.resolve("none"), locale);
            for (int n = 0; n < 40; n++) {
                List<ReportView> reports = new ArrayList<>();
                for (int i = random.nextInt(25); i > 0; i--) {
                    reports.add(report(random));
                }
                entries += reports.size();
                Map<String, Object> context = listPage(reports, t, random);
                String expected = new String(pebbleItems.renderBytes("list.peb", context), StandardCharsets.UTF_8);
                String actual = new String(javaItems.renderBytes("list.peb", context), StandardCharsets.UTF_8);
                assertEquals(expected, actual, "list " + n + " in " + locale);
            }
        }
        assertTrue(entries > 1000, "enough entries compared: " + entries);
    }

    @Test
    void aPortalsOwnItemOrMacrosAreStillUsed() throws IOException {
        Map<String, String> t = UiStrings.load(dir.resolve("none"), "en_US");
        ReportView report = report(new Random(3));
        Path ownItem = dir.resolve("own-item");
        Files.createDirectories(ownItem);
        Files.writeString(ownItem.resolve("item.peb"), "<li class=\"mine\">{{ r.title }}</li>\n");
        String page = new String(new Theme(ownItem).renderBytes("list.peb", listPage(List.of(report), t, new Random(1))),
                StandardCharsets.UTF_8);
        assertTrue(page.contains("<li class=\"mine\">"), page);

        Path ownMacros = dir.resolve("own-macros");
        Files.createDirectories(ownMacros);
        try (InputStream in = builtIn("macros.peb")) {
            Files.writeString(ownMacros.resolve("macros.peb"), new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<div class=\"counts\">", "<div class=\"counts my-counts\">"));
        }
        page = new String(new Theme(ownMacros).renderBytes("list.peb", listPage(List.of(report), t, new Random(1))),
                StandardCharsets.UTF_8);
        assertTrue(page.contains("<div class=\"counts my-counts\">"), page);
    }

    private static InputStream builtIn(String template) {
        return ReportItemHtmlTest.class.getClassLoader().getResourceAsStream("themes/default/" + template);
    }

    private static Map<String, Object> listPage(List<ReportView> reports, Map<String, String> t, Random random) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", new SiteView("Site", "", random.nextBoolean() ? "/" : "/repo & <x>/", "https://x/", "en", true));
        context.put("t", t);
        context.put("pageTitle", "Tag");
        context.put("pageUrl", "tags/x/");
        context.put("list", new ListPage("tag", "x", "tags/x/", "tags/x/index.xml", reports));
        context.put("indexUrl", "tags/");
        context.put("indexTitle", "Tags");
        context.put("reports", reports);
        context.put("page", 1);
        context.put("pages", 1);
        context.put("chart", "");
        return context;
    }

    private static ReportView report(Random random) {
        List<String> types = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            types.add(pick(random));
        }
        int[] counts = {0, 1, 2, 17, 12345};
        return new ReportView(pick(random), pick(random), pick(random), "", pick(random), pick(random),
                random.nextInt(4) == 0 ? null : pick(random), random.nextInt(3) == 0 ? pick(random) : "", pick(random), types, List.of(),
                counts[random.nextInt(counts.length)], random.nextInt(9999), random.nextInt(9999), List.of(), null,
                "content/" + random.nextInt(1000) + ".md");
    }

    private static String pick(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }
}
