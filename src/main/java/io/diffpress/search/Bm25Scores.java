package io.diffpress.search;

import java.util.Arrays;
import java.util.List;

/**
 * lunr.Builder#createFieldVectors: BM25 with k1 = 1.2 and b = 0.75, times the field and document boosts,
 * rounded to thousandths. Operations are written in lunr's order so that every double comes out the same.
 */
final class Bm25Scores {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<SearchField> fields;
    private final List<IndexTerm> terms;
    private final double[] averageFieldLengths;
    private final double[] idfByTerm;
    private final int documentCount;

    Bm25Scores(List<SearchField> fields, List<IndexedDocument> documents, List<IndexTerm> terms, int documentCount) {
        this.fields = fields;
        this.terms = terms;
        this.documentCount = documentCount;
        // lunr averages over distinct field refs: a re-added ref counts once, with its latest length.
        this.averageFieldLengths = new double[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            long total = 0;
            for (IndexedDocument doc : documents) {
                total += doc.fieldLengths[f];
            }
            averageFieldLengths[f] = (double) total / documents.size();
        }
        this.idfByTerm = new double[terms.size()];
        Arrays.fill(idfByTerm, Double.NaN);
    }

    /** lunr.idf: ln(1 + |(N − n + 0.5) / (n + 0.5)|), with fdlibm's log like V8's Math.log. */
    double idf(int termIndex) {
        double idf = idfByTerm[termIndex];
        if (Double.isNaN(idf)) {
            int n = terms.get(termIndex).fieldDocumentPairs();
            double x = (documentCount - n + 0.5) / (n + 0.5);
            idf = StrictMath.log(1 + Math.abs(x));
            idfByTerm[termIndex] = idf;
        }
        return idf;
    }

    double score(IndexedDocument doc, int field, int termIndex, int tf) {
        double fieldLength = doc.fieldLengths[field];
        double score = idf(termIndex) * ((K1 + 1) * tf)
            / (K1 * (1 - B + B * (fieldLength / averageFieldLengths[field])) + tf);
        score *= boostOrOne(fields.get(field).boost());
        score *= boostOrOne(doc.boost);
        return JsNumber.round(score * 1000) / 1000;
    }

    /** {@code boost || 1}: 0 and NaN are falsy in JavaScript. */
    private static double boostOrOne(double boost) {
        return boost == 0 || Double.isNaN(boost) ? 1 : boost;
    }
}
