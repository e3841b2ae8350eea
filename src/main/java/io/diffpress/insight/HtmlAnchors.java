package io.diffpress.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anchors written as HTML ({@code <a name="quota"></a>}, {@code <a id="regions">}, also inside a heading): targets of
 * {@code #quota} links from other pages, which a reader never sees. One removed breaks those links; one added gives
 * them a new target. Read from the lines outside fenced code blocks that start with one or with a heading's marks (an
 * anchor inside a paragraph is not looked for: every line of every page would be), and only when a line may hold one.
 */
final class HtmlAnchors {

    private static final Pattern ANCHOR = Pattern.compile("<a\\s[^<>]{0,300}?\\b(?:name|id)\\s*=\\s*[\"']([^\"'<>]{1,200})[\"']",
            Pattern.CASE_INSENSITIVE);

    private HtmlAnchors() {
    }

    static List<String> of(List<String> lines, int from) {
        List<String> out = new ArrayList<>();
        boolean[] fenced = CodeFences.of(lines, from);
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = CodeFences.textStart(line);
            if (!fenced[i] && at < line.length() && (line.charAt(at) == '<' || line.charAt(at) == '#') && mayHold(line)) {
                Matcher m = ANCHOR.matcher(line);
                while (m.find()) {
                    out.add(m.group(1).strip());
                }
            }
        }
        return out;
    }

    static boolean mayHold(String line) {
        int at = line.indexOf('<');
        return at >= 0 && (line.indexOf("<a ", at) >= 0 || line.indexOf("<A ", at) >= 0 || line.indexOf("<a\t", at) >= 0);
    }

    static List<Fact> compare(MarkdownOutline before, MarkdownOutline after) {
        List<String> a = of(before.lines(), before.frontMatter().lines());
        List<String> b = of(after.lines(), after.frontMatter().lines());
        if (a.isEmpty() && b.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> count = new LinkedHashMap<>();
        a.forEach(x -> count.merge(x, 1, Integer::sum));
        List<String> added = new ArrayList<>();
        for (String x : b) {
            if (count.merge(x, -1, Integer::sum) < 0) {
                added.add(x);
            }
        }
        List<String> removed = new ArrayList<>();
        count.forEach((x, n) -> {
            for (int i = 0; i < n; i++) {
                removed.add(x);
            }
        });
        List<Fact> facts = new ArrayList<>();
        if (!removed.isEmpty()) {
            facts.add(new Fact.AnchorsRemoved(removed));
        }
        if (!added.isEmpty()) {
            facts.add(new Fact.AnchorsAdded(added));
        }
        return facts;
    }
}
