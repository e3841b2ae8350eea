package io.diffpress.history;

/** How a file changed between two trees, with the words reports use. */
public enum ChangeStatus {
    ADDED("added"),
    MODIFIED("modified"),
    REMOVED("removed"),
    RENAMED("renamed"),
    /** git's T: the entry changed between regular file, symlink and submodule under the same path. */
    TYPE_CHANGED("type changed"),
    COPIED("copied");

    private final String word;

    ChangeStatus(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
