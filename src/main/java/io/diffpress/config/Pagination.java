package io.diffpress.config;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How a list of reports (the index, a tag, a section, a month) is cut into pages of {@code pageSize}, and a
 * document's history into pages of {@code historyPageSize} changes (read "changes" for "reports" below).
 * Both show the newest reports first, on the list's own URL, and older ones on {@code page/N/}.
 */
public enum Pagination {

    /**
     * Pages counted from the newest: {@code page/2/} holds the reports after the first page's. Each new report moves
     * one report from every page to the next, so every page of the list changes.
     */
    NEWEST_FIRST("newest-first"),

    /**
     * Pages counted from the oldest: {@code page/1/} holds the oldest {@code pageSize} reports, and a full page keeps
     * its reports when newer ones are added (a report older than some already listed moves those). The first page
     * holds the newest {@code pageSize} to {@code 2·pageSize − 1}; a new report changes it and, when it overflows,
     * adds one page. Links to a page stay true, and a rebuild writes a few pages instead of all of them.
     */
    STABLE("stable");

    private final String key;

    Pagination(String key) {
        this.key = key;
    }

    /** The value as written in {@code site.yml}. */
    public String key() {
        return key;
    }

    static Optional<Pagination> of(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        Arrays.stream(values()).forEach(p -> keys.add(p.key));
        return keys;
    }
}
