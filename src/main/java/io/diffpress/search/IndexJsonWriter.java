package io.diffpress.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * lunr.Index#toJSON through JSON.stringify: version, fields, fieldVectors (documents in add order, fields
 * in field order), invertedIndex (terms by UTF-16 code units, postings with JavaScript key order) and the
 * search pipeline. Structure is written by Jackson; strings go through {@link JsonText}.
 */
final class IndexJsonWriter {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final JsonText INDEX_KEY = new JsonText("_index");

    private final LunrIndexBuilder builder;
    private final List<SearchField> fields;
    private final JsonText[] fieldNames;
    /** Posting keys in JavaScript order: -1 for "_index", else a field position. */
    private final int[] postingKeys;

    IndexJsonWriter(LunrIndexBuilder builder) {
        this.builder = builder;
        this.fields = builder.fields();
        this.fieldNames = new JsonText[fields.size()];
        List<String> keys = new ArrayList<>();
        keys.add("_index");
        for (int f = 0; f < fields.size(); f++) {
            fieldNames[f] = new JsonText(fields.get(f).name());
            keys.add(fields.get(f).name());
        }
        List<String> ordered = JsKeys.order(keys);
        this.postingKeys = new int[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            postingKeys[i] = keys.indexOf(ordered.get(i)) - 1;
        }
    }

    void write(OutputStream out) throws IOException {
        try (JsonGenerator gen = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.writeStartObject();
            gen.writeFieldName("version");
            gen.writeString(LunrIndexBuilder.LUNR_VERSION);
            gen.writeFieldName("fields");
            gen.writeStartArray();
            for (JsonText name : fieldNames) {
                gen.writeString(name);
            }
            gen.writeEndArray();
            gen.writeFieldName("fieldVectors");
            writeFieldVectors(gen);
            gen.writeFieldName("invertedIndex");
            writeInvertedIndex(gen);
            gen.writeFieldName("pipeline");
            gen.writeStartArray();
            gen.writeString("stemmer");
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    private void writeFieldVectors(JsonGenerator gen) throws IOException {
        List<IndexedDocument> documents = builder.documents();
        Bm25Scores scores = new Bm25Scores(fields, documents, builder.terms(), builder.documentCount());
        gen.writeStartArray();
        for (IndexedDocument doc : documents) {
            for (int f = 0; f < fields.size(); f++) {
                gen.writeStartArray();
                gen.writeString(new JsonText(fields.get(f).name() + "/" + doc.ref));
                gen.writeStartArray();
                for (long entry : doc.termFrequencies[f]) {
                    int termIndex = (int) (entry >>> 32);
                    int tf = (int) entry;
                    gen.writeNumber(termIndex);
                    writeJsNumber(gen, scores.score(doc, f, termIndex, tf));
                }
                gen.writeEndArray();
                gen.writeEndArray();
            }
        }
        gen.writeEndArray();
    }

    /** JSON.stringify prints non-finite numbers as null. */
    private static void writeJsNumber(JsonGenerator gen, double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            gen.writeNull();
        } else {
            gen.writeNumber(JsNumber.format(value));
        }
    }

    private void writeInvertedIndex(JsonGenerator gen) throws IOException {
        List<IndexTerm> sorted = new ArrayList<>(builder.terms());
        sorted.sort(Comparator.comparing(term -> term.text)); // String order is UTF-16 code unit order
        List<IndexedDocument> documents = builder.documents();
        gen.writeStartArray();
        for (IndexTerm term : sorted) {
            gen.writeStartArray();
            gen.writeString(new JsonText(term.text));
            gen.writeStartObject();
            for (int key : postingKeys) {
                if (key < 0) {
                    gen.writeFieldName(INDEX_KEY);
                    gen.writeNumber(term.index);
                    continue;
                }
                gen.writeFieldName(fieldNames[key]);
                gen.writeStartObject();
                for (int docId : PostingOrder.inJsKeyOrder(term.documents(key), documents)) {
                    gen.writeFieldName(documents.get(docId).refJson);
                    gen.writeStartObject();
                    gen.writeEndObject();
                }
                gen.writeEndObject();
            }
            gen.writeEndObject();
            gen.writeEndArray();
        }
        gen.writeEndArray();
    }
}
