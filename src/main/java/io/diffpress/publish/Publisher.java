package io.diffpress.publish;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The only component that writes the site to disk. It writes the whole site into a staging
 * folder next to the output folder and then swaps the two, so readers and a killed build
 * never see a half-written site. Unchanged files are hard-linked from the previous site
 * rather than rewritten (they keep their modification time), files a person put into the
 * output folder are carried over, and an output folder this tool did not make is never touched.
 *
 * <p>The site before the live one is kept next to it as {@code .NAME.previous} and becomes the next
 * staging folder: a build updates it in place (files that differ from the new site are replaced, stale
 * ones removed) instead of making a fresh tree. A site of ten thousand reports has as many folders, and
 * creating and deleting them on every build cost more than everything else of a rebuild. Nothing in the
 * staging folder is trusted: a file is kept only if it is the live site's own file (same inode) and the
 * live one is right, so a staging folder left by a killed build is as good as an empty one.
 *
 * <p>Which of its files are stale is found by walking it, unless it comes straight from a committed swap: then
 * the build that put it aside knew everything in it (what the site before had written, and the files a person
 * had added, which that build's walk of the live site found) and left that list in it ({@value #LISTING}).
 * The list is taken out as the folder is taken up, so a build killed after that walks the folder again.
 */
public final class Publisher {

    /** Marks an output folder as made by diffpress and lists the files the build wrote. */
    public static final String MARKER = ".diffpress-output";
    private static final String MARKER_HEADER = "# Written by diffpress build; replaced on every build. Files listed here belong to the build."
            + "\n# path, bytes, fingerprint of the inputs it was made from (empty: compared by its bytes)";

    /** In a put-aside site: every file it holds, one path per line, ending with {@link #LISTING_END}. */
    static final String LISTING = ".diffpress-listing";
    private static final String LISTING_END = "# end of listing";

    private final Path output;

    /** What a publish did, and what the build that made the site warns of (reports that repeat a range, say). */
    public record Result(int files, int written, int unchanged, List<String> keptUserFiles, List<String> warnings) {

        public Result {
            keptUserFiles = List.copyOf(keptUserFiles);
            warnings = List.copyOf(warnings);
        }

        public Result(int files, int written, int unchanged, List<String> keptUserFiles) {
            this(files, written, unchanged, keptUserFiles, List.of());
        }

        /** This result with the build's warnings, before the publisher's own. */
        public Result withWarnings(List<String> buildWarnings) {
            List<String> all = new ArrayList<>(buildWarnings);
            all.addAll(warnings);
            return new Result(files, written, unchanged, keptUserFiles, all);
        }
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
        Path realOutput = io.diffpress.FileNames.real(output);
        for (Path dir : protectedDirs) {
            Path p = dir.toAbsolutePath().normalize();
            Path real = io.diffpress.FileNames.real(dir);
            // by name and where they really are: `self/content` with `self` a link to the portal is the content folder
            if (p.equals(output) || p.startsWith(output) || real.equals(realOutput) || real.startsWith(realOutput)) {
                throw DiffpressException.input(Stage.PUBLISH, "output folder " + output + " would replace " + p
                        + "; choose a folder of its own such as public/");
            }
        }
        if (output.equals(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize())) {
            throw DiffpressException.input(Stage.PUBLISH, "output folder " + output + " is your home folder; choose a folder such as public/");
        }
        Optional<Path> file = io.diffpress.FileNames.fileAbove(output);
        if (file.isPresent()) {
            throw DiffpressException.input(Stage.PUBLISH, "output folder " + output + " cannot be made: " + file.get()
                    + " is a file, not a folder");
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
     * reaches the output folder before {@link Staging#commit}.
     */
    public Staging begin() {
        Path parent = output.getParent();
        String name = output.getFileName().toString();
        Path staging = parent.resolve("." + name + ".staging");
        Path old = parent.resolve("." + name + ".old");
        Path spare = parent.resolve("." + name + ".previous");
        try {
            Files.createDirectories(parent);
            recover(old, spare);
            boolean fromSwap = false;
            if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(staging);
                if (Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS)) {
                    move(spare, staging);
                    fromSwap = true;
                } else {
                    Files.createDirectories(staging);
                }
            }
            deleteTree(spare); // only when a killed build left both: one tree to update is enough
            Optional<Set<String>> listing = takeListing(staging);
            Path marker = output.resolve(MARKER);
            boolean liveHasMarker = Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS);
            return new Staging(staging, old, spare, previousEntries(), fromSwap ? listing : Optional.empty(), liveHasMarker,
                    liveHasMarker ? Files.getLastModifiedTime(marker, LinkOption.NOFOLLOW_LINKS) : null);
        } catch (IOException e) {
            throw DiffpressException.build(Stage.PUBLISH, "cannot write the site to " + output + ": " + e.getMessage(), e);
        }
    }

    /** What the marker says of one file the previous build wrote; size -1 and fingerprint "" when it does not say. */
    private record Entry(long size, String fingerprint) {
    }

    /** A path being written, until its entry is known. */
    private static final Entry CLAIMED = new Entry(-1, "");

    /** A site being written into the staging folder. */
    public final class Staging implements OutputSink, AutoCloseable {

        private final Path dir;
        private final Path old;
        private final Path spare;
        private final Map<String, Entry> previous;
        /** Every file of the staging tree, when the swap that put it aside left that list; else it is walked. */
        private final Optional<Set<String>> listing;
        /** Whether the live site is one a build made (has a marker): only then is all it holds known after the walk. */
        private final boolean liveHasMarker;
        /**
         * When the previous build ended: its marker is the last file it wrote, so a live file modified later was changed
         * by someone else (an edit in place, even one that keeps the size), and is not taken unread; null without one.
         */
        private final java.nio.file.attribute.FileTime builtAt;
        private final Map<String, Entry> written = new ConcurrentHashMap<>();
        private final Set<String> duplicates = new ConcurrentSkipListSet<>();
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        /** Folders of the live site known to be folders, not links: a file is taken from there only. */
        private final Map<Path, Boolean> liveFolders = new ConcurrentHashMap<>();
        private final AtomicInteger unchanged = new AtomicInteger();
        /**
         * Writes hold it shared, commit and close alone: when one page of a parallel build fails, the
         * others may still be running as the build closes the staging tree, and none of them may write
         * into the tree once it is put aside (it would re-create it, or change the next build's tree).
         */
        private final java.util.concurrent.locks.ReadWriteLock gate = new java.util.concurrent.locks.ReentrantReadWriteLock();
        private boolean closed;
        private boolean committed;

        private Staging(Path dir, Path old, Path spare, Map<String, Entry> previous, Optional<Set<String>> listing,
                        boolean liveHasMarker, java.nio.file.attribute.FileTime builtAt) {
            this.dir = dir;
            this.old = old;
            this.spare = spare;
            this.previous = previous;
            this.listing = listing;
            this.liveHasMarker = liveHasMarker;
            this.builtAt = builtAt;
        }

        /**
         * Takes the previous site's file at {@code path} when the marker says it was made from inputs with
         * this fingerprint, so the page need not be made at all.
         *
         * @return false when the page must be made: no fingerprint, another one, or no such previous file
         */
        @Override
        public boolean reuse(String path, String fingerprint) {
            open();
            try {
                return reuseOpen(path, fingerprint);
            } finally {
                gate.readLock().unlock();
            }
        }

        private boolean reuseOpen(String path, String fingerprint) {
            Entry before = previous.get(path);
            if (fingerprint.isEmpty() || before == null || !fingerprint.equals(before.fingerprint()) || before.size() < 0) {
                return false;
            }
            if (!claim(path)) {
                return true; // a second page for this path: commit reports it
            }
            try {
                if (!keepLive(path, target(path), before.size(), null)) {
                    written.remove(path);
                    return false;
                }
            } catch (IOException e) {
                written.remove(path);
                return false;
            }
            written.put(path, before);
            unchanged.incrementAndGet();
            return true;
        }

        /** Adds a file; one whose bytes the previous build wrote too is taken from the previous site. */
        @Override
        public void write(OutputFile file, String fingerprint) {
            open();
            try {
                writeOpen(file, fingerprint);
            } finally {
                gate.readLock().unlock();
            }
        }

        /** Takes the shared hold for one write; fails once the staging tree is committed or put aside. */
        private void open() {
            gate.readLock().lock();
            if (closed) {
                gate.readLock().unlock();
                throw DiffpressException.build(Stage.PUBLISH, "the build of " + output + " was already ended", null);
            }
        }

        @Override
        public Optional<Path> location(String path) {
            Entry entry = written.get(path);
            return entry == null || entry == CLAIMED ? Optional.empty() : Optional.of(dir.resolve(path).normalize());
        }

        private void writeOpen(OutputFile file, String fingerprint) {
            if (!claim(file.path())) {
                return; // a second file for this path: commit reports it
            }
            Path target = target(file.path());
            byte[] content = file.content();
            Entry before = previous.get(file.path());
            try {
                // The live file's bytes decide, not a digest of what the last build wrote: most files of a rebuild that are
                // made again differ in size, which settles it without reading either (a SHA-256 of every file written cost
                // more than writing it); one a person edited in place is not taken for the build's.
                if (before != null && before.size() == content.length && keepLive(file.path(), target, content.length, content)) {
                    unchanged.incrementAndGet();
                } else {
                    // Never written in place: the staging file may be a link to a file of the live site.
                    delete(target);
                    Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
            } catch (IOException e) {
                throw DiffpressException.build(Stage.PUBLISH, "cannot write the site to " + output + ": " + e.getMessage(), e);
            }
            written.put(file.path(), new Entry(content.length, fingerprint));
        }

        /**
         * Makes the staging file the live site's file of that path (a hard link, or a copy where there are none),
         * unless it is already. False when the live site has no such file of that size, or, when content is given
         * (not null), none holding exactly those bytes.
         */
        private boolean keepLive(String path, Path target, long size, byte[] content) throws IOException {
            Path live = output.resolve(path).normalize();
            if (!live.startsWith(output) || !realFolder(output, live.getParent(), liveFolders)) {
                return false; // through a link a person put into the site: what it leads to is not the site's
            }
            BasicFileAttributes liveAttrs;
            try {
                liveAttrs = Files.readAttributes(live, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return false;
            }
            if (!liveAttrs.isRegularFile() || liveAttrs.size() != size) {
                return false;
            }
            if (content == null && (builtAt == null || liveAttrs.lastModifiedTime().compareTo(builtAt) > 0)) {
                return false; // changed since the build that made it (the same size says nothing): made again
            }
            if (content != null && !sameBytes(live, content)) {
                return false;
            }
            if (liveAttrs.fileKey() != null) {
                try {
                    Object key = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
                    if (liveAttrs.fileKey().equals(key)) {
                        return true; // the staging tree has it from two builds ago, untouched since
                    }
                } catch (IOException e) {
                    // not there: linked below
                }
            }
            delete(target);
            try {
                Files.createLink(target, live);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(live, target, StandardCopyOption.COPY_ATTRIBUTES); // no hard links on this file system
            }
            return true;
        }

        private Path target(String path) {
            Path target = dir.resolve(path).normalize();
            if (!target.startsWith(dir) || path.equals(MARKER)) {
                throw DiffpressException.build(Stage.PUBLISH, "output path " + path + " is not allowed", null);
            }
            Path folder = target.getParent();
            if (!folders.contains(folder)) {
                try {
                    folder(folder);
                } catch (IOException e) {
                    throw DiffpressException.build(Stage.PUBLISH, "cannot write the site to " + output + ": " + e.getMessage(), e);
                }
            }
            return target;
        }

        /**
         * Makes the folder, removing a file or link of the staging tree that stands where a folder is now
         * needed. Its parents are made sure of first, so no write reaches through a link a person put into the
         * live site (which later becomes the staging tree) to a place outside it.
         */
        private void folder(Path folder) throws IOException {
            if (folder.equals(dir) || folders.contains(folder)) {
                return;
            }
            folder(folder.getParent());
            // Most folders are there already (the staging tree is the site of two builds ago): one look is enough, and
            // it is taken without the lock (a folder is never removed while pages are written, only made), which every
            // page of the site waited for when one thread at a time looked.
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                folders.add(folder);
                return;
            }
            synchronized (folders) { // one thread at a time: two pages in the same new folder must not remove each other's
                if (!folders.contains(folder) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(folder); // a file or a link: deletes the link, not what it leads to
                    Files.createDirectory(folder);
                }
                folders.add(folder);
            }
        }

        /** Takes the path for one file; false (and noted for commit) when another file has it. */
        private boolean claim(String path) {
            if (written.putIfAbsent(path, CLAIMED) != null) {
                duplicates.add(path);
                return false;
            }
            return true;
        }

        /**
         * A file of the site that another one needs as its folder ("x/index.html" and "x/index.html/index.html"): the
         * later write would remove the earlier one, and which came later depends on the threads. The first in path order.
         */
        static Optional<Clash> folderClash(Set<String> paths) {
            Clash first = null;
            for (String path : paths) {
                for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                    Clash clash = new Clash(path.substring(0, slash), path);
                    if (paths.contains(clash.file()) && (first == null || clash.compareTo(first) < 0)) {
                        first = clash;
                    }
                }
            }
            return Optional.ofNullable(first);
        }

        /** A file of the site ({@code file}) where another one ({@code path}) needs a folder; ordered by file, then path. */
        record Clash(String file, String path) implements Comparable<Clash> {
            @Override
            public int compareTo(Clash o) {
                int byFile = file.compareTo(o.file);
                return byFile != 0 ? byFile : path.compareTo(o.path);
            }
        }

        /** " (the page of content/x/b.md)" when the origin of the page at path is known, else "". */
        private static String madeBy(String path, java.util.function.Function<String, Optional<String>> origin) {
            return origin.apply(path).map(o -> " (the page of " + o + ")").orElse("");
        }

        /** Removes what the staging tree has of older sites, writes the marker and swaps the new site in. */
        public Result commit() {
            return commit(path -> Optional.empty());
        }

        /**
         * As {@link #commit()}; {@code origin} names the file a page was made from ("content/x/b.md"), when it knows,
         * so that two pages wanting one place are told by the file a person can change.
         */
        public Result commit(java.util.function.Function<String, Optional<String>> origin) {
            gate.writeLock().lock();
            try {
                closed = true;
                return commitAlone(origin);
            } finally {
                gate.writeLock().unlock();
            }
        }

        private Result commitAlone(java.util.function.Function<String, Optional<String>> origin) {
            if (!duplicates.isEmpty()) {
                // The first in path order, so the error names the same file on every run.
                String path = duplicates.iterator().next();
                throw DiffpressException.build(Stage.PUBLISH, "two pages want the same output path " + path + madeBy(path, origin), null);
            }
            folderClash(written.keySet()).ifPresent(clash -> {
                throw DiffpressException.build(Stage.PUBLISH, "two pages want the same place: " + clash.file() + madeBy(clash.file(), origin)
                        + " is a file, and a folder of " + clash.path() + madeBy(clash.path(), origin)
                        + " (rename the report, document, tag or section whose URL makes the second)", null);
            });
            try {
                // Meanwhile: the staging tree's stale files are removed (its listing says which, or it is walked too),
                // and the live tree is walked for files a person added, on every core (userFiles).
                CompletableFuture<Void> removal = CompletableFuture.runAsync(() -> {
                    try {
                        if (listing.isPresent()) {
                            removeListed(dir, listing.get(), written.keySet());
                        } else {
                            removeStale(dir, written.keySet());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                UserFiles found;
                try {
                    found = userFiles(written.keySet(), previous.keySet());
                } catch (IOException | RuntimeException e) {
                    removal.handle((done, error) -> null).join(); // the removal ends before the build does
                    throw e;
                }
                try {
                    removal.join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
                }
                List<String> kept = found.kept();
                copyUserFiles(dir, kept);
                StringBuilder marker = new StringBuilder(MARKER_HEADER).append('\n');
                new TreeMap<>(written).forEach((path, e) -> marker.append(path).append('\t').append(e.size()).append('\t')
                        .append(e.fingerprint()).append('\n'));
                Path markerFile = dir.resolve(MARKER);
                delete(markerFile);
                Files.writeString(markerFile, marker.toString(), StandardCharsets.UTF_8);
                swap(dir, old);
                committed = true;
                if (Files.exists(old)) {
                    move(old, spare); // the next build's staging tree
                    if (liveHasMarker && found.strays().isEmpty() && found.emptyFolders().isEmpty() && kept.stream().noneMatch(k -> k.indexOf('\n') >= 0 || k.indexOf('\r') >= 0)) {
                        // All it holds: what the build before wrote, and the files a person added (the walk found them).
                        Set<String> holds = new TreeSet<>(previous.keySet());
                        holds.addAll(kept);
                        holds.addAll(found.replaced()); // else left behind in the staging tree, to come back later
                        holds.add(MARKER);
                        try {
                            writeListing(spare, holds);
                        } catch (IOException e) {
                            // The site is live: without a whole list the next build walks the tree instead.
                        }
                    }
                }
                int files = written.size();
                List<String> replacedWarnings = found.replaced().stream().map(p -> Stage.PUBLISH.label() + ": a page of the site now"
                        + " takes the place of your file " + p + " in " + output + "; move your file elsewhere (a copy stays in "
                        + spare.resolve(p) + " until the next build)").toList();
                // a link a person put there is never followed, so not carried over: said, as a replaced file is (an audit)
                List<String> warnings = new ArrayList<>(replacedWarnings);
                found.strays().forEach(p -> warnings.add(Stage.PUBLISH.label() + ": " + output.resolve(p) + " is a link (or"
                        + " another special file) put into the output folder, which is not carried over into the new site: links"
                        + " there are never followed; put a copy of what it leads to there instead"));
                found.emptyFolders().forEach(p -> warnings.add(Stage.PUBLISH.label() + ": " + output.resolve(p) + " is an empty"
                        + " folder put into the output folder, which is not carried over into the new site; put a file into it"
                        + " to keep it"));
                return new Result(files, files - unchanged.get(), unchanged.get(), kept, warnings);
            } catch (IOException e) {
                throw DiffpressException.build(Stage.PUBLISH, "cannot write the site to " + output + ": " + e.getMessage(), e);
            }
        }

        /** A site that was not committed (the build failed) is put aside as the next build's staging tree. */
        @Override
        public void close() {
            gate.writeLock().lock();
            try {
                closed = true;
                if (!committed) {
                    putAside();
                }
            } finally {
                gate.writeLock().unlock();
            }
        }

        private void putAside() {
            try {
                if (!Files.exists(output) && Files.exists(old)) {
                    move(old, output); // the swap failed half-way: the last good site goes live again
                }
            } catch (IOException e) {
                // The next build finds it in the old folder and the output folder missing: it builds anew.
            }
            try {
                if (Files.exists(spare)) {
                    deleteTree(dir);
                } else {
                    move(dir, spare);
                }
            } catch (IOException e) {
                // The next build starts from it or deletes it.
            }
        }
    }

    /**
     * Held while the new site is swapped in. Java has no call that exchanges two folders in one step, so for the time of
     * two renames the output folder is missing: a build stopped with a signal there (Ctrl-C, {@code kill}) finishes the
     * swap before the JVM ends (the hook below waits for it), and one killed outright leaves the last site in
     * {@code .NAME.old}, which the next build puts back first (recover). {@code serve} waits the instant out.
     */
    private static final Object SWAP = new Object();
    /** Test seam: run between the two renames of a swap. */
    static volatile Runnable betweenRenames = () -> { };

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (SWAP) {
                // nothing: taking the lock waits for a swap in progress to end
            }
        }, "diffpress-swap-guard"));
    }

    /** Puts the live site aside as {@code old} and the staging tree {@code dir} in its place. */
    private void swap(Path dir, Path old) throws IOException {
        synchronized (SWAP) {
            if (Files.exists(output)) {
                move(output, old);
            }
            betweenRenames.run();
            move(dir, output);
        }
    }

    /** Deletes a file or a whole folder, if there. */
    private static void delete(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(p);
        } else {
            Files.deleteIfExists(p);
        }
    }

    /**
     * Removes the files of the staging tree that are not part of the new site, and folders left empty. Whether a
     * folder is left empty is counted during the walk rather than looked up again: a site has a folder per page.
     */
    private static void removeStale(Path dir, Set<String> built) throws IOException {
        Deque<int[]> kept = new ArrayDeque<>(); // per open folder: how many entries stay
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                kept.push(new int[1]);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!built.contains(dir.relativize(file).toString().replace('\\', '/'))) {
                    Files.delete(file);
                } else {
                    kept.peek()[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                boolean empty = kept.pop()[0] == 0;
                if (d.equals(dir)) {
                    return FileVisitResult.CONTINUE;
                }
                if (empty) {
                    Files.delete(d);
                } else {
                    kept.peek()[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Removes the listed files of the staging tree that are not part of the new site, and the folders that leaves
     * empty; the rest of the tree is not looked at.
     */
    private static void removeListed(Path dir, Set<String> listed, Set<String> built) throws IOException {
        Set<Path> parents = new TreeSet<>(Comparator.reverseOrder()); // deepest first
        Map<Path, Boolean> realFolders = new HashMap<>();
        for (String path : listed) {
            if (built.contains(path)) {
                continue;
            }
            Path file = dir.resolve(path).normalize();
            if (!file.startsWith(dir) || file.equals(dir) || !realFolder(dir, file.getParent(), realFolders)) {
                continue; // under a link (a person may have put one where a folder was): what it leads to is not ours
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue;
            }
            if (!attrs.isDirectory()) { // a folder there now holds pages of the new site
                Files.delete(file);
                parents.add(file.getParent());
            }
        }
        for (Path folder : parents) {
            for (Path p = folder; p != null && p.startsWith(dir) && !p.equals(dir) && isEmpty(p); p = p.getParent()) {
                Files.delete(p);
            }
        }
    }

    /** Whether folder is dir or a folder under it reached through folders only, no link: looked at once each. */
    private static boolean realFolder(Path dir, Path folder, Map<Path, Boolean> known) throws IOException {
        if (folder.equals(dir)) {
            return true;
        }
        Boolean real = known.get(folder);
        if (real == null) {
            real = folder.startsWith(dir) && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    && realFolder(dir, folder.getParent(), known);
            known.put(folder, real);
        }
        return real;
    }

    private static final ThreadLocal<byte[]> READ_BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    /** Whether the file holds exactly these bytes: read in pieces into the thread's buffer, not whole into a new array. */
    static boolean sameBytes(Path file, byte[] content) throws IOException {
        byte[] buffer = READ_BUFFER.get();
        try (java.io.InputStream in = Files.newInputStream(file)) {
            int at = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (at + n > content.length || !java.util.Arrays.equals(buffer, 0, n, content, at, at + n)) {
                    return false;
                }
                at += n;
            }
            return at == content.length;
        }
    }

    /** Reads and removes the listing of a staging tree; empty when there is none or it is not whole. */
    private static Optional<Set<String>> takeListing(Path staging) throws IOException {
        Path file = staging.resolve(LISTING);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(file);
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            lines = List.of(); // unreadable (a name that is not UTF-8): walked instead
        }
        Files.delete(file); // taken up: a build killed from here on leaves a tree that must be walked
        if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(LISTING_END)) {
            return Optional.empty();
        }
        return Optional.of(new HashSet<>(lines.subList(0, lines.size() - 1)));
    }

    private static void writeListing(Path tree, Set<String> paths) throws IOException {
        StringBuilder text = new StringBuilder();
        paths.forEach(p -> text.append(p).append('\n'));
        text.append(LISTING_END).append('\n');
        Files.writeString(tree.resolve(LISTING), text.toString(), StandardCharsets.UTF_8);
    }

    /** What the previous build wrote, from the marker file: path → hash, size and fingerprint; empty when none. */
    private Map<String, Entry> previousEntries() throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        Path marker = output.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    // path, bytes, fingerprint; a marker of a version before 2026-12-05 has a SHA-256 after the path
                    String[] cols = line.split("\t", -1);
                    int at = cols.length >= 4 ? 2 : 1;
                    long size = -1;
                    if (cols.length > at) {
                        try {
                            size = Long.parseLong(cols[at]);
                        } catch (NumberFormatException e) {
                            size = -1;
                        }
                    }
                    entries.put(cols[0], new Entry(size, cols.length > at + 1 ? cols[at + 1] : ""));
                }
            }
        }
        return entries;
    }

    /** Files in the live site that no build wrote (a CNAME a person added), in path order. */
    private UserFiles userFiles(Set<String> built, Set<String> previouslyBuilt) throws IOException {
        UserFiles found = new UserFiles();
        if (!Files.isRegularFile(output.resolve(MARKER))) {
            return found;
        }
        Set<String> folders = new HashSet<>();
        addFolders(built, folders);
        addFolders(previouslyBuilt, folders);
        try (DirectoryStream<Path> root = Files.newDirectoryStream(output)) {
            // The walk is mostly the kernel's opening of the site's thousands of folders: its top folders (sections,
            // tags, pages of lists) are walked on every core.
            List<Path> entries = new ArrayList<>();
            root.forEach(entries::add);
            List<UserFiles> parts = entries.parallelStream().map(entry -> {
                UserFiles part = new UserFiles();
                try {
                    userFile(root, entry, output, "", built, previouslyBuilt, folders, part);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return part;
            }).toList();
            parts.forEach(part -> {
                found.kept().addAll(part.kept());
                found.strays().addAll(part.strays());
                found.replaced().addAll(part.replaced());
                found.emptyFolders().addAll(part.emptyFolders());
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        found.kept().sort(null);
        found.strays().sort(null);
        found.replaced().sort(null);
        found.emptyFolders().sort(null);
        return found;
    }

    /**
     * What a walk of the live site found that no build wrote: a person's files, carried over, and the links (and
     * anything else neither file nor folder), which are not: the tree put aside still holds them, so it gets no
     * listing and the build that takes it up walks it and removes them. (With a listing that did not name them, a
     * link came back into every other site.)
     */
    private record UserFiles(List<String> kept, List<String> strays, List<String> replaced, List<String> emptyFolders) {

        UserFiles() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /** The folders of these files, relative to the site, the site itself left out. */
    private static void addFolders(Set<String> files, Set<String> folders) {
        for (String file : files) {
            // deepest first: a folder already there has its parents there too
            int slash = file.lastIndexOf('/');
            while (slash > 0 && folders.add(file.substring(0, slash))) {
                slash = file.lastIndexOf('/', slash - 1);
            }
        }
    }

    /**
     * The files a person added under one folder of the live site, read by name: a name a build wrote, or a
     * folder of one, is known without a look at it (a site of 10,000 reports has 14,000 files: not looking at
     * each made this walk a fifth cheaper; opening its 13,500 folders is the rest). A build's folder is opened
     * without following a link; everything else is looked at, as a walk that follows no links would: files
     * are kept, folders walked, links and anything else left out.
     */
    private boolean userFiles(DirectoryStream<Path> stream, Path dir, String rel, Set<String> built, Set<String> previouslyBuilt,
                              Set<String> folders, UserFiles found) throws IOException {
        boolean any = false;
        for (Path entry : stream) {
            any = true;
            userFile(stream, entry, dir, rel, built, previouslyBuilt, folders, found);
        }
        return any;
    }

    /** One entry of a folder of the live site ({@code stream}, at {@code dir}): skipped, kept, or walked. */
    private void userFile(DirectoryStream<Path> stream, Path entry, Path dir, String rel, Set<String> built, Set<String> previouslyBuilt,
                          Set<String> folders, UserFiles found) throws IOException {
        String name = entry.getFileName().toString();
        String path = rel.isEmpty() ? name : rel + "/" + name;
        if (path.equals(MARKER) || previouslyBuilt.contains(path)) {
            return;
        }
        if (built.contains(path)) {
            // a person's file where this build puts a new page: the page takes its place, which is said
            if (Files.isRegularFile(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                found.replaced().add(path);
            }
            return;
        }
        if (folders.contains(path) && stream instanceof java.nio.file.SecureDirectoryStream<Path> secure) {
            DirectoryStream<Path> child;
            try {
                child = secure.newDirectoryStream(entry.getFileName(), LinkOption.NOFOLLOW_LINKS);
            } catch (IOException notAFolder) {
                child = null; // a link, or a file, where the build's folder was: looked at below
            }
            if (child != null) {
                try (DirectoryStream<Path> c = child) {
                    userFiles(c, dir.resolve(name), path, built, previouslyBuilt, folders, found);
                }
                return;
            }
        }
        Path file = dir.resolve(name);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return; // removed while the site was walked
        }
        if (attrs.isRegularFile()) {
            found.kept().add(path);
        } else if (attrs.isDirectory()) {
            boolean any;
            try (DirectoryStream<Path> c = Files.newDirectoryStream(file)) {
                any = userFiles(c, file, path, built, previouslyBuilt, folders, found);
            }
            if (!any) {
                // Not carried over, and the tree put aside gets no listing so that the build taking it up walks it and
                // removes the folder: else it came back into every other site (an audit).
                found.emptyFolders().add(path);
            }
        } else {
            found.strays().add(path);
        }
    }

    /** A person's files are carried over into the new site. */
    private void copyUserFiles(Path staging, List<String> kept) throws IOException {
        for (String rel : kept) {
            Path target = staging.resolve(rel);
            Files.createDirectories(target.getParent());
            delete(target);
            Files.copy(output.resolve(rel), target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /**
     * A build killed between the renames of the swap leaves the previous site in ".old": put it back if the
     * new one did not make it, else keep it as the spare tree.
     */
    private void recover(Path old, Path spare) throws IOException {
        if (Files.exists(old)) {
            if (!Files.exists(output)) {
                move(old, output);
            } else if (!Files.exists(spare)) {
                move(old, spare);
            } else {
                deleteTree(old);
            }
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

    /** Deletes a folder and all it holds, if there; a link in it is deleted as a link, never followed. */
    public static void deleteTree(Path dir) throws IOException {
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
