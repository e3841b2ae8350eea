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
