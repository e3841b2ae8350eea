package io.diffpress.site;

import io.diffpress.Diffpress;
import io.diffpress.config.ConfigLoader;
import io.diffpress.config.SiteConfig;
import io.diffpress.testing.LocalizedPortal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site in another language shows no English interface words, in text or in attributes a reader meets. */
class LocalizedSiteTest {

    @TempDir
    Path dir;

    /** Words of the interface written in code or templates rather than in i18n files, as they were in English. */
    private static final List<String> LITERALS = List.of("Site", "Pages", "History of", "history", "week of", "lines changed",
            "No results", "result", "results", "Loading", "Search is unavailable", "showing", "change", "changes");

    static final List<String> PAGES = List.of("index.html", "page/2/index.html", "openai/2025-06-22/index.html",
            "openai/2025-06-21/index.html", "tags/index.html", "tags/openai/index.html", "tags/openai/page/2/index.html",
            "tags/クォータ/index.html", "tags/bug-fix/index.html", "sections/index.html", "sections/openai/index.html",
            "archive/index.html", "archive/2025/06/index.html", "files/index.html",
            "files/articles/ai-services/openai/how-to/responses.md/index.html", "search/index.html", "404.html");

    @ParameterizedTest
    @ValueSource(strings = {"ja_JP", "zh_CN"})
    void noEnglishInterfaceWordIsLeft(String locale) throws IOException {
        SiteConfig config = ConfigLoader.load(LocalizedPortal.create(dir, locale));
        Diffpress.build(config);
        List<Pattern> english = englishWords(locale);
        List<String> found = new ArrayList<>();
        for (String page : PAGES) {
            Path file = config.output().resolve(page);
            assertTrue(Files.exists(file), page);
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            assertEquals(locale.replace('_', '-'), doc.selectFirst("html").attr("lang"), page);
            for (String text : readable(doc)) {
                for (Pattern word : english) {
                    if (word.matcher(text).find()) {
                        found.add(page + ": \"" + word.pattern() + "\" in \"" + text + "\"");
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "English left:\n" + String.join("\n", found));

        Document report = Jsoup.parse(config.output().resolve("openai/2025-06-22/index.html").toFile(), "UTF-8");
        assertFalse(report.select("a.history").isEmpty(), "the history links are there to be checked");
        Document index = Jsoup.parse(config.output().resolve("index.html").toFile(), "UTF-8");
        assertFalse(index.select("svg rect title").isEmpty(), "chart bars are there to be checked");

        // Every message of the search script is given by the page in the site's language.
        Document search = Jsoup.parse(config.output().resolve("search/index.html").toFile(), "UTF-8");
        Element status = search.selectFirst("[data-search-status]");
        assertEquals(1, search.select("[role=search]").size(), "one search form on the search page, its own (an audit)");
        assertEquals(1, index.select("[role=search]").size(), "the header's on the other pages");
        for (String key : searchScriptKeys()) {
            String value = status.attr("data-text-" + key);
            assertFalse(value.isBlank(), "data-text-" + key);
        }
    }

    /**
     * The text nodes, page title, chart titles and the attributes people read (labels, titles, placeholders, messages).
     * A report's own text is its author's, in whatever words the author chose (its Summary Table has the
     * reference format's English type and status words): of the report body, only the history links the site adds count.
     */
    private static Set<String> readable(Document doc) {
        Set<String> texts = new LinkedHashSet<>();
        texts.add(doc.title());
        for (Element e : doc.getAllElements()) {
            if (!e.parents().select(".report-body").isEmpty() && !e.is("a.history")) {
                continue;
            }
            String own = e.ownText().trim();
            if (!own.isEmpty() && !e.tagName().equals("script")) {
                texts.add(own);
            }
            for (Attribute a : e.attributes()) {
                if (List.of("aria-label", "title", "placeholder", "alt").contains(a.getKey()) || a.getKey().startsWith("data-text-")) {
                    texts.add(a.getValue());
                }
            }
        }
        return texts;
    }

    /** Each English interface word that the locale translates, as a pattern ({0} stands for anything). */
    private static List<Pattern> englishWords(String locale) throws IOException {
        Properties en = properties("en_US");
        Properties own = properties(locale);
        Set<String> words = new LinkedHashSet<>(LITERALS);
        for (String key : en.stringPropertyNames()) {
            // (punctuation alone, ": " or "({0})", is no English word: a Japanese text may hold it, as a list of characters)
            if (!en.getProperty(key).equals(own.getProperty(key)) && en.getProperty(key).chars().anyMatch(Character::isLetter)) {
                words.add(en.getProperty(key));
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String word : words) {
            StringBuilder regex = new StringBuilder("(?<![A-Za-z])");
            for (String piece : word.split("\\{\\d}", -1)) {
                if (regex.length() > 13) {
                    regex.append(".*?");
                }
                regex.append(Pattern.quote(piece));
            }
            patterns.add(Pattern.compile(regex.append("(?![A-Za-z])").toString()));
        }
        return patterns;
    }

    private static Properties properties(String locale) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizedSiteTest.class.getClassLoader().getResourceAsStream("themes/default/i18n/" + locale + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The keys of the TEXT table of search.js. */
    private static List<String> searchScriptKeys() throws IOException {
        String script;
        try (InputStream in = LocalizedSiteTest.class.getResourceAsStream("/io/diffpress/search/search.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String table = script.substring(script.indexOf("const TEXT = {"), script.indexOf("};", script.indexOf("const TEXT = {")));
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("'([a-z-]+)':").matcher(table);
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertTrue(keys.size() >= 9, keys.toString());
        return keys;
    }
}
