package io.diffpress.insight;

import java.util.List;

/**
 * What a report says about one changed file.
 *
 * @param type        the modification type
 * @param title       a short title (the example's {@code modification_title})
 * @param explanation paragraphs of Markdown, every sentence true of the diff
 * @param facts       the structural facts the text was written from, one line each
 */
public record FileInsight(ChangeType type, String title, String explanation, List<String> facts) {

    public FileInsight {
        facts = List.copyOf(facts);
    }
}
