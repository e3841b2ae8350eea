package io.diffpress.feed;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text put into a feed: what XML 1.0 cannot hold is dropped, what would make a name read as another is shown as U+FFFD. */
class FeedTextTest {

    @Test
    void controlCharactersAreDroppedAndDirectionOverridesReplaced() {
        assertEquals("ab", FeedWriter.xml("a\u0001b"));
        assertEquals("invoice\uFFFDdm.exe", FeedWriter.xml("invoice\u202Edm.exe"));
        assertEquals("\uFFFDx\uFFFD", FeedWriter.xml("\u2066x\u2069"));
        assertEquals("\u05e2\u05d1\u200f \ud83d\ude00", FeedWriter.xml("\u05e2\u05d1\u200f \ud83d\ude00"), "letters, marks and pairs stay");
        assertEquals("", FeedWriter.xml(null));
    }
}
