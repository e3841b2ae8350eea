package io.diffpress.history;

/** How a file changed between two trees, with the words reports use. */
public enum ChangeStatus {
    ADDED("added"),
    MODIFIED("modified"),
    REMOVED("removed"),
    RENAMED("renamed"),
    COPIED("copied");

    private final String word;

    ChangeStatus(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
