package io.diffpress.insight;

import java.util.List;

/**
 * What a report says about a whole range and section.
 *
 * @param summary         one paragraph for the front matter {@code summary}
 * @param highlights      the Highlights paragraph
 * @param newFeatures     bullet items for "New features"
 * @param breakingChanges bullet items for "Breaking changes"
 * @param otherUpdates    bullet items for "Other updates"
 * @param insights        the Insights text (Markdown)
 */
public record ReportInsight(String summary, String highlights, List<String> newFeatures,
                            List<String> breakingChanges, List<String> otherUpdates, String insights) {

    public ReportInsight {
        newFeatures = List.copyOf(newFeatures);
        breakingChanges = List.copyOf(breakingChanges);
        otherUpdates = List.copyOf(otherUpdates);
    }
}
