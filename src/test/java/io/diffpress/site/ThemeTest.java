package io.diffpress.site;

import io.diffpress.DiffpressException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A portal's own templates: mistakes in them are told with the portal's file and line. */
class ThemeTest {

    @TempDir
    Path theme;

    private void checkWords() {
        new Theme(theme).checkWords(UiStrings.load(theme, "en_US").keySet());
    }

    @Test
    void aWordNoInterfaceStringHasIsRefusedWithItsFileAndLine() throws Exception {
        Files.writeString(theme.resolve("404.peb"), "<p>{{ t.not_found }}</p>\n<p>{{ t.no_such_key }} {{ t.nor_this }}</p>\n");
        DiffpressException e = assertThrows(DiffpressException.class, this::checkWords);
        assertTrue(e.userMessage().contains(theme.resolve("404.peb") + ":2: t.no_such_key is no interface word"), e.userMessage());
        assertTrue(e.userMessage().contains(theme.resolve("404.peb") + ":2: t.nor_this"), "all of them at once: " + e.userMessage());
        assertFalse(e.userMessage().contains("not_found"), e.userMessage());
        assertEquals(DiffpressException.Kind.INPUT, e.kind());
        // the portal's own strings count
        Files.createDirectories(theme.resolve("i18n"));
        Files.writeString(theme.resolve("i18n/en_US.properties"), "no_such_key=Here\nnor_this=There\n");
        checkWords();
    }

    /** A template that includes itself, or a macro that calls itself, is one clear error, not a stack trace (an audit). */
    @Test
    void aTemplateThatNeverEndsIsOneClearError() throws Exception {
        Files.writeString(theme.resolve("404.peb"), "{% include \"404.peb\" %}\n");
        DiffpressException e = assertThrows(DiffpressException.class, () -> new Theme(theme).render("404.peb", Map.of()));
        assertTrue(e.userMessage().contains("template 404.peb (" + theme.resolve("404.peb") + ") never ends: it includes itself"),
                e.userMessage());
        assertEquals(DiffpressException.Kind.INPUT, e.kind());
        Files.writeString(theme.resolve("404.peb"), "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}\n");
        DiffpressException macro = assertThrows(DiffpressException.class, () -> new Theme(theme).render("404.peb", Map.of()));
        assertTrue(macro.userMessage().contains("never ends"), macro.userMessage());
    }

    @Test
    void aTemplateThatNamesSomethingElseTIsNotChecked() throws Exception {
        Files.writeString(theme.resolve("list.peb"), "{% for t in tags %}{{ t.name }} {{ t.count }}{% endfor %}\n");
        checkWords();
    }

    /** Text a template prints is escaped, and a control character in it (from a file name) is shown as U+FFFD. */
    @Test
    void printedTextIsEscapedWithoutControlCharacters() throws Exception {
        Files.writeString(theme.resolve("404.peb"), "<p title=\"{{ name }}\">{{ name }}</p>");
        String page = new Theme(theme).render("404.peb", Map.of("name", "docs/ev\u001b[31m<b>\u0007&'.md"));
        assertEquals("<p title=\"docs/ev\uFFFD[31m&lt;b&gt;\uFFFD&amp;&#39;.md\">docs/ev\uFFFD[31m&lt;b&gt;\uFFFD&amp;&#39;.md</p>", page);
    }

    /** The built-in templates' words are all in en_US.properties (so every locale falls back to one). */
    @Test
    void everyWordOfTheBuiltInTemplatesIsAnInterfaceString() throws Exception {
        java.util.Set<String> keys = UiStrings.load(theme, "en_US").keySet();
        Pattern word = Pattern.compile("\\bt\\.([A-Za-z_][A-Za-z0-9_]*)");
        int seen = 0;
        try (var files = Files.list(Path.of("themes/default"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".peb")).toList()) {
                Matcher m = word.matcher(Files.readString(file));
                while (m.find()) {
                    seen++;
                    assertTrue(keys.contains(m.group(1)), file + ": t." + m.group(1));
                }
            }
        }
        assertTrue(seen > 40, "the templates use the words: " + seen);
    }

    @Test
    void errorsInThePortalsTemplatesNameItsFile() throws Exception {
        Files.writeString(theme.resolve("404.peb"), "{% include \"nothere.peb\" %}\n");
        Theme t = new Theme(theme);
        DiffpressException missing = assertThrows(DiffpressException.class, () -> t.render("404.peb", new HashMap<>()));
        assertTrue(missing.userMessage().contains("template 404.peb (" + theme.resolve("404.peb") + "): "), missing.userMessage());
        assertTrue(missing.userMessage().contains("nothere.peb"), missing.userMessage());
        assertFalse(missing.userMessage().contains("?:?"), missing.userMessage());

        Files.writeString(theme.resolve("search.peb"), "line one\n{% if %}\n");
        DiffpressException syntax = assertThrows(DiffpressException.class, () -> new Theme(theme).render("search.peb", Map.of()));
        assertTrue(syntax.userMessage().contains("(" + theme.resolve("search.peb") + ":2)"), syntax.userMessage());
    }
}
