package io.diffpress.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The output of {@link IndexSplitter}: {@code manifest.json} and the parts it lists, newest first. File
 * names in the manifest are relative to the manifest itself.
 */
public record SplitIndex(byte[] manifest, List<IndexPart> parts) {

    public static final String MANIFEST_FILE = "manifest.json";

    public SplitIndex {
        parts = List.copyOf(parts);
    }

    /** Writes manifest.json, index-N.json and store-N.json into {@code directory}, creating it if needed. */
    public void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.write(directory.resolve(MANIFEST_FILE), manifest);
        for (IndexPart part : parts) {
            Files.write(directory.resolve(part.indexFile()), part.index());
            Files.write(directory.resolve(part.storeFile()), part.store());
        }
    }

    /** What the first search downloads: the manifest and the newest part's index and store. */
    public PayloadSize firstSearchSize() {
        PayloadSize size = PayloadSize.of(manifest);
        return parts.isEmpty() ? size : size.plus(parts.get(0).size());
    }

    public PayloadSize totalSize() {
        PayloadSize size = PayloadSize.of(manifest);
        for (IndexPart part : parts) {
            size = size.plus(part.size());
        }
        return size;
    }
}
