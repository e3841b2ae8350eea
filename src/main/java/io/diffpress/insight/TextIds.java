package io.diffpress.insight;

import java.util.Arrays;

/**
 * Numbers distinct texts (lines, words) in order of first appearance. An open-addressing table
 * keyed by a hash of a text's length and a few of its characters: String.hashCode reads every
 * character, which costs more than the whole line diff; equal hashes are told apart by comparing
 * the texts, many characters at a time. Should many texts share a hash (alike in length and those
 * characters), the table is rebuilt on a hash of every character, so the work stays linear. Texts
 * are ranges of character arrays, looked up and kept without copying them out.
 */
final class TextIds {

    private static final int MAX_PROBES = 16;

    /** Slot k holds sources[k][offsets[k], offsets[k] + lengths[k]), or nothing when sources[k] is null. */
    private char[][] sources;
    private int[] offsets;
    private int[] lengths;
    private int[] ids;
    private int[] hashes;
    private int size;
    private boolean fullHash;

    /** A table for about expected strings (it grows when more come). */
    TextIds(int expected) {
        allocate(Integer.highestOneBit(Math.max(8, expected) * 2) * 2); // room for expected at a load below 1/2
    }

    private void allocate(int capacity) {
        sources = new char[capacity][];
        offsets = new int[capacity];
        lengths = new int[capacity];
        ids = new int[capacity];
        hashes = new int[capacity];
    }

    int size() {
        return size;
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
            boolean rehash = false;
            int hash = hash(text, from, n);
            for (int at = hash & mask; ; at = (at + 1) & mask) {
                char[] source = sources[at];
                if (source == null) {
                    if (size * 2 >= sources.length) {
                        grow(sources.length * 2);
                        rehash = true;
                        break;
                    }
                    sources[at] = text;
                    offsets[at] = from;
                    lengths[at] = n;
                    ids[at] = size;
                    hashes[at] = hash;
                    return size++;
                }
                if (hashes[at] == hash && lengths[at] == n && Arrays.equals(source, offsets[at], offsets[at] + n, text, from, to)) {
                    return ids[at];
                }
                if (++probes > MAX_PROBES && !fullHash) {
                    fullHash = true;
                    grow(sources.length);
                    rehash = true;
                    break;
                }
            }
            if (!rehash) {
                throw new IllegalStateException();
            }
        }
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
            h = n * 31 + text[from];
            h = h * 31 + text[from + n - 1];
            h = h * 31 + text[from + (n >>> 1)];
            h = h * 31 + text[from + (n >>> 2)];
            h = h * 31 + text[from + n - 1 - (n >>> 2)];
            h = h * 31 + text[from + (n >>> 3)];
            h = h * 31 + text[from + n - 1 - (n >>> 3)];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private void grow(int capacity) {
        char[][] oldSources = sources;
        int[] oldOffsets = offsets;
        int[] oldLengths = lengths;
        int[] oldIds = ids;
        allocate(capacity);
        int mask = capacity - 1;
        for (int i = 0; i < oldSources.length; i++) {
            if (oldSources[i] != null) {
                int hash = hash(oldSources[i], oldOffsets[i], oldLengths[i]);
                int at = hash & mask;
                while (sources[at] != null) {
                    at = (at + 1) & mask;
                }
                sources[at] = oldSources[i];
                offsets[at] = oldOffsets[i];
                lengths[at] = oldLengths[i];
                ids[at] = oldIds[i];
                hashes[at] = hash;
            }
        }
    }
}
