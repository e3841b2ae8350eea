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
    private final Lines lines;
    /** A line with "]:", which may define a link reference that links in any chunk use. */
    final boolean references;
    /**
     * The line-read syntax ({@link LearnSyntax}) of the lines this scan read itself: not those it went on from a State
     * over, nor those whose chunks it took from the old scan where both versions have the same lines: those are the old
     * version's lines, in its scan's syntax.
     */
    final LearnSyntax syntax;

    private MarkdownChunks(int[] starts, boolean[] parse, int[] headingLines, int[] headingLevels,
                           String[] headingTexts, Lines lines, boolean references, LearnSyntax syntax) {
        this.starts = starts;
        this.parse = parse;
        this.links = new byte[parse.length];
        this.headingLines = headingLines;
        this.headingLevels = headingLevels;
        this.headingTexts = headingTexts;
        this.lines = lines;
        this.references = references;
        this.syntax = syntax;
    }

    /** Where the last search for ":::" began, and what it found (-1: none after it); chunks are asked in any order. */
    private int directiveFrom = Integer.MAX_VALUE;
    private int directiveAt;

    private boolean directive(int k) {
        if (starts[k] >= starts[k + 1]) {
            return false;
        }
        int s = lines.start(starts[k]);
        // the first ":::" found from an earlier point is the first from here too when it lies here or beyond (or
        // there is none): one search over the page for all its chunks, not one to the page's end for each
        if (directiveFrom > s || directiveAt >= 0 && directiveAt < s) {
            directiveAt = lines.text().indexOf(":::", s);
            directiveFrom = s;
        }
        return directiveAt >= 0 && directiveAt < lines.end(starts[k + 1] - 1);
    }

    int count() {
        return starts.length - 1;
    }

    /**
     * Whether chunk k has a {@code [} or {@code <}, or a Learn directive's {@code :::} (an image's source): only such a chunk
     * can hold links. Read when first asked.
     */
    boolean mayLink(int k) {
        if (links[k] == 0) {
            links[k] = lines.containsAny('[', '<', starts[k], starts[k + 1]) || directive(k) ? (byte) 1 : 2;
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

    /**
     * Where a scan stood before one line: its chunks and headings so far (those of {@link #of}, the
     * finished scan), whether the current chunk was marked for parsing then, and the fence and blank
     * line state. The scan of another version whose lines up to there are the same goes on from it.
     */
    record State(MarkdownChunks of, int from, int line, int chunk, boolean parseChunk, int headings, char fence, int fenceLength,
                 boolean previousBlank, boolean hold) {
    }

    /** The State of this scan before the line {@link #scan(List, int, int, State)} was asked to keep it at, or null. */
    State state;

    /**
     * The scan of the old version, and the stretches of lines both versions have in common (the same lines, kept one for
     * one), in order: stretch k is old lines [stretches[3k], stretches[3k] + stretches[3k + 2]), which are new lines
     * [stretches[3k + 1], stretches[3k + 1] + stretches[3k + 2]).
     */
    record Kept(MarkdownChunks of, int[] stretches) {

        /** The lines both versions end with: old lines [oldLine, n) are new lines [newLine, m). */
        static Kept tail(MarkdownChunks of, int oldLine, int newLine) {
            return new Kept(of, new int[] {oldLine, newLine, Math.max(0, of.lines.size() - oldLine)});
        }

        /** The stretches between the runs of a line diff that fits the two versions. */
        static Kept between(MarkdownChunks of, io.diffpress.history.LineEdits edits) {
            int[] stretches = new int[3 * (edits.runs() + 1)];
            int oldAt = 0;
            int newAt = 0;
            int k = 0;
            for (int r = 0; r <= edits.runs(); r++) {
                int oldEnd = r < edits.runs() ? edits.oldStart(r) : edits.oldLines();
                if (oldEnd > oldAt) {
                    stretches[k++] = oldAt;
                    stretches[k++] = newAt;
                    stretches[k++] = oldEnd - oldAt;
                }
                if (r < edits.runs()) {
                    oldAt = edits.oldStart(r) + edits.oldCount(r);
                    newAt = edits.newStart(r) + edits.newCount(r);
                }
            }
            return new Kept(of, Arrays.copyOf(stretches, k));
        }
    }

    /** The chunks of lines [from, lines.size()), read in place in the text (see Lines). */
    static MarkdownChunks scan(List<String> list, int from) {
        return scan(list, from, -1, null);
    }

    /**
     * As {@link #scan(List, int)}, keeping the State before line stateAt (when it is at least from),
     * and going on from a State of the scan of another version (or from the start, when null) whose
     * lines [0, state.line()) are these lines and which began at the same line.
     */
    static MarkdownChunks scan(List<String> list, int from, int stateAt, State resume) {
        return scan(list, from, stateAt, resume, null);
    }

    /**
     * As {@link #scan(List, int, int, State)}, taking the old version's chunks over in the lines both
     * versions have in common (when kept is not null): where the scan reaches one of the old chunk starts
     * there in the state every chunk start has (outside fences, after a blank line), what follows up to
     * the stretch's end is the same lines read from the same state, so the old scan's chunks and headings
     * that end in the stretch, shifted, are this scan's; it goes on at the start of the last old chunk
     * that starts there (in that state too), or stops when the stretch is the end of both versions. Most
     * of a changed page lies between and after its changes, and is then not read again.
     */
    static MarkdownChunks scan(List<String> list, int from, int stateAt, State resume, Kept kept) {
        Lines lines = Lines.of(list);
        String t = lines.text();
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
        // after a fence inside a list item, flexmark reads the line that ends the item as a paragraph,
        // even "# Title": that line must stay in the chunk of the fence
        boolean hold = false;
        int begin = from;
        if (resume != null && resume.from() == from && resume.line() > from && resume.line() <= n) {
            // the same lines so far: the same chunks, headings and state
            MarkdownChunks o = resume.of();
            chunk = resume.chunk();
            System.arraycopy(o.starts, 0, starts, 0, chunk + 1);
            System.arraycopy(o.parse, 0, parse, 0, chunk);
            parse[chunk] = resume.parseChunk();
            headings = resume.headings();
            int room = Math.max(8, Integer.highestOneBit(Math.max(1, headings)) * 2);
            hLines = Arrays.copyOf(o.headingLines, room);
            hLevels = Arrays.copyOf(o.headingLevels, room);
            hTexts = Arrays.copyOf(o.headingTexts, room);
            fence = resume.fence();
            fenceLength = resume.fenceLength();
            previousBlank = resume.previousBlank();
            hold = resume.hold();
            begin = resume.line();
        }
        State state = null;
        // the old scan whose chunks may be taken over (none when it found a link reference definition, which links of
        // any chunk use), the stretch the scan is in or before, and the old chunk start it may go on from next (the
        // first after the old lines' first start, where no blank line comes before)
        MarkdownChunks old = kept == null || kept.of().references ? null : kept.of();
        int[] stretches = old == null ? new int[0] : kept.stretches();
        int stretch = 0;
        int next = 1;
        // the line from which the old scan's chunks were taken to the end of the page, or -1
        int taken = -1;
        // LearnSyntax of the lines read here, found in this pass rather than in one more over the page
        boolean tabs = false;
        boolean colons = false;
        boolean anchors = false;
        for (int i = begin; i <= n; i++) {
            if (i == stateAt && i >= from) {
                state = new State(null, from, i, chunk, parse[chunk], headings, fence, fenceLength, previousBlank, hold);
            }
            if (i == n) {
                break;
            }
            if (old != null && fence == 0 && previousBlank && !hold && i > from && i > stateAt) {
                while (stretch < stretches.length && stretches[stretch + 1] + stretches[stretch + 2] <= i) {
                    stretch += 3;
                }
                int oldLine = stretch < stretches.length && stretches[stretch + 1] <= i ? i - stretches[stretch + 1] + stretches[stretch] : -1;
                while (oldLine >= 0 && next < old.count() && old.starts[next] < oldLine) {
                    next++;
                }
                if (oldLine >= 0 && next < old.count() && old.starts[next] == oldLine) {
                    // the old scan stood here as this one does, before the same lines: its chunks that end in them are this one's
                    int shift = i - oldLine;
                    int oldEnd = stretches[stretch] + stretches[stretch + 2];
                    boolean toTheEnd = oldEnd == old.lines.size() && stretches[stretch + 1] + stretches[stretch + 2] == n;
                    int last = toTheEnd ? old.count() : next;
                    while (!toTheEnd && last + 1 < old.count() && old.starts[last + 1] < oldEnd) {
                        last++;
                    }
                    if (last > next) {
                        chunk = takeChunks(old, next, last, shift, starts, parse, chunk);
                        int h = old.firstHeading(old.starts[next]);
                        int more = (toTheEnd ? old.headingLines.length : old.firstHeading(old.starts[last])) - h;
                        if (headings + more > hLines.length) {
                            int room = Math.max(headings + more, hLines.length * 2);
                            hLines = Arrays.copyOf(hLines, room);
                            hLevels = Arrays.copyOf(hLevels, room);
                            hTexts = Arrays.copyOf(hTexts, room);
                        }
                        for (int k = 0; k < more; k++) {
                            hLines[headings + k] = old.headingLines[h + k] + shift;
                        }
                        System.arraycopy(old.headingLevels, h, hLevels, headings, more);
                        System.arraycopy(old.headingTexts, h, hTexts, headings, more);
                        headings += more;
                        if (toTheEnd) {
                            taken = i;
                            break;
                        }
                        // the start of the old chunk that runs past the stretch is read here, in the state it had there
                        next = last;
                        i = old.starts[last] + shift - 1;
                        continue;
                    }
                }
            }
            int s = lines.start(i);
            int e = lines.end(i);
            int indent = 0;
            int at = s;
            while (at < e && (t.charAt(at) == ' ' || t.charAt(at) == '\t')) {
                indent = t.charAt(at) == '\t' ? indent + 4 - indent % 4 : indent + 1;
                at++;
            }
            boolean blank = at == e;
            boolean afterBlank = previousBlank;
            if (fence == 0 && !blank && afterBlank && at == s && i > from) {
                if (hold) {
                    hold = false;
                } else {
                    chunk++;
                    starts[chunk] = i;
                }
            }
            previousBlank = blank;
            if (blank) {
                continue;
            }
            char first = t.charAt(at);
            if (first == '#' || first == '<') {
                tabs = tabs || first == '#' && at == s && LearnSyntax.tabHeading(t, at, e);
                anchors = anchors || LearnSyntax.anchor(t, at, e);
            } else if (first == ':') {
                colons |= at + 3 <= e && t.startsWith(":::", at);
            }
            if (oddSpace(first)) {
                parse[chunk] = true;
                continue;
            }
            if (first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z') {
                continue; // text: no fence, heading, marker or HTML starts with a letter
            }
            int run = first == '`' || first == '~' || first == '#' ? run(t, at, e, first) : 1;
            if (fence != 0) {
                if (first == fence && indent <= 3 && run >= fenceLength) {
                    int rest = restKind(t, at + run, e);
                    if (rest == REST_SPACE) {
                        fence = 0;
                    } else if (rest == REST_ODD) {
                        parse[chunk] = true;
                    }
                }
                continue;
            }
            if ((first == '`' || first == '~') && run >= 3 && indent == 0 && (first == '~' || indexOf(t, '`', s + run, e) < 0)) {
                fence = first;
                fenceLength = run;
                continue;
            }
            int text = afterMarkers(t, s, e) - s;
            if (text > 0 && s + text + 2 < e && (t.startsWith("```", s + text) || t.startsWith("~~~", s + text))
                    || text == 0 && (first == '`' || first == '~') && run >= 3) {
                parse[chunk] = true; // a fence of a list item or quote, or of the page indented: let flexmark tell
                hold = true;
                continue;
            }
            if (first == '<' && indent <= 3) {
                parse[chunk] = true; // an HTML block, which may run past blank lines, or text
                continue;
            }
            if (first == '#' && indent == 0 && run <= 6 && (s + run == e || t.charAt(s + run) == ' ' || t.charAt(s + run) == '\t')
                    && TabHeadings.name(t, s, e) == null) { // a tab's heading is no section
                if (headings == hLines.length) {
                    hLines = Arrays.copyOf(hLines, headings * 2);
                    hLevels = Arrays.copyOf(hLevels, headings * 2);
                    hTexts = Arrays.copyOf(hTexts, headings * 2);
                }
                hLines[headings] = i;
                hLevels[headings] = run;
                hTexts[headings] = plainHeading(t, s + run, e);
                headings++;
                continue;
            }
            if (!parse[chunk] && (s + text < e && t.charAt(s + text) == '#' && text > 0 || !afterBlank && i > from && underline(t, s, e))) {
                parse[chunk] = true;
            }
        }
        // "]:" cannot span lines: one search of the text tells whether any line has it; lines taken
        // from the old scan have none, as it found none
        int textFrom = from < n ? lines.start(from) : t.length();
        boolean references = taken < 0 ? t.indexOf("]:", textFrom) >= 0 : hasReference(t, textFrom, lines.start(taken));
        int count = chunk + 1;
        int[] cut = Arrays.copyOf(starts, count + 1);
        cut[count] = n;
        MarkdownChunks chunks = new MarkdownChunks(cut, Arrays.copyOf(parse, count), Arrays.copyOf(hLines, headings),
                Arrays.copyOf(hLevels, headings), Arrays.copyOf(hTexts, headings), lines, references,
                new LearnSyntax(tabs, colons, anchors));
        if (state != null) {
            chunks.state = new State(chunks, state.from(), state.line(), state.chunk(), state.parseChunk(), state.headings(),
                    state.fence(), state.fenceLength(), state.previousBlank(), state.hold());
        }
        return chunks;
    }

    /**
     * Appends the old scan's chunks [k, end), their lines shifted, after chunk last; returns the
     * index of the last chunk.
     */
    private static int takeChunks(MarkdownChunks old, int k, int end, int shift, int[] starts, boolean[] parse, int last) {
        int more = end - k;
        for (int c = 0; c < more; c++) {
            starts[last + 1 + c] = old.starts[k + c] + shift;
            parse[last + 1 + c] = old.parse[k + c];
        }
        return last + more;
    }

    /** Whether "]:" is in t[from, to), looked for from one ']' to the next. */
    private static boolean hasReference(String t, int from, int to) {
        for (int at = t.indexOf(']', from); at >= 0 && at + 1 < to; at = t.indexOf(']', at + 1)) {
            if (t.charAt(at + 1) == ':') {
                return true;
            }
        }
        return false;
    }

    private static final int REST_SPACE = 0;
    private static final int REST_TEXT = 1;
    private static final int REST_ODD = 2;

    /** What follows a fence marker up to e: only spaces and tabs, text, or whitespace flexmark may read otherwise. */
    private static int restKind(String t, int from, int e) {
        int kind = REST_SPACE;
        for (int i = from; i < e; i++) {
            char c = t.charAt(i);
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

    private static int run(String t, int from, int e, char c) {
        int i = from;
        while (i < e && t.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    /** Where c first is in t[from, e), or -1: a search bounded by the line. */
    static int indexOf(String t, char c, int from, int e) {
        for (int i = from; i < e; i++) {
            if (t.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Where the text of the line t[s, e) starts after indentation and list or quote markers. */
    private static int afterMarkers(String t, int s, int e) {
        int i = s;
        while (i < e) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '>') {
                i++;
            } else if ((c == '-' || c == '+' || c == '*') && (i + 1 == e || t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\t')) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < e && t.charAt(j) >= '0' && t.charAt(j) <= '9') {
                    j++;
                }
                if (j < e && (t.charAt(j) == '.' || t.charAt(j) == ')')
                        && (j + 1 == e || t.charAt(j + 1) == ' ' || t.charAt(j + 1) == '\t')) {
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
    private static boolean underline(String t, int s, int e) {
        char mark = 0;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
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
     * The text flexmark gives an ATX heading whose content t[from, to) (after the '#' marks) has no
     * markup: spacing collapsed. Null when any character might be markup (code, emphasis, links,
     * HTML, entities, escapes, a closing '#' sequence) or is not plain.
     */
    static String plainHeading(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '\t' || ".,:;'\"?/()-+=%$@^{}|".indexOf(c) >= 0)) {
                return null;
            }
        }
        return MarkdownOutline.collapse(t.substring(from, to));
    }
}
