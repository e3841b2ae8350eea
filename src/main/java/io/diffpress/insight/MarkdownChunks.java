package io.diffpress.insight;

import java.util.Arrays;
import java.util.List;

/**
 * Cuts a Markdown body into top-level chunks that flexmark parses alone as it does inside the
 * whole file, so that only the chunks a change touches need parsing.
 *
 * <p>A chunk starts at a line that begins at column 0 right after a blank line, outside a fenced
 * code block opened at column 0. There every list item and quote has ended (a list item needs
 * indented lines, a quote ends at a blank line), so only a top-level fence or HTML block could run
 * on. Fences opened at column 0 are tracked here by CommonMark's rules. A line this scan cannot read
 * for certain (a fence indented 1 to 3 spaces, which may or may not belong to a list item; a line
 * starting with {@code <}, which may open an HTML block; odd whitespace) makes its chunk
 * <em>unsure</em>: it is always parsed, and the parse must show that nothing runs on past its end.
 *
 * <p>The scan also finds each chunk's headings, which every reading needs: an ATX heading at column 0
 * outside fences is always a heading. A chunk with any other line that might be a heading (behind a
 * list or quote marker, indented, or a setext underline) is parsed to find them.
 */
final class MarkdownChunks {

    /** Chunk i is lines [starts[i], starts[i + 1]); the last entry is the number of lines. */
    final int[] starts;
    /** Chunks that must be parsed even when unchanged: unsure ones and those with headings the scan cannot read. */
    final boolean[] parse;
    /** Per chunk: 0 not known yet, 1 has a {@code [} or {@code <} (only these can hold links), 2 has neither. */
    private final byte[] links;
    /** ATX headings at column 0, by line; for chunks not marked parse these are all of their headings. */
    final int[] headingLines;
    final int[] headingLevels;
    /** The heading's text when it has no markup (letters, digits, spaces, plain punctuation), else null. */
    final String[] headingTexts;
    private final List<String> lines;
    /** A line with "]:", which may define a link reference that links in any chunk use. */
    final boolean references;

    private MarkdownChunks(int[] starts, boolean[] parse, int[] headingLines, int[] headingLevels,
                           String[] headingTexts, List<String> lines, boolean references) {
        this.starts = starts;
        this.parse = parse;
        this.links = new byte[parse.length];
        this.headingLines = headingLines;
        this.headingLevels = headingLevels;
        this.headingTexts = headingTexts;
        this.lines = lines;
        this.references = references;
    }

    int count() {
        return starts.length - 1;
    }

    /** Whether chunk k has a {@code [} or {@code <}: only such a chunk can hold links. Read when first asked. */
    boolean mayLink(int k) {
        if (links[k] == 0) {
            links[k] = 2;
            for (int i = starts[k]; i < starts[k + 1]; i++) {
                String line = lines.get(i);
                if (line.indexOf('[') >= 0 || line.indexOf('<') >= 0) {
                    links[k] = 1;
                    break;
                }
            }
        }
        return links[k] == 1;
    }

    /** The line of heading i as written. */
    String headingSource(int i) {
        return lines.get(headingLines[i]);
    }

    /** The index of the first heading on or after a line. */
    int firstHeading(int line) {
        int at = Arrays.binarySearch(headingLines, line);
        return at >= 0 ? at : -at - 1;
    }

    /** The chunks of lines [from, lines.size()). */
    static MarkdownChunks scan(List<String> lines, int from) {
        int n = lines.size();
        int[] starts = new int[Math.max(2, n - from + 1)];
        boolean[] parse = new boolean[starts.length];
        int[] hLines = new int[8];
        int[] hLevels = new int[8];
        String[] hTexts = new String[8];
        int headings = 0;
        int chunk = 0;
        starts[0] = from;
        char fence = 0;
        int fenceLength = 0;
        boolean previousBlank = false;
        boolean references = false;
        // after a fence inside a list item, flexmark reads the line that ends the item as a paragraph,
        // even "# Title": that line must stay in the chunk of the fence
        boolean hold = false;
        for (int i = from; i < n; i++) {
            String line = lines.get(i);
            int length = line.length();
            int indent = 0;
            int at = 0;
            while (at < length && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
                indent = line.charAt(at) == '\t' ? indent + 4 - indent % 4 : indent + 1;
                at++;
            }
            boolean blank = at == length;
            boolean afterBlank = previousBlank;
            if (fence == 0 && !blank && afterBlank && at == 0 && i > from) {
                if (hold) {
                    hold = false;
                } else {
                    chunk++;
                    starts[chunk] = i;
                }
            }
            int bracket = line.indexOf(']');
            if (bracket >= 0 && line.indexOf("]:", bracket) >= 0) {
                references = true;
            }
            previousBlank = blank;
            if (blank) {
                continue;
            }
            char first = line.charAt(at);
            if (oddSpace(first)) {
                parse[chunk] = true;
                continue;
            }
            if (first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z') {
                continue; // text: no fence, heading, marker or HTML starts with a letter
            }
            int run = first == '`' || first == '~' || first == '#' ? run(line, at, first) : 1;
            if (fence != 0) {
                if (first == fence && indent <= 3 && run >= fenceLength) {
                    int rest = restKind(line, at + run);
                    if (rest == REST_SPACE) {
                        fence = 0;
                    } else if (rest == REST_ODD) {
                        parse[chunk] = true;
                    }
                }
                continue;
            }
            if ((first == '`' || first == '~') && run >= 3 && indent == 0 && (first == '~' || line.indexOf('`', run) < 0)) {
                fence = first;
                fenceLength = run;
                continue;
            }
            int text = afterMarkers(line);
            if (text > 0 && text + 2 < length && (line.startsWith("```", text) || line.startsWith("~~~", text))
                    || text == 0 && (first == '`' || first == '~') && run >= 3) {
                parse[chunk] = true; // a fence of a list item or quote, or of the page indented: let flexmark tell
                hold = true;
                continue;
            }
            if (first == '<' && indent <= 3) {
                parse[chunk] = true; // an HTML block, which may run past blank lines, or text
                continue;
            }
            if (first == '#' && indent == 0 && run <= 6 && (run == length || line.charAt(run) == ' ' || line.charAt(run) == '\t')) {
                if (headings == hLines.length) {
                    hLines = Arrays.copyOf(hLines, headings * 2);
                    hLevels = Arrays.copyOf(hLevels, headings * 2);
                    hTexts = Arrays.copyOf(hTexts, headings * 2);
                }
                hLines[headings] = i;
                hLevels[headings] = run;
                hTexts[headings] = plainHeading(line, run);
                headings++;
                continue;
            }
            if (!parse[chunk] && (text < length && line.charAt(text) == '#' && text > 0 || !afterBlank && i > from && underline(line))) {
                parse[chunk] = true;
            }
        }
        int count = chunk + 1;
        int[] s = Arrays.copyOf(starts, count + 1);
        s[count] = n;
        return new MarkdownChunks(s, Arrays.copyOf(parse, count), Arrays.copyOf(hLines, headings),
                Arrays.copyOf(hLevels, headings), Arrays.copyOf(hTexts, headings), lines, references);
    }

    private static final int REST_SPACE = 0;
    private static final int REST_TEXT = 1;
    private static final int REST_ODD = 2;

    /** What follows a fence marker: only spaces and tabs, text, or whitespace flexmark may read otherwise. */
    private static int restKind(String line, int from) {
        int kind = REST_SPACE;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            if (!oddSpace(c)) {
                return REST_TEXT;
            }
            kind = REST_ODD;
        }
        return kind;
    }

    /** Whitespace or control characters other than space and tab: their reading as indentation or blank is not settled here. */
    private static boolean oddSpace(char c) {
        if (c > ' ' && c < 0x7f) {
            return false;
        }
        return c < ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u007f' || c == '\ufeff';
    }

    private static int run(String line, int from, char c) {
        int i = from;
        while (i < line.length() && line.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    /** Where the text of a line starts after indentation and list or quote markers. */
    private static int afterMarkers(String line) {
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '>') {
                i++;
            } else if ((c == '-' || c == '+' || c == '*') && (i + 1 == n || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t')) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < n && line.charAt(j) >= '0' && line.charAt(j) <= '9') {
                    j++;
                }
                if (j < n && (line.charAt(j) == '.' || line.charAt(j) == ')')
                        && (j + 1 == n || line.charAt(j + 1) == ' ' || line.charAt(j + 1) == '\t')) {
                    i = j + 1;
                } else {
                    return i;
                }
            } else {
                return i;
            }
        }
        return i;
    }

    /** Only '=' or only '-' once spaces, tabs and quote markers are left out: maybe a setext underline. */
    private static boolean underline(String line) {
        char mark = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '>') {
                continue;
            }
            if (c != '=' && c != '-' || mark != 0 && c != mark) {
                return false;
            }
            mark = c;
        }
        return mark != 0;
    }

    /**
     * The text flexmark gives an ATX heading whose content has no markup: spacing collapsed. Null
     * when any character might be markup (code, emphasis, links, HTML, entities, escapes, a closing
     * '#' sequence) or is not plain.
     */
    static String plainHeading(String line, int hashes) {
        for (int i = hashes; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '\t' || ".,:;'\"?/()-+=%$@^{}|".indexOf(c) >= 0)) {
                return null;
            }
        }
        return MarkdownOutline.collapse(line.substring(hashes));
    }
}
