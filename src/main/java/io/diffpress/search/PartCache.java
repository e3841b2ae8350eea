package io.diffpress.search;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Serialized index parts from earlier builds, in {@code .diffpress/cache/search/} of a portal, so a rebuild
 * builds only the parts whose documents changed. The key ({@link PartKey}) covers the part's documents in
 * order and the code that serializes them, so an entry can never be stale; a damaged or missing entry is
 * a miss. Losing the cache only costs time.
 */
public final class PartCache {

    /** 2: parts analysed with the Unicode trimmer and CJK bigrams; entries of format 1 are misses. */
    private static final int FORMAT = 2;
    private static final String PLAN_FILE = "plan.bin";

    private final Optional<Path> dir;
    /** False for a cache that is only read: nothing put, nothing pruned. */
    private final boolean writes;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** For a rehearsal: one entry in this many is a miss, built again as a changed part would be (0: none). */
    private final int missOneIn;
    private final java.util.concurrent.atomic.AtomicInteger gets = new java.util.concurrent.atomic.AtomicInteger();

    private PartCache(Optional<Path> dir, boolean writes) {
        this(dir, writes, 0);
    }

    private PartCache(Optional<Path> dir, boolean writes, int missOneIn) {
        this.dir = dir;
        this.writes = writes;
        this.missOneIn = missOneIn;
    }

    /** The cache of the portal in {@code portalDir}. */
    public static PartCache in(Path portalDir) {
        return new PartCache(Optional.of(folder(portalDir)), true);
    }

    /** The cache of the portal in {@code portalDir}, only read: for a build that writes nothing. */
    public static PartCache readOnly(Path portalDir) {
        return new PartCache(Optional.of(folder(portalDir)), false);
    }

    /**
     * The cache of the portal in {@code portalDir}, only read, with every twentieth entry asked for a miss: a rebuild
     * rehearsed (serve, while nothing changes) builds some parts as a real rebuild builds the changed ones.
     */
    public static PartCache rehearsal(Path portalDir) {
        return new PartCache(Optional.of(folder(portalDir)), false, 20);
    }

    private static Path folder(Path portalDir) {
        return portalDir.resolve(".diffpress").resolve("cache").resolve("search");
    }

    /** No cache: every part is built. */
    public static PartCache none() {
        return new PartCache(Optional.empty(), false);
    }

    record Entry(byte[] index, byte[] store) {
    }

    Optional<Entry> get(String key) {
        used.add(key);
        if (dir.isEmpty() || missOneIn > 0 && gets.incrementAndGet() % missOneIn == 0) {
            return Optional.empty();
        }
        Path file = file(key);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            long size = Files.size(file);
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                if (in.readInt() != FORMAT) {
                    return Optional.empty();
                }
                byte[] index = array(in.readInt(), size);
                in.readFully(index);
                byte[] store = array(in.readInt(), size);
                in.readFully(store);
                long crc = in.readLong();
                return crc == crc(index, store) && in.read() == -1 ? Optional.of(new Entry(index, store)) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty(); // truncated or damaged: built again
        }
    }

    /** An array of a length read from the file: a damaged length longer than the file is not allocated. */
    private static byte[] array(int length, long fileSize) throws IOException {
        if (length < 0 || length > fileSize) {
            throw new IOException("damaged length " + length);
        }
        return new byte[length];
    }

    void put(String key, Entry entry) {
        used.add(key);
        if (dir.isEmpty() || !writes) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entry.index().length + entry.store().length + 32);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(entry.index().length);
            out.write(entry.index());
            out.writeInt(entry.store().length);
            out.write(entry.store());
            out.writeLong(crc(entry.index(), entry.store()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(file(key), bytes.toByteArray());
    }

    /** Through a temporary file and a rename, so a killed build leaves no half-written entry. */
    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".part-", ".tmp");
            Files.write(temp, content);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Not cached: the next build does this work again.
        }
    }

    /** The bytes of the cut memo ({@link PlanMemo}) of the last build, if any. */
    Optional<byte[]> plan() {
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path file = dir.get().resolve(PLAN_FILE);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void putPlan(byte[] bytes) {
        if (dir.isPresent() && writes) {
            write(dir.get().resolve(PLAN_FILE), bytes);
        }
    }

    /** Removes the entries this build did not use (parts that changed or are gone) and stray temporary files. */
    void prune() {
        if (dir.isEmpty() || !writes || !Files.isDirectory(dir.get())) {
            return;
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                boolean usedPart = name.endsWith(".part") && used.contains(name.substring(0, name.length() - 5));
                if (!usedPart && !name.equals(PLAN_FILE)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // A cache that cannot be pruned only takes disk space.
        }
    }

    private Path file(String key) {
        return dir.orElseThrow().resolve(key + ".part");
    }

    private static long crc(byte[] index, byte[] store) {
        CRC32 crc = new CRC32();
        crc.update(index);
        crc.update(store);
        return crc.getValue();
    }
}
