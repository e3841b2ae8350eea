package io.diffpress.search;

import org.junit.jupiter.api.Test;

import java.util.HashSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

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
        assertNull(TermPipeline.run("\"the\""));
        assertEquals("", TermPipeline.run("!!!"));
        assertEquals("run", TermPipeline.run("running,"));
        TermPipeline cached = new TermPipeline();
        assertNull(cached.process("(and)"));
        assertNull(cached.process("(and)"));
        assertEquals("releas", cached.process("releases"));
        assertEquals("releas", cached.process("releases"));
    }
}
