package io.diffpress.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The cuts of the previous build, with the digests of the pages each cut looked at. A cut is a function of
 * those pages alone ({@link PartPlanner}), so where they are unchanged the cut is reused without analysing
 * a single page. Stored in the {@link PartCache}; the key covers the code, fields and limit.
 */
final class PlanMemo {

    /** 2: cuts sized with the Unicode trimmer and CJK bigrams. */
    private static final int FORMAT = 2;

    private final byte[][] digests;
    private final Map<ByteBuffer, Integer> positions = new HashMap<>();
    /** By the position where a cut starts: {to, horizon}. */
    private final Map<Integer, int[]> cuts = new HashMap<>();

    private PlanMemo(byte[][] digests, List<PartPlanner.Cut> cutList) {
        this.digests = digests;
        for (int i = digests.length - 1; i >= 0; i--) {
            positions.put(ByteBuffer.wrap(digests[i]), i); // the first of equal pages wins
        }
        for (PartPlanner.Cut cut : cutList) {
            cuts.put(cut.from(), new int[] {cut.to(), cut.horizon()});
        }
    }

    static PlanMemo empty() {
        return new PlanMemo(new byte[0][], List.of());
    }

    static PlanMemo of(List<PreparedPage> pages, List<PartPlanner.Cut> cuts) {
        byte[][] digests = new byte[pages.size()][];
        for (int i = 0; i < digests.length; i++) {
            digests[i] = pages.get(i).digest();
        }
        return new PlanMemo(digests, cuts);
    }

    boolean isEmpty() {
        return cuts.isEmpty();
    }

    /** The previous build's cut at the same pages as {@code pages[from..]}, if everything it looked at is the same. */
    Optional<PartPlanner.Cut> cutAt(List<PreparedPage> pages, int from) {
        Integer old = positions.get(ByteBuffer.wrap(pages.get(from).digest()));
        int[] cut = old == null ? null : cuts.get(old);
        if (cut == null) {
            return Optional.empty();
        }
        int looked = cut[1] - old;
        boolean sawTheEnd = cut[1] == digests.length;
        if (from + looked > pages.size() || (sawTheEnd && from + looked != pages.size())) {
            return Optional.empty();
        }
        for (int k = 0; k < looked; k++) {
            if (!pages.get(from + k).sameAs(digests[old + k])) {
                return Optional.empty();
            }
        }
        return Optional.of(new PartPlanner.Cut(from, from + cut[0] - old, from + looked));
    }

    /** The memo as bytes, ending with a CRC-32 of the rest: a damaged memo must not move a cut. */
    byte[] toBytes(String key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(digests.length * 33 + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeInt(digests.length);
            for (byte[] digest : digests) {
                out.write(digest);
            }
            out.writeInt(cuts.size());
            for (Map.Entry<Integer, int[]> cut : cuts.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                out.writeInt(cut.getKey());
                out.writeInt(cut.getValue()[0]);
                out.writeInt(cut.getValue()[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = bytes.toByteArray();
        byte[] withCrc = Arrays.copyOf(body, body.length + 8);
        ByteBuffer.wrap(withCrc, body.length, 8).putLong(crc(body, body.length));
        return withCrc;
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    /** The memo in {@code bytes}, or an empty one when they are for another key or damaged. */
    static PlanMemo fromBytes(byte[] bytes, String key) {
        if (bytes.length < 8 || ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong() != crc(bytes, bytes.length - 8)) {
            return empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(key)) {
                return empty();
            }
            byte[][] digests = new byte[in.readInt()][];
            for (int i = 0; i < digests.length; i++) {
                digests[i] = in.readNBytes(32);
                if (digests[i].length != 32) {
                    return empty();
                }
            }
            int count = in.readInt();
            List<PartPlanner.Cut> cuts = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                int from = in.readInt();
                int to = in.readInt();
                int horizon = in.readInt();
                if (from < 0 || to <= from || horizon < to || horizon > digests.length) {
                    return empty();
                }
                cuts.add(new PartPlanner.Cut(from, to, horizon));
            }
            return in.read() == -1 ? new PlanMemo(digests, cuts) : empty();
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    boolean sameAs(PlanMemo other) {
        return Arrays.deepEquals(digests, other.digests) && cuts.keySet().equals(other.cuts.keySet())
            && cuts.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), other.cuts.get(e.getKey())));
    }
}
