package io.diffpress.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityChartTest {

    /** The interface words as a site has them: the built-in theme's, English under the locale's. */
    private static Map<String, String> ui(String locale) {
        return UiStrings.load(java.nio.file.Path.of("no-portal-theme"), locale);
    }

    @Test
    void oneLineIsSaidInTheSingular() throws IOException {
        String svg = ActivityChart.svg(List.of(Map.entry(LocalDate.parse("2025-01-07"), 1)), ui("en_US"));
        assertTrue(svg.contains("the most, 1 line, in the week of 2025-01-06."), svg);
        assertTrue(svg.contains("<title>week of 2025-01-06: 1 line changed</title>"), svg);
    }

    @Test
    void moreLinesInThePlural() throws IOException {
        String svg = ActivityChart.svg(List.of(Map.entry(LocalDate.parse("2025-01-07"), 3), Map.entry(LocalDate.parse("2024-12-31"), 1)),
                ui("en_US"));
        assertTrue(svg.contains("2 of the 52 weeks up to the week of 2025-01-06 had changes; the most, 3 lines, in the week of 2025-01-06."), svg);
        assertTrue(svg.contains("<title>week of 2024-12-30: 1 line changed</title>"), svg);
        assertTrue(svg.contains("<title>week of 2025-01-06: 3 lines changed</title>"), svg);
    }

    @Test
    void aLanguageWithoutASingularKeepsItsOneForm() throws IOException {
        String svg = ActivityChart.svg(List.of(Map.entry(LocalDate.parse("2025-01-07"), 1)), ui("ja_JP"));
        assertTrue(svg.contains("最も多いのは 2025-01-06 の週の 1 行です。"), svg);
        assertTrue(svg.contains("<title>2025-01-06 の週：1 行変更</title>"), svg);
        assertTrue(svg.contains("（棒の高さは平方根の目盛り）：2025-01-06"), "the caption joined as Japanese punctuates it: " + svg);
        String chinese = ActivityChart.svg(List.of(Map.entry(LocalDate.parse("2025-01-07"), 1)), ui("zh_CN"));
        assertTrue(chinese.contains("共 1 行。") && chinese.contains("变更 1 行</title>"), chinese);
        assertFalse(svg.contains("line") || chinese.contains("line"), "no English words in " + svg + chinese);
    }
}
