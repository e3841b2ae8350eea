package io.diffpress.search;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTextTest {

    /** Expected values are what JSON.stringify prints (without the surrounding quotes). */
    @Test
    void escapesLikeJsonStringify() {
        assertEquals("a\\u0001\\u001f\\b\\t\\n\\f\\r\\\"\\\\/\u007f\u2028\u0085é",
            JsonText.escape("a\u0001\u001f\b\t\n\f\r\"\\/\u007f\u2028\u0085é"));
        assertEquals("x\uD83D\uDE00y", JsonText.escape("x\uD83D\uDE00y"));
        assertEquals("lone\\ud800x", JsonText.escape("lone\uD800x"));
        assertEquals("\\udc00lone", JsonText.escape("\uDC00lone"));
        assertEquals("end\\ud83d", JsonText.escape("end\uD83D"));
        assertEquals("\\udc00\\ud800", JsonText.escape("\uDC00\uD800"), "reversed pair is two lone surrogates");
    }

    @Test
    void encodesEscapedTextAsUtf8() {
        JsonText text = new JsonText("é\uD83D\uDE00\uD800");
        assertArrayEquals("é\uD83D\uDE00\\ud800".getBytes(StandardCharsets.UTF_8), text.asQuotedUTF8());
        byte[] buffer = new byte[4];
        assertEquals(-1, text.appendQuotedUTF8(buffer, 0), "does not fit");
    }
}
