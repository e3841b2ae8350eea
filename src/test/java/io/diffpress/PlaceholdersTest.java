package io.diffpress;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlaceholdersTest {

    @Test
    void fillsFromTheTemplateOnly() {
        assertEquals("File: docs/{diff}.md ({type})\n# Hi {facts}", Placeholders.fill("File: {path} ({type})\n{diff}",
            Map.of("path", "docs/{diff}.md", "diff", "# Hi {facts}", "facts", "FACTS")), "unknown names and the values' own braces stay");
        assertEquals("a $1 \\ b", Placeholders.fill("a {x} b", Map.of("x", "$1 \\")), "no group references in values");
        assertEquals("{} { x } {x-y} v", Placeholders.fill("{} { x } {x-y} {x}", Map.of("x", "v")));
        assertEquals("", Placeholders.fill("", Map.of()));
    }
}
