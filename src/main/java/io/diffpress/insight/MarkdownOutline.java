package io.diffpress.insight;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.ArrayList;
import java.util.List;

/**
 * What a Markdown file is made of, as far as a reader of a changelog cares: front matter,
 * headings (which cut the body into sections), tables, paragraphs and list items, code
 * blocks and link targets. Section 0 is the text before the first heading; section i is
 * the text under heading i-1. Line numbers count from the top of the file, front matter included.
 */
record MarkdownOutline(List<String> lines, FrontMatter frontMatter, List<Title> headings, List<Table> tables,
                       List<TextBlock> blocks, List<CodeBlock> codeBlocks, List<LinkTarget> links) {

    /**
     * CommonMark rules (a list may interrupt a paragraph) plus GFM tables; the parser is thread safe.
     * Built when first asked for (about 50 ms of class loading): most changes are read by
     * {@link SimpleChunk} and {@link MarkdownChunks} alone, and a run whose pages never need
     * flexmark never pays for it.
     */
    private static final class Flexmark {
        static final Parser PARSER = Parser.builder(new MutableDataSet()
                .setFrom(ParserEmulationProfile.COMMONMARK)
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.COLUMN_SPANS, false)
                // a delimiter row of one or two dashes a cell ("|--|--|", "|-|-|"), as GitHub and Learn (Markdig) read it:
                // with flexmark's default of three, an audit found such a table read as a paragraph, a row removed "reworded"
                .set(TablesExtension.MIN_SEPARATOR_DASHES, 1)
                .toImmutable()).build();
    }

    /** flexmark's tree of a text with the outline's options, for tests that check what flexmark itself does. */
    static Node parseTree(String text) {
        return Flexmark.PARSER.parse(text);
    }

    private static final java.util.regex.Pattern INCLUDE_LINE = java.util.regex.Pattern.compile(
            "\\s*\\[!INCLUDE\\s*\\[[^\\]\\n]{0,200}\\]\\([^)\\s]{1,500}\\)\\]\\s*", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether a paragraph's source is nothing but include lines, one include a line (matched line by line: no deep regex). */
    static boolean onlyIncludes(String source) {
        return source.regionMatches(true, 0, "[!INCLUDE", 0, 9) && everyLine(source, INCLUDE_LINE);
    }

    /** Whether every line of a text matches a pattern, each line on its own. */
    static boolean everyLine(String text, java.util.regex.Pattern line) {
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            int to = end < 0 ? text.length() : end;
            if (to - from > 2_500 || !line.matcher(text).region(from, to).matches()) {
                return false;
            }
            if (end < 0) {
                return true;
            }
            from = end + 1;
        }
        return true;
    }

    /** Where a line break or list item sets parts of a table cell apart, before they are joined (see {@link #joinCellParts}). */
    static final char CELL_BREAK = '\uE000';

    /** A cell's text with its parts (set apart by {@link #CELL_BREAK}) spaced as collapse spaces text and joined by ", ". */
    static String joinCellParts(String text) {
        if (text.indexOf(CELL_BREAK) < 0) {
            return collapse(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (String part : text.split(String.valueOf(CELL_BREAK))) {
            String p = collapse(part);
            if (!p.isEmpty()) {
                if (out.length() > 0) {
                    char last = out.charAt(out.length() - 1);
                    out.append(last == ',' || last == ';' || last == ':' ? " " : ", ");
                }
                out.append(p);
            }
        }
        return out.toString();
    }

    record Title(int level, String text, int line) {
    }

    /** A table row: cells as written (spacing collapsed), their plain text, and the source line. */
    record Row(List<String> cells, List<String> plain, String source) {

        /** The row's name: its first non-empty cell as plain text. */
        String name() {
            return plain.stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
        }
    }

    record Table(int section, List<String> header, List<Row> rows, int line) {
    }

    /**
     * A paragraph, or the first paragraph of a list item, with the code spans and bold terms in it;
     * collapsed is the source with spacing collapsed (see {@link #collapse}), which blocks are matched
     * and edits told by (a paragraph without markup has it as its plain text). Equal, hashed and
     * printed as a record of its eight values. Collapsed (and plain, for a paragraph without markup)
     * is made when first asked: most blocks are anchored to their twin by source alone, and never read
     * further.
     */
    static final class TextBlock {
        private final int section;
        private final boolean item;
        private final String source;
        private final List<String> code;
        private final List<String> terms;
        private final int line;
        /** Null until asked, for a paragraph without markup: then it is the collapsed text. */
        private String plain;
        private String collapsed;
        /** Each line of source is spaced as collapse leaves it: source collapsed is its lines joined by spaces. */
        private final boolean linesCollapsed;

        private TextBlock(int section, boolean item, String source, String plain, List<String> code, List<String> terms, int line,
                          String collapsed, boolean linesCollapsed) {
            this.section = section;
            this.item = item;
            this.source = source;
            this.plain = plain;
            this.code = code;
            this.terms = terms;
            this.line = line;
            this.collapsed = collapsed;
            this.linesCollapsed = linesCollapsed;
        }

        TextBlock(int section, boolean item, String source, String plain, List<String> code, List<String> terms, int line,
                  String collapsed) {
            this(section, item, source, plain, code, terms, line, collapsed, false);
        }

        TextBlock(int section, boolean item, String source, String plain, List<String> code, List<String> terms, int line) {
            this(section, item, source, plain, code, terms, line, null, false);
        }

        /**
         * A paragraph without markup, whose plain text is its source collapsed; linesCollapsed when each
         * line is spaced as collapse leaves it (then joining the lines by spaces is enough).
         */
        static TextBlock plainText(int section, boolean item, String source, int line, boolean linesCollapsed) {
            return new TextBlock(section, item, source, null, List.of(), List.of(), line, null, linesCollapsed);
        }

        /** The same block in a file where its section and line numbers start at sectionBase and lineBase. */
        TextBlock moved(int sectionBase, int lineBase) {
            return new TextBlock(section + sectionBase, item, source, plain, code, terms, line + lineBase, collapsed, linesCollapsed);
        }

        int section() {
            return section;
        }

        boolean item() {
            return item;
        }

        String source() {
            return source;
        }

        String plain() {
            if (plain == null) {
                plain = collapsed();
            }
            return plain;
        }

        List<String> code() {
            return code;
        }

        List<String> terms() {
            return terms;
        }

        int line() {
            return line;
        }

        String collapsed() {
            if (collapsed == null) {
                collapsed = linesCollapsed ? source.replace('\n', ' ') : collapse(source);
            }
            return collapsed;
        }

        private List<Object> values() {
            return java.util.Arrays.asList(section, item, source, plain(), code, terms, line, collapsed());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TextBlock b && values().equals(b.values());
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(section, item, source, plain(), code, terms, line, collapsed());
        }

        @Override
        public String toString() {
            return "TextBlock[section=" + section + ", item=" + item + ", source=" + source + ", plain=" + plain() + ", code=" + code
                    + ", terms=" + terms + ", line=" + line + ", collapsed=" + collapsed() + "]";
        }
    }

    /**
     * A code block; with verbatim true its content is the file's lines from the one after line on,
     * as written (a fence at column 0 outside any list or quote), so the line diff says which of
     * them another version kept.
     */
    record CodeBlock(int section, String language, String content, int line, boolean verbatim, int lineCount) {

        /** A block whose lines are counted from its content. */
        CodeBlock(int section, String language, String content, int line, boolean verbatim) {
            this(section, language, content, line, verbatim, countLines(content));
        }

        /** content.lines().count(), counting line feeds when there is no carriage return (the usual case). */
        static int countLines(String content) {
            if (content.isEmpty() || content.indexOf('\r') >= 0) {
                return content.isEmpty() ? 0 : (int) content.lines().count();
            }
            int feeds = 0;
            for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) {
                feeds++;
            }
            return content.charAt(content.length() - 1) == '\n' ? feeds : feeds + 1;
        }
    }

    /**
     * A link, image or reference definition, or one of Learn's embeds: an include ({@code [!INCLUDE [name](path)]}), a
     * code sample ({@code [!code-csharp[name](path)]} or {@code :::code language="csharp" source="path":::}, its language
     * kept) or a video ({@code [!VIDEO url]}).
     */
    record LinkTarget(String text, String url, Kind kind, String language) {

        enum Kind { LINK, IMAGE, INCLUDE, CODE, VIDEO }

        LinkTarget(String text, String url) {
            this(text, url, Kind.LINK, "");
        }

        LinkTarget(String text, String url, boolean include) {
            this(text, url, include ? Kind.INCLUDE : Kind.LINK, "");
        }

        static LinkTarget image(String alt, String url) {
            return new LinkTarget(alt, url, Kind.IMAGE, "");
        }

        boolean include() {
            return kind == Kind.INCLUDE;
        }

        boolean image() {
            return kind == Kind.IMAGE;
        }

        /** A code sample or video: told as what it embeds, not as a link. */
        boolean embed() {
            return kind == Kind.CODE || kind == Kind.VIDEO;
        }
    }

    static MarkdownOutline read(List<String> lines) {
        return read(lines, lines, true);
    }

    /**
     * The outline of lines, parsing only parsed: the same lines with unchanged section bodies
     * blanked (see UnchangedSections). Line numbers are those of lines. With fields false the
     * front matter is located but not parsed (it is the same in the other version).
     */
    static MarkdownOutline read(List<String> lines, List<String> parsed, boolean fields) {
        FrontMatter frontMatter = FrontMatter.read(lines, fields);
        int offset = frontMatter.lines();
        String body = String.join("\n", parsed.subList(offset, parsed.size()));
        Part part = new Part();
        new Reader(body, new int[] {0}, new Part[] {part}).walk(Flexmark.PARSER.parse(body));
        Builder outline = new Builder(lines, frontMatter);
        outline.add(part, offset);
        return outline.build();
    }

    /**
     * What the parse of one part of a text holds: lines count from the part's first line, and
     * sections from its first heading (section 0 is what comes before it).
     */
    static final class Part {
        final List<Title> headings = new ArrayList<>();
        final List<Table> tables = new ArrayList<>();
        final List<TextBlock> blocks = new ArrayList<>();
        final List<CodeBlock> code = new ArrayList<>();
        final List<LinkTarget> links = new ArrayList<>();
    }

    /**
     * Parses a text made of parts that each start where no block is open (see MarkdownChunks),
     * and reads each part; a null part (a separator) is parsed but not read. Null when a block of one
     * part runs on into the next: then the parts were not cut where blocks end.
     *
     * @param partLines the line of text each part starts on, ascending
     */
    static Part[] parse(String text, int[] partLines, Part[] parts) {
        Node document = Flexmark.PARSER.parse(text);
        Reader reader = new Reader(text, partLines, parts);
        if (!reader.cutBetweenBlocks(document)) {
            return null;
        }
        reader.walk(document);
        return parts;
    }

    /** Puts an outline together from parts in file order and the headings of the unparsed text between them. */
    static final class Builder {
        private final List<String> lines;
        private final FrontMatter frontMatter;
        private final List<Title> headings = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<TextBlock> blocks = new ArrayList<>();
        private final List<CodeBlock> code = new ArrayList<>();
        private final List<LinkTarget> links = new ArrayList<>();

        Builder(List<String> lines, FrontMatter frontMatter) {
            this.lines = lines;
            this.frontMatter = frontMatter;
        }

        /** The headings added so far: the section a line after them is in. */
        int sections() {
            return headings.size();
        }

        void heading(int level, String text, int line) {
            headings.add(new Title(level, text, line));
        }

        /** A part whose first line is line first of the file. */
        void add(Part part, int first) {
            int base = headings.size();
            if (first == 0 && base == 0) {
                headings.addAll(part.headings);
                tables.addAll(part.tables);
                blocks.addAll(part.blocks);
                code.addAll(part.code);
            } else {
                for (Title h : part.headings) {
                    headings.add(new Title(h.level(), h.text(), h.line() + first));
                }
                for (Table t : part.tables) {
                    tables.add(new Table(t.section() + base, t.header(), t.rows(), t.line() + first));
                }
                for (TextBlock b : part.blocks) {
                    blocks.add(b.moved(base, first));
                }
                for (CodeBlock c : part.code) {
                    code.add(new CodeBlock(c.section() + base, c.language(), c.content(), c.line() + first, c.verbatim(), c.lineCount()));
                }
            }
            links.addAll(part.links);
        }

        MarkdownOutline build() {
            return new MarkdownOutline(lines, frontMatter, List.copyOf(headings), List.copyOf(tables), List.copyOf(blocks),
                    List.copyOf(code), List.copyOf(links));
        }
    }

    /** The title of section i; "" for the text before the first heading. */
    String sectionTitle(int section) {
        return section == 0 ? "" : headings.get(section - 1).text();
    }

    /** The section that holds a line of the file. */
    int sectionOf(int line) {
        int lo = 0;
        int hi = headings.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (headings.get(mid).line() <= line) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found + 1;
    }

    /** Lines of section i, heading included. */
    int sectionLines(int section) {
        int start = section == 0 ? frontMatter.lines() : headings.get(section - 1).line();
        int end = section < headings.size() ? headings.get(section).line() : lines.size();
        return end - start;
    }

    /** Walks the AST without recursion, so deeply nested input cannot overflow the stack. */
    private static final class Reader {
        private final int[] partLines;
        private final Part[] parts;
        /** The part being read: set by each node visited. */
        private Part part;
        private int partLine;

        /** Offsets where each line of the parsed text starts: flexmark's own line lookup is slow on long texts. */
        private final int[] lineStarts;

        Reader(String body, int[] partLines, Part[] parts) {
            this.partLines = partLines;
            this.parts = parts;
            int count = 1;
            for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
                count++;
            }
            lineStarts = new int[count];
            for (int i = body.indexOf('\n'), line = 1; i >= 0; i = body.indexOf('\n', i + 1)) {
                lineStarts[line++] = i + 1;
            }
        }

        /** The line of the text at an offset. */
        private int textLine(int offset) {
            int at = java.util.Arrays.binarySearch(lineStarts, offset);
            return at >= 0 ? at : -at - 2;
        }

        /** The index of the part holding a line of the text. */
        private int partOf(int textLine) {
            int at = java.util.Arrays.binarySearch(partLines, textLine);
            if (at < 0) {
                return -at - 2;
            }
            while (at + 1 < partLines.length && partLines[at + 1] == textLine) {
                at++; // an empty part: the line belongs to the next one
            }
            return at;
        }

        /** The line a node starts on, counted from its part's first line; selects the node's part. */
        private int line(Node n) {
            int textLine = textLine(n.getStartOffset());
            int k = partOf(textLine);
            part = parts[k];
            return textLine - partLines[k];
        }

        /**
         * Whether every block at the top of the document (and every item of a list there) ends
         * within the part it starts in: a fence or HTML block that runs on into the next part means
         * the parts were not cut where blocks end.
         */
        boolean cutBetweenBlocks(Node document) {
            for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof ListBlock) {
                    for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                        if (!withinPart(item)) {
                            return false;
                        }
                    }
                } else if (!withinPart(n)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether a link is the one of Learn's {@code [!INCLUDE [name](path)]}: the text before it ends "[!INCLUDE". */
        private static boolean isInclude(Link l) {
            if (!(l.getPrevious() instanceof Text t)) {
                return false;
            }
            CharSequence s = t.getChars();
            int end = s.length();
            while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            return end >= 9 && s.subSequence(end - 9, end).toString().equalsIgnoreCase("[!INCLUDE");
        }

        private boolean withinPart(Node n) {
            int k = partOf(textLine(n.getStartOffset()));
            return k + 1 >= partLines.length || partLines[k + 1] >= lineStarts.length
                    || n.getEndOffset() <= lineStarts[partLines[k + 1]];
        }

        void walk(Node root) {
            Node n = root.getFirstChild();
            while (n != null) {
                boolean descend = visit(n);
                if (descend && n.getFirstChild() != null) {
                    n = n.getFirstChild();
                    continue;
                }
                while (n != null && n != root && n.getNext() == null) {
                    n = n.getParent();
                }
                n = n == null || n == root ? null : n.getNext();
            }
        }

        private int section() {
            return part.headings.size();
        }

        private boolean visit(Node n) {
            if (n instanceof Heading h) {
                int line = line(h);
                if (h.getParent() instanceof com.vladsch.flexmark.util.ast.Document && lineStarts[textLine(h.getStartOffset())] == h.getStartOffset()
                        && TabHeadings.name(h.getChars(), 0, h.getChars().length()) != null) {
                    return false; // a tab of a tab group at column 0, as the line scan and TabHeadings read them: no section, no link
                }
                if (part != null) {
                    part.headings.add(new Title(h.getLevel(), plain(h), line));
                }
                return true;
            }
            if (n instanceof TableBlock t) {
                int line = line(t);
                if (part != null) {
                    table(t, line);
                }
                return true;
            }
            if (n instanceof HtmlBlock h) {
                int line = line(h);
                if (part != null) {
                    String html = h.getChars().toString();
                    List<Table> tables = HtmlTables.read(html, section(), line);
                    part.tables.addAll(tables);
                    if (tables.isEmpty() && HtmlTables.shown(html)) {
                        // an HTML block a reader sees ("<div class="alert">Restart the service…</div>"): a block of text
                        String text = HtmlTables.text(html);
                        if (!text.isEmpty()) {
                            part.blocks.add(new TextBlock(section(), false, html.stripTrailing(), text, List.of(), List.of(), line));
                        }
                    }
                }
                return false;
            }
            if (n instanceof FencedCodeBlock f) {
                int line = line(f);
                if (part != null) {
                    String info = f.getInfo().toString().trim();
                    int space = info.indexOf(' ');
                    boolean verbatim = f.getParent() instanceof com.vladsch.flexmark.util.ast.Document
                            && lineStarts[textLine(f.getStartOffset())] == f.getStartOffset();
                    part.code.add(new CodeBlock(section(), space < 0 ? info : info.substring(0, space),
                            f.getContentChars().toString(), line, verbatim));
                }
                return false;
            }
            if (n instanceof IndentedCodeBlock c) {
                int line = line(c);
                if (part != null) {
                    part.code.add(new CodeBlock(section(), "", c.getContentChars().toString(), line, false));
                }
                return false;
            }
            if (n instanceof ListItem item) {
                int line = line(item);
                if (part != null) {
                    Node first = item.getFirstChild();
                    if (first instanceof Paragraph p) {
                        String source = p.getChars().toString(); // copied out of the page once
                        if (!LearnEmbeds.only(source)) {
                            part.blocks.add(textBlock(p, true, line(p))); // an item of only a sample or video is told as one
                        }
                        if (source.contains(":::")) {
                            LearnImages.in(source).forEach(image -> part.links.add(LinkTarget.image(image[0], image[1])));
                        }
                        part.links.addAll(LearnEmbeds.in(source));
                    } else if (first == null) {
                        part.blocks.add(new TextBlock(section(), true, "", "", List.of(), List.of(), line));
                    }
                }
                return true;
            }
            if (n instanceof Paragraph p) {
                int line = line(p);
                if (part != null && !(p.getParent() instanceof ListItem && p.getPrevious() == null)) {
                    TextBlock block = textBlock(p, false, line);
                    // HTML a reader sees nothing of ("<a name="setup"></a>" is a paragraph in CommonMark): no text block;
                    // nor are lines of Learn's includes, told as includes
                    if (!(block.source().startsWith("<") && block.plain().isEmpty()) && !onlyIncludes(block.source())
                            && !LearnImages.only(block.source()) && !LearnConditions.onlyMarkers(block.source())
                            && !LearnEmbeds.only(block.source())) {
                        part.blocks.add(block);
                    }
                    if (block.source().contains(":::")) {
                        LearnImages.in(block.source()).forEach(image -> part.links.add(LinkTarget.image(image[0], image[1])));
                    }
                    part.links.addAll(LearnEmbeds.in(block.source()));
                }
                return true;
            }
            if (n instanceof Image i) {
                line(i);
                if (part != null) {
                    part.links.add(LinkTarget.image(plain(i), i.getUrl().toString()));
                }
            } else if (n instanceof Link l) {
                line(l);
                if (part != null) {
                    String language = LearnEmbeds.codeLanguage(l);
                    part.links.add(language != null ? new LinkTarget(plain(l), l.getUrl().toString(), LinkTarget.Kind.CODE, language)
                            : new LinkTarget(plain(l), l.getUrl().toString(), isInclude(l)));
                }
            } else if (n instanceof AutoLink a) {
                line(a);
                if (part != null) {
                    part.links.add(new LinkTarget(a.getText().toString(), a.getUrl().toString()));
                }
            } else if (n instanceof Reference r) {
                line(r);
                if (part != null) {
                    part.links.add(new LinkTarget(r.getReference().toString(), r.getUrl().toString()));
                }
            }
            return true;
        }

        private void table(TableBlock block, int line) {
            List<String> header = List.of();
            List<Row> rows = new ArrayList<>();
            for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof TableSeparator) {
                    continue; // "|---|:---:|" is layout, not a row
                }
                for (Node r = part.getFirstChild(); r != null; r = r.getNext()) {
                    if (!(r instanceof TableRow row)) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    List<String> plain = new ArrayList<>();
                    for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                        if (c instanceof TableCell cell) {
                            cells.add(collapse(cell.getText().toString()));
                            // a cell holds a '|' escaped with a backslash, in a code span too (GFM): a reader sees the '|' alone
                            plain.add(joinCellParts(plain(cell, CELL_BREAK)).replace("\\|", "|"));
                        }
                    }
                    if (part instanceof TableHead) {
                        if (header.isEmpty()) {
                            header = List.copyOf(plain);
                        }
                    } else {
                        rows.add(new Row(List.copyOf(cells), List.copyOf(plain), row.getChars().toString().strip()));
                    }
                }
            }
            part.tables.add(new Table(section(), header, List.copyOf(rows), line));
        }

        private TextBlock textBlock(Paragraph p, boolean item, int line) {
            List<String> codeSpans = new ArrayList<>();
            List<String> terms = new ArrayList<>();
            Node n = p.getFirstChild();
            while (n != null) {
                if (n instanceof Code c) {
                    codeSpans.add(collapse(c.getText().toString()));
                } else if (n instanceof StrongEmphasis s) {
                    terms.add(collapse(plain(s)));
                }
                if (n.getFirstChild() != null && !(n instanceof Code)) {
                    n = n.getFirstChild();
                    continue;
                }
                while (n != null && n != p && n.getNext() == null) {
                    n = n.getParent();
                }
                n = n == null || n == p ? null : n.getNext();
            }
            String source = p.getChars().toString().stripTrailing();
            return new TextBlock(section(), item, source, collapse(plain(p)), List.copyOf(codeSpans), List.copyOf(terms), line);
        }

        /**
         * The text a reader sees: text runs, code span contents and link or image texts, with
         * line breaks as spaces; HTML and markup left out. Iterative, and cheaper than flexmark's
         * TextCollectingVisitor, which is built anew for every call.
         */
        private static String plain(Node root) {
            return plain(root, ' ');
        }

        /** The text a reader sees of a node; a {@code <br>} or {@code <li>} in it is breakWith. */
        private static String plain(Node root, char breakWith) {
            StringBuilder text = new StringBuilder();
            Node n = root.getFirstChild();
            while (n != null) {
                boolean descend = true;
                if (n instanceof Text || n instanceof TextBase) {
                    // "\|" in a table cell, "\*" in text: a reader sees the character, not the escape
                    CharSequence chars = n.getChars();
                    text.append(n instanceof Text && chars.toString().indexOf('\\') >= 0
                            ? com.vladsch.flexmark.util.sequence.Escaping.unescapeString(chars.toString()) : chars);
                    descend = n instanceof TextBase;
                } else if (n instanceof Code c) {
                    text.append(c.getText());
                    descend = false;
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    text.append(' ');
                } else if (n instanceof HtmlInline || n instanceof HtmlInlineComment) {
                    // "<br>" or "<li>" in a table cell: the words on either side are apart, not one
                    if (n instanceof HtmlInline && HtmlTables.breaksText(n.getChars())) {
                        text.append(breakWith);
                    }
                    descend = false;
                }
                if (descend && n.getFirstChild() != null) {
                    n = n.getFirstChild();
                    continue;
                }
                while (n != null && n != root && n.getNext() == null) {
                    n = n.getParent();
                }
                n = n == null || n == root ? null : n.getNext();
            }
            return collapse(text.toString());
        }
    }

    /** Runs of whitespace as one space, trimmed: what a reader sees of spacing. */
    static String collapse(String text) {
        int shape = shape(text);
        if (shape == COLLAPSED) {
            return text;
        }
        if (shape == LINE_BREAKS) {
            return text.replace('\n', ' ');
        }
        int n = text.length();
        char[] out = new char[n];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (whitespace(c)) {
                space = length > 0;
                continue;
            }
            if (space) {
                out[length++] = ' ';
                space = false;
            }
            out[length++] = c;
        }
        return new String(out, 0, length);
    }

    private static final int COLLAPSED = 0;
    private static final int LINE_BREAKS = 1;
    private static final int OTHER = 2;

    /**
     * COLLAPSED when collapse would return the text unchanged (single spaces between words, nothing
     * at either end); LINE_BREAKS when the only difference is line breaks standing alone between
     * words, where a space goes; else OTHER.
     */
    private static int shape(String text) {
        int n = text.length();
        boolean space = true;
        int shape = COLLAPSED;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n') {
                if (space) {
                    return OTHER;
                }
                space = true;
                if (c == '\n') {
                    shape = LINE_BREAKS;
                }
            } else if (c < 0x80 ? c <= ' ' : Character.isWhitespace(c)) {
                return OTHER;
            } else {
                space = false;
            }
        }
        return space && n > 0 ? OTHER : shape;
    }

    /** Character.isWhitespace, answered without a lookup for the printable ASCII most text is made of. */
    static boolean whitespace(char c) {
        return c > ' ' && c < 0x7f ? false : Character.isWhitespace(c);
    }

    /** Whether two texts collapse to the same text, without building either. */
    static boolean sameCollapsed(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int i = 0;
        int j = 0;
        int n = a.length();
        int m = b.length();
        while (true) {
            while (i < n && whitespace(a.charAt(i))) {
                i++;
            }
            while (j < m && whitespace(b.charAt(j))) {
                j++;
            }
            if (i == n || j == m) {
                return i == n && j == m;
            }
            // compare one word of each: equal characters are both whitespace or neither, so one test tells
            while (i < n && j < m) {
                char x = a.charAt(i);
                char y = b.charAt(j);
                if (x == y ? whitespace(x) : whitespace(x) || whitespace(y)) {
                    break;
                }
                if (x != y) {
                    return false;
                }
                i++;
                j++;
            }
            boolean endA = i == n || whitespace(a.charAt(i));
            boolean endB = j == m || whitespace(b.charAt(j));
            if (endA != endB) {
                return false;
            }
        }
    }
}
