package io.diffpress.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratedHashTest {

    private static final String REPORT = "---\ntitle: x\n---\n# Highlights\n\nText.\n";

    @Test
    void aReportCheckedOutWithCrlfLineEndingsIsStillUntouched() {
        String sealed = GeneratedHash.seal(REPORT);
        assertTrue(GeneratedHash.untouched(sealed));
        assertTrue(GeneratedHash.untouched(sealed.replace("\n", "\r\n")), "git core.autocrlf is no edit by a person");
        assertFalse(GeneratedHash.untouched(sealed.replace("Text.", "Text, edited.")));
        assertFalse(GeneratedHash.untouched(sealed.replace("\n", "\r\n").replace("Text.", "Text, edited.")));
    }
}
