package io.diffpress.site;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Texts written by mark and put back after rendering ({@link FastText}) give the body flexmark's writer gives when it
 * writes them itself: the same bytes for any Markdown.
 */
class MarkedTextTest {

    private static final MarkdownRenderer MARKED = new MarkdownRenderer(true);
    private static final MarkdownRenderer WRITTEN = new MarkdownRenderer(false);

    @Provide
    Arbitrary<String> documents() {
        String longText = "A sentence long enough to be written by mark, with & and <b> and \"quotes\" in it";
        Arbitrary<String> piece = Arbitraries.of(longText, "   " + longText, "\t" + longText, longText + "  ", longText + "\\",
                "short", "# " + longText, "## " + longText + "{#item-1}", "- " + longText, "  - " + longText, "1. " + longText,
                "> " + longText, "| " + longText + " | b |", "|---|---|", "| c | " + longText + " |", "`" + longText + "`",
                "*" + longText + "*", "[" + longText + "](https://example.com/a)", "<details><summary>" + longText + "</summary>",
                "</details>", "```\n" + longText + "\n```", "    " + longText, "&amp; " + longText + " &copy;", "\\* " + longText,
                longText + " \\\n" + longText, "", "", "---", "<b>" + longText + "</b>", "~~" + longText + "~~", longText + " 日本語 é",
                "[link]: https://example.com/b", "https://example.com/" + longText.replace(' ', '-'));
        return piece.list().ofMaxSize(12).map(parts -> String.join("\n", parts));
    }

    @Property(tries = 1500)
    void sameBodyAsWrittenByTheWriter(@ForAll("documents") String markdown) {
        assertEquals(WRITTEN.render(markdown), MARKED.render(markdown));
    }

    /** With a report's links: rewritten into the repository, dead "#" links turned to text, history links added to rows. */
    @Property(tries = 500)
    void sameBodyWithTheReportsLinks(@ForAll("documents") String markdown) {
        String longText = "a link text long enough to be written by mark, & more";
        String body = "## docs/a.md{#item-03fc2e}\n\n| File | M |\n|---|---|\n| [docs/a.md](#item-03fc2e) | 3 |\n\n"
                + "See [" + longText + "](../concepts/models.md#fine-tuning), [" + longText + "](#no-such-anchor) and [" + longText
                + "](/azure/ai-services/overview).\n\n" + markdown;
        assertEquals(WRITTEN.renderBody(body, io.diffpress.content.ReportBody.sha256(body), links()),
                MARKED.renderBody(body, io.diffpress.content.ReportBody.sha256(body), links()));
    }

    private static SafeBody.Links links() {
        return new SafeBody.Links(LinkRewriter.forReport(
                "https://github.com/MicrosoftDocs/azure-ai-docs/compare/MicrosoftDocs:fc0b900...MicrosoftDocs:fb526ea",
                java.util.Optional.of("https://learn.microsoft.com")),
                java.util.Map.of("item-03fc2e", new SafeBody.History("/base/files/a/", "History of a", "history")),
                SafeBody.countColumns(java.util.Map.of()));
    }

    @Test
    void sameBodiesForEveryReportAndPageOfTheTests() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "the test resources' Markdown: " + files);
        for (Path file : files) {
            String markdown = Files.readString(file, StandardCharsets.UTF_8);
            String body = MARKED.render(markdown);
            assertEquals(WRITTEN.render(markdown), body, file.toString());
            assertTrue(!body.contains("dpdiff"), "no mark is left in " + file);
        }
    }
}
