package io.diffpress.site;

import io.diffpress.config.Pagination;

import java.util.ArrayList;
import java.util.List;

/** Where a list of reports, newest first, is cut into pages, for either {@link Pagination}. */
final class PageSlices {

    /**
     * One page: reports {@code from} (inclusive) to {@code to} (exclusive) of the list. The front page is at the
     * list's own URL, the others at {@code page/NUMBER/}.
     */
    record Slice(int number, int from, int to, boolean front) {
    }

    private PageSlices() {
    }

    /** The pages of a list of {@code reports}, the front page first and then older and older; at least one. */
    static List<Slice> of(int reports, int pageSize, Pagination pagination) {
        List<Slice> slices = new ArrayList<>();
        if (pagination == Pagination.STABLE) {
            // k full pages counted from the oldest; the front page holds the rest: pageSize to 2·pageSize − 1 reports
            int archived = Math.max(0, reports / pageSize - 1);
            int frontSize = reports - archived * pageSize;
            slices.add(new Slice(archived + 1, 0, frontSize, true));
            for (int page = archived; page >= 1; page--) {
                slices.add(new Slice(page, reports - page * pageSize, reports - (page - 1) * pageSize, false));
            }
            return slices;
        }
        int count = Math.max(1, (reports + pageSize - 1) / pageSize);
        for (int page = 1; page <= count; page++) {
            slices.add(new Slice(page, (page - 1) * pageSize, Math.min(reports, page * pageSize), page == 1));
        }
        return slices;
    }
}
