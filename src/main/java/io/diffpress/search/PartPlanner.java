package io.diffpress.search;

import java.util.List;

/**
 * Decides where the split index is cut, from {@link PartSizeEstimate}s alone (no index is built).
 *
 * <p>Pages are walked oldest first and parts filled greedily from the oldest end, so that new pages, which
 * arrive at the newest end, change only the newest part: every cut depends only on the pages from the start
 * of its part to the first page that did not fit (its horizon). A partition that fits entirely into the part
 * being filled joins it (small years share a part); otherwise it starts a new part and is cut wherever the
 * next page would not fit. A page larger than the limit gets a part of its own.
 */
final class PartPlanner {

    /**
     * Pages {@code [from, to)} of the oldest-first list form one part; the decision looked at pages
     * {@code [from, horizon)} and, when {@code horizon} is the list's size, at the list ending there.
     */
    record Cut(int from, int to, int horizon) {
        int size() {
            return to - from;
        }
    }

    private final List<SearchField> fields;
    private final long emptyIndexBytes;
    private final long limit;
    private final PartSizeEstimate.TermLengths termLengths = new PartSizeEstimate.TermLengths();

    PartPlanner(List<SearchField> fields, long emptyIndexBytes, long limit) {
        this.fields = fields;
        this.emptyIndexBytes = emptyIndexBytes;
        this.limit = limit;
    }

    /** The part that starts at {@code from} in {@code pages} (oldest first, grouped by partition). */
    Cut next(List<PreparedPage> pages, int from) {
        PartSizeEstimate part = new PartSizeEstimate(fields, emptyIndexBytes, termLengths);
        int i = from;
        // pages of the partition the part starts in, one by one
        String partition = pages.get(from).partition();
        for (; i < pages.size() && pages.get(i).partition().equals(partition); i++) {
            if (!part.isEmpty() && !fits(part, pages.get(i))) {
                return new Cut(from, i, i + 1);
            }
            part.add(pages.get(i).analysed(), pages.get(i).storeEntryBytes());
        }
        // then whole partitions, while each fits entirely
        while (i < pages.size()) {
            int end = i;
            partition = pages.get(i).partition();
            for (; end < pages.size() && pages.get(end).partition().equals(partition); end++) {
                if (!fits(part, pages.get(end))) {
                    return new Cut(from, i, end + 1);
                }
                part.add(pages.get(end).analysed(), pages.get(end).storeEntryBytes());
            }
            i = end;
        }
        return new Cut(from, i, i);
    }

    private boolean fits(PartSizeEstimate part, PreparedPage page) {
        return part.bytesWith(page.analysed(), page.storeEntryBytes()) <= limit;
    }
}
