package io.diffpress.history;

import java.util.Arrays;

/**
 * A blob cut into chunks and counted, as git's rename similarity sees it (diffcore-delta.c).
 * A chunk ends at a LF or after 64 bytes; each chunk is hashed into [0, 107927) and the table
 * keeps, per hash value, how many bytes such chunks hold. A trailing chunk that ends neither
 * at a LF nor at 64 bytes is dropped, as hash_chars() drops it. Text drops the CR of a CRLF.
 */
final class SpanHash {

    /** A prime between 2^16 and 2^17 (diffcore-delta.c HASHBASE). */
    static final int HASHBASE = 107927;

    /** Hash values in ascending order. */
    private final int[] hashes;
    /** Bytes counted under each hash value. */
    private final int[] counts;

    private SpanHash(int[] hashes, int[] counts) {
        this.hashes = hashes;
        this.counts = counts;
    }

    /**
     * Bytes of {@code dst} that can be found in {@code src} (diffcore_count_changes' src_copied):
     * per hash value the smaller of the two counts.
     */
    static long copied(SpanHash src, SpanHash dst) {
        long copied = 0;
        int d = 0;
        for (int s = 0; s < src.hashes.length; s++) {
            int hash = src.hashes[s];
            while (d < dst.hashes.length && dst.hashes[d] < hash) {
                d++;
            }
            if (d < dst.hashes.length && dst.hashes[d] == hash) {
                copied += Math.min(src.counts[s], dst.counts[d]);
                d++;
            }
        }
        return copied;
    }

    /** Cuts blobs into span hashes, reusing one counting table (not thread-safe). */
    static final class Builder {
        private final int[] bytesPerHash = new int[HASHBASE];
        private int[] touched = new int[1024];

        /** hash_chars(): {@code text} is git's !diff_filespec_is_binary, which drops the CR of each CRLF. */
        SpanHash of(byte[] data, boolean text) {
            int distinct = 0;
            int n = 0;
            int accum1 = 0;
            int accum2 = 0;
            int length = data.length;
            for (int i = 0; i < length; i++) {
                int c = data[i] & 0xff;
                if (text && c == '\r' && i + 1 < length && data[i + 1] == '\n') {
                    continue;
                }
                int old1 = accum1;
                // Unsigned 32-bit arithmetic as in C: Java int wraps the same way.
                accum1 = (accum1 << 7) ^ (accum2 >>> 25);
                accum2 = (accum2 << 7) ^ (old1 >>> 25);
                accum1 += c;
                if (++n < 64 && c != '\n') {
                    continue;
                }
                int hash = Integer.remainderUnsigned(accum1 + accum2 * 0x61, HASHBASE);
                if (bytesPerHash[hash] == 0) {
                    if (distinct == touched.length) {
                        touched = Arrays.copyOf(touched, distinct * 2);
                    }
                    touched[distinct++] = hash;
                }
                bytesPerHash[hash] += n;
                n = 0;
                accum1 = 0;
                accum2 = 0;
            }
            int[] hashes = Arrays.copyOf(touched, distinct);
            Arrays.sort(hashes);
            int[] counts = new int[distinct];
            for (int i = 0; i < distinct; i++) {
                counts[i] = bytesPerHash[hashes[i]];
                bytesPerHash[hashes[i]] = 0;
            }
            return new SpanHash(hashes, counts);
        }
    }
}
