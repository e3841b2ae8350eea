package io.diffpress.search;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ref → {@link SearchStoreEntry} map that search.js uses to render results, serialized as a JSON object
 * ({@code {"0": {"url": ..., "title": ...}, ...}}). Keeping this out of the lunr index keeps the index small:
 * lunr repeats every ref in every posting, so refs should be short ordinals.
 */
public final class SearchStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, SearchStoreEntry> entries = new LinkedHashMap<>();

    public SearchStore put(String ref, SearchStoreEntry entry) {
        if (entries.putIfAbsent(ref, entry) != null) {
            throw new IllegalArgumentException("ref already in the store: " + ref);
        }
        return this;
    }

    public Map<String, SearchStoreEntry> entries() {
        return Collections.unmodifiableMap(entries);
    }

    public int size() {
        return entries.size();
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(toJson());
    }
}
