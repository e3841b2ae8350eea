package io.diffpress.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * lunr's default build pipeline, trimmer → stopWordFilter → stemmer, with a cache: the pipeline is a pure
 * function of the token, and a corpus repeats its tokens far more often than it has distinct ones. Safe to share
 * between threads: a value computed twice is the same value.
 */
final class TermPipeline {

    /** Marks a cached stop word (null cannot be told apart from "not cached yet"). */
    private static final String STOP = new String("<stop word>");

    private final Map<String, String> cache = new ConcurrentHashMap<>();
    /** Stems by trimmed token: "release," and "(release)" share one stemming. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    /** The indexed term for a token from the tokenizer, or null when the stop-word filter drops it. */
    String process(String token) {
        String cached = cache.get(token);
        if (cached == null) {
            String trimmed = LunrTrimmer.trim(token);
            cached = StopWords.contains(trimmed) ? null : stems.computeIfAbsent(trimmed, PorterStemmer::stem);
            cache.put(token, cached == null ? STOP : cached);
        }
        return cached == STOP ? null : cached;
    }

    static String run(String token) {
        String trimmed = LunrTrimmer.trim(token);
        if (StopWords.contains(trimmed)) {
            return null;
        }
        // A token trimmed to "" survives: the stop-word filter and the stemmer pass "" through.
        return PorterStemmer.stem(trimmed);
    }
}
