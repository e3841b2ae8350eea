package io.diffpress.history;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The blobs one compare range needs, read at most once: rename detection asks for sizes and
 * span hashes first, and the line diff later takes the same bytes without reading them again.
 * Bytes are kept only up to a budget, so a range that touches huge files stays bounded.
 */
final class RangeBlobs implements RenameMatcher.Blobs {

    /** git's buffer_is_binary() looks for a NUL in this many leading bytes (FIRST_FEW_BYTES). */
    static final int BINARY_PROBE = 8000;

    private final ObjectReader reader;
    private final SpanHash.Builder spanHashes;
    private final long keepBudget;
    private final Map<ObjectId, Long> sizes = new HashMap<>();
    private final Map<ObjectId, byte[]> kept = new HashMap<>();
    private final Map<ObjectId, SpanHash> spans = new HashMap<>();
    private long keptBytes;

    RangeBlobs(ObjectReader reader, SpanHash.Builder spanHashes, long keepBudget) {
        this.reader = reader;
        this.spanHashes = spanHashes;
        this.keepBudget = keepBudget;
    }

    @Override
    public long size(ObjectId id) {
        Long size = sizes.get(id);
        if (size == null) {
            byte[] bytes = kept.get(id);
            size = bytes != null ? (long) bytes.length : read(() -> reader.getObjectSize(id, Constants.OBJ_BLOB));
            sizes.put(id, size);
        }
        return size;
    }

    @Override
    public SpanHash spans(ObjectId id) {
        SpanHash hash = spans.get(id);
        if (hash == null) {
            byte[] bytes = bytes(id);
            // hash_chars() asks diff_filespec_is_binary() with the data loaded: only the NUL probe counts.
            hash = spanHashes.of(bytes, !hasNul(bytes));
            spans.put(id, hash);
        }
        return hash;
    }

    /** The blob's bytes, kept for a later {@link #take} while the budget allows. */
    byte[] bytes(ObjectId id) {
        byte[] bytes = kept.get(id);
        if (bytes == null) {
            bytes = load(id);
            sizes.put(id, (long) bytes.length);
            if (keptBytes + bytes.length <= keepBudget) {
                kept.put(id, bytes);
                keptBytes += bytes.length;
            }
        }
        return bytes;
    }

    /**
     * The blob's bytes for the last time in this range: kept bytes are handed over and forgotten.
     * Null when the blob is larger than {@code bigFileThreshold}, which is then not read at all.
     */
    byte[] take(ObjectId id, long bigFileThreshold) {
        byte[] bytes = kept.remove(id);
        if (bytes != null) {
            keptBytes -= bytes.length;
            return bytes.length > bigFileThreshold ? null : bytes;
        }
        return read(() -> {
            ObjectLoader loader = reader.open(id, Constants.OBJ_BLOB);
            return loader.getSize() > bigFileThreshold ? null : loader.getCachedBytes(Integer.MAX_VALUE);
        });
    }

    private byte[] load(ObjectId id) {
        return read(() -> reader.open(id, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE));
    }

    /** buffer_is_binary(): a NUL byte among the first 8000 bytes. */
    static boolean hasNul(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_PROBE);
        int i = 0;
        // Eight bytes at a time: a word has a zero byte when this expression is non-zero.
        for (; i + 8 <= n; i += 8) {
            long w = (long) LONGS.get(bytes, i);
            if (((w - 0x0101010101010101L) & ~w & 0x8080808080808080L) != 0) {
                return true;
            }
        }
        for (; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private interface Read<T> {
        T get() throws IOException;
    }

    /** Rename detection runs behind an interface without checked exceptions; ChangeCollector unwraps. */
    private static <T> T read(Read<T> read) {
        try {
            return read.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
