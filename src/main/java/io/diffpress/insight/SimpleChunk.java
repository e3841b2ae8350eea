package io.diffpress.insight;

import io.diffpress.insight.MarkdownOutline.CodeBlock;
import io.diffpress.insight.MarkdownOutline.Part;
import io.diffpress.insight.MarkdownOutline.TextBlock;
import io.diffpress.insight.MarkdownOutline.Title;

import java.util.List;

/**
 * Reads a chunk (see {@link MarkdownChunks}) of plain prose without flexmark, when every line is
 * one flexmark reads in only one way: blank lines, ATX headings at column 0, paragraphs, "- " list
 * items of one paragraph, and fenced code blocks opened at column 0. Text must hold no markup at all
 * (no code spans, emphasis, links, HTML, entities or escapes) and no line may look like a table's
 * delimiter row, so a paragraph is its source and its plain text is that source with spacing
 * collapsed. Anything else makes the reading give up, and flexmark reads the chunk. A property
 * test checks that the parts are those flexmark gives.
 */
final class SimpleChunk {

    private SimpleChunk() {
    }

    /**
     * The part of lines [from, to), a chunk starting where no block is open; null when a line is
     * outside the subset. Lines are read in place in their text (see Lines).
     */
    static Part read(List<String> list, int from, int to) {
        Lines lines = Lines.of(list);
        String t = lines.text();
        Part part = new Part();
        int paragraph = -1;
        int textStart = 0;
        boolean item = false;
        // whether the paragraph's lines are spaced as collapse() leaves them: then it need not read them again
        boolean collapsed = false;
        int paragraphEnd = -1;
        char fence = 0;
        int fenceLength = 0;
        int fenceLine = -1;
        String language = "";
        for (int i = from; i < to; i++) {
            int s = lines.start(i);
            int e = lines.end(i);
            if (fence != 0) {
                if (closes(t, s, e, fence, fenceLength)) {
                    part.code.add(new CodeBlock(part.headings.size(), language, content(lines, fenceLine + 1, i, true), fenceLine - from, true,
                            i - fenceLine - 1));
                    fence = 0;
                }
                continue;
            }
            if (onlySpaceAndTab(t, s, e)) {
                if (paragraph >= 0) {
                    part.blocks.add(textBlock(lines, paragraph, textStart, paragraphEnd, item, collapsed, part, from));
                    paragraph = -1;
                }
                continue;
            }
            int indent = 0;
            while (t.charAt(s + indent) == ' ') {
                indent++;
            }
            char first = t.charAt(s + indent);
            if (first == '\t') {
                return null;
            }
            if (indent == 0 && (first == '`' || first == '~')) {
                int run = run(t, s, e, first);
                if (run < 3 || first == '`' && MarkdownChunks.indexOf(t, '`', s + run, e) >= 0) {
                    return null;
                }
                String info = t.substring(s + run, e).trim();
                if (!plainInfo(info)) {
                    return null;
                }
                if (paragraph >= 0) {
                    part.blocks.add(textBlock(lines, paragraph, textStart, paragraphEnd, item, collapsed, part, from));
                    paragraph = -1;
                }
                int space = info.indexOf(' ');
                language = space < 0 ? info : info.substring(0, space);
                fence = first;
                fenceLength = run;
                fenceLine = i;
                continue;
            }
            if (indent == 0 && first == '#') {
                if (TabHeadings.name(t, s, e) != null) {
                    return null; // a tab's heading: flexmark's reading leaves it out of the outline
                }
                int run = run(t, s, e, '#');
                String text = run <= 6 && (s + run == e || t.charAt(s + run) == ' ') ? MarkdownChunks.plainHeading(t, s + run, e) : null;
                if (text == null) {
                    return null;
                }
                if (paragraph >= 0) {
                    part.blocks.add(textBlock(lines, paragraph, textStart, paragraphEnd, item, collapsed, part, from));
                    paragraph = -1;
                }
                part.headings.add(new Title(run, text, i - from));
                continue;
            }
            if (indent == 0 && first == '-') {
                int plain = e - s < 3 || t.charAt(s + 1) != ' ' || !plainStart(t, s + 2, e) ? NOT_PLAIN : plainText(t, s + 2, e);
                if (plain == NOT_PLAIN || delimiterRow(t, s + 2, e)) {
                    return null; // (an item of "|---|---|" holds a table to flexmark)
                }
                if (paragraph >= 0) {
                    part.blocks.add(textBlock(lines, paragraph, textStart, paragraphEnd, item, collapsed, part, from));
                }
                paragraph = i;
                paragraphEnd = i;
                textStart = 2;
                item = true;
                collapsed = plain == COLLAPSED;
                continue;
            }
            int plain = plainStart(t, s + indent, e) ? plainText(t, s + indent, e) : NOT_PLAIN;
            if (plain == NOT_PLAIN || delimiterRow(t, s, e)) {
                return null;
            }
            if (paragraph >= 0) {
                paragraphEnd = i; // a continuation line, lazy or indented
                collapsed &= indent == 0 && plain == COLLAPSED;
            } else if (indent == 0) {
                paragraph = i;
                paragraphEnd = i;
                textStart = 0;
                item = false;
                collapsed = plain == COLLAPSED;
            } else {
                return null; // indented: code, or more of a list item above
            }
        }
        if (paragraph >= 0) {
            part.blocks.add(textBlock(lines, paragraph, textStart, paragraphEnd, item, collapsed, part, from));
        }
        if (fence != 0) {
            part.code.add(new CodeBlock(part.headings.size(), language, content(lines, fenceLine + 1, to, false), fenceLine - from, true,
                    openLines(lines, fenceLine + 1, to)));
        }
        return part;
    }

    /**
     * The paragraph of lines [first, last], its first line read from textStart: its source is one
     * piece of the text (lines are joined by line feeds there), its plain text that source collapsed.
     */
    private static TextBlock textBlock(Lines lines, int first, int textStart, int last, boolean item, boolean collapsed, Part part,
                                       int from) {
        String text = lines.text().substring(lines.start(first) + textStart, lines.end(last)).stripTrailing();
        // lines without a space at either end or two in a row, joined by line feeds: what collapse() gives, once joined by spaces
        return TextBlock.plainText(part.headings.size(), item, text, first - from, collapsed);
    }

    /**
     * How many lines content(lines, from, to, false) has as String.lines() counts them: without the
     * line feed after the last line, a last line that is empty is no line.
     */
    private static int openLines(Lines lines, int from, int to) {
        return to <= from ? 0 : lines.length(to - 1) == 0 ? to - from - 1 : to - from;
    }

    /** The lines of a code block, one piece of the text; a block left open at the end of the file has no line feed after its last line. */
    private static String content(Lines lines, int from, int to, boolean closed) {
        if (to <= from) {
            return "";
        }
        return lines.text().substring(lines.start(from), closed ? lines.end(to - 1) + 1 : lines.end(to - 1));
    }

    /** A closing fence: up to 3 spaces, at least as many of the same mark, then only spaces and tabs. */
    private static boolean closes(String t, int s, int e, char fence, int length) {
        int i = s;
        while (i < e && i < s + 4 && t.charAt(i) == ' ') {
            i++;
        }
        if (i > s + 3) {
            return false;
        }
        int run = 0;
        while (i < e && t.charAt(i) == fence) {
            i++;
            run++;
        }
        if (run < length) {
            return false;
        }
        for (; i < e; i++) {
            if (t.charAt(i) != ' ' && t.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySpaceAndTab(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (t.charAt(i) != ' ' && t.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int run(String t, int s, int e, char c) {
        int i = s;
        while (i < e && t.charAt(i) == c) {
            i++;
        }
        return i - s;
    }

    /** A character that starts a paragraph line and no other block: not a list marker "1." or "1)". */
    private static boolean plainStart(String t, int at, int e) {
        char c = t.charAt(at);
        if (c >= '0' && c <= '9') {
            int i = at;
            while (i < e && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            return !(i < e && (t.charAt(i) == '.' || t.charAt(i) == ')')
                    && (i + 1 == e || t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\t'));
        }
        return Character.isLetter(c) || c == '|' || "\"'(),.:;?/%$@^{}".indexOf(c) >= 0;
    }

    private static final int NOT_PLAIN = 0;
    private static final int PLAIN = 1;
    private static final int COLLAPSED = 2;

    /**
     * NOT_PLAIN when a character of t[at, e) is markup, a tab, a control character or whitespace other
     * than a space; else COLLAPSED when no space is at either end or next to another (the line is
     * spaced as collapse() leaves it), else PLAIN.
     */
    private static int plainText(String t, int at, int e) {
        boolean space = true; // a space at the start is not collapsed
        boolean collapsed = true;
        for (int i = at; i < e; i++) {
            char c = t.charAt(i);
            if (c < 0x80) {
                if (MARKUP[c] || c == ':' && i + 2 < e && t.charAt(i + 1) == ':' && t.charAt(i + 2) == ':') {
                    return NOT_PLAIN; // (":::" is a Learn directive, an image anywhere on the line: flexmark's paragraph tells)
                }
                if (c == ' ') {
                    collapsed &= !space;
                    space = true;
                    continue;
                }
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\ufeff') {
                return NOT_PLAIN;
            }
            space = false;
        }
        return collapsed && !space ? COLLAPSED : PLAIN;
    }

    /** ASCII that plain text may not hold: control characters and the marks of code, emphasis, links, HTML, entities, escapes. */
    private static final boolean[] MARKUP = new boolean[0x80];

    static {
        for (char c = 0; c < ' '; c++) {
            MARKUP[c] = true;
        }
        for (char c : "\u007f\\`*_[]<>&!".toCharArray()) {
            MARKUP[c] = true;
        }
    }


    /** Only pipes, dashes, colons and spaces: it may be a table's delimiter row, which turns the paragraph into a table. */
    private static boolean delimiterRow(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c != '|' && c != '-' && c != ':' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /** An info string of letters, digits, spaces and "-_+.#/": read as written. */
    private static boolean plainInfo(String info) {
        for (int i = 0; i < info.length(); i++) {
            char c = info.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 0x80 || " -_+.#/".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
