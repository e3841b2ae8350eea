package io.diffpress.history;

/** What a tree entry is, as git records it in the entry's mode. */
public enum FileKind {
    FILE, SYMLINK, SUBMODULE
}
