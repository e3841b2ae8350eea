package io.diffpress.history;

/**
 * How a regular file's mode changed between the two trees: git records one bit of it, whether the file is executable
 * (100644 and 100755), and prints "old mode 100644 / new mode 100755" above the diff when it flips.
 */
public enum ModeChange {
    /** The same mode, or not two regular files (added, removed, a symlink or a submodule). */
    NONE,
    /** 100644 to 100755. */
    MADE_EXECUTABLE,
    /** 100755 to 100644. */
    MADE_NOT_EXECUTABLE;

    /** The change between two git modes (octal, as trees and patches give them); NONE unless both are regular files. */
    public static ModeChange of(int before, int after) {
        if (!regular(before) || !regular(after)) {
            return NONE;
        }
        boolean was = (before & 0111) != 0;
        boolean is = (after & 0111) != 0;
        return was == is ? NONE : is ? MADE_EXECUTABLE : MADE_NOT_EXECUTABLE;
    }

    private static boolean regular(int mode) {
        return (mode & 0170000) == 0100000;
    }
}
