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
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
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
    private static final String MARKER_HEADER = "# Written by diffpress build; replaced on every build. Files listed here belong to the build.";

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
        Path parent = output.getParent();
        String name = output.getFileName().toString();
        Path staging = parent.resolve("." + name + ".staging");
        Path old = parent.resolve("." + name + ".old");
        try {
            Files.createDirectories(parent);
            recover(old);
            deleteTree(staging);
            Files.createDirectories(staging);
            Map<String, String> previous = previousHashes();
            Set<String> seen = new HashSet<>();
            // Paths are checked in order first, so an error names the same file on every run.
            for (OutputFile file : files) {
                if (!seen.add(file.path())) {
                    throw DiffpressException.build(Stage.PUBLISH, "two pages want the same output path " + file.path(), null);
                }
                Path target = staging.resolve(file.path()).normalize();
                if (!target.startsWith(staging) || file.path().equals(MARKER)) {
                    throw DiffpressException.build(Stage.PUBLISH, "output path " + file.path() + " is not allowed", null);
                }
            }
            // Hashing and writing are independent per file: on every core.
            String[] hashes = new String[files.size()];
            boolean[] linked = new boolean[files.size()];
            try {
                IntStream.range(0, files.size()).parallel().forEach(i -> {
                    OutputFile file = files.get(i);
                    Path target = staging.resolve(file.path());
                    try {
                        Files.createDirectories(target.getParent());
                        hashes[i] = sha256(file.content());
                        linked[i] = hashes[i].equals(previous.get(file.path()))
                                && linkUnchanged(output.resolve(file.path()), target, file.content().length);
                        if (!linked[i]) {
                            Files.write(target, file.content());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Map<String, String> hashByPath = new TreeMap<>();
            int unchanged = 0;
            for (int i = 0; i < files.size(); i++) {
                hashByPath.put(files.get(i).path(), hashes[i]);
                unchanged += linked[i] ? 1 : 0;
            }
            int written = files.size() - unchanged;
            List<String> kept = carryOverUserFiles(staging, seen, previous.keySet());
            StringBuilder marker = new StringBuilder(MARKER_HEADER).append('\n');
            hashByPath.forEach((path, hash) -> marker.append(path).append('\t').append(hash).append('\n'));
            Files.writeString(staging.resolve(MARKER), marker.toString(), StandardCharsets.UTF_8);
            if (Files.exists(output)) {
                move(output, old);
            }
            move(staging, output);
            deleteTree(old);
            return new Result(files.size(), written, unchanged, kept);
        } catch (IOException e) {
            throw DiffpressException.build(Stage.PUBLISH, "cannot write the site to " + output + ": " + e.getMessage(), e);
        }
    }

    /**
     * Hard-links the previous site's file when the build wrote the same bytes last time (same hash in the
     * marker), so unchanged pages are not rewritten and keep their modification time.
     */
    private static boolean linkUnchanged(Path previous, Path target, long size) {
        try {
            if (Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS) && Files.size(previous) == size) {
                Files.createLink(target, previous);
                return true;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // No hard links here (another file system?): write the file instead.
        }
        return false;
    }

    /** What the previous build wrote: path → SHA-256, from the marker file; empty when there is none. */
    private Map<String, String> previousHashes() throws IOException {
        Map<String, String> hashes = new HashMap<>();
        Path marker = output.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    int tab = line.indexOf('\t');
                    hashes.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1));
                }
            }
        }
        return hashes;
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
