package io.diffpress.publish;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The only component that writes the site to disk. It writes the whole site into a staging
 * folder next to the output folder and then swaps the two, so readers and a killed build
 * never see a half-written site. An output folder this tool did not make is never emptied.
 */
public final class Publisher {

    /** Marks an output folder as made by diffpress (and so safe to replace). */
    public static final String MARKER = ".diffpress-output";

    private final Path output;

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

    /** Writes all files as the new site and swaps it in. Returns how many files were written. */
    public int publish(List<OutputFile> files) {
        Path parent = output.getParent();
        String name = output.getFileName().toString();
        Path staging = parent.resolve("." + name + ".staging");
        Path old = parent.resolve("." + name + ".old");
        try {
            Files.createDirectories(parent);
            recover(old);
            deleteTree(staging);
            Files.createDirectories(staging);
            Set<String> seen = new HashSet<>();
            for (OutputFile file : files) {
                if (!seen.add(file.path())) {
                    throw DiffpressException.build(Stage.PUBLISH, "two pages want the same output path " + file.path(), null);
                }
                Path target = staging.resolve(file.path()).normalize();
                if (!target.startsWith(staging)) {
                    throw DiffpressException.build(Stage.PUBLISH, "output path " + file.path() + " leaves the output folder", null);
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
            }
            Files.writeString(staging.resolve(MARKER), "This folder is written by diffpress build and replaced on every build.\n");
            if (Files.exists(output)) {
                move(output, old);
            }
            move(staging, output);
            deleteTree(old);
            return files.size();
        } catch (IOException e) {
            throw DiffpressException.build(Stage.PUBLISH, "cannot write the site to " + output + ": " + e.getMessage(), e);
        }
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
        if (!Files.exists(dir)) {
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
