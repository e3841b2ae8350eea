package io.diffpress.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsKeysTest {

    @Test
    void arrayIndicesAreCanonicalIntegersBelowTwoToThe32MinusOne() {
        assertEquals(0, JsKeys.arrayIndex("0"));
        assertEquals(10, JsKeys.arrayIndex("10"));
        assertEquals(4294967294L, JsKeys.arrayIndex("4294967294"));
        for (String key : List.of("4294967295", "01", "-1", "1.5", "1e3", "", " 1", "+1", "x", "99999999999")) {
            assertEquals(JsKeys.NOT_AN_INDEX, JsKeys.arrayIndex(key), key);
        }
    }

    @Test
    void ordersIndicesNumericallyFirstThenOtherKeysByInsertion() {
        assertEquals(List.of("1", "2", "10", "b", "01", "a", "4294967295"),
            JsKeys.order(List.of("b", "10", "01", "2", "a", "1", "4294967295")));
    }
}
