package io.diffpress.search;

import com.fasterxml.jackson.databind.cfg.PackageVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Cache keys of index parts: SHA-256 of the code that turns documents into part bytes, the fields, and the
 * digests of the part's documents in index order. Refs are positions in the part, so the order covers them.
 */
final class PartKey {

    /** Every class whose code decides the bytes of a part given its documents (a test checks the list). */
    static final List<Class<?>> SERIALIZERS = List.of(AnalyzedDocument.class, Bm25Scores.class, CjkBigrams.class,
        FieldTerms.class, IndexJsonWriter.class, IndexSplitter.class, IndexTerm.class, IndexedDocument.class, JsKeys.class,
        JsLowerCase.class, JsNumber.class, JsonText.class, LazyText.class, LunrIndexBuilder.class, LunrTokenizer.class,
        PartBuilder.class, PartCache.class, PartKey.class, PreparedPage.class, PorterStemmer.class, PostingOrder.class,
        SearchDocument.class, SearchPage.class, SearchField.class, SearchStore.class, SearchStoreEntry.class, StopWords.class,
        TermPipeline.class, UnicodeTrimmer.class);

    /**
     * The analysis the parts are built with, in the key besides the class files: parts built with lunr's own
     * trimmer must never be served again, whatever else stays the same.
     */
    static final String PIPELINE = "lunr " + LunrIndexBuilder.LUNR_VERSION + "; build: " + CjkBigrams.LABEL + " "
        + UnicodeTrimmer.LABEL + " stopWordFilter stemmer; search: stemmer";

    /** Every class whose code decides where parts are cut, given the pages (a test checks the list). */
    static final List<Class<?>> PLANNERS = List.of(PartPlanner.class, PartSizeEstimate.class, PlanMemo.class);

    private static final byte[] CODE = codeDigest(SERIALIZERS);
    private static final byte[] PLANNER_CODE = codeDigest(PLANNERS);

    private PartKey() {
    }

    /**
     * Digest of one page: partition (it decides cuts), boost, each field's text (absent and empty differ; a
     * {@link LazyText} by its digest) and its store entry, by its values: its JSON is made from them by the code
     * digested in {@link #SERIALIZERS}, and only when a part is planned or built.
     */
    static byte[] document(SearchPage page, List<SearchField> fields) {
        MessageDigest sha = sha();
        text(sha, page.partition());
        sha.update(Double.toString(page.boost()).getBytes(StandardCharsets.US_ASCII));
        Map<String, String> texts = page.fields();
        Map<String, LazyText> lazy = page.lazyFields();
        for (SearchField field : fields) {
            String text = texts.get(field.name());
            LazyText later = text == null ? lazy.get(field.name()) : null;
            sha.update((byte) (text != null ? 1 : later != null ? 2 : 0));
            if (text != null) {
                updateLength(sha, text.length());
                updateChars(sha, text);
            } else if (later != null) {
                sha.update(later.sha256()); // stands for the text, which is not read for this
            }
        }
        SearchStoreEntry entry = page.entry();
        for (String value : new String[] {entry.url(), entry.title(), entry.date(), entry.section(), entry.summary(), entry.lang()}) {
            nullableText(sha, value);
        }
        for (List<String> list : List.of(entry.tags(), entry.types())) {
            updateLength(sha, list.size());
            for (String value : list) {
                nullableText(sha, value);
            }
        }
        return sha.digest();
    }

    /** Key of a part made of these document digests, newest (ref "0") first. */
    static String part(List<SearchField> fields, String refField, List<byte[]> documents) {
        MessageDigest sha = sha();
        sha.update(CODE);
        text(sha, refField);
        for (SearchField field : fields) {
            text(sha, field.name());
            text(sha, Double.toString(field.boost()));
        }
        updateLength(sha, documents.size());
        for (byte[] doc : documents) {
            sha.update(doc);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Key of the {@link PlanMemo}: cuts depend on the serializing code too (sizes), the fields and the limit. */
    static String plan(List<SearchField> fields, long limit) {
        MessageDigest sha = sha();
        sha.update(CODE);
        sha.update(PLANNER_CODE);
        for (SearchField field : fields) {
            text(sha, field.name());
            text(sha, Double.toString(field.boost()));
        }
        text(sha, Long.toString(limit));
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The UTF-16 code units, two bytes each: lossless (lone surrogates included), and without a charset
     * encoder, which was most of the cost of digesting every page on every build.
     */
    private static void updateChars(MessageDigest sha, String s) {
        // one pair of buffers a thread: new ones for each text were a twentieth of what a rebuild allocated
        char[] chars = CHARS.get();
        byte[] bytes = BYTES.get();
        for (int from = 0; from < s.length(); from += chars.length) {
            int n = Math.min(chars.length, s.length() - from);
            s.getChars(from, from + n, chars, 0);
            for (int i = 0; i < n; i++) {
                bytes[2 * i] = (byte) (chars[i] >>> 8);
                bytes[2 * i + 1] = (byte) chars[i];
            }
            sha.update(bytes, 0, 2 * n);
        }
    }

    private static final int CHUNK = 4096;
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[CHUNK]);
    private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[2 * CHUNK]);

    private static void nullableText(MessageDigest sha, String s) {
        sha.update((byte) (s == null ? 0 : 1));
        if (s != null) {
            updateLength(sha, s.length());
            updateChars(sha, s);
        }
    }

    private static void text(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_16BE);
        updateLength(sha, bytes.length);
        sha.update(bytes);
    }

    private static void updateLength(MessageDigest sha, int n) {
        sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    }

    private static byte[] codeDigest(List<Class<?>> classes) {
        MessageDigest sha = sha();
        sha.update(PackageVersion.VERSION.toString().getBytes(StandardCharsets.US_ASCII)); // Jackson writes the JSON
        text(sha, PIPELINE);
        for (Class<?> c : classes) {
            updateClass(sha, c);
        }
        return sha.digest();
    }

    /** The class file of {@code c} and of the classes declared in it. */
    private static void updateClass(MessageDigest sha, Class<?> c) {
        String file = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = c.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("cannot find the class file of " + c.getName());
            }
            text(sha, c.getName());
            byte[] code = in.readAllBytes();
            updateLength(sha, code.length);
            sha.update(code);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the class file of " + c.getName(), e);
        }
        for (Class<?> nested : c.getDeclaredClasses()) {
            updateClass(sha, nested);
        }
    }

    static MessageDigest sha() {
        return io.diffpress.Sha256.digest();
    }
}
