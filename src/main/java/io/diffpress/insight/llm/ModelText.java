package io.diffpress.insight.llm;

import java.util.regex.Pattern;

/**
 * What a language model wrote, checked and made fit to stand in a report's Markdown, which takes it as it is: an
 * explanation is paragraphs and lists, a title one line of text and code spans. An audit found answers that passed a
 * check of line starts and still took the page apart: a fence or heading inside a list item, "- - -", an unclosed
 * inline {@code <details>} that folded the rest of the report away, "{#item-…}" that took a file heading's anchor, a
 * title "<!-- hidden" at the start of the Highlights that hid everything after it.
 */
final class ModelText {

    private ModelText() {
    }

    /**
     * A line that begins a block that changes the report around the text: a heading, a code fence, an HTML block, a
     * setext underline, a thematic break, a link reference definition (which vanishes from the page).
     */
    private static final Pattern BLOCK = Pattern.compile(
            "^[ \t]*(#{1,6}([ \t]|$)|```|~~~|<[A-Za-z/!?]|=+[ \t]*$|-+[ \t]*$|(?:[-*_][ \t]*){3,}$|\\[[^\\]]+\\]:)");
    /**
     * A list item's or block quote's marker at a line's start, inside which a line is read as a line of its own: a list
     * marker takes a space after it, a quote's '>' none (">```" opens a fence in a quote).
     */
    private static final Pattern CONTAINER = Pattern.compile("^[ \t]*(?:(?:[-*+]|\\d{1,9}[.)])(?:[ \t]+|$)|>[ \t]?)");
    /** Inline HTML and attribute syntax ("{#id}", "{.class}", "{key=value}"), outside code spans. */
    private static final Pattern INLINE = Pattern.compile("<[A-Za-z/!?]|\\{[ \t]*[#.:]|\\{[ \t]*[A-Za-z_-]+[ \t]*=");
    /** What would make a title's line start a block: a list marker, a quote, a heading, a fence, a table row. */
    private static final Pattern TITLE_START = Pattern.compile("^(?:[-*+>#=~|]|\\d{1,9}[.)](?:[ \t]|$))");

    /**
     * Characters a model's text must not hold (an audit): marks that reorder the text around them (U+202A–U+202E,
     * U+2066–U+2069), line and paragraph separators and a carriage return (written raw into the report's Markdown),
     * and an image from the web, which a page would fetch from a server of the model's choosing (a tracking pixel).
     */
    private static final Pattern FORBIDDEN = Pattern.compile("[\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029\\r]|!\\[[^\\]]*\\]\\(\\s*<?\\s*(?i:https?:|//)");
    /** A link reference definition's label, which may run over lines ("[foo\nbar]: url"), at a line's start. */
    private static final Pattern DEFINITION = Pattern.compile("(?m)^[ \\t]{0,3}\\[[^\\]]+\\]:");

    /** Whether an explanation is paragraphs and lists of text: no line of it, at any depth of lists and quotes, starts a {@link #BLOCK}. */
    static boolean isProse(String explanation) {
        if (FORBIDDEN.matcher(explanation).find() || DEFINITION.matcher(explanation).find()) {
            return false;
        }
        for (String line : explanation.split("\r\n|[\r\n\u2028\u2029\u0085]", -1)) {
            String rest = line;
            while (true) {
                if (BLOCK.matcher(rest).find()) {
                    return false;
                }
                java.util.regex.Matcher marker = CONTAINER.matcher(rest);
                if (!marker.find() || marker.end() == 0) {
                    break;
                }
                rest = rest.substring(marker.end());
            }
        }
        return !INLINE.matcher(io.diffpress.content.Markdown.blankCodeSpans(explanation)).find();
    }

    /** Whether a title is one line of text and code spans that starts no block where it stands at a line's start. */
    static boolean isTitle(String title) {
        // an odd number of backticks leaves a code span open, which then swallows the Highlights sentence around it
        long ticks = title.chars().filter(c -> c == '`').count();
        return ticks % 2 == 0 && !FORBIDDEN.matcher(title).find() && !TITLE_START.matcher(title).find() && !INLINE.matcher(io.diffpress.content.Markdown.blankCodeSpans(title)).find() && !title.contains("\\|");
    }
}
