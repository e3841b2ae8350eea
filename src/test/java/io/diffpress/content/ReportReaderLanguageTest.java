package io.diffpress.content;

import io.diffpress.DiffpressException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The language of a report's text: front matter textLocale, else locale, as a BCP 47 tag. */
class ReportReaderLanguageTest {

    private static ReportDocument read(String keys) {
        String text = "---\ntitle: t\ndate: '2025-06-01'\n" + keys + "---\n\n# Highlights\n\ntext\n";
        return ReportReader.read("docs/a.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTextLocaleWinsOverTheLocaleAsked() {
        assertEquals(Optional.empty(), read("").language());
        assertEquals(Optional.of("ja-JP"), read("locale: ja_JP\n").language());
        assertEquals(Optional.of("zh-Hans-CN"), read("locale: zh-Hans-CN\n").language());
        assertEquals(Optional.of("en-US"), read("locale: zh_CN\ntextLocale: en_US\n").language(), "a zh_CN report in English");
    }

    @Test
    void aLocaleThatIsNoLanguageTagIsAnErrorOnItsLine() {
        DiffpressException e = assertThrows(DiffpressException.class, () -> read("summary: s\nlocale: 'en US\"><script>'\n"));
        assertTrue(e.getMessage().contains("docs/a.md:5") && e.getMessage().contains("locale 'en US\"><script>' must be a language"),
            e.getMessage());
        assertThrows(DiffpressException.class, () -> read("textLocale: '1'\n"));
    }
}
