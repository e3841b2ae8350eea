package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of inline links that changed while their targets and everything around them stayed: "[samples
 * repository](url)" made "[code samples on GitHub](url)" was told only as text reworded (an audit of report text).
 */
final class LinkTexts {

    /** An inline link: its text (no brackets inside) and its target up to the closing parenthesis. */
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\[\\]]+)\\]\\(([^()\\s]+(?:\\s+\"[^\"]*\")?)\\)");

    private LinkTexts() {
    }

    /** "old → new" for each link whose text alone changed, when nothing else of the source did; else none. */
    static List<String> changed(String before, String after) {
        if (!before.contains("](") || !after.contains("](")) {
            // no inline link on a side: either a link more or less, or no links and texts that differ (most paragraphs;
            // the regex's scan of every paragraph had cost explain a twentieth of its time)
            return List.of();
        }
        Matcher a = LINK.matcher(before);
        Matcher b = LINK.matcher(after);
        List<String> out = new ArrayList<>();
        StringBuilder restA = new StringBuilder();
        StringBuilder restB = new StringBuilder();
        int endA = 0;
        int endB = 0;
        while (true) {
            boolean nextA = a.find();
            boolean nextB = b.find();
            if (nextA != nextB) {
                return List.of(); // a link more or less: not the same links with other texts
            }
            if (!nextA) {
                break;
            }
            if (!a.group(2).equals(b.group(2))) {
                return List.of();
            }
            restA.append(before, endA, a.start()).append("[](").append(a.group(2)).append(')');
            restB.append(after, endB, b.start()).append("[](").append(b.group(2)).append(')');
            endA = a.end();
            endB = b.end();
            if (!a.group(1).equals(b.group(1))) {
                out.add(a.group(1).strip() + " → " + b.group(1).strip());
            }
        }
        restA.append(before, endA, before.length());
        restB.append(after, endB, after.length());
        return restA.toString().equals(restB.toString()) ? out : List.of();
    }
}
