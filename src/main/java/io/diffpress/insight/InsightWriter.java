package io.diffpress.insight;

import io.diffpress.history.FileChange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * Writes the report text of a compare range from facts read off the diff, without a language
 * model: every sentence states a fact of the diff (a heading, a row, a field, a count), and
 * the same input always gives the same text.
 *
 * <pre>{@code
 * InsightWriter writer = new InsightWriter(Locale.US);
 * List<FileInsight> insights = files.stream().map(writer::explain).toList();
 * ReportInsight report = writer.summarize("openai", files, insights);
 * }</pre>
 *
 * Safe to share between threads.
 */
public final class InsightWriter {

    private final Locale locale;
    private final Phrasing phrasing;
    /** Facts behind each insight this writer made, so summarize need not read the files again. */
    private final Map<FileInsight, List<Fact>> factsOf = Collections.synchronizedMap(new WeakHashMap<>());

    /** A writer for the locale's messages; locales other than Japanese get en_US. */
    public InsightWriter(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.phrasing = new Phrasing(Messages.forLocale(locale));
    }

    /** The type, title, explanation and facts of one file change. */
    public FileInsight explain(FileChange change) {
        Objects.requireNonNull(change, "change");
        List<Fact> facts = FactFinder.find(change);
        Verdict verdict = Verdict.of(facts);
        List<Fact> shown = Verdict.forReading(facts);
        List<String> lines = new ArrayList<>(shown.size());
        for (Fact f : shown) {
            lines.add(f.sentence(phrasing));
        }
        FileInsight insight = new FileInsight(verdict.type(), FileExplanation.title(phrasing, change, verdict),
                FileExplanation.text(phrasing, change, verdict, shown, lines), lines);
        factsOf.put(insight, facts);
        return insight;
    }

    /**
     * The report-level text for one range and section.
     *
     * @param files    the changed files, in report order
     * @param insights {@link #explain} of each file, in the same order
     * @throws IllegalArgumentException when the two lists differ in length
     */
    public ReportInsight summarize(String section, List<FileChange> files, List<FileInsight> insights) {
        Objects.requireNonNull(section, "section");
        if (files.size() != insights.size()) {
            throw new IllegalArgumentException("insights: expected " + files.size() + " (one per file), got " + insights.size());
        }
        List<List<Fact>> facts = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            List<Fact> known = factsOf.get(insights.get(i));
            facts.add(known != null ? known : FactFinder.find(files.get(i)));
        }
        return new RangeSummary(phrasing, section, files, insights, facts).write();
    }

    Locale locale() {
        return locale;
    }
}
