package io.diffpress.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsNumberTest {

    /** 7,000 doubles with String(x) and String(Math.round(x)) from Node (fixtures/numbers.tsv). */
    @Test
    void formatsAndRoundsLikeJavaScript() {
        List<String> failures = new ArrayList<>();
        List<String> lines = Fixtures.lines("numbers.tsv");
        for (String line : lines) {
            String[] cols = line.split("\t");
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(cols[0], 16));
            if (!JsNumber.format(x).equals(cols[1])) {
                failures.add(cols[0] + ": " + JsNumber.format(x) + " (JavaScript: " + cols[1] + ")");
            }
            String rounded = JsNumber.format(JsNumber.round(x));
            if (!rounded.equals(cols[3])) {
                failures.add(cols[0] + " rounded: " + rounded + " (JavaScript: " + cols[3] + ")");
            }
        }
        assertTrue(lines.size() > 7000);
        assertEquals(List.of(), failures);
    }

    @Test
    void printsIntegersWithoutFractionAndUsesExponentsAtTheEdges() {
        assertEquals("1", JsNumber.format(1.0));
        assertEquals("0", JsNumber.format(-0.0));
        assertEquals("0.5", JsNumber.format(0.5));
        assertEquals("1.234", JsNumber.format(1.234));
        assertEquals("0.1", JsNumber.format(0.1));
        assertEquals("0.30000000000000004", JsNumber.format(0.1 + 0.2));
        assertEquals("1e+21", JsNumber.format(1e21));
        assertEquals("100000000000000000000", JsNumber.format(1e20));
        assertEquals("1e-7", JsNumber.format(1e-7));
        assertEquals("0.000001", JsNumber.format(1e-6));
        assertEquals("1.5e-7", JsNumber.format(1.5e-7));
        assertEquals("5e-324", JsNumber.format(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", JsNumber.format(Double.MAX_VALUE));
        assertEquals("-2.5", JsNumber.format(-2.5));
        assertEquals("NaN", JsNumber.format(Double.NaN));
    }

    @Test
    void roundsHalvesTowardPositiveInfinity() {
        assertEquals(3.0, JsNumber.round(2.5));
        assertEquals(-2.0, JsNumber.round(-2.5));
        assertEquals(0.0, JsNumber.round(0.49999999999999994), "floor(x + 0.5) would give 1");
        assertEquals("0", JsNumber.format(JsNumber.round(-0.3)));
        assertEquals(1235.0, JsNumber.round(1234.5));
    }
}
