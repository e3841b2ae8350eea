package io.diffpress.insight;

import java.util.Arrays;
import java.util.Optional;

/** The four modification types changelog portals use, with their words in reports. */
public enum ChangeType {
    NEW_FEATURE("new feature"),
    BREAKING_CHANGE("breaking change"),
    BUG_FIX("bug fix"),
    MINOR_UPDATE("minor update");

    private final String word;

    ChangeType(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The type named by a report's word ("new feature"), if it is one of the four. */
    public static Optional<ChangeType> fromWord(String word) {
        String w = word == null ? "" : word.trim().toLowerCase();
        return Arrays.stream(values()).filter(t -> t.word.equals(w)).findFirst();
    }
}
