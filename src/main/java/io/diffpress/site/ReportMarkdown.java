package io.diffpress.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adapts report Markdown in the reference format to CommonMark before parsing, outside code fences only:
 * {@code <summary>Diff</summary>} directly followed by a fence: CommonMark would swallow the fence
 * into the HTML block (which only ends at a blank line), so a blank line is inserted.
 */
final class ReportMarkdown {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern HTML_OPENER = Pattern.compile("^\\s*</?(details|summary)\\b[^>]*>.*$", Pattern.CASE_INSENSITIVE);

    private ReportMarkdown() {
    }

    static String prepare(String markdown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        String openFence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (openFence != null) {
                Matcher close = FENCE.matcher(line);
                if (close.matches() && close.group(1).charAt(0) == openFence.charAt(0)
                        && close.group(1).length() >= openFence.length() && close.group(2).isBlank()) {
                    openFence = null;
                }
                out.append(line);
            } else {
                Matcher open = FENCE.matcher(line);
                if (open.matches()) {
                    openFence = open.group(1);
                    out.append(line);
                } else {
                    out.append(line);
                    if (HTML_OPENER.matcher(line).matches() && i + 1 < lines.length && FENCE.matcher(lines[i + 1]).matches()) {
                        out.append('\n');
                    }
                }
            }
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
