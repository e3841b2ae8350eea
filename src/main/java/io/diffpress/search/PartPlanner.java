package io.diffpress.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides where the split index is cut, from {@link PartSizeEstimate}s alone (no index is built).
 *
 * <p>Documents are walked oldest first and parts filled greedily from the oldest end, so that new documents,
 * which arrive at the newest end, change only the newest part: every older cut depends only on the documents
 * before it. A partition that fits entirely into the part being filled joins it (small years share a part);
 * otherwise it starts a new part and is cut wherever the next document would not fit. A document larger than
 * the limit gets a part of its own.
 */
final class PartPlanner {

    /** A document to place: its analysis and the bytes of its store entry. */
    record Item(String partition, AnalyzedDocument document, int storeEntryBytes) {
    }

    /** Documents {@code [from, to)} of the oldest-first list form one part. */
    record Cut(int from, int to) {
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

    /** Cuts {@code items} (oldest first, grouped by partition) starting at {@code from}. */
    List<Cut> plan(List<Item> items, int from) {
        List<Cut> cuts = new ArrayList<>();
        int start = from;
        PartSizeEstimate part = estimate();
        int i = from;
        while (i < items.size()) {
            int partitionEnd = partitionEnd(items, i);
            if (!part.isEmpty() && fitsWhole(part, items, i, partitionEnd)) {
                i = partitionEnd;
                continue;
            }
            if (!part.isEmpty()) {
                cuts.add(new Cut(start, i));
                start = i;
                part = estimate();
            }
            for (; i < partitionEnd; i++) {
                Item item = items.get(i);
                if (!part.isEmpty() && part.bytesWith(item.document(), item.storeEntryBytes()) > limit) {
                    cuts.add(new Cut(start, i));
                    start = i;
                    part = estimate();
                }
                part.add(item.document(), item.storeEntryBytes());
            }
        }
        if (start < items.size()) {
            cuts.add(new Cut(start, items.size()));
        }
        return cuts;
    }

    /** Adds the partition to {@code part} if all of it fits; a partial addition leaves the part unusable. */
    private boolean fitsWhole(PartSizeEstimate part, List<Item> items, int from, int to) {
        for (int i = from; i < to; i++) {
            Item item = items.get(i);
            if (part.bytesWith(item.document(), item.storeEntryBytes()) > limit) {
                return false;
            }
            part.add(item.document(), item.storeEntryBytes());
        }
        return true;
    }

    private static int partitionEnd(List<Item> items, int from) {
        String key = items.get(from).partition();
        int i = from;
        while (i < items.size() && items.get(i).partition().equals(key)) {
            i++;
        }
        return i;
    }

    private PartSizeEstimate estimate() {
        return new PartSizeEstimate(fields, emptyIndexBytes, termLengths);
    }
}
