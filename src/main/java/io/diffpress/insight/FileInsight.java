package io.diffpress.insight;

import java.util.List;
import java.util.Objects;

/**
 * What a report says about one changed file.
 *
 * @param type        the modification type
 * @param title       a short title (the example's {@code modification_title})
 * @param explanation paragraphs of Markdown, every sentence true of the diff
 * @param facts       the structural facts the text was written from, one line each
 * @param findings    the same facts as the built-in writer read them, for the report summary
 */
public record FileInsight(ChangeType type, String title, String explanation, List<String> facts, Findings findings) {

    public FileInsight {
        Objects.requireNonNull(type, "type");
        facts = List.copyOf(facts);
        Objects.requireNonNull(findings, "findings");
    }

    /** An insight without structural findings (written elsewhere than {@link InsightWriter#explain}). */
    public FileInsight(ChangeType type, String title, String explanation, List<String> facts) {
        this(type, title, explanation, facts, Findings.NONE);
    }

    /** The same facts under another writer's type, title and explanation (a language model's). */
    public FileInsight withText(ChangeType type, String title, String explanation) {
        return new FileInsight(type, title, explanation, facts, findings);
    }
}
