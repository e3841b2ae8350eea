package io.diffpress.insight;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whether a chunk may hold links, asked of the chunks in any order, is what reading its lines one by one says. */
class MarkdownChunksPropertiesTest {

    @Provide
    Arbitrary<List<String>> pages() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("", "", "text", "# Title", ":::image source=\"a.png\":::", "::", "x:::y", "see [a](b)", "<br>", "```", "  - item"),
                Arbitraries.strings().withChars("ab:[< #`").ofMaxLength(8));
        return line.list().ofMaxSize(40);
    }

    @Property(tries = 2000)
    void mayLinkIsWhatTheLinesSay(@ForAll("pages") List<String> page, @ForAll("orders") List<Integer> order) {
        MarkdownChunks chunks = MarkdownChunks.scan(page, 0);
        int n = chunks.count();
        // asked in the order given (indexes folded into the chunks), then every chunk once more in reverse
        for (int pick : order) {
            check(page, chunks, Math.floorMod(pick, Math.max(1, n)));
        }
        for (int k = n - 1; k >= 0; k--) {
            check(page, chunks, k);
        }
    }

    @Provide
    Arbitrary<List<Integer>> orders() {
        return Arbitraries.integers().between(0, 40).list().ofMaxSize(12);
    }

    private static void check(List<String> page, MarkdownChunks chunks, int k) {
        if (k >= chunks.count()) {
            return;
        }
        List<String> lines = page.subList(chunks.starts[k], chunks.starts[k + 1]);
        boolean expected = lines.stream().anyMatch(l -> l.indexOf('[') >= 0 || l.indexOf('<') >= 0)
                || !lines.isEmpty() && String.join("\n", lines).contains(":::");
        assertEquals(expected, chunks.mayLink(k), "chunk " + k + " of " + page);
    }
}
