package io.diffpress.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * diffpress's build pipeline, as search.js sets it up on a lunr builder: {@link CjkBigrams} (a token with CJK
 * characters becomes several), {@link UnicodeTrimmer} in place of lunr.trimmer, then lunr's stopWordFilter and
 * stemmer, which are English-only and leave CJK terms as they are. With a cache: the pipeline is a pure
 * function of the token, and a corpus repeats its tokens far more often than it has distinct ones. Safe to
 * share between threads: a value computed twice is the same value.
 */
final class TermPipeline {

    private static final String[] NONE = new String[0];

    private final Map<String, String[]> cache = new ConcurrentHashMap<>();
    /** Stems by trimmed token: "release," and "(release)" share one stemming. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    /**
     * The indexed terms for a token from the tokenizer, in order: usually one, none when the stop-word filter
     * drops it, several for a token with CJK characters. The array is shared: do not change it.
     */
    String[] terms(String token) {
        String[] cached = cache.get(token);
        if (cached == null) {
            List<String> pieces = CjkBigrams.segment(token);
            List<String> terms = new ArrayList<>(pieces.size());
            for (String piece : pieces) {
                String trimmed = UnicodeTrimmer.trim(piece);
                if (!StopWords.contains(trimmed)) {
                    terms.add(stems.computeIfAbsent(trimmed, PorterStemmer::stem));
                }
            }
            cached = terms.isEmpty() ? NONE : terms.toArray(NONE);
            cache.put(token, cached);
        }
        return cached;
    }

    /** The pipeline without a cache. */
    static List<String> run(String token) {
        List<String> terms = new ArrayList<>();
        for (String piece : CjkBigrams.segment(token)) {
            String trimmed = UnicodeTrimmer.trim(piece);
            if (!StopWords.contains(trimmed)) {
                // A token trimmed to "" survives: the stop-word filter and the stemmer pass "" through.
                terms.add(PorterStemmer.stem(trimmed));
            }
        }
        return terms;
    }
}
