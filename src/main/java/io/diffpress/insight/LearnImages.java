package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Microsoft Learn's image directive, {@code :::image type="content" source="media/x.png" alt-text="Screenshot of …":::}:
 * an image, not a paragraph. The outline takes its source as an image's target (so a new source is told as a link
 * retargeted, added or removed) and leaves a paragraph of nothing but such directives out of its text blocks; a change of
 * alt text under the same source in the same section is told as an image's alt text changed.
 */
final class LearnImages {

    private static final Pattern DIRECTIVE = Pattern.compile(":::image(?:\\s[^\\n]{0,2000}?)?:::", Pattern.CASE_INSENSITIVE);
    /** A line of one image directive (a line of several is read as text, as is a longer one). */
    private static final Pattern LINE = Pattern.compile("\\s*:::image(?:\\s[^\\n]{0,2000}?)?:::\\s*", Pattern.CASE_INSENSITIVE);

    private LearnImages() {
    }

    /** An image directive: its source, its alt text ("" without one) and the section of the page it is in. */
    record Directive(int section, String source, String alt) {
    }

    /** Whether a paragraph's source is only image directives. */
    static boolean only(String source) {
        return startsWithColons(source) && MarkdownOutline.everyLine(source, LINE);
    }

    /** Whether a text's first character after spaces and line breaks starts ":::" (read without copying the text). */
    static boolean startsWithColons(String source) {
        int at = 0;
        while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
            at++;
        }
        return source.startsWith(":::", at);
    }

    /** The images a paragraph's source holds: alt text and source of each (a directive without a source is none). */
    static List<String[]> in(CharSequence text) {
        List<String[]> out = new ArrayList<>();
        Matcher m = DIRECTIVE.matcher(text);
        while (m.find()) {
            String d = m.group();
            String source = attribute(d, "source");
            if (!source.isEmpty()) {
                out.add(new String[]{attribute(d, "alt-text"), source});
            }
        }
        return out;
    }

    /** The directives of a page, in order, outside fenced code blocks; read only when a line starts with ":::". */
    static List<Directive> of(MarkdownOutline outline) {
        List<Directive> out = new ArrayList<>();
        List<String> lines = outline.lines();
        boolean[] fenced = CodeFences.of(lines, outline.frontMatter().lines());
        for (int i = outline.frontMatter().lines(); i < lines.size(); i++) {
            String line = lines.get(i);
            if (!fenced[i] && line.regionMatches(true, CodeFences.textStart(line), ":::image", 0, 8)) {
                for (String[] image : in(line)) {
                    out.add(new Directive(outline.sectionOf(i), image[1], image[0]));
                }
            }
        }
        return out;
    }

    /** An attribute of a directive, in double or single quotes; "" when absent. */
    static String attribute(String directive, String name) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE).matcher(directive);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)).strip() : "";
    }
}
