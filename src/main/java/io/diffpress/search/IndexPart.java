package io.diffpress.search;

import java.util.List;

/**
 * One part of a split index: a complete lunr index and the store entries of its documents.
 *
 * @param number     file number: 0 is the oldest part, so adding a newer part renames no file
 * @param partitions partition keys whose pages it holds, newest first (a large partition spans several parts)
 * @param documents  number of pages
 * @param index      lunr index JSON
 * @param store      store JSON (ref → entry) for the same pages
 */
public record IndexPart(int number, List<String> partitions, int documents, byte[] index, byte[] store) {

    public IndexPart {
        partitions = List.copyOf(partitions);
    }

    public String indexFile() {
        return "index-" + number + ".json";
    }

    public String storeFile() {
        return "store-" + number + ".json";
    }

    /** Raw and gzip size of the index (computed on each call). */
    public PayloadSize indexSize() {
        return PayloadSize.of(index);
    }

    public PayloadSize storeSize() {
        return PayloadSize.of(store);
    }

    public PayloadSize size() {
        return indexSize().plus(storeSize());
    }

    /** Raw bytes of index and store, without compressing anything. */
    public long rawBytes() {
        return (long) index.length + store.length;
    }
}
