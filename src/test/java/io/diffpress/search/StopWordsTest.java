package io.diffpress.search;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class StopWordsTest {

    @Test
    void areExactlyLunrsList() {
        var fromLunr = new HashSet<>(Fixtures.lines("stop-words.txt"));
        assertEquals(119, fromLunr.size());
        assertEquals(fromLunr, StopWords.WORDS);
    }

    @Test
    void matchWholeLowercaseTokensOnly() {
        assertFalse(StopWords.contains("The"));
        assertFalse(StopWords.contains("there's"));
        assertFalse(StopWords.contains(""));
        assertFalse(StopWords.contains("constructor"));
    }

    @Test
    void pipelineDropsStopWordsAfterTrimmingAndKeepsEmptyTokens() {
        assertEquals(List.of(), TermPipeline.run("\"the\""));
        assertEquals(List.of(""), TermPipeline.run("!!!"));
        assertEquals(List.of("run"), TermPipeline.run("running,"));
        TermPipeline cached = new TermPipeline();
        assertArrayEquals(new String[0], cached.terms("(and)"));
        assertArrayEquals(new String[0], cached.terms("(and)"));
        assertArrayEquals(new String[] {"releas"}, cached.terms("releases"));
        assertArrayEquals(new String[] {"releas"}, cached.terms("releases"));
    }

    @Test
    void stopWordsAndStemmingAreEnglishOnlyAndLeaveCjkAlone() {
        // "the" next to CJK characters is a piece of its own, and a stop word like any other
        assertEquals(List.of("削除"), TermPipeline.run("削除。the"));
        assertEquals(List.of("の削", "削除", "releas"), TermPipeline.run("の削除(releases)"));
        assertEquals(List.of("über", "naïv"), List.of(TermPipeline.run("über").get(0), TermPipeline.run("naïve").get(0)));
        assertArrayEquals(new String[] {"4.1", "の削", "削除"}, new TermPipeline().terms("4.1の削除"));
    }
}
