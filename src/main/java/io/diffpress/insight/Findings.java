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
    public static final Findings NONE = new Findings(List.of());

    private final List<Fact> facts;

    private Findings(List<Fact> facts) {
        this.facts = facts;
    }

    static Findings of(List<Fact> facts) {
        return facts.isEmpty() ? NONE : new Findings(List.copyOf(facts));
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
