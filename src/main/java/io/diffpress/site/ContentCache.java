package io.diffpress.site;

import io.diffpress.content.ItemAnchor;
import io.diffpress.content.ReportBody;
import io.diffpress.content.ReportDocument;
import io.diffpress.content.ReportFile;
import io.diffpress.content.ReportReader;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.stream.IntStream;

/**
 * What each report file gave when it was last read, in {@code .diffpress/cache/content/} of the portal:
 * the parsed front matter and Summary Table rows (everything of a {@link ReportDocument} but its body), the
 * body's hash and the digest of its search prose, with the file's {@link FileStamp} and a hash of its bytes. An
 * entry is taken on the stamp alone only if the file was already {@link FileStamp#settled settled} when it was
 * read, so a file edited even within the same second, or to the same size, is read again; a file read again whose
 * bytes hash the same (touched, checked out again, written just before the last build) is not parsed again.
 *
 * <p>The prose itself is not kept ({@link ProseText}): 10,000 reports are 19 MB here instead of 147 MB. The entries are
 * spread over {@value #SHARDS} files by the hash of their source, and a build rewrites only the files whose entries
 * changed. Each file is checked (a CRC) and keyed by the code that reads reports: a damaged, foreign or missing
 * file is an empty one, and losing it only costs time.
 */
final class ContentCache {

    private static final int MAGIC = 0x44504341; // "DPCA"
    static final int SHARDS = 64;
    private static final byte[] CODE = CodeDigest.of(List.of(ReportReader.class, ReportDocument.class, ReportFile.class,
            ReportBody.class, ItemAnchor.class, ReportProse.class, KeptTags.class, ContentCache.class, FileStamp.class,
            io.diffpress.content.Markdown.class, io.diffpress.content.TableColumns.class, io.diffpress.insight.ChangeType.class),
            List.of("META-INF/maven/org.yaml/snakeyaml/pom.properties"));

    /**
     * A report as the cache remembers it: its body only by hash.
     *
     * @param readAt   when the build that read the file started (epoch nanoseconds)
     * @param fileHash SHA-256 of the file's bytes
     */
    record Entry(FileStamp stamp, long readAt, String fileHash, ReportDocument report, ProseText prose) {

        /** Whether the file surely still has the bytes this entry was made from: the same stamp, settled when read. */
        boolean sameFile(FileStamp now) {
            return stamp.equals(now) && stamp.settled(readAt);
        }
    }

    private final Optional<Path> dir;
    private volatile Map<String, Entry> previous;
    private final Map<String, Entry> fresh = new ConcurrentHashMap<>();

    private ContentCache(Optional<Path> dir) {
        this.dir = dir;
    }

    /** The entries of the last build, read when first asked for (the files on every core). */
    private synchronized Map<String, Entry> previous() {
        if (previous == null) {
            Map<String, Entry> entries = new ConcurrentHashMap<>();
            dir.ifPresent(d -> IntStream.range(0, SHARDS).parallel().forEach(i -> entries.putAll(read(shardFile(d, i)))));
            previous = entries;
        }
        return previous;
    }

    static ContentCache in(Path portalDir) {
        return new ContentCache(Optional.of(portalDir.resolve(".diffpress").resolve("cache").resolve("content")));
    }

    /** Which of the files holds the entry of {@code source}: String's hash is specified, so it is the same on every run. */
    static int shard(String source) {
        return Math.floorMod(source.hashCode(), SHARDS);
    }

    private static Path shardFile(Path dir, int shard) {
        return dir.resolve(String.format("%02x.bin", shard));
    }

    static ContentCache none() {
        return new ContentCache(Optional.empty());
    }

    /** This cache's entries, only read: what a build using the view reads is neither kept nor saved. */
    ContentCache readOnly() {
        ContentCache view = new ContentCache(Optional.empty());
        view.previous = previous();
        return view;
    }

    /**
     * Starts a build: reads the cache files now, on every core, rather than inside the first lookup of the parallel
     * read of reports; and drops what a failed build read but did not save (its files are looked at again).
     */
    void begin() {
        fresh.clear();
        previous();
    }

    /** What the last build remembered of {@code source}, if anything. */
    Optional<Entry> get(String source) {
        return Optional.ofNullable(previous().get(source));
    }

    /** Remembers a report just read; {@code report}'s body is kept by hash only. */
    void put(String source, Entry entry) {
        if (dir.isPresent()) { // without a cache folder nothing is saved: nothing to keep
            fresh.put(source, entry);
        }
    }

    /**
     * Writes the entries of these sources (the reports of this build: deleted ones drop out): each file whose
     * entries changed, through a temporary file and a rename. Afterwards they are this cache's entries, so a
     * process that builds again (serve) starts from them without reading the files.
     */
    void save(Collection<String> sources) {
        if (dir.isEmpty()) {
            return;
        }
        List<Map<String, Entry>> next = new ArrayList<>();
        int[] before = new int[SHARDS];
        boolean[] changed = new boolean[SHARDS];
        for (int i = 0; i < SHARDS; i++) {
            next.add(new TreeMap<>());
        }
        previous().keySet().forEach(source -> before[shard(source)]++);
        for (String source : sources) {
            Entry e = fresh.containsKey(source) ? fresh.get(source) : previous().get(source);
            if (e != null) {
                int shard = shard(source);
                next.get(shard).put(source, e);
                changed[shard] |= fresh.containsKey(source);
            }
        }
        Map<String, Entry> all = new ConcurrentHashMap<>();
        next.forEach(all::putAll);
        try {
            Files.createDirectories(dir.get());
            Files.deleteIfExists(dir.get().resolveSibling("content.bin")); // the one file of earlier versions
            // A file whose entries are the ones it holds (none new, none gone) is left alone, if it is still there.
            IntStream.range(0, SHARDS).filter(i -> changed[i] || next.get(i).size() != before[i]
                            || (!next.get(i).isEmpty() && !Files.isRegularFile(shardFile(dir.get(), i)))).parallel()
                    .forEach(i -> write(shardFile(dir.get(), i), next.get(i)));
            // a temporary file a failed build left (its disk full, say), of a file not written again since (an audit)
            for (int i = 0; i < SHARDS; i++) {
                Path shard = shardFile(dir.get(), i);
                Files.deleteIfExists(shard.resolveSibling(shard.getFileName() + ".tmp"));
            }
        } catch (IOException e) {
            // Not cached: the next build reads the reports again.
        }
        previous = all;
        fresh.clear();
    }

    /** Writes one file; one fixed temporary name per file (a build holds the portal's lock). */
    private static void write(Path target, Map<String, Entry> entries) {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                write(file, entries); // streamed: the prose is most of the bytes
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Not cached: the next build reads these reports again.
        }
    }

    /** The cache file's bytes: the entries, then the CRC-32 of everything before it. */
    private static void write(OutputStream file, Map<String, Entry> entries) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(file, crc));
        out.writeInt(MAGIC);
        out.write(CODE);
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            write(out, e.getKey(), e.getValue());
        }
        out.flush();
        new DataOutputStream(file).writeLong(crc.getValue());
    }

    private static void write(DataOutputStream out, String source, Entry entry) throws IOException {
        FileStamp s = entry.stamp();
        ReportDocument d = entry.report();
        text(out, source);
        out.writeLong(s.size());
        out.writeLong(s.modifiedNanos());
        out.writeLong(s.changedNanos());
        text(out, s.key());
        out.writeLong(entry.readAt());
        text(out, entry.fileHash());
        text(out, d.title());
        out.writeLong(d.date().toEpochDay());
        text(out, d.time());
        optional(out, d.permalink());
        text(out, d.summary());
        text(out, d.section());
        texts(out, d.tags());
        texts(out, d.types());
        out.writeInt(d.files().size());
        for (ReportFile f : d.files()) {
            texts(out, List.of(f.path(), f.oldPath(), f.status(), f.type(), f.title(), f.anchor()));
            out.writeInt(f.additions());
            out.writeInt(f.deletions());
        }
        out.writeInt(d.commits().size());
        for (ReportDocument.ReportCommit c : d.commits()) {
            texts(out, List.of(c.sha(), c.subject(), c.author(), c.date()));
            out.writeInt(c.pullRequest());
        }
        optional(out, d.slug());
        optional(out, d.language());
        text(out, d.markdown().hash());
        optional(out, d.range().map(r -> r.base() + "\n" + r.head()));
        out.write(entry.prose().sha256()); // the prose itself is made again from the body if it is needed
    }

    /** The entries of a cache file; empty when it is missing, damaged or written by other code. */
    private static Map<String, Entry> read(Path file) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try {
            if (!Files.isRegularFile(file)) {
                return entries;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 8 + 4 + CODE.length + 4) {
                return entries;
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.getLong(bytes.length - 8) != crc.getValue() || in.getInt() != MAGIC) {
                return entries;
            }
            byte[] code = new byte[CODE.length];
            in.get(code);
            if (!Arrays.equals(code, CODE)) {
                return entries;
            }
            int count = in.getInt();
            for (int i = 0; i < count; i++) {
                String source = text(in);
                Entry parsed = entry(in, source);
                byte[] sha256 = new byte[32];
                in.get(sha256);
                entries.put(source, new Entry(parsed.stamp(), parsed.readAt(), parsed.fileHash(), parsed.report(),
                        ProseText.digest(sha256)));
            }
            if (in.remaining() != 8) {
                return new ConcurrentHashMap<>();
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return new ConcurrentHashMap<>(); // damaged: every report is read again
        }
    }

    private static Entry entry(ByteBuffer in, String source) {
        FileStamp stamp = new FileStamp(in.getLong(), in.getLong(), in.getLong(), text(in));
        long readAt = in.getLong();
        String fileHash = text(in);
        String title = text(in);
        LocalDate date = LocalDate.ofEpochDay(in.getLong());
        String time = text(in);
        Optional<String> permalink = optional(in);
        String summary = text(in);
        String section = text(in);
        List<String> tags = texts(in);
        List<String> types = texts(in);
        List<ReportFile> files = new ArrayList<>();
        for (int n = count(in); n > 0; n--) {
            List<String> t = texts(in);
            files.add(new ReportFile(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), in.getInt(), in.getInt(), t.get(5)));
        }
        List<ReportDocument.ReportCommit> commits = new ArrayList<>();
        for (int n = count(in); n > 0; n--) {
            List<String> t = texts(in);
            commits.add(new ReportDocument.ReportCommit(t.get(0), t.get(1), t.get(2), t.get(3), in.getInt()));
        }
        Optional<String> slug = optional(in);
        Optional<String> language = optional(in);
        ReportBody body = ReportBody.stored(source, text(in), () -> {
            throw new IllegalStateException("a cached report's body is read through ContentLoader");
        });
        Optional<ReportDocument.Range> range = optional(in).map(r -> new ReportDocument.Range(r.substring(0, r.indexOf('\n')),
                r.substring(r.indexOf('\n') + 1)));
        return new Entry(stamp, readAt, fileHash, new ReportDocument(source, title, date, time, permalink, summary, section, tags,
                types, files, commits, slug, language, body, range), null); // the prose follows: read by the caller
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void texts(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(out, s);
        }
    }

    private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            text(out, value.get());
        }
    }

    private static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new BufferUnderflowException();
        }
        return n;
    }

    private static String text(ByteBuffer in) {
        int n = count(in);
        String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    private static List<String> texts(ByteBuffer in) {
        List<String> list = new ArrayList<>();
        for (int n = count(in); n > 0; n--) {
            list.add(text(in));
        }
        return list;
    }

    private static Optional<String> optional(ByteBuffer in) {
        return in.get() != 0 ? Optional.of(text(in)) : Optional.empty();
    }
}
