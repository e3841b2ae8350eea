package io.diffpress.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartSizeEstimateTest {

    private static final List<SearchField> FIELDS =
        new LunrIndexBuilder("ref", List.of(SearchField.of("title", 10), SearchField.of("summary", 2),
            SearchField.of("body"), SearchField.of("tags"))).fields();

    @Test
    void anEmptyPartIsAnEmptyIndexAndAnEmptyStore() {
        long empty = new LunrIndexBuilder("ref", FIELDS).toJson().length;
        PartSizeEstimate estimate = new PartSizeEstimate(FIELDS, empty, new PartSizeEstimate.TermLengths());
        assertEquals(empty + "{}".length(), estimate.bytes());
    }

    /**
     * Every prefix of the compatibility documents (unicode, control characters, escapes, empty and missing
     * fields, boosts, long text) taken as a part: the estimate is within 1% of the built bytes. Only score
     * widths and term index digits are guessed, so it is usually much closer.
     */
    @Test
    void estimatesThePartBuiltFromTheSamePagesClosely() {
        TermPipeline pipeline = new TermPipeline();
        List<PreparedPage> pages = new ArrayList<>();
        for (SearchDocument doc : LunrCompatibilityTest.documents()) {
            pages.add(new PreparedPage(new SearchPage("2024", doc.fields(), doc.boost(), new SearchStoreEntry(
                "reports/" + doc.ref() + "/", doc.text("title"), "2024-01-01", null, null, null, null)), FIELDS,
                pipeline, new AtomicInteger()));
        }
        long empty = new LunrIndexBuilder("ref", FIELDS).toJson().length;
        PartSizeEstimate estimate = new PartSizeEstimate(FIELDS, empty, new PartSizeEstimate.TermLengths());
        PartBuilder builder = new PartBuilder(FIELDS, PartCache.none());
        double worst = 0;
        for (int n = 1; n <= pages.size(); n++) {
            PreparedPage page = pages.get(n - 1);
            long predicted = estimate.bytesWith(page.analysed(), page.storeEntryBytes());
            estimate.add(page.analysed(), page.storeEntryBytes());
            assertEquals(predicted, estimate.bytes(), "bytesWith is what add then gives");
            List<PreparedPage> newestFirst = new ArrayList<>(pages.subList(0, n));
            java.util.Collections.reverse(newestFirst);
            PartCache.Entry built = builder.build(newestFirst);
            long real = built.index().length + built.store().length;
            worst = Math.max(worst, Math.abs(estimate.bytes() - real) / (double) real);
        }
        assertTrue(worst < 0.01, "worst relative error " + worst);
    }

    @Test
    void scoreWidthsFollowTheBoost() {
        assertEquals(5, PartSizeEstimate.scoreWidth(1));   // 1.234
        assertEquals(5, PartSizeEstimate.scoreWidth(0));   // a boost of 0 counts as 1
        assertEquals(6, PartSizeEstimate.scoreWidth(3));   // 12.345
        assertEquals(6, PartSizeEstimate.scoreWidth(10));
        assertEquals(7, PartSizeEstimate.scoreWidth(100)); // 123.456
    }
}
