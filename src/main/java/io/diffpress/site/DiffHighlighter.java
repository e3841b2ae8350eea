package io.diffpress.site;

import org.jsoup.nodes.Element;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a rendered {@code diff} code block into one element per line with classes for
 * added, removed, context and hunk lines, and the old and new line numbers from the hunk headers.
 * Text stays text (jsoup escapes it), so a diff can never inject markup.
 */
final class DiffHighlighter {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@.*");

    private DiffHighlighter() {
    }

    static void highlight(Element code) {
        String text = code.wholeText();
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        code.empty();
        code.addClass("diff-lines");
        int oldLine = 0;
        int newLine = 0;
        for (String line : text.split("\n", -1)) {
            String kind;
            String oldNo = "";
            String newNo = "";
            Matcher hunk = HUNK.matcher(line);
            if (hunk.matches()) {
                kind = "hunk";
                oldLine = Integer.parseInt(hunk.group(1));
                newLine = Integer.parseInt(hunk.group(2));
            } else if (line.startsWith("+")) {
                kind = "add";
                newNo = String.valueOf(newLine++);
            } else if (line.startsWith("-")) {
                kind = "del";
                oldNo = String.valueOf(oldLine++);
            } else if (line.startsWith("\\")) {
                kind = "note";
            } else {
                kind = "ctx";
                oldNo = String.valueOf(oldLine++);
                newNo = String.valueOf(newLine++);
            }
            Element row = code.appendElement("span").addClass("dl").addClass("dl-" + kind);
            row.appendElement("span").addClass("ln").attr("aria-hidden", "true").text(oldNo);
            row.appendElement("span").addClass("ln").attr("aria-hidden", "true").text(newNo);
            row.appendElement("span").addClass("tx").text(line.isEmpty() ? " " : line);
            code.appendText("\n");
        }
    }
}
