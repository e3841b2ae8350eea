package io.diffpress.insight;

import io.diffpress.history.FileChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * One fact as the rules see it, for {@code diffpress explain}.
     *
     * @param sentence the fact in the writer's locale
     * @param impact   the type this fact alone would give its file; empty for context (counts)
     * @param decisive true for the fact that decided the file's type
     */
    public record RuledFact(String sentence, Optional<ChangeType> impact, boolean decisive) {
    }

    /** A writer for the locale's messages; locales other than Japanese get en_US. */
    public InsightWriter(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.phrasing = new Phrasing(Messages.forLocale(locale));
    }

    /** The locale the text is written in: the one asked for when its messages exist (ja_JP), else en_US. */
    public static Locale textLocale(Locale requested) {
        return Messages.forLocale(requested).locale();
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
        return new FileInsight(verdict.type(), FileExplanation.title(phrasing, change, verdict, facts),
                FileExplanation.text(phrasing, change, verdict, shown, lines), lines, Findings.of(facts, phrasing, shown, lines));
    }

    /** Every fact of an insight made by {@link #explain}, uncut, with its impact and whether it decided the type. */
    public List<RuledFact> ruledFacts(FileInsight insight) {
        List<Fact> facts = insight.findings().facts();
        Optional<Fact> reason = Verdict.of(facts).reason();
        List<RuledFact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            out.add(new RuledFact(f.sentence(phrasing), f.context() ? Optional.empty() : Optional.of(f.impact()),
                    reason.isPresent() && reason.get() == f));
        }
        return out;
    }

    /**
     * The report-level text for one range and section, from the facts the insights carry (the
     * files are not read again). The three lists follow each insight's type, also when a
     * language model chose it: see {@link RangeSummary}.
     *
     * @param files    the changed files, in report order
     * @param insights {@link #explain} of each file (or its rewrite by another writer), in the same order
     * @throws IllegalArgumentException when the two lists differ in length
     */
    public ReportInsight summarize(String section, List<FileChange> files, List<FileInsight> insights) {
        Objects.requireNonNull(section, "section");
        if (files.size() != insights.size()) {
            throw new IllegalArgumentException("insights: expected " + files.size() + " (one per file), got " + insights.size());
        }
        List<List<Fact>> facts = insights.stream().map(i -> i.findings().facts()).toList();
        return new RangeSummary(phrasing, section, files, insights, facts).write();
    }

    Locale locale() {
        return locale;
    }
}
