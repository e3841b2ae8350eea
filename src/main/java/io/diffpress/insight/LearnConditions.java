package io.diffpress.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Microsoft Learn's conditional content: {@code ::: zone pivot="programming-language-python"} … {@code ::: zone-end} (shown
 * for one choice of a pivot) and {@code ::: moniker range="foundry"} … {@code ::: moniker-end} (shown for some versions).
 * Their marker lines are no paragraphs; a zone or a moniker range whose marker was added or removed is told by its value.
 */
final class LearnConditions {

    private static final Pattern START = Pattern.compile("^\\s{0,3}:::\\s*(zone|moniker)\\s+(?:pivot|range)\\s*=\\s*\"([^\"]{0,300})\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKERS_ONLY = Pattern.compile("(?:\\s*:::\\s*(?:zone|moniker)(?:-end|\\s[^\\n]{0,400})?\\s*(?:\\n|$))+",
            Pattern.CASE_INSENSITIVE);

    private LearnConditions() {
    }

    /** A zone or moniker range opened on the page: kind is "zone" or "moniker". */
    record Condition(String kind, String value) {
    }

    /** Whether a paragraph's source is only zone or moniker marker lines. */
    static boolean onlyMarkers(String source) {
        return source.length() < 20_000 && LearnImages.startsWithColons(source) && MARKERS_ONLY.matcher(source).matches();
    }

    /** The zones and moniker ranges a page opens, in order, outside fenced code blocks. */
    static List<Condition> of(List<String> lines, int from) {
        List<Condition> out = new ArrayList<>();
        char fence = 0;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fence = fence == 0 ? line.charAt(0) : fence == line.charAt(0) ? 0 : fence;
                continue;
            }
            if (fence == 0 && line.startsWith(":::")) {
                Matcher m = START.matcher(line);
                if (m.find()) {
                    out.add(new Condition(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2).strip()));
                }
            }
        }
        return out;
    }

    /** Zones and moniker ranges opened more often, or less often, than before. */
    static List<Fact> compare(MarkdownOutline before, MarkdownOutline after) {
        Map<Condition, Integer> count = new LinkedHashMap<>();
        of(before.lines(), before.frontMatter().lines()).forEach(c -> count.merge(c, 1, Integer::sum));
        List<Fact> added = new ArrayList<>();
        for (Condition c : of(after.lines(), after.frontMatter().lines())) {
            if (count.merge(c, -1, Integer::sum) < 0) {
                added.add(new Fact.ConditionalAdded(c.kind(), c.value()));
            }
        }
        List<Fact> facts = new ArrayList<>();
        count.forEach((c, n) -> {
            for (int i = 0; i < n; i++) {
                facts.add(new Fact.ConditionalRemoved(c.kind(), c.value()));
            }
        });
        facts.addAll(added);
        return facts;
    }
}
