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
 * Their marker lines are no paragraphs. A marker names one or more values (a zone {@code pivot="python,csharp"}, a range
 * {@code "foundry-classic || foundry"}); a value that opens more zones or ranges than before is told as added, one that
 * opens fewer as removed (a breaking change only when no zone or range of it is left), so a range widened to another
 * version, or two ranges merged into one, says only what readers gained.
 */
final class LearnConditions {

    private static final Pattern START = Pattern.compile("^\\s{0,3}:::\\s*(zone|moniker)\\s+(?:pivot|range)\\s*=\\s*\"([^\"]{0,300})\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKER_LINE = Pattern.compile("\\s*:::\\s*(?:zone|moniker)(?:-end|\\s[^\\n]{0,400})?\\s*",
            Pattern.CASE_INSENSITIVE);

    private LearnConditions() {
    }

    /** A zone or moniker range opened on the page: kind is "zone" or "moniker". */
    record Condition(String kind, String value) {
    }

    /** Whether a paragraph's source is only zone or moniker marker lines. */
    static boolean onlyMarkers(String source) {
        return LearnImages.startsWithColons(source) && MarkdownOutline.everyLine(source, MARKER_LINE);
    }

    /** The zones and moniker ranges a page opens, in order, outside fenced code blocks. */
    static List<Condition> of(List<String> lines, int from) {
        List<Condition> out = new ArrayList<>();
        boolean[] fenced = CodeFences.of(lines, from);
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!fenced[i] && line.startsWith(":::", CodeFences.textStart(line))) {
                Matcher m = START.matcher(line.strip());
                if (m.find()) {
                    String kind = m.group(1).toLowerCase(java.util.Locale.ROOT);
                    for (String value : m.group(2).split(kind.equals("zone") ? "," : "\\|\\|")) {
                        if (!value.isBlank()) {
                            out.add(new Condition(kind, value.strip()));
                        }
                    }
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
        Map<Condition, Integer> left = new LinkedHashMap<>();
        of(after.lines(), after.frontMatter().lines()).forEach(c -> left.merge(c, 1, Integer::sum));
        List<Fact> facts = new ArrayList<>();
        count.forEach((c, n) -> {
            if (n > 0) {
                facts.add(new Fact.ConditionalRemoved(c.kind(), c.value(), left.getOrDefault(c, 0)));
            }
        });
        // a value added several times is told once
        added.stream().distinct().forEach(facts::add);
        return facts;
    }
}
