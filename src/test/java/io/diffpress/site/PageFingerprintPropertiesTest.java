package io.diffpress.site;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page's fingerprint changes with anything in its context, and only then. */
class PageFingerprintPropertiesTest {

    private static final PageFingerprint PRINTS = new PageFingerprint(Path.of("no-such-theme"));

    @Provide
    Arbitrary<List<String>> texts() {
        // ASCII, Latin-1, other planes, lone surrogates, and the bytes the encoding marks characters with
        return Arbitraries.strings().withChars("a\u0000\u007f\u0080\u00ff\u0100é日\ud83d\ude00\ud800").ofMaxLength(4).list().ofMaxSize(3);
    }

    @Property(tries = 5000)
    void sameOnlyForTheSameContext(@ForAll("texts") List<String> a, @ForAll("texts") List<String> b) {
        assertEquals(a.equals(b), print(a).equals(print(b)), a + " and " + b);
    }

    @Test
    void eachValueAndTemplateCounts() {
        Map<String, Object> page = new HashMap<>(Map.of("title", "Report", "count", 3, "first", true));
        String print = PRINTS.of("list.peb", page);
        assertEquals(print, PRINTS.of("list.peb", new HashMap<>(page)), "the same context");
        assertNotEquals(print, PRINTS.of("index.peb", page), "another template");
        for (Map.Entry<String, Object> change : Map.<String, Object>of("title", "Report ", "count", 4, "first", false).entrySet()) {
            Map<String, Object> changed = new HashMap<>(page);
            changed.put(change.getKey(), change.getValue());
            assertNotEquals(print, PRINTS.of("list.peb", changed), change.getKey());
        }
        Map<String, Object> more = new HashMap<>(page);
        more.put("note", null);
        assertNotEquals(print, PRINTS.of("list.peb", more), "a key more, even without a value");
        assertNotEquals(PRINTS.of("p", Map.of("a", "1")), PRINTS.of("p", Map.of("a", 1)), "a string is not a number");
        assertNotEquals(PRINTS.of("p", Map.of("link", new PageLink("/a/", "A"))), PRINTS.of("p", Map.of("link", new PageLink("/a/", "B"))),
                "a record's component");
    }

    @Provide
    Arbitrary<List<ArticleView.Change>> histories() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab-é").ofMaxLength(3);
        Arbitrary<Integer> count = Arbitraries.integers().between(-1, 2);
        return net.jqwik.api.Combinators.combine(text, text, count, count, text)
                .as((date, title, added, deleted, url) -> new ArticleView.Change(date, "minor update", title, "modified", "a.md",
                        added, deleted, url, "Report", "item-1", ""))
                .list().ofMaxSize(4);
    }

    /** A rebuild's fingerprint, taking digests from the build before, is the one a first build gives. */
    @Property(tries = 3000)
    void aRebuildPrintsWhatAFirstBuildDoes(@ForAll("histories") List<ArticleView.Change> before,
                                           @ForAll("histories") List<ArticleView.Change> after) {
        PageFingerprint.Memory memory = new PageFingerprint.Memory();
        new PageFingerprint(THEME, memory).of("article.peb", history(before));
        String rebuilt = new PageFingerprint(THEME, memory).of("article.peb", history(copies(after)));
        assertEquals(PRINTS.of("article.peb", history(after)), rebuilt);
    }

    @Test
    void aReportViewIsRecalledByValueAndOnlyFromTheBuildBefore() {
        PageFingerprint.Memory memory = new PageFingerprint.Memory();
        ReportView report = report("Report", "key-1");
        String first = new PageFingerprint(THEME, memory).of("report.peb", Map.of("report", report));
        assertEquals(1, memory.lastBuildKept(), "the view is kept");
        ReportView equal = report(new String("Report"), new String("key-1"));
        assertEquals(first, new PageFingerprint(THEME, memory).of("report.peb", Map.of("report", equal)));
        assertEquals(1, memory.lastBuildRecalled(), "an equal view, another object, is recalled");
        assertNotEquals(first, new PageFingerprint(THEME, memory).of("report.peb", Map.of("report", report("Report", "key-2"))),
                "another body (render cache key) is another page");
        assertEquals(0, memory.lastBuildRecalled());
        assertNotEquals(first, new PageFingerprint(THEME, memory).of("report.peb", Map.of("report", report("Report!", "key-1"))));
        new PageFingerprint(THEME, memory).of("search.peb", Map.of());
        assertEquals(0, memory.lastBuildKept(), "a build keeps only what its pages showed");
        assertEquals(first, new PageFingerprint(THEME, memory).of("report.peb", Map.of("report", report("Report", "key-1"))));
        assertEquals(0, memory.lastBuildRecalled(), "what the build before did not show is not kept");
    }

    /**
     * What the memory keeps outlives its build, so it holds none of the build's objects: a view without its body's render
     * cache and Markdown, an equal value of a later build as the older object (the new one is left to die with its
     * build), and nothing of the build before once a build finished.
     */
    @Test
    void theMemoryKeepsOneCopyOfEachValueAndNothingOfTheBuildItself() {
        PageFingerprint.Memory memory = new PageFingerprint.Memory();
        ReportView report = report("Report", "key-1");
        ArticleView.Change change = new ArticleView.Change("2025-06-01", "minor update", "Title", "modified", "a.md", 1, 2,
                "openai/2025-06-01/", "Report", "item-1", "");
        PageFingerprint first = new PageFingerprint(THEME, memory);
        first.of("report.peb", Map.of("report", report, "changes", List.of(change)));
        first.finish();
        List<Object> kept = memory.lastBuildValues();
        assertEquals(2, kept.size());
        ReportView keptView = (ReportView) kept.stream().filter(v -> v instanceof ReportView).findFirst().orElseThrow();
        assertEquals(report, keptView, "kept as an equal view");
        assertTrue(keptView != report && keptView.body() != report.body(), "not the build's own view and body");
        assertThrows(IllegalStateException.class, keptView::html, "a kept body cannot be rendered: it has no render cache");
        assertTrue(kept.stream().anyMatch(v -> v == change));

        PageFingerprint second = new PageFingerprint(THEME, memory);
        ArticleView.Change equalChange = new ArticleView.Change("2025-06-01", "minor update", new String("Title"), "modified",
                "a.md", 1, 2, "openai/2025-06-01/", "Report", "item-1", "");
        second.of("report.peb", Map.of("report", report(new String("Report"), "key-1"), "changes", List.of(equalChange)));
        assertEquals(2, memory.lastBuildRecalled());
        assertEquals(2, memory.lastBuildHoldsBefore(), "the build before is held while this one runs");
        second.finish();
        assertEquals(0, memory.lastBuildHoldsBefore(), "and let go when it finished");
        assertTrue(memory.lastBuildValues().stream().anyMatch(v -> v == keptView), "the equal view is kept as the older object");
        assertTrue(memory.lastBuildValues().stream().anyMatch(v -> v == change), "so is the equal row");
        assertTrue(memory.lastBuildValues().stream().noneMatch(v -> v == equalChange));
    }

    /**
     * The memory takes a value's equality for its digest's: so the values it keeps hold no set or map, which are equal
     * in any order while a template shows their order, and no other kind of value without equality by content.
     */
    @Test
    void rememberedValuesAreEqualOnlyWhenTheirDigestsAre() {
        for (Class<?> type : PageFingerprint.REMEMBERED) {
            assertTrue(type.isRecord(), type.getName());
            for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
                checkComparable(type.getSimpleName() + "." + c.getName(), c.getGenericType());
            }
        }
        assertEquals(new ReportHtml("k", RenderCache.none(), () -> "a"), new ReportHtml(new String("k"), RenderCache.none(), () -> "b"));
        assertNotEquals(new ReportHtml("k", RenderCache.none(), () -> "a"), new ReportHtml("l", RenderCache.none(), () -> "a"));
    }

    private static void checkComparable(String where, java.lang.reflect.Type type) {
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            assertEquals(List.class, p.getRawType(), where + " may only be a list");
            checkComparable(where + "[]", p.getActualTypeArguments()[0]);
        } else if (type instanceof Class<?> c) {
            assertTrue(c == String.class || c == int.class || c == long.class || c == boolean.class || c == ReportHtml.class
                    || (c.isRecord() && java.util.Arrays.stream(c.getRecordComponents()).allMatch(rc -> {
                        checkComparable(where + "." + rc.getName(), rc.getGenericType());
                        return true;
                    })), where + " is a " + c.getName());
        } else {
            throw new AssertionError(where + " is a " + type);
        }
    }

    private static final Path THEME = Path.of("no-such-theme");

    private static Map<String, Object> history(List<ArticleView.Change> changes) {
        ArticleView article = new ArticleView("a.md", "files/a.md/", List.of(), changes);
        return Map.of("article", article, "articles", List.of(article));
    }

    /** Equal changes made anew, as a rebuild makes them. */
    private static List<ArticleView.Change> copies(List<ArticleView.Change> changes) {
        return changes.stream().map(c -> new ArticleView.Change(new String(c.date()), c.type(), new String(c.title()), c.status(),
                c.path(), c.additions(), c.deletions(), new String(c.reportUrl()), c.reportTitle(), c.anchor(), c.lang())).toList();
    }

    private static ReportView report(String title, String bodyKey) {
        return new ReportView("openai/2025-06-01/", title, "2025-06-01", "", "openai", "sections/openai/", "summary", "", "",
                List.of("new feature"), List.of(new ReportView.TagLink("openai", "tags/openai/")), 3, 10, 2,
                List.of(new ReportView.CommitView("abcdef1", "Fix", "A", "2025-06-01", 0, "", "")),
                new ReportHtml(bodyKey, RenderCache.none(), () -> ""), "openai/2025-06-01.md");
    }

    @Test
    void refusesWhatItCannotDigest() {
        assertThrows(IllegalArgumentException.class, () -> PRINTS.of("p", Map.of("when", new java.util.Date(0))));
    }

    private static String print(List<String> texts) {
        Map<String, Object> context = new HashMap<>();
        context.put("texts", texts);
        return PRINTS.of("page.peb", context);
    }
}
