package io.diffpress.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Two commits to compare, and the first-parent commits between them.
 *
 * @param base      full id of the base commit; empty when the range starts at the root of the history
 * @param head      full id of the head commit
 * @param date      the calendar day the range stands for (its head commit's day in the site's time zone)
 * @param commits   first-parent commits after base up to and including head, oldest first
 * @param label     names the range in file names: "2025-06-21", "2025-W25", "2025-06", "v1.2.0", "pr-42"
 * @param unrelated true when base and head share no history: their trees are compared directly
 * @param twoDot    true when the base is neither an ancestor of the head nor moved to their merge base (an explicit
 *                  {@code BASE..HEAD}): the key then says so with two dots, as three would mean the merge base
 */
public record CompareRange(Optional<String> base, String head, LocalDate date, List<CommitInfo> commits,
                           String label, boolean unrelated, boolean twoDot) {

    public CompareRange {
        commits = List.copyOf(commits);
    }

    public CompareRange(Optional<String> base, String head, LocalDate date, List<CommitInfo> commits, String label, boolean unrelated) {
        this(base, head, date, commits, label, unrelated, false);
    }

    /** A range named by its date, with related base and head. */
    public CompareRange(Optional<String> base, String head, LocalDate date, List<CommitInfo> commits) {
        this(base, head, date, commits, date.toString(), false);
    }

    /**
     * The label {@code RangePlanner} gives a range named with {@code --range} or {@code ranges.list}: its head's day and
     * its key, the dots as '-' ("2025-06-21-fc0b900-fb526ea"), and "-N" when another range of the plan has it too.
     */
    public static final java.util.regex.Pattern EXPLICIT_LABEL =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}-(?:root|[0-9a-f]{7})-[0-9a-f]{7}(?:-\\d{1,3})?");

    /** File names stay well under the usual limit of 255 bytes, with room for a temporary file's prefix and suffix. */
    static final int MAX_FILE_LABEL = 120;

    /**
     * The label as the name of the report's file (without ".md"): characters other than ASCII letters, digits, '.',
     * '_' and '-' become '-', and a leading '.' or '-' is dropped (the day when nothing is left); a label longer than
     * {@value #MAX_FILE_LABEL} characters is cut, and ends with a hash of the whole label so that cut labels differ.
     */
    public String fileLabel() {
        String safe = safe(label);
        if (safe.isEmpty()) {
            return date.toString();
        }
        return io.diffpress.FileNames.fitted(safe, label, MAX_FILE_LABEL);
    }

    /** A name as part of a file name: characters other than ASCII letters, digits, '.', '_' and '-' become '-', no leading '.' or '-'. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
    }

    /**
     * A stable key naming the range, e.g. "fc0b900...fb526ea" (the base is "root" at the start of history), which
     * {@code explain} takes as written: "fc0b900..fb526ea" for a {@linkplain #twoDot two-dot} range.
     */
    public String key() {
        return keyStart() + head.substring(0, 7);
    }

    /** What {@link #key} says before the head: the base and the dots, "fc0b900...". */
    public String keyStart() {
        return base.map(b -> b.substring(0, 7)).orElse("root") + (twoDot ? ".." : "...");
    }
}
