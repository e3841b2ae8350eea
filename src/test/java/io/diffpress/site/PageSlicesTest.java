package io.diffpress.site;

import io.diffpress.config.Pagination;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageSlicesTest {

    private static List<String> describe(int reports, int size, Pagination pagination) {
        return PageSlices.of(reports, size, pagination).stream()
                .map(s -> (s.front() ? "front" : "page/" + s.number()) + " " + s.from() + "-" + s.to()).toList();
    }

    @Test
    void newestFirstCountsPagesFromTheNewest() {
        assertEquals(List.of("front 0-2", "page/2 2-4", "page/3 4-5"), describe(5, 2, Pagination.NEWEST_FIRST));
        assertEquals(List.of("front 0-0"), describe(0, 20, Pagination.NEWEST_FIRST), "an empty list still has its page");
    }

    @Test
    void stableCountsFullPagesFromTheOldestAndGivesTheRestToTheFrontPage() {
        assertEquals(List.of("front 0-3", "page/1 3-5"), describe(5, 2, Pagination.STABLE));
        assertEquals(List.of("front 0-2", "page/2 2-4", "page/1 4-6"), describe(6, 2, Pagination.STABLE));
        assertEquals(List.of("front 0-3"), describe(3, 2, Pagination.STABLE), "under two pages: one");
        assertEquals(List.of("front 0-0"), describe(0, 20, Pagination.STABLE));
    }

    /** Every list size and page size: the pages cover the list in order, and with stable pagination a page keeps its reports. */
    @Test
    void pagesCoverTheListAndStablePagesKeepTheirReportsWhenOneIsAdded() {
        for (int size = 1; size <= 7; size++) {
            for (int n = 0; n <= 60; n++) {
                for (Pagination pagination : Pagination.values()) {
                    List<PageSlices.Slice> slices = PageSlices.of(n, size, pagination);
                    assertTrue(slices.get(0).front(), "the front page first");
                    int next = 0;
                    for (PageSlices.Slice s : slices) {
                        assertEquals(next, s.from(), "contiguous, newest first");
                        assertTrue(s.to() > s.from() || n == 0, "no empty page");
                        assertTrue(s.to() - s.from() <= (pagination == Pagination.STABLE && s.front() ? 2 * size - 1 : size),
                                n + "/" + size + " " + pagination + ": " + s);
                        next = s.to();
                    }
                    assertEquals(n, next, "every report on a page");
                }
                // a new report comes first: report i of n reports is report i + 1 of n + 1
                Map<Integer, List<Integer>> before = new HashMap<>();
                for (PageSlices.Slice s : PageSlices.of(n, size, Pagination.STABLE)) {
                    if (!s.front()) {
                        assertEquals(size, s.to() - s.from(), "a numbered page is full");
                        before.put(s.number(), List.of(s.from() + 1, s.to() + 1));
                    }
                }
                List<Integer> changed = new ArrayList<>();
                for (PageSlices.Slice s : PageSlices.of(n + 1, size, Pagination.STABLE)) {
                    if (!s.front()) {
                        if (before.containsKey(s.number())) {
                            assertEquals(before.get(s.number()), List.of(s.from(), s.to()), "page " + s.number() + " keeps its reports");
                        } else {
                            changed.add(s.number());
                        }
                    }
                }
                assertTrue(changed.size() <= 1, "at most one page added: " + changed);
            }
        }
    }
}
