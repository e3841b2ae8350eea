package io.diffpress.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PorterStemmerTest {

    /** 4,000 words with the stem lunr.stemmer gives them (fixtures/stems.jsonl, made by generate-fixtures.js). */
    @Test
    void stemsEveryFixtureWordLikeLunrJs() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        List<String> lines = Fixtures.lines("stems.jsonl");
        for (String line : lines) {
            JsonNode pair = json.readTree(line);
            String word = pair.get(0).asText();
            String expected = pair.get(1).asText();
            String actual = PorterStemmer.stem(word);
            if (!expected.equals(actual)) {
                failures.add(word + " -> " + actual + " (lunr: " + expected + ")");
            }
        }
        assertTrue(lines.size() >= 4000);
        assertEquals(List.of(), failures);
    }

    @Test
    void reproducesTheJavaScriptPortsQuirks() {
        assertEquals("tri", PorterStemmer.stem("try"), "step 1c also applies after a single consonant");
        assertEquals("yell", PorterStemmer.stem("yelling"), "initial y is a consonant");
        assertEquals("e", PorterStemmer.stem("eed"));
        assertEquals("gener", PorterStemmer.stem("generalizations"));
        assertEquals("ab", PorterStemmer.stem("ab"), "words under 3 code units are left alone");
    }

    /** JavaScript regexes see UTF-16 code units: a surrogate pair is two characters, not one. */
    @Test
    void countsSurrogatePairsAsTwoCharacters() {
        assertEquals("ba😀", PorterStemmer.stem("ba😀ing"));
        assertEquals("a😀😀", PorterStemmer.stem("a😀😀ing"));
    }
}
