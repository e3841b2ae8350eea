package io.diffpress.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LunrTrimmerTest {

    @Test
    void stripsNonWordCodeUnitsAtBothEnds() {
        assertEquals("hello", LunrTrimmer.trim("\"hello!\""));
        assertEquals("it's", LunrTrimmer.trim("(it's)"));
        assertEquals("a.b", LunrTrimmer.trim("...a.b..."));
        assertEquals("_snake_case_", LunrTrimmer.trim("-_snake_case_-"), "underscore is a word character");
        assertEquals("_x_", LunrTrimmer.trim("_x_"));
        assertEquals("v2", LunrTrimmer.trim("v2,"));
    }

    @Test
    void nonAsciiLettersAreNotWordCharacters() {
        assertEquals("caf", LunrTrimmer.trim("café"));
        assertEquals("ber", LunrTrimmer.trim("über"));
        assertEquals("", LunrTrimmer.trim("日本語"));
        assertEquals("rocket", LunrTrimmer.trim("😀rocket😀"));
        assertEquals("na\u00EFve", LunrTrimmer.trim("naïve"));
    }

    @Test
    void allPunctuationBecomesEmpty() {
        assertEquals("", LunrTrimmer.trim("!!!"));
        assertEquals("", LunrTrimmer.trim(""));
    }
}
