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

    /**
     * The type named by a report's word ("new feature"), if it is one of the four: in any case and spacing ("Bug  Fix"),
     * as other tools write them (in the root locale: "BUG FIX" is no "bug fıx" on a Turkish machine).
     */
    public static Optional<ChangeType> fromWord(String word) {
        String w = word == null ? "" : word.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.word.equals(w)).findFirst();
    }
}
