package io.diffpress.search;

import java.util.List;

/**
 * One part of a split index: a complete lunr index and the store entries of its documents.
 *
 * @param number     position in the manifest, 0 = newest
 * @param partitions partition keys whose pages it holds (a large partition may span several parts)
 * @param documents  number of pages
 * @param index      lunr index JSON
 * @param store      store JSON (ref → entry) for the same pages
 */
public record IndexPart(int number, List<String> partitions, int documents, byte[] index, byte[] store,
                        PayloadSize indexSize, PayloadSize storeSize) {

    public IndexPart {
        partitions = List.copyOf(partitions);
    }

    public String indexFile() {
        return "index-" + number + ".json";
    }

    public String storeFile() {
        return "store-" + number + ".json";
    }

    public PayloadSize size() {
        return indexSize.plus(storeSize);
    }
}
