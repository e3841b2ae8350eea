package io.diffpress.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * JavaScript own-property key order ({@code Object.keys}, {@code JSON.stringify}): keys that are array
 * indices (canonical decimal strings of integers below 2^32 − 1) first in numeric order, then the other
 * keys in insertion order. It decides the order of doc refs in postings, hence of tied search results.
 */
final class JsKeys {

    static final long NOT_AN_INDEX = -1;
    private static final long MAX_INDEX_EXCLUSIVE = 4_294_967_295L;

    private JsKeys() {
    }

    /** The array index the key denotes, or {@link #NOT_AN_INDEX}. */
    static long arrayIndex(String key) {
        int n = key.length();
        if (n == 0 || n > 10 || (n > 1 && key.charAt(0) == '0')) {
            return NOT_AN_INDEX;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_AN_INDEX;
            }
            value = value * 10 + (c - '0');
        }
        return value < MAX_INDEX_EXCLUSIVE ? value : NOT_AN_INDEX;
    }

    /** The keys of an object into which {@code keysInInsertionOrder} were inserted (without duplicates). */
    static List<String> order(Collection<String> keysInInsertionOrder) {
        List<String> keys = new ArrayList<>(keysInInsertionOrder);
        keys.sort(BY_KEY_ORDER);
        return keys;
    }

    /** Not a total order by itself: relies on a stable sort to keep non-index keys in insertion order. */
    static final Comparator<String> BY_KEY_ORDER = (a, b) -> compareIndices(arrayIndex(a), arrayIndex(b));

    static int compareIndices(long a, long b) {
        if (a == NOT_AN_INDEX) {
            return b == NOT_AN_INDEX ? 0 : 1;
        }
        return b == NOT_AN_INDEX ? -1 : Long.compare(a, b);
    }
}
