package io.diffpress.search;

import java.util.List;

/**
 * A document as the lunr builder sees it: ref, boost and the {@link FieldTerms} of each field, in the
 * builder's field order. A field named like the ref field indexes the ref, as in lunr.
 */
record AnalyzedDocument(String ref, double boost, FieldTerms[] fields) {

    static AnalyzedDocument of(SearchDocument doc, String refField, List<SearchField> fields, TermPipeline pipeline) {
        FieldTerms[] terms = new FieldTerms[fields.size()];
        for (int f = 0; f < terms.length; f++) {
            String name = fields.get(f).name();
            terms[f] = FieldTerms.of(name.equals(refField) ? doc.ref() : doc.text(name), pipeline);
        }
        return new AnalyzedDocument(doc.ref(), doc.boost(), terms);
    }

    /** The same analysis under another ref: the splitter numbers documents only once their part is known. */
    AnalyzedDocument withRef(String newRef) {
        return new AnalyzedDocument(newRef, boost, fields);
    }
}
