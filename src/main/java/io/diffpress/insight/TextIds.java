package io.diffpress.insight;

import java.util.Arrays;

/**
 * Numbers distinct texts (lines, words) in order of first appearance. An open-addressing table
 * keyed by a hash of a text's length and a few of its characters: String.hashCode reads every
 * character, which costs more than the whole line diff; equal hashes are told apart by comparing
 * the texts. Should many texts share a hash (alike in length and those characters), the table is
 * rebuilt on a hash of every character, so the work stays linear. Texts are ranges of character
 * arrays, looked up and kept without copying them out. Short texts of Latin-1 characters (most
 * words) are also kept packed in the slot, and compared there.
 */
final class TextIds {

    private static final int MAX_PROBES = 16;
    /** Longs per slot: hash and length code, offset and id, the packed text (see {@link #pack}); one slot is one read. */
    private static final int STRIDE = 4;
    /** Texts up to this long, of characters below U+0100, are kept packed into two longs. */
    private static final int PACKED = 16;

    /** Slot k holds sources[k][offset, offset + length) (or its packed form), or nothing when its first long is 0. */
    private char[][] sources;
    private long[] slots;
    private int size;
    private boolean fullHash;
    /** The slot of each id, so that {@link #reset} clears only the slots in use. */
    private int[] filled = new int[16];
    /** Tables larger than this are not kept for reuse. */
    private static final int MAX_KEPT = 1 << 13;
    /** The packed form of the text last looked up, when it has one. */
    private long low;
    private long high;

    /** A table for about expected texts (it grows when more come). */
    TextIds(int expected) {
        allocate(Integer.highestOneBit(Math.max(8, expected) * 2) * 2); // room for expected at a load below 1/2
    }

    private void allocate(int capacity) {
        sources = new char[capacity][];
        slots = new long[capacity * STRIDE];
    }

    int size() {
        return size;
    }

    /**
     * Forgets every text, as a new table would, keeping the table itself (unless it grew large): ids
     * start again from 0. The slots in use are cleared, not the whole table.
     */
    void reset() {
        if (sources.length > MAX_KEPT) {
            allocate(64);
        } else {
            for (int id = 0; id < size; id++) {
                sources[filled[id]] = null;
                slots[filled[id] * STRIDE] = 0;
            }
        }
        size = 0;
        fullHash = false;
    }

    int id(String text) {
        return id(text.toCharArray(), 0, text.length());
    }

    /** The id of text[from, to), the same as that of an equal range of another array. */
    int id(char[] text, int from, int to) {
        int n = to - from;
        // a short text (a word) is told apart by its packed form: equal packed forms are equal texts,
        // so the text a slot was made from need not be read again (that read was most of a lookup)
        return lookup(text, from, n, pack(text, from, n));
    }

    /**
     * The id of the text of n characters (at most {@link #PACKED}, each below U+0100) whose packed form
     * ({@link #pack}) is low and high: the same as {@link #id(char[], int, int)} gives the text, for a
     * caller that packed it while reading it, so that it is neither read again nor copied out.
     */
    int packed(long low, long high, int n) {
        this.low = low;
        this.high = high;
        return lookup(null, 0, n, true);
    }

    /** The id of text[from, from + n), whose packed form (when packed) is in low and high. */
    private int lookup(char[] text, int from, int n, boolean packed) {
        // the length code: never 0, which marks an empty slot; negative for a packed text
        long code = packed ? -(n + 1L) : n + 1L;
        while (true) {
            int mask = sources.length - 1;
            int probes = 0;
            int hash = packed ? packedHash(low, high, n) : hash(text, from, n);
            long first = code << 32 | (hash & 0xFFFFFFFFL);
            for (int at = hash & mask; ; at = (at + 1) & mask) {
                int slot = at * STRIDE;
                long held = slots[slot];
                if (held == 0) {
                    if (size * 2 >= sources.length) {
                        grow(sources.length * 2);
                        break;
                    }
                    sources[at] = text;
                    slots[slot] = first;
                    slots[slot + 1] = (long) size << 32 | from;
                    slots[slot + 2] = low;
                    slots[slot + 3] = high;
                    if (size == filled.length) {
                        filled = Arrays.copyOf(filled, size * 2);
                    }
                    filled[size] = at;
                    return size++;
                }
                if (held == first && (packed ? slots[slot + 2] == low && slots[slot + 3] == high
                        : same(sources[at], (int) slots[slot + 1], text, from, n))) {
                    return (int) (slots[slot + 1] >>> 32);
                }
                if (++probes > MAX_PROBES && !fullHash) {
                    fullHash = true;
                    grow(sources.length);
                    break;
                }
            }
        }
    }

    /**
     * Packs text[from, from + n) into {@link #low} and {@link #high}, a character a byte, when it is
     * at most {@link #PACKED} long and every character is below U+0100; else clears them and says no.
     */
    private boolean pack(char[] text, int from, int n) {
        long a = 0;
        long b = 0;
        int all = 0;
        if (n <= PACKED) {
            int split = Math.min(n, 8);
            for (int i = 0; i < split; i++) {
                char c = text[from + i];
                all |= c;
                a |= (long) c << (i << 3);
            }
            for (int i = 8; i < n; i++) {
                char c = text[from + i];
                all |= c;
                b |= (long) c << ((i - 8) << 3);
            }
        }
        if (n > PACKED || all >= 0x100) {
            low = 0;
            high = 0;
            return false;
        }
        low = a;
        high = b;
        return true;
    }

    /** Whether a[i, i + n) equals b[j, j + n): short texts compared in place, longer ones many characters at a time. */
    private static boolean same(char[] a, int i, char[] b, int j, int n) {
        if (n > 16) {
            return Arrays.equals(a, i, i + n, b, j, j + n);
        }
        for (int k = 0; k < n; k++) {
            if (a[i + k] != b[j + k]) {
                return false;
            }
        }
        return true;
    }

    /** A packed text's hash: of every character, as the packed form holds them all. */
    private static int packedHash(long low, long high, int n) {
        long x = low * 0x9E3779B97F4A7C15L + high * 0xC2B2AE3D27D4EB4FL + n;
        return finish((int) (x ^ (x >>> 29)));
    }

    private int hash(char[] text, int from, int n) {
        int h;
        if (fullHash) {
            h = n;
            for (int i = from; i < from + n; i++) {
                h = h * 31 + text[i];
            }
        } else if (n == 0) {
            return 0;
        } else {
            // independent products, summed: no chain of multiplications to wait on
            int last = from + n - 1;
            h = n * 0x01000193 + text[from] * 0x9E3779B1 + text[last] * 0x85EBCA77 + text[from + (n >>> 1)] * 0xC2B2AE3D
                    + text[from + (n >>> 2)] * 0x27D4EB2F + text[last - (n >>> 2)] * 0x165667B1
                    + text[from + (n >>> 3)] * 0xD3A2646D + text[last - (n >>> 3)] * 0xFD7046C5;
        }
        return finish(h);
    }

    private static int finish(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private void grow(int capacity) {
        char[][] oldSources = sources;
        long[] oldSlots = slots;
        allocate(capacity);
        int mask = capacity - 1;
        for (int k = 0; k < oldSources.length; k++) {
            int old = k * STRIDE;
            long held = oldSlots[old];
            if (held != 0) {
                int n = (int) Math.abs(held >> 32) - 1;
                int hash = held < 0 ? packedHash(oldSlots[old + 2], oldSlots[old + 3], n)
                        : hash(oldSources[k], (int) oldSlots[old + 1], n);
                int at = hash & mask;
                while (slots[at * STRIDE] != 0) {
                    at = (at + 1) & mask;
                }
                sources[at] = oldSources[k];
                System.arraycopy(oldSlots, old, slots, at * STRIDE, STRIDE);
                slots[at * STRIDE] = held & 0xFFFFFFFF00000000L | (hash & 0xFFFFFFFFL);
                filled[(int) (oldSlots[old + 1] >>> 32)] = at;
            }
        }
    }
}
