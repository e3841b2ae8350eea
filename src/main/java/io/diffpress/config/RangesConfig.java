package io.diffpress.config;

import java.util.Optional;

/**
 * How the history is cut into compare ranges.
 *
 * @param strategy {@code daily} (one range per calendar day in the site's time zone)
 * @param since    first day to report (an ISO date), or empty for the whole history
 * @param until    last day to report (an ISO date), or empty for up to the branch head
 */
public record RangesConfig(String strategy, Optional<String> since, Optional<String> until) {

    public static RangesConfig daily() {
        return new RangesConfig("daily", Optional.empty(), Optional.empty());
    }
}
