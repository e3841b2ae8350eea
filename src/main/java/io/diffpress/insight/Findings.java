package io.diffpress.insight;

import java.util.List;
import java.util.Objects;

/**
 * The structural facts the built-in writer read off one file change. Opaque outside this
 * package: it travels inside {@link FileInsight} so that the report summary (and
 * {@code diffpress explain}) use the facts already read instead of reading the file again,
 * also when a language model rewrote the file's text.
 */
public final class Findings {

    /** No facts: an insight that was not made by {@link InsightWriter#explain}. */
    public static final Findings NONE = new Findings(List.of(), null, List.of(), List.of());

    private final List<Fact> facts;
    /** The sentences explain wrote for the facts it showed, in the phrasing it wrote them in (none: null). */
    private final Phrasing phrasing;
    private final List<Fact> shown;
    private final List<String> sentences;

    private Findings(List<Fact> facts, Phrasing phrasing, List<Fact> shown, List<String> sentences) {
        this.facts = facts;
        this.phrasing = phrasing;
        this.shown = shown;
        this.sentences = sentences;
    }

    static Findings of(List<Fact> facts) {
        return facts.isEmpty() ? NONE : new Findings(List.copyOf(facts), null, List.of(), List.of());
    }

    /** The facts, with the sentence phrasing gave each of the shown ones (shown is a part of facts). */
    static Findings of(List<Fact> facts, Phrasing phrasing, List<Fact> shown, List<String> sentences) {
        return facts.isEmpty() ? NONE : new Findings(List.copyOf(facts), phrasing, shown, sentences);
    }

    /** The sentence of one of these facts in phrasing: the one explain wrote when it is that phrasing's, else written now. */
    String sentence(Fact fact, Phrasing p) {
        if (p == phrasing) {
            for (int k = 0; k < shown.size(); k++) {
                if (shown.get(k) == fact) {
                    return sentences.get(k);
                }
            }
        }
        return fact.sentence(p);
    }

    List<Fact> facts() {
        return facts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Findings other && facts.equals(other.facts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(facts);
    }

    @Override
    public String toString() {
        return "Findings[" + facts.size() + " facts]";
    }
}
