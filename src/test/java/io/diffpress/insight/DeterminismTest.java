package io.diffpress.insight;

import io.diffpress.history.FileChange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same input gives the same text, from the same writer or a new one, with or without its cache. */
class DeterminismTest {

    @Test
    void sameInputSameText() {
        for (Locale locale : List.of(Locale.US, Locale.JAPAN)) {
            List<FileChange> files = new ArrayList<>();
            for (String name : ExampleReportTest.FILES) {
                files.add(Changes.example(name, true));
            }
            InsightWriter first = new InsightWriter(locale);
            List<FileInsight> a = files.stream().map(first::explain).toList();
            List<FileInsight> b = files.stream().map(first::explain).toList();
            InsightWriter second = new InsightWriter(locale);
            List<FileInsight> c = files.stream().map(second::explain).toList();
            assertEquals(a, b);
            assertEquals(a, c);
            ReportInsight fromCache = first.summarize("openai", files, a);
            assertEquals(fromCache, first.summarize("openai", files, b));
            // a writer that never explained these files summarizes from the facts the insights carry: the same text
            assertEquals(fromCache, new InsightWriter(locale).summarize("openai", files, a));
        }
    }
}
