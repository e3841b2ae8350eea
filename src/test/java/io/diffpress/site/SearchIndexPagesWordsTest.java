package io.diffpress.site;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words of paths: every run of '/', '.' and '_' one space, as the regex "[/._]+" replaced gives, then trimmed. */
class SearchIndexPagesWordsTest {

    private static final List<String> PIECES = List.of("a", "docs", "How-to", "SiteBuilder", "/", ".", "_", "//", "._/", " ", "  ",
            "-", "日本", "\t", "é", "md");

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of(PIECES).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void sameAsTheRegexReplacement(@ForAll("paths") String paths) {
        assertEquals(paths.replaceAll("[/._]+", " ").trim(), SearchIndexPages.words(paths));
    }

    @Example
    void namesAreFoundByTheirWordsAndWhole() {
        assertEquals("docs how-to responses md", SearchIndexPages.words("docs/how-to/responses.md"));
        assertEquals("src main SiteBuilder java src/main/SiteBuilder.java SiteBuilder.java", SearchIndexPages.nameWords("src/main/SiteBuilder.java"));
        assertEquals("README", SearchIndexPages.nameWords("README"));
        assertEquals("a b", SearchIndexPages.words("__a//._b_"));
        assertEquals("docs v1 2-release notes md docs/v1.2-release_notes.md v1.2-release_notes.md 2-release_notes",
            SearchIndexPages.nameWords("docs/v1.2-release_notes.md"), "lunr keeps a typed 'release_notes' whole");
        // only a path with underscores adds them: the others' words are there once (a review: all were doubled)
        assertEquals("docs a md api release notes md docs/a.md api/release_notes.md a.md release_notes.md release_notes",
            SearchIndexPages.nameWords("docs/a.md api/release_notes.md"));
        assertEquals("max completion tokens max_completion_tokens", SearchIndexPages.nameWords("max_completion_tokens"));
    }
}
