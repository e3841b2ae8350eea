package io.diffpress.history;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the documented repository and refuses the ones we cannot report on truthfully:
 * missing, not a repository, empty, or shallow (a shallow clone hides the history before its cut).
 * Accepts a work tree, a subfolder of one, or a bare repository.
 */
final class RepositoryOpener {

    private RepositoryOpener() {
    }

    /**
     * JGit's defaults (10 MB of pack windows, 10 MB of delta bases) make every range re-inflate the
     * same trees: a history walks the same trees thousands of times. Larger caches, installed once
     * for the process, let consecutive ranges share them; they stay well inside a 512 MB heap.
     */
    private static final java.util.concurrent.atomic.AtomicBoolean CACHES = new java.util.concurrent.atomic.AtomicBoolean();

    private static void installCaches() {
        if (CACHES.compareAndSet(false, true)) {
            org.eclipse.jgit.storage.file.WindowCacheConfig caches = new org.eclipse.jgit.storage.file.WindowCacheConfig();
            caches.setPackedGitLimit(128L * 1024 * 1024);
            caches.setPackedGitWindowSize(64 * 1024);
            caches.setDeltaBaseCacheLimit(48 * 1024 * 1024);
            caches.install();
        }
    }

    static Repository open(Path path) {
        return open(path, false);
    }

    /**
     * @param shallowAllowed whether a shallow clone is taken: for comparing two commits it holds (explain), not for
     *                       walking a history (generate)
     */
    static Repository open(Path path, boolean shallowAllowed) {
        installCaches();
        if (!Files.exists(path)) {
            throw DiffpressException.input(Stage.HISTORY, "repository path " + path + " does not exist");
        }
        if (!Files.isDirectory(path)) {
            throw DiffpressException.input(Stage.HISTORY, "repository path " + path + " is not a folder");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(path.toFile());
        if (builder.getGitDir() == null) {
            // findGitDir does not recognise a bare repository given directly.
            if (Files.isRegularFile(path.resolve("HEAD")) && Files.isDirectory(path.resolve("objects"))) {
                builder = new FileRepositoryBuilder().setGitDir(path.toFile()).setBare();
            } else if (Files.exists(path.resolve(".git"))) {
                // findGitDir passes over a .git it cannot read, as git does: the one here is damaged, not missing
                throw DiffpressException.input(Stage.HISTORY, path.resolve(".git") + " is there but is not a valid git repository"
                        + " (a damaged HEAD file, or a .git file pointing to a folder that is gone); 'git status' in " + path
                        + " tells more; repair it or clone again");
            } else {
                throw DiffpressException.input(Stage.HISTORY, path + " is not inside a git repository (no .git found in it or above it)");
            }
        }
        Repository repository;
        try {
            repository = builder.setMustExist(true).build();
        } catch (IOException e) {
            throw DiffpressException.input(Stage.HISTORY, path + " is not a usable git repository: " + e.getMessage());
        }
        try {
            if (!shallowAllowed && !repository.getObjectDatabase().getShallowCommits().isEmpty()) {
                repository.close();
                throw DiffpressException.input(Stage.HISTORY, "the repository at " + path + " is a shallow clone: the history before "
                        + "its cut is missing and reports would be wrong. Fetch the full history "
                        + "(git fetch --unshallow, or actions/checkout with fetch-depth: 0 on GitHub Actions)");
            }
            ObjectId head = repository.resolve("HEAD");
            if (head == null && repository.getRefDatabase().getRefs().isEmpty()) {
                repository.close();
                throw DiffpressException.input(Stage.HISTORY, "the repository at " + path + " is empty: it has no commits yet");
            }
        } catch (IOException e) {
            repository.close();
            throw DiffpressException.input(Stage.HISTORY, "cannot read the repository at " + path + ": " + e.getMessage());
        }
        return repository;
    }
}
