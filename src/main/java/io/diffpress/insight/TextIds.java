package io.diffpress.insight;

import java.util.Arrays;

/**
 * Numbers distinct texts (lines, words) in order of first appearance. An open-addressing table
 * keyed by a hash of a text's length and a few of its characters: String.hashCode reads every
 * character, which costs more than the whole line diff; equal hashes are told apart by comparing
 * the texts. Should many texts share a hash (alike in length and those characters), the table is
 * rebuilt on a hash of every character, so the work stays linear. Texts are ranges of character
 * arrays, looked up and kept without copying them out.
 */
final class TextIds {

    private static final int MAX_PROBES = 16;
    /** Ints per slot: hash, offset, length, id; one slot is one read. */
    private static final int STRIDE = 4;

    /** Slot k holds sources[k][offset, offset + length), or nothing when sources[k] is null. */
    private char[][] sources;
    private int[] slots;
    private int size;
    private boolean fullHash;
    /** The slot of each id, so that {@link #reset} clears only the slots in use. */
    private int[] filled = new int[16];
    /** Tables larger than this are not kept for reuse. */
    private static final int MAX_KEPT = 1 << 13;

    /** A table for about expected texts (it grows when more come). */
    TextIds(int expected) {
        allocate(Integer.highestOneBit(Math.max(8, expected) * 2) * 2); // room for expected at a load below 1/2
    }

    private void allocate(int capacity) {
        sources = new char[capacity][];
        slots = new int[capacity * STRIDE];
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
        while (true) {
            int mask = sources.length - 1;
            int n = to - from;
            int probes = 0;
            int hash = hash(text, from, n);
            for (int at = hash & mask; ; at = (at + 1) & mask) {
                char[] source = sources[at];
                int slot = at * STRIDE;
                if (source == null) {
                    if (size * 2 >= sources.length) {
                        grow(sources.length * 2);
                        break;
                    }
                    sources[at] = text;
                    slots[slot] = hash;
                    slots[slot + 1] = from;
                    slots[slot + 2] = n;
                    slots[slot + 3] = size;
                    if (size == filled.length) {
                        filled = Arrays.copyOf(filled, size * 2);
                    }
                    filled[size] = at;
                    return size++;
                }
                if (slots[slot] == hash && slots[slot + 2] == n && same(source, slots[slot + 1], text, from, n)) {
                    return slots[slot + 3];
                }
                if (++probes > MAX_PROBES && !fullHash) {
                    fullHash = true;
                    grow(sources.length);
                    break;
                }
            }
        }
    }

    /** Whether a[i, i + n) equals b[j, j + n): short texts (words) compared in place, longer ones many characters at a time. */
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
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private void grow(int capacity) {
        char[][] oldSources = sources;
        int[] oldSlots = slots;
        allocate(capacity);
        int mask = capacity - 1;
        for (int k = 0; k < oldSources.length; k++) {
            if (oldSources[k] != null) {
                int old = k * STRIDE;
                int hash = hash(oldSources[k], oldSlots[old + 1], oldSlots[old + 2]);
                int at = hash & mask;
                while (sources[at] != null) {
                    at = (at + 1) & mask;
                }
                sources[at] = oldSources[k];
                System.arraycopy(oldSlots, old, slots, at * STRIDE, STRIDE);
                slots[at * STRIDE] = hash;
                filled[oldSlots[old + 3]] = at;
            }
        }
    }
}
