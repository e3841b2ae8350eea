package io.diffpress.history;

import org.eclipse.jgit.lib.ObjectId;

/**
 * One side of a changed path: its path, its raw git mode (0 when the path is absent on this side)
 * and the object the tree entry names (a blob, or a commit for a submodule).
 */
record PathVersion(String path, int mode, ObjectId id) {

    static final int MISSING = 0;
    private static final int TYPE_MASK = 0170000;
    private static final int REGULAR = 0100000;
    private static final int SYMLINK = 0120000;
    private static final int GITLINK = 0160000;

    boolean present() {
        return mode != MISSING;
    }

    /** git's S_ISREG: 100644 and 100755 files, not symlinks or submodules. */
    boolean regularFile() {
        return (mode & TYPE_MASK) == REGULAR;
    }

    boolean symlink() {
        return (mode & TYPE_MASK) == SYMLINK;
    }

    boolean submodule() {
        return (mode & TYPE_MASK) == GITLINK;
    }

    /** Same kind of entry (file, symlink, submodule); a 644 to 755 change keeps the type. */
    boolean sameType(PathVersion other) {
        return (mode & TYPE_MASK) == (other.mode & TYPE_MASK);
    }

    /** The part after the last '/', as diffcore-rename's get_basename(). */
    String baseName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
