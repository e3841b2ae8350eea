package io.diffpress.history;

import org.eclipse.jgit.treewalk.TreeWalk;

import java.nio.charset.StandardCharsets;

/**
 * The path of a tree walk's entry as diffpress names it: its bytes read as UTF-8, each byte that is not part of a
 * valid UTF-8 sequence shown as U+FFFD, as the content of such files is and as {@code git diff -z} read as UTF-8
 * shows it. JGit's own {@code getPathString} reads such a name as Latin-1 instead, so that {@code caf\xe9.md}
 * (Latin-1) and {@code café.md} (UTF-8), two files to git, became one path. Two names that differ only in bytes
 * that are not UTF-8 ({@code caf\xe9.md}, {@code caf\xe8.md}) still read alike: the site then keeps them as one
 * document (see {@code Articles}), a limit of showing names as text.
 */
final class GitPaths {

    private GitPaths() {
    }

    static String of(TreeWalk walk) {
        return new String(walk.getRawPath(), StandardCharsets.UTF_8);
    }

    /** Whether a path holds bytes that were not UTF-8, which a path filter (matching UTF-8 bytes) cannot find. */
    static boolean replaced(String path) {
        return path.indexOf('\uFFFD') >= 0;
    }
}
