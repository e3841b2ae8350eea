package io.diffpress.config;

import java.util.List;
import java.util.Optional;

/**
 * How the history is cut into compare ranges.
 *
 * @param strategy {@code daily}, {@code weekly}, {@code monthly} (calendar periods in the site's time zone),
 *                 {@code tags} (between consecutive tags), {@code commits} (one per first-parent commit)
 *                 or {@code explicit} (the ranges in {@code list})
 * @param since    first date (ISO date) or first revision (exclusive) to report; empty for the whole history
 * @param until    last date (ISO date) or last revision (inclusive) to report; empty for up to the branch head
 * @param tags     glob of tag names for the {@code tags} strategy, e.g. {@code v*}
 * @param fromRoot with {@code tags}: also report from the start of history to the first tag
 * @param list     with {@code explicit}: ranges written {@code BASE...HEAD} or {@code BASE..HEAD}
 * @param sinceAt  where {@code since} is set ("site.yml:12:10"), or "", for errors
 * @param untilAt  where {@code until} is set, or ""
 */
public record RangesConfig(String strategy, Optional<String> since, Optional<String> until, String tags,
                           boolean fromRoot, List<String> list, String sinceAt, String untilAt, List<String> listAt) {

    public RangesConfig {
        list = List.copyOf(list);
        listAt = List.copyOf(listAt);
    }

    public RangesConfig(String strategy, Optional<String> since, Optional<String> until, String tags, boolean fromRoot,
                        List<String> list, String sinceAt, String untilAt) {
        this(strategy, since, until, tags, fromRoot, list, sinceAt, untilAt, List.of());
    }

    public RangesConfig(String strategy, Optional<String> since, Optional<String> until, String tags, boolean fromRoot,
                        List<String> list) {
        this(strategy, since, until, tags, fromRoot, list, "", "");
    }

    /** Where in site.yml entry {@code i} of {@link #list()} is ("site.yml:14:7"), "" when not known. */
    public String listAt(int i) {
        return i < listAt.size() ? listAt.get(i) : "";
    }

    public RangesConfig(String strategy, Optional<String> since, Optional<String> until) {
        this(strategy, since, until, "*", false, List.of());
    }

    public static RangesConfig daily() {
        return new RangesConfig("daily", Optional.empty(), Optional.empty());
    }
}
