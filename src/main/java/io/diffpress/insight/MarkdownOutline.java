package io.diffpress.insight;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.HardLineBreak;
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

    /** CommonMark rules (a list may interrupt a paragraph) plus GFM tables; the parser is thread safe. */
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .setFrom(ParserEmulationProfile.COMMONMARK)
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.COLUMN_SPANS, false)
            .toImmutable()).build();

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

    /** A paragraph, or the first paragraph of a list item, with the code spans and bold terms in it. */
    record TextBlock(int section, boolean item, String source, String plain, List<String> code, List<String> terms, int line) {
    }

    record CodeBlock(int section, String language, String content, int line) {

        int lineCount() {
            return content.isEmpty() ? 0 : (int) content.lines().count();
        }
    }

    record LinkTarget(String text, String url) {
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
        Node document = PARSER.parse(body);
        Reader reader = new Reader(offset, body);
        reader.walk(document);
        return new MarkdownOutline(lines, frontMatter, List.copyOf(reader.headings), List.copyOf(reader.tables),
                List.copyOf(reader.blocks), List.copyOf(reader.code), List.copyOf(reader.links));
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
        private final int offset;
        private final List<Title> headings = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<TextBlock> blocks = new ArrayList<>();
        private final List<CodeBlock> code = new ArrayList<>();
        private final List<LinkTarget> links = new ArrayList<>();

        /** Offsets where each line of the parsed body starts: flexmark's own line lookup is slow on long bodies. */
        private final int[] lineStarts;

        Reader(int offset, String body) {
            this.offset = offset;
            int count = 1;
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) == '\n') {
                    count++;
                }
            }
            lineStarts = new int[count];
            for (int i = 0, line = 1; i < body.length(); i++) {
                if (body.charAt(i) == '\n') {
                    lineStarts[line++] = i + 1;
                }
            }
        }

        /** The file line a node starts on. */
        private int line(Node n) {
            int at = java.util.Arrays.binarySearch(lineStarts, n.getStartOffset());
            return (at >= 0 ? at : -at - 2) + offset;
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
            return headings.size();
        }

        private boolean visit(Node n) {
            if (n instanceof Heading h) {
                headings.add(new Title(h.getLevel(), plain(h), line(h)));
                return true;
            }
            if (n instanceof TableBlock t) {
                table(t);
                return true;
            }
            if (n instanceof FencedCodeBlock f) {
                String info = f.getInfo().toString().trim();
                int space = info.indexOf(' ');
                code.add(new CodeBlock(section(), space < 0 ? info : info.substring(0, space), f.getContentChars().toString(),
                        line(f)));
                return false;
            }
            if (n instanceof IndentedCodeBlock c) {
                code.add(new CodeBlock(section(), "", c.getContentChars().toString(), line(c)));
                return false;
            }
            if (n instanceof ListItem item) {
                Node first = item.getFirstChild();
                if (first instanceof Paragraph p) {
                    blocks.add(textBlock(p, true));
                } else if (first == null) {
                    blocks.add(new TextBlock(section(), true, "", "", List.of(), List.of(), line(item)));
                }
                return true;
            }
            if (n instanceof Paragraph p) {
                if (!(p.getParent() instanceof ListItem && p.getPrevious() == null)) {
                    blocks.add(textBlock(p, false));
                }
                return true;
            }
            if (n instanceof Image i) {
                links.add(new LinkTarget(plain(i), i.getUrl().toString()));
            } else if (n instanceof Link l) {
                links.add(new LinkTarget(plain(l), l.getUrl().toString()));
            } else if (n instanceof AutoLink a) {
                links.add(new LinkTarget(a.getText().toString(), a.getUrl().toString()));
            } else if (n instanceof Reference r) {
                links.add(new LinkTarget(r.getReference().toString(), r.getUrl().toString()));
            }
            return true;
        }

        private void table(TableBlock block) {
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
                            plain.add(collapse(plain(cell)));
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
            tables.add(new Table(section(), header, List.copyOf(rows), line(block)));
        }

        private TextBlock textBlock(Paragraph p, boolean item) {
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
            return new TextBlock(section(), item, source, collapse(plain(p)), List.copyOf(codeSpans), List.copyOf(terms),
                    line(p));
        }

        /**
         * The text a reader sees: text runs, code span contents and link or image texts, with
         * line breaks as spaces; HTML and markup left out. Iterative, and cheaper than flexmark's
         * TextCollectingVisitor, which is built anew for every call.
         */
        private static String plain(Node root) {
            StringBuilder text = new StringBuilder();
            Node n = root.getFirstChild();
            while (n != null) {
                boolean descend = true;
                if (n instanceof Text || n instanceof TextBase) {
                    text.append(n.getChars());
                    descend = n instanceof TextBase;
                } else if (n instanceof Code c) {
                    text.append(c.getText());
                    descend = false;
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    text.append(' ');
                } else if (n instanceof HtmlInline || n instanceof HtmlInlineComment) {
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
        StringBuilder out = null;
        boolean space = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            } else if (space) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out == null ? "" : out.toString();
    }
}
