package io.diffpress.history;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;

/**
 * An explicit compare range as written on the command line: {@code BASE...HEAD} compares
 * merge-base(BASE, HEAD) with HEAD (GitHub's compare view), {@code BASE..HEAD} compares BASE with HEAD.
 */
public record RangeSpec(String base, String head, boolean mergeBase) {

    public static RangeSpec parse(String text) {
        String t = text == null ? "" : text.trim();
        int three = t.indexOf("...");
        int two = t.indexOf("..");
        RangeSpec spec;
        if (three >= 0) {
            spec = new RangeSpec(t.substring(0, three), t.substring(three + 3), true);
        } else if (two >= 0) {
            spec = new RangeSpec(t.substring(0, two), t.substring(two + 2), false);
        } else {
            throw DiffpressException.input(Stage.HISTORY, "range '" + text + "' must look like BASE...HEAD or BASE..HEAD");
        }
        if (spec.base.isEmpty() || spec.head.isEmpty() || spec.head.contains("..")) {
            throw DiffpressException.input(Stage.HISTORY, "range '" + text + "' must name two commits, like v1.0...main");
        }
        return spec;
    }

    /** As it is written on the command line: {@code BASE...HEAD} or {@code BASE..HEAD}. */
    @Override
    public String toString() {
        return base + (mergeBase ? "..." : "..") + head;
    }
}
