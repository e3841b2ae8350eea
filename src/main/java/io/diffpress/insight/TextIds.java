package io.diffpress.insight;

/**
 * Numbers distinct strings (lines, words) in order of first appearance. An open-addressing table
 * keyed by a hash of a string's length and a few of its characters: String.hashCode reads every
 * character, which costs more than the whole line diff; equal hashes are told apart by comparing
 * the strings, which stops at the first difference. Should many strings share a hash (alike in
 * length and those characters), the table is rebuilt on a hash of every character, so the work
 * stays linear. A part of a string can be looked up without copying it out.
 */
final class TextIds {

    private static final int MAX_PROBES = 16;

    private String[] keys;
    private int[] ids;
    private int[] hashes;
    private int size;
    private boolean fullHash;

    /** A table for about expected strings (it grows when more come). */
    TextIds(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2) * 2; // room for expected at a load below 1/2
        keys = new String[capacity];
        ids = new int[capacity];
        hashes = new int[capacity];
    }

    int size() {
        return size;
    }

    int id(String text) {
        return id(text, 0, text.length());
    }

    /** The id of text[from, to), the same as that of an equal whole string. */
    int id(String text, int from, int to) {
        while (true) {
            int mask = keys.length - 1;
            int n = to - from;
            int probes = 0;
            boolean rehash = false;
            int hash = hash(text, from, n);
            for (int at = hash & mask; ; at = (at + 1) & mask) {
                String key = keys[at];
                if (key == null) {
                    if (size * 2 >= keys.length) {
                        grow(keys.length * 2);
                        rehash = true;
                        break;
                    }
                    keys[at] = from == 0 && to == text.length() ? text : text.substring(from, to);
                    ids[at] = size;
                    hashes[at] = hash;
                    return size++;
                }
                if (hashes[at] == hash && key.length() == n && (n == text.length() ? key.equals(text) : key.regionMatches(0, text, from, n))) {
                    return ids[at];
                }
                if (++probes > MAX_PROBES && !fullHash) {
                    fullHash = true;
                    grow(keys.length);
                    rehash = true;
                    break;
                }
            }
            if (!rehash) {
                throw new IllegalStateException();
            }
        }
    }

    private int hash(String text, int from, int n) {
        int h;
        if (fullHash) {
            h = n;
            for (int i = from; i < from + n; i++) {
                h = h * 31 + text.charAt(i);
            }
        } else if (n == 0) {
            return 0;
        } else {
            h = n * 31 + text.charAt(from);
            h = h * 31 + text.charAt(from + n - 1);
            h = h * 31 + text.charAt(from + (n >>> 1));
            h = h * 31 + text.charAt(from + (n >>> 2));
            h = h * 31 + text.charAt(from + n - 1 - (n >>> 2));
            h = h * 31 + text.charAt(from + (n >>> 3));
            h = h * 31 + text.charAt(from + n - 1 - (n >>> 3));
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private void grow(int capacity) {
        String[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new String[capacity];
        ids = new int[capacity];
        hashes = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int hash = hash(oldKeys[i], 0, oldKeys[i].length());
                int at = hash & mask;
                while (keys[at] != null) {
                    at = (at + 1) & mask;
                }
                keys[at] = oldKeys[i];
                ids[at] = oldIds[i];
                hashes[at] = hash;
            }
        }
    }
}
