package io.diffpress.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of one document after lunr's tokenizer and diffpress's build pipeline ({@link TermPipeline}): its distinct terms in order of first
 * occurrence, how often each occurs, and the field length (tokens the pipeline kept). That is all a lunr
 * builder keeps of a field, so a document is analysed once and the result both sized and indexed.
 */
final class FieldTerms {

    static final FieldTerms EMPTY = new FieldTerms(new String[0], new int[0], 0);

    /** Distinct terms, first occurrence first (the order in which lunr assigns new term indices). */
    final String[] terms;
    /** Term frequency of {@code terms[i]}. */
    final int[] counts;
    /** Tokens kept by the pipeline, repeats included (lunr's field length). */
    final int length;

    private FieldTerms(String[] terms, int[] counts, int length) {
        this.terms = terms;
        this.counts = counts;
        this.length = length;
    }

    static FieldTerms of(String text, TermPipeline pipeline) {
        if (text == null) {
            return EMPTY;
        }
        Map<String, Integer> positions = new HashMap<>();
        List<String> terms = new ArrayList<>();
        int[] counts = new int[16];
        int length = 0;
        for (String token : LunrTokenizer.tokenize(text)) {
            for (String term : pipeline.terms(token)) {
                length++;
                Integer at = positions.putIfAbsent(term, terms.size());
                if (at == null) {
                    if (terms.size() == counts.length) {
                        counts = java.util.Arrays.copyOf(counts, counts.length * 2);
                    }
                    counts[terms.size()] = 1;
                    terms.add(term);
                } else {
                    counts[at]++;
                }
            }
        }
        return new FieldTerms(terms.toArray(new String[0]), java.util.Arrays.copyOf(counts, terms.size()), length);
    }

    int size() {
        return terms.length;
    }
}
