package io.diffpress.site;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermalinksSlugTest {

    @Test
    void namesWithNothingToKeepGetSlugsOfTheirOwn() {
        List<String> names = List.of("..", ".", "---", "?!", "🚀", "x");
        Set<String> slugs = new HashSet<>();
        for (String name : names) {
            String slug = Permalinks.slug(name);
            assertTrue(slug.matches("[a-z0-9._-]+") && !slug.startsWith(".") && !slug.startsWith("-"), name + " → " + slug);
            slugs.add(slug);
        }
        assertEquals(names.size(), slugs.size(), "no two of them one page: " + slugs);
        assertEquals("x", Permalinks.slug("x"), "a name that is its own slug keeps it");
        assertEquals("x-" + io.diffpress.Sha256.hex("..").substring(0, 10), Permalinks.slug(".."),
                "'x-' and ten hex digits of the name's SHA-256, as the README says: the same on every build");
        assertTrue(Permalinks.slug("---").startsWith("x-"), Permalinks.slug("---"));
    }

    @Test
    void lettersOfAnyScriptAndSafePunctuationStay() {
        assertEquals("b-bold-b", Permalinks.slug("<b>bold</b>"));
        assertEquals("日本語", Permalinks.slug("日本語"));
        // the marks letters take stay (an audit found "हिन्दी" made "ह-न-द"); a decomposed accent is composed first
        assertEquals("हिन्दी.md", Permalinks.slug("हिन्दी.md"));
        assertEquals("தமிழ்", Permalinks.slug("தமிழ்"));
        assertEquals("café.md", Permalinks.slug("cafe\u0301.md"));
        assertEquals(Permalinks.slug("caf\u00e9.md"), Permalinks.slug("cafe\u0301.md"), "one word, however it is encoded");
        // and the tag pages take both encodings as one spelling: one page, not one with a hash
        SlugNames names = new SlugNames();
        names.count("caf\u00e9");
        names.count("cafe\u0301");
        assertEquals(java.util.Set.of("café"), new java.util.HashSet<>(names.apart().slugByName().values()));
        assertEquals("new-feature", Permalinks.slug("new feature"));
        assertEquals("index-html", Permalinks.slug("index.html"));
    }

    /** Of names spelled apart that share a slug, the one that appeared first keeps it, however many reports use the others. */
    @Test
    void aTagKeepsItsSlugAsReportsAreAdded() {
        SlugNames names = new SlugNames();
        for (int i = 0; i < 3; i++) {
            names.count("C++", "2025-06-0" + (i + 1) + "\u0000s/a.md");
        }
        names.count("C#", "2025-06-05\u0000s/b.md");
        names.count("C#", "2025-06-06\u0000s/b.md");
        SlugNames.Apart before = names.apart();
        assertEquals("c", before.slugByName().get("C++"));
        assertEquals("c-" + io.diffpress.Sha256.hex("c#").substring(0, 6), before.slugByName().get("C#"));
        for (int i = 0; i < 5; i++) { // C# used by more reports than C++ now: the URLs stay
            names.count("C#", "2025-07-1" + i + "\u0000s/c.md");
        }
        assertEquals(before.slugByName(), names.apart().slugByName());
        assertEquals("C++", names.apart().nameBySlug().get("c"));
        // one report with both: the first in string order
        SlugNames tie = new SlugNames();
        tie.count("a/b", "k");
        tie.count("a-b", "k");
        assertEquals("a-b", tie.apart().slugByName().get("a-b"));
    }
}
