package io.diffpress.publish;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The only component that writes the site to disk. It writes the whole site into a staging
 * folder next to the output folder and then swaps the two, so readers and a killed build
 * never see a half-written site. Unchanged files are hard-linked from the previous site
 * rather than rewritten (they keep their modification time), files a person put into the
 * output folder are carried over, and an output folder this tool did not make is never touched.
 */
public final class Publisher {

    /** Marks an output folder as made by diffpress and lists the files the build wrote. */
    public static final String MARKER = ".diffpress-output";
    private static final String MARKER_HEADER = "# Written by diffpress build; replaced on every build. Files listed here belong to the build."
            + "\n# path, SHA-256, bytes, fingerprint of the inputs it was made from (empty: compared by its bytes)";

    private final Path output;

    /** What a publish did. */
    public record Result(int files, int written, int unchanged, List<String> keptUserFiles) {
    }

    public Publisher(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    /**
     * Refuses output folders whose replacement would destroy a person's work.
     *
     * @param protectedDirs the portal folder, content folder and repository work tree
     */
    public void checkSafe(Collection<Path> protectedDirs) {
        if (output.getParent() == null) {
            throw DiffpressException.input(Stage.PUBLISH, "output folder " + output + " is the file system root; choose a folder such as public/");
        }
        for (Path dir : protectedDirs) {
            Path p = dir.toAbsolutePath().normalize();
            if (p.equals(output) || p.startsWith(output)) {
                throw DiffpressException.input(Stage.PUBLISH, "output folder " + output + " would replace " + p
                        + "; choose a folder of its own such as public/");
            }
        }
        if (output.equals(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize())) {
            throw DiffpressException.input(Stage.PUBLISH, "output folder " + output + " is your home folder; choose a folder such as public/");
        }
        if (Files.isSymbolicLink(output)) {
            throw DiffpressException.input(Stage.PUBLISH, "output folder " + output + " is a symbolic link; point output at a real folder");
        }
        if (Files.exists(output)) {
            if (!Files.isDirectory(output)) {
                throw DiffpressException.input(Stage.PUBLISH, "output " + output + " exists and is not a folder");
            }
            if (!Files.exists(output.resolve(MARKER)) && !isEmpty(output)) {
                throw DiffpressException.input(Stage.PUBLISH, "output folder " + output + " exists, is not empty and was not made by diffpress; "
                        + "move it away or choose another output folder");
            }
        }
    }

    /** Writes all files as the new site and swaps it in. */
    public Result publish(List<OutputFile> files) {
        try (Staging staging = begin()) {
            for (OutputFile file : files) {
                staging.write(file, "");
            }
            return staging.commit();
        }
    }

    /**
     * Starts a new site in the staging folder next to the output folder. Files go in one by one as they are
     * made ({@link Staging#write}, from any thread), so the site never has to be held in memory; nothing
     * reaches the output folder before {@link Staging#commit}, and a staging folder that is closed without
     * a commit is deleted.
     */
    public Staging begin() {
        Path parent = output.getParent();
        String name = output.getFileName().toString();
        Path staging = parent.resolve("." + name + ".staging");
        Path old = parent.resolve("." + name + ".old");
        try {
            Files.createDirectories(parent);
            recover(old);
            deleteTree(staging);
            Files.createDirectories(staging);
            return new Staging(staging, old, previousEntries());
        } catch (IOException e) {
            throw DiffpressException.build(Stage.PUBLISH, "cannot write the site to " + output + ": " + e.getMessage(), e);
        }
    }

    /** What the marker says of one file the previous build wrote; size -1 and fingerprint "" when it does not say. */
    private record Entry(String sha256, long size, String fingerprint) {
    }

    /** A site being written into the staging folder. */
    public final class Staging implements OutputSink, AutoCloseable {

        private final Path dir;
        private final Path old;
        private final Map<String, Entry> previous;
        private final Map<String, Entry> written = new ConcurrentHashMap<>();
        private final Set<String> duplicates = new ConcurrentSkipListSet<>();
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        private final AtomicInteger unchanged = new AtomicInteger();
        private boolean committed;

        private Staging(Path dir, Path old, Map<String, Entry> previous) {
            this.dir = dir;
            this.old = old;
            this.previous = previous;
        }

        /**
         * Hard-links the previous site's file at {@code path} when the marker says it was made from inputs
         * with this fingerprint, so the page need not be made at all.
         *
         * @return false when the page must be made: no fingerprint, another one, or no such previous file
         */
        @Override
        public boolean reuse(String path, String fingerprint) {
            Entry before = previous.get(path);
            if (fingerprint.isEmpty() || before == null || !fingerprint.equals(before.fingerprint()) || before.size() < 0) {
                return false;
            }
            Path target = target(path);
            Path source = output.resolve(path);
            try {
                if (!linkUnchanged(source, target, before.size())) {
                    if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS) || Files.size(source) != before.size()) {
                        return false;
                    }
                    Files.copy(source, target); // no hard links on this file system
                }
            } catch (FileAlreadyExistsException e) {
                duplicates.add(path);
                return true;
            } catch (IOException e) {
                return false;
            }
            record(path, before);
            unchanged.incrementAndGet();
            return true;
        }

        /** Adds a file; one whose bytes the previous build wrote too is hard-linked rather than written. */
        @Override
        public void write(OutputFile file, String fingerprint) {
            Path target = target(file.path());
            byte[] content = file.content();
            String hash = sha256(content);
            Entry before = previous.get(file.path());
            try {
                if (before != null && hash.equals(before.sha256())
                        && linkUnchanged(output.resolve(file.path()), target, content.length)) {
                    unchanged.incrementAndGet();
                } else {
                    Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
            } catch (FileAlreadyExistsException e) {
                duplicates.add(file.path());
                return;
            } catch (IOException e) {
                throw DiffpressException.build(Stage.PUBLISH, "cannot write the site to " + output + ": " + e.getMessage(), e);
            }
            record(file.path(), new Entry(hash, content.length, fingerprint));
        }

        private Path target(String path) {
            Path target = dir.resolve(path).normalize();
            if (!target.startsWith(dir) || path.equals(MARKER)) {
                throw DiffpressException.build(Stage.PUBLISH, "output path " + path + " is not allowed", null);
            }
            Path folder = target.getParent();
            if (folders.add(folder)) {
                try {
                    Files.createDirectories(folder);
                } catch (IOException e) {
                    throw DiffpressException.build(Stage.PUBLISH, "cannot write the site to " + output + ": " + e.getMessage(), e);
                }
            }
            return target;
        }

        private void record(String path, Entry entry) {
            if (written.putIfAbsent(path, entry) != null) {
                duplicates.add(path);
            }
        }

        /** Writes the marker and swaps the staging folder in as the output folder. */
        public Result commit() {
            if (!duplicates.isEmpty()) {
                // The first in path order, so the error names the same file on every run.
                throw DiffpressException.build(Stage.PUBLISH, "two pages want the same output path " + duplicates.iterator().next(), null);
            }
            try {
                List<String> kept = carryOverUserFiles(dir, written.keySet(), previous.keySet());
                StringBuilder marker = new StringBuilder(MARKER_HEADER).append('\n');
                new TreeMap<>(written).forEach((path, e) -> marker.append(path).append('\t').append(e.sha256()).append('\t')
                        .append(e.size()).append('\t').append(e.fingerprint()).append('\n'));
                Files.writeString(dir.resolve(MARKER), marker.toString(), StandardCharsets.UTF_8);
                if (Files.exists(output)) {
                    move(output, old);
                }
                move(dir, output);
                committed = true;
                deleteTree(old);
                int files = written.size();
                return new Result(files, files - unchanged.get(), unchanged.get(), kept);
            } catch (IOException e) {
                throw DiffpressException.build(Stage.PUBLISH, "cannot write the site to " + output + ": " + e.getMessage(), e);
            }
        }

        /** A site that was not committed (the build failed) leaves nothing behind. */
        @Override
        public void close() {
            if (!committed) {
                try {
                    deleteTree(dir);
                } catch (IOException e) {
                    // The next build deletes it before it starts.
                }
            }
        }
    }

    /**
     * Hard-links the previous site's file when the build wrote the same bytes last time (same hash in the
     * marker), so unchanged pages are not rewritten and keep their modification time.
     */
    private static boolean linkUnchanged(Path previous, Path target, long size) throws FileAlreadyExistsException {
        try {
            if (Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS) && Files.size(previous) == size) {
                Files.createLink(target, previous);
                return true;
            }
        } catch (FileAlreadyExistsException e) {
            throw e; // a second file for the same path: the caller reports it
        } catch (IOException | UnsupportedOperationException e) {
            // No hard links here (another file system?): write the file instead.
        }
        return false;
    }

    /** What the previous build wrote, from the marker file: path → hash, size and fingerprint; empty when none. */
    private Map<String, Entry> previousEntries() throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        Path marker = output.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    String[] cols = line.split("\t", -1);
                    long size = -1;
                    if (cols.length > 2) {
                        try {
                            size = Long.parseLong(cols[2]);
                        } catch (NumberFormatException e) {
                            size = -1;
                        }
                    }
                    entries.put(cols[0], new Entry(cols.length > 1 ? cols[1] : "", size, cols.length > 3 ? cols[3] : ""));
                }
            }
        }
        return entries;
    }

    /** Files in the previous site that no build wrote (a CNAME a person added) move into the new site. */
    private List<String> carryOverUserFiles(Path staging, Set<String> built, Set<String> previouslyBuilt) throws IOException {
        List<String> kept = new ArrayList<>();
        if (!Files.isRegularFile(output.resolve(MARKER))) {
            return kept;
        }
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path p : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String rel = output.relativize(p).toString().replace('\\', '/');
                if (rel.equals(MARKER) || previouslyBuilt.contains(rel) || built.contains(rel)) {
                    continue;
                }
                Path target = staging.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                kept.add(rel);
            }
        }
        return kept;
    }

    /** A build killed between the two renames leaves the previous site in ".old": put it back. */
    private void recover(Path old) throws IOException {
        if (Files.exists(old)) {
            if (!Files.exists(output)) {
                move(old, output);
            } else {
                deleteTree(old);
            }
        }
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
