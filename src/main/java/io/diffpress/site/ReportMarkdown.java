package io.diffpress.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares report Markdown in the reference format for flexmark, in one pass that knows
 * where code fences are:
 * <ul>
 *   <li>{@code <summary>Diff</summary>} directly followed by a fence: CommonMark would swallow the fence
 *       into the HTML block (which only ends at a blank line), so a blank line is inserted;</li>
 *   <li>{@code diff} fences, most of a report's bytes, are taken out and replaced by a placeholder
 *       paragraph; {@link DiffHtml} renders them directly, which is much cheaper than parsing them
 *       as Markdown and then as HTML.</li>
 * </ul>
 */
final class ReportMarkdown {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern HTML_OPENER = Pattern.compile("^\\s*</?(details|summary)\\b[^>]*>.*$", Pattern.CASE_INSENSITIVE);

    /** The Markdown to parse, the diff blocks taken out of it, and the token that marks their places. */
    record Prepared(String markdown, List<String> diffs, String token) {

        /** The placeholder of diff block {@code i}. */
        String placeholder(int i) {
            return token + i + "x";
        }
    }

    private ReportMarkdown() {
    }

    /** The longest paragraph flexmark renders in reasonable time: its inline parser copies the rest of a paragraph at each link or entity. */
    static final int MAX_PARAGRAPH = 65_536;

    /**
     * A paragraph too long to render: one run of text lines (no blank line, heading, list item, table row, fence or
     * quote marker between them) of more than {@link #MAX_PARAGRAPH} characters, which took flexmark minutes (time
     * grows with the square of the paragraph's length: an audit's 630 KB paragraph with a link on each line, 29 s).
     *
     * @param line its first line in the body (1-based)
     */
    static final class ParagraphTooLong extends RuntimeException {
        final int line;
        final int length;

        ParagraphTooLong(int line, int length) {
            super("a paragraph of " + length + " characters at line " + line + " of the body");
            this.line = line;
            this.length = length;
        }
    }

    /** Refuses a body with a paragraph too long to render ({@link ParagraphTooLong}); one pass, fences skipped. */
    static void checkParagraphs(String markdown) {
        if (markdown.length() <= MAX_PARAGRAPH) {
            return; // nothing in it can be longer
        }
        String[] lines = markdown.split("\n", -1);
        String openFence = null;
        int start = -1;
        int length = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher fence = mayFence(line) ? FENCE.matcher(line) : null;
            if (openFence != null) {
                if (fence != null && fence.matches() && fence.group(1).charAt(0) == openFence.charAt(0)
                        && fence.group(1).length() >= openFence.length() && fence.group(2).isBlank()) {
                    openFence = null;
                }
                continue;
            }
            if (fence != null && fence.matches()) {
                openFence = fence.group(1);
                start = -1;
                continue;
            }
            String t = line.stripLeading();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("|") || LIST_ITEM.matcher(t).lookingAt()) {
                start = -1; // a block of its own: a heading, a table row, a list item (each item's text is parsed apart)
                if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("|")) {
                    start = i;
                    length = t.length();
                }
                continue;
            }
            if (start < 0) {
                start = i;
                length = 0;
            }
            length += line.length() + 1;
            if (length > MAX_PARAGRAPH) {
                throw new ParagraphTooLong(start + 1, length);
            }
        }
    }

    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*+]|\\d{1,9}[.)])(?:\\s|$)");

    /** Whether a line can be a fence (up to three spaces, then ``` or ~~~): most lines are not, and need no regex. */
    private static boolean mayFence(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return line.startsWith("```", i) || line.startsWith("~~~", i);
    }

    /** @param sha256 the SHA-256 of {@code markdown} in hex */
    static Prepared prepare(String markdown, String sha256) {
        // A token no report can contain: it depends on the whole text, including any attempt to write it.
        String token = "dpdiff" + sha256.substring(0, 16) + "n";
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length() / 2 + 64);
        List<String> diffs = new ArrayList<>();
        String openFence = null;
        StringBuilder diff = null;
        java.util.Set<String> linked = null; // the file anchors links point to, found at the first heading
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (openFence != null) {
                Matcher close = mayFence(line) ? FENCE.matcher(line) : null;
                boolean closes = close != null && close.matches() && close.group(1).charAt(0) == openFence.charAt(0)
                        && close.group(1).length() >= openFence.length() && close.group(2).isBlank();
                if (diff != null) {
                    if (closes) {
                        out.append('\n').append(token).append(diffs.size()).append('x').append("\n\n");
                        diffs.add(diff.toString());
                        diff = null;
                        openFence = null;
                    } else {
                        diff.append(line).append('\n');
                    }
                    continue;
                }
                if (closes) {
                    openFence = null;
                }
                out.append(line);
            } else {
                Matcher open = mayFence(line) ? FENCE.matcher(line) : null;
                if (open != null && open.matches()) {
                    openFence = open.group(1);
                    String info = open.group(2).trim().toLowerCase();
                    if (openFence.charAt(0) == '`' && (info.equals("diff") || info.startsWith("diff "))) {
                        diff = new StringBuilder();
                        continue;
                    }
                    out.append(line);
                } else {
                    if (line.startsWith("##")) {
                        if (linked == null) {
                            linked = linkedAnchors(markdown);
                        }
                        out.append(fileHeading(line, linked));
                    } else if (line.indexOf('|') >= 0 && line.contains("](#item-")) {
                        out.append(fileRow(line));
                    } else if (line.indexOf("]:") >= 0) {
                        out.append(notALinkDefinition(line));
                    } else {
                        out.append(line);
                    }
                    if (line.indexOf('<') >= 0 && HTML_OPENER.matcher(line).matches() && i + 1 < lines.length
                            && mayFence(lines[i + 1]) && FENCE.matcher(lines[i + 1]).matches()) {
                        out.append('\n');
                    }
                }
            }
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        if (diff != null) { // an unclosed fence runs to the end, as in CommonMark
            out.append('\n').append(token).append(diffs.size()).append("x\n");
            diffs.add(diff.toString());
        }
        return new Prepared(out.toString(), diffs, token);
    }

    /** A line that starts like a link reference definition: "[label]:" after up to three spaces; group 1 is the rest. */
    private static final Pattern DEFINITION_START = Pattern.compile("^ {0,3}\\[(?:[^\\]\\\\]|\\\\.)+]:(.*)$");
    /** What CommonMark takes after "[label]:": a destination without spaces (or in angle brackets), then maybe a title. */
    private static final Pattern DEFINITION_REST = Pattern.compile(
            "^[ \t]*(?:<[^<>]*>|[^\\s<]\\S*)(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\\([^()]*\\)))?[ \t]*$|^[ \t]*$");

    /**
     * A line that CommonMark reads as text though it starts like a link definition ("[Note]: The API is deprecated.", a
     * footnote "[^1]: See the pricing page."), kept text: the parser reads spaces in link destinations (for
     * "[guide](my guide.md)"), which made such a line a definition, gone from the page, and its words a link elsewhere.
     */
    static String notALinkDefinition(String line) {
        Matcher m = DEFINITION_START.matcher(line);
        if (!m.matches() || DEFINITION_REST.matcher(m.group(1)).matches()) {
            return line;
        }
        int bracket = line.indexOf('[');
        return line.substring(0, bracket) + "\\" + line.substring(bracket);
    }

    /** The anchors of "(#item-xxxxxx)" links of the text: one pass. */
    private static java.util.Set<String> linkedAnchors(String markdown) {
        java.util.Set<String> anchors = new java.util.HashSet<>();
        for (int at = markdown.indexOf("(#item-"); at >= 0; at = markdown.indexOf("(#item-", at + 1)) {
            if (at + 13 < markdown.length() && markdown.charAt(at + 13) == ')') { // "(#item-" and six hex digits, then ")"
                anchors.add(markdown.substring(at + 2, at + 13));
            }
        }
        return anchors;
    }

    /** A Summary Table row's link to its file: the text before it, the file's name, the rest of the row. */
    private static final Pattern FILE_ROW = Pattern.compile(
            "^(\\s*\\|?\\s*(?:\\*\\*|__)?\\[)(.*?)(]\\(#item-[0-9a-f]{6}(?:\\s+\"[^\"]*\")?\\)(?:\\*\\*|__)?\\s*\\|.*)$");

    /**
     * A Summary Table row with its file's name shown as written, as {@link #fileHeading} shows it in the file's heading:
     * "[__init__.py](#item-…)" had shown a bold "init" (an audit found it). A name that is one code span is left as it is.
     */
    private static String fileRow(String line) {
        Matcher m = FILE_ROW.matcher(line);
        if (!m.matches() || m.group(2).startsWith("`") && m.group(2).endsWith("`")) {
            return line;
        }
        return m.group(1) + io.diffpress.content.Markdown.text(io.diffpress.content.Markdown.unescape(m.group(2))) + m.group(3);
    }

    /**
     * A file's heading with its path shown as written: other tools write the path raw ("## src/__init__.py{#item-…}"),
     * which Markdown would read as emphasis; diffpress escapes it. Either way the path, unescaped, is escaped whole. A
     * heading that is one code span is left as it is. A heading without attributes gets the anchor its path makes
     * when a link of the body points to it ({@code linked}).
     */
    private static String fileHeading(String line, java.util.Set<String> linked) {
        Matcher m = io.diffpress.content.ReportReader.HEADING_ANCHOR.matcher(line);
        if (!m.matches()) {
            // a file's heading without its anchor, which a row of the Summary Table links to: given that anchor
            Matcher plain = linked.isEmpty() ? null : io.diffpress.content.ReportReader.PLAIN_HEADING.matcher(line);
            if (plain != null && plain.matches()) {
                String path = io.diffpress.content.Markdown.unescape(plain.group(1));
                String anchor = io.diffpress.content.ItemAnchor.of(path);
                if (linked.contains(anchor)) {
                    return line.substring(0, plain.start(1)) + io.diffpress.content.Markdown.text(path) + "{#" + anchor + "}";
                }
            }
            return line;
        }
        if (m.group(1).startsWith("`") && m.group(1).strip().endsWith("`")) {
            return line;
        }
        return line.substring(0, m.start(1)) + io.diffpress.content.Markdown.text(io.diffpress.content.Markdown.unescape(m.group(1)))
                + line.substring(m.end(1));
    }
}
