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

    /** The part of lines [from, to), a chunk starting where no block is open; null when a line is outside the subset. */
    static Part read(List<String> lines, int from, int to) {
        Part part = new Part();
        int paragraph = -1;
        int textStart = 0;
        boolean item = false;
        int paragraphEnd = -1;
        char fence = 0;
        int fenceLength = 0;
        int fenceLine = -1;
        String language = "";
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (fence != 0) {
                if (closes(line, fence, fenceLength)) {
                    part.code.add(new CodeBlock(part.headings.size(), language, content(lines, fenceLine + 1, i, true), fenceLine - from, true));
                    fence = 0;
                }
                continue;
            }
            if (onlySpaceAndTab(line)) {
                if (paragraph >= 0) {
                    part.blocks.add(textBlock(lines, paragraph, textStart, paragraphEnd, item, part, from));
                    paragraph = -1;
                }
                continue;
            }
            int indent = 0;
            while (line.charAt(indent) == ' ') {
                indent++;
            }
            char first = line.charAt(indent);
            if (first == '\t') {
                return null;
            }
            if (indent == 0 && (first == '`' || first == '~')) {
                int run = run(line, first);
                if (run < 3 || first == '`' && line.indexOf('`', run) >= 0) {
                    return null;
                }
                String info = line.substring(run).trim();
                if (!plainInfo(info)) {
                    return null;
                }
                if (paragraph >= 0) {
                    part.blocks.add(textBlock(lines, paragraph, textStart, paragraphEnd, item, part, from));
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
                int run = run(line, '#');
                String text = run <= 6 && (run == line.length() || line.charAt(run) == ' ') ? MarkdownChunks.plainHeading(line, run) : null;
                if (text == null) {
                    return null;
                }
                if (paragraph >= 0) {
                    part.blocks.add(textBlock(lines, paragraph, textStart, paragraphEnd, item, part, from));
                    paragraph = -1;
                }
                part.headings.add(new Title(run, text, i - from));
                continue;
            }
            if (indent == 0 && first == '-') {
                if (line.length() < 3 || line.charAt(1) != ' ' || !plainStart(line, 2) || !plainText(line, 2)) {
                    return null;
                }
                if (paragraph >= 0) {
                    part.blocks.add(textBlock(lines, paragraph, textStart, paragraphEnd, item, part, from));
                }
                paragraph = i;
                paragraphEnd = i;
                textStart = 2;
                item = true;
                continue;
            }
            if (!plainStart(line, indent) || !plainText(line, indent) || delimiterRow(line)) {
                return null;
            }
            if (paragraph >= 0) {
                paragraphEnd = i; // a continuation line, lazy or indented
            } else if (indent == 0) {
                paragraph = i;
                paragraphEnd = i;
                textStart = 0;
                item = false;
            } else {
                return null; // indented: code, or more of a list item above
            }
        }
        if (paragraph >= 0) {
            part.blocks.add(textBlock(lines, paragraph, textStart, paragraphEnd, item, part, from));
        }
        if (fence != 0) {
            part.code.add(new CodeBlock(part.headings.size(), language, content(lines, fenceLine + 1, to, false), fenceLine - from, true));
        }
        return part;
    }

    /** The paragraph of lines [first, last], its first line read from textStart; its plain text is its source collapsed. */
    private static TextBlock textBlock(List<String> lines, int first, int textStart, int last, boolean item, Part part, int from) {
        String text;
        if (first == last) {
            text = lines.get(first).substring(textStart);
        } else {
            int size = last - first - textStart;
            for (int i = first; i <= last; i++) {
                size += lines.get(i).length();
            }
            StringBuilder source = new StringBuilder(size).append(lines.get(first).substring(textStart));
            for (int i = first + 1; i <= last; i++) {
                source.append('\n').append(lines.get(i));
            }
            text = source.toString();
        }
        text = text.stripTrailing();
        String plain = MarkdownOutline.collapse(text);
        return new TextBlock(part.headings.size(), item, text, plain, List.of(), List.of(), first - from, plain);
    }

    /** The lines of a code block; a block left open at the end of the file has no newline after its last line. */
    private static String content(List<String> lines, int from, int to, boolean closed) {
        int size = to - from;
        for (int i = from; i < to; i++) {
            size += lines.get(i).length();
        }
        StringBuilder text = new StringBuilder(size);
        for (int i = from; i < to; i++) {
            if (i > from) {
                text.append('\n');
            }
            text.append(lines.get(i));
        }
        if (closed && to > from) {
            text.append('\n');
        }
        return text.toString();
    }

    /** A closing fence: up to 3 spaces, at least as many of the same mark, then only spaces and tabs. */
    private static boolean closes(String line, char fence, int length) {
        int i = 0;
        while (i < line.length() && i < 4 && line.charAt(i) == ' ') {
            i++;
        }
        if (i > 3) {
            return false;
        }
        int run = 0;
        while (i < line.length() && line.charAt(i) == fence) {
            i++;
            run++;
        }
        if (run < length) {
            return false;
        }
        for (; i < line.length(); i++) {
            if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySpaceAndTab(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int run(String line, char c) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == c) {
            i++;
        }
        return i;
    }

    /** A character that starts a paragraph line and no other block: not a list marker "1." or "1)". */
    private static boolean plainStart(String line, int at) {
        char c = line.charAt(at);
        if (c >= '0' && c <= '9') {
            int i = at;
            while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                i++;
            }
            return !(i < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')')
                    && (i + 1 == line.length() || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t'));
        }
        return Character.isLetter(c) || c == '|' || "\"'(),.:;?/%$@^{}".indexOf(c) >= 0;
    }

    /** No character from 'at' on is markup, a tab, a control character or whitespace other than a space. */
    private static boolean plainText(String line, int at) {
        for (int i = at; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x80) {
                if (MARKUP[c]) {
                    return false;
                }
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\ufeff') {
                return false;
            }
        }
        return true;
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
    private static boolean delimiterRow(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
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
