package io.diffpress.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bytes of a part (lunr index JSON + store JSON) while documents are added to it one at a time, without
 * building it. Documents come oldest first; in the part they are indexed newest first with refs "0" (newest)
 * to "n-1", so every added document renumbers the others.
 *
 * <p>Exact except for two things only the finished index knows: a score's printed width (taken from the
 * field's boost, see {@link #scoreWidth}) and which term gets which term index (taken in the order documents
 * are added here, which gives the same set of indices 0..T-1). The splitter builds each part and checks its
 * real size, so the estimate only decides where to cut, never whether a part is too big.
 */
final class PartSizeEstimate {

    /** Shared by the estimates of one split: UTF-8 length of each term as a JSON string body. */
    static final class TermLengths {
        private final Map<String, Integer> lengths = new HashMap<>();

        int of(String term) {
            Integer n = lengths.get(term);
            if (n == null) {
                n = JsonText.escape(term).getBytes(StandardCharsets.UTF_8).length;
                lengths.put(term, n);
            }
            return n;
        }
    }

    private final long emptyIndexBytes;
    private final int[] fieldNameBytes;
    private final int[] scoreWidths;
    private final int termFixedBytes;
    private final TermLengths termLengths;

    /** Terms of the part: the term index they would get, and a bit per field in which they have postings. */
    private final Map<String, long[]> terms = new HashMap<>();
    /** Per document, oldest first: how often its ref is printed (vector keys, postings, store key). */
    private final List<Integer> refUses = new ArrayList<>();
    private long bytes;
    private long vectors;

    PartSizeEstimate(List<SearchField> fields, long emptyIndexBytes, TermLengths termLengths) {
        if (fields.size() > 63) {
            throw new IllegalArgumentException("at most 63 fields");
        }
        this.emptyIndexBytes = emptyIndexBytes;
        this.termLengths = termLengths;
        this.fieldNameBytes = new int[fields.size()];
        this.scoreWidths = new int[fields.size()];
        int perField = 0;
        for (int f = 0; f < fields.size(); f++) {
            fieldNameBytes[f] = JsonText.escape(fields.get(f).name()).getBytes(StandardCharsets.UTF_8).length;
            scoreWidths[f] = scoreWidth(fields.get(f).boost());
            perField += fieldNameBytes[f] + 6; // ,"name":{}
        }
        // ["term",{"_index":N}] is 16 bytes besides the term and N, plus the field objects
        this.termFixedBytes = 16 + perField;
    }

    /**
     * A printed score is "d.ddd" for most scores (1 + 4 characters); boosts multiply scores, so fields with a
     * boost of 3 or more mostly print two integer digits. Trailing zeros are dropped, which only makes it shorter.
     */
    static int scoreWidth(double boost) {
        double b = boost == 0 || Double.isNaN(boost) ? 1 : Math.abs(boost);
        return 4 + digits((long) Math.floor(b * 4));
    }

    boolean isEmpty() {
        return refUses.isEmpty();
    }

    /** Estimated raw bytes of index + store ("{}" when empty) with the documents added so far. */
    long bytes() {
        return emptyIndexBytes + 2 + bytes;
    }

    /** Estimated raw bytes if {@code doc} were added as the newest document. */
    long bytesWith(AnalyzedDocument doc, int storeEntryBytes) {
        return bytes() + added(doc, storeEntryBytes, false);
    }

    void add(AnalyzedDocument doc, int storeEntryBytes) {
        bytes += added(doc, storeEntryBytes, true);
    }

    /** Bytes the document adds, with its ref "0" and the renumbering of the others. */
    private long added(AnalyzedDocument doc, int storeEntryBytes, boolean commit) {
        long delta = 0;
        int uses = 1; // its store key
        int newTerms = 0;
        Map<String, Integer> trialIndices = commit ? null : new HashMap<>();
        FieldTerms[] fields = doc.fields();
        for (int f = 0; f < fields.length; f++) {
            FieldTerms fieldTerms = fields[f];
            uses += 1 + fieldTerms.size();
            // ["name/REF",[...]] and the comma before it; inside, 2k numbers and 2k - 1 commas
            delta += fieldNameBytes[f] + 8 + (vectors + f > 0 ? 1 : 0);
            if (fieldTerms.size() > 0) {
                delta += 2L * fieldTerms.size() - 1;
            }
            for (String term : fieldTerms.terms) {
                long[] state = terms.get(term);
                long index;
                if (state != null) {
                    index = state[0];
                    if ((state[1] & 1L << f) != 0) {
                        delta++; // the comma before its posting
                    }
                    if (commit) {
                        state[1] |= 1L << f;
                    }
                } else {
                    Integer trial = commit ? null : trialIndices.get(term);
                    if (trial != null) {
                        index = trial;
                    } else {
                        index = terms.size() + newTerms;
                        if (commit) {
                            terms.put(term, new long[] {index, 1L << f});
                        } else {
                            trialIndices.put(term, (int) index);
                            newTerms++;
                        }
                        delta += termFixedBytes + termLengths.of(term) + digits(index) + (index > 0 ? 1 : 0);
                    }
                }
                // vector entry "index,score" (its comma counted above) and posting "REF":{}
                delta += digits(index) + scoreWidths[f] + 5;
            }
        }
        delta += storeEntryBytes + 3 + (refUses.isEmpty() ? 0 : 1); // "REF":{...} and a comma
        delta += uses; // the new document's ref "0" wherever it is printed
        int n = refUses.size();
        for (long power = 10; power <= n; power *= 10) {
            delta += refUses.get((int) (n - power)); // its ref goes from power - 1 to power: one digit more
        }
        if (commit) {
            refUses.add(uses);
            vectors += fields.length;
        }
        return delta;
    }

    static int digits(long n) {
        int d = 1;
        while (n >= 10) {
            n /= 10;
            d++;
        }
        return d;
    }
}
