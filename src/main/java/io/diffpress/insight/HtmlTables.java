package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of an HTML block in Markdown ({@code <table><tr><td>…}), read as rows of cells so that they are
 * compared as Markdown tables are: documentation often writes a table in HTML when its cells need lists or line
 * breaks. Only what a table's rows and cells are is read, not HTML in general: a row is a {@code <tr>}, a cell a
 * {@code <td>} or {@code <th>}; the header is the {@code <thead>} row or a first row of {@code <th>} cells.
 */
final class HtmlTables {

    private HtmlTables() {
    }

    private static final Pattern TABLE_TAG = Pattern.compile("<(/?)table\\b[^<>]*+>?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW = Pattern.compile("<tr\\b[^>]*>(.*?)(?=</tr\\s*>|<tr\\b|</table\\s*>|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<(t[dh])\\b[^>]*>(.*?)(?=</t[dh]\\s*>|<t[dh]\\b|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    // [^<>] and a bounded comment: a tag or comment never closed is looked past only so far (linear in the cell)
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^<>]*+>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    /** Tags after which a reader sees the text apart: a cell's list items or lines are not run together. */
    private static final java.util.Set<String> BREAKING = java.util.Set.of("br", "li", "p", "div", "ul", "ol", "tr", "td",
            "th", "hr", "table", "dd", "dt");

    /** The tables in an HTML block's source, each placed in the given section at the block's line. */
    static List<MarkdownOutline.Table> read(String html, int section, int line) {
        if (!html.stripLeading().startsWith("<") || html.toLowerCase(Locale.ROOT).indexOf("<table") < 0) {
            return List.of();
        }
        List<MarkdownOutline.Table> tables = new ArrayList<>();
        for (String table : outermost(html)) {
            List<String> header = List.of();
            List<MarkdownOutline.Row> rows = new ArrayList<>();
            int headEnd = table.toLowerCase(Locale.ROOT).indexOf("</thead");
            Matcher r = ROW.matcher(table);
            while (r.find()) {
                List<String> cells = new ArrayList<>();
                List<String> plain = new ArrayList<>();
                boolean allHeads = true;
                Matcher c = CELL.matcher(r.group(1));
                while (c.find()) {
                    allHeads &= c.group(1).equalsIgnoreCase("th");
                    cells.add(MarkdownOutline.collapse(c.group(2)));
                    plain.add(cellText(c.group(2)));
                }
                if (cells.isEmpty()) {
                    continue;
                }
                boolean inHead = headEnd >= 0 && r.start() < headEnd;
                if (header.isEmpty() && rows.isEmpty() && (inHead || allHeads)) {
                    header = List.copyOf(plain);
                } else {
                    rows.add(new MarkdownOutline.Row(List.copyOf(cells), List.copyOf(plain), MarkdownOutline.collapse(r.group())));
                }
            }
            if (!header.isEmpty() || !rows.isEmpty()) {
                tables.add(new MarkdownOutline.Table(section, header, List.copyOf(rows), line));
            }
        }
        return tables;
    }

    /**
     * Each outermost table of the block, from its {@code <table>} to its own {@code </table>} (or the block's end),
     * with the tables nested in its cells read as their text: their rows are not the outer table's.
     */
    private static List<String> outermost(String html) {
        List<String> tables = new ArrayList<>();
        Matcher m = TABLE_TAG.matcher(html);
        int depth = 0;
        int start = -1;
        StringBuilder table = new StringBuilder();
        int innerStart = -1;
        int copied = 0;
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            if (!closing) {
                if (depth == 0) {
                    start = m.start();
                    table.setLength(0);
                    copied = start;
                } else if (depth == 1) {
                    innerStart = m.start();
                }
                depth++;
            } else if (depth > 0) {
                depth--;
                if (depth == 1 && innerStart >= 0) {
                    // a nested table: its text, in place of its rows
                    table.append(html, copied, innerStart).append(' ').append(text(html.substring(innerStart, m.end()))).append(' ');
                    copied = m.end();
                    innerStart = -1;
                } else if (depth == 0) {
                    tables.add(table.append(html, copied, m.end()).toString());
                    start = -1;
                }
            }
        }
        if (depth > 0 && start >= 0) {
            // never closed: to the end of the block, a nested table left open read as text
            int end = innerStart >= 0 ? innerStart : html.length();
            table.append(html, copied, end);
            if (innerStart >= 0) {
                table.append(' ').append(text(html.substring(innerStart)));
            }
            tables.add(table.toString());
        }
        return tables;
    }

    /** Whether an HTML block shows text: not a comment, a script, a style or a template a reader never sees. */
    static boolean shown(String html) {
        String start = html.stripLeading().toLowerCase(Locale.ROOT);
        int firstTagEnd = start.indexOf('>');
        String firstTag = firstTagEnd < 0 ? start : start.substring(0, firstTagEnd);
        return !(start.startsWith("<!--") || start.startsWith("<script") || start.startsWith("<style") || start.startsWith("<template")
                || start.startsWith("<noscript") || start.startsWith("<?") || start.startsWith("<!")
                || firstTag.matches("(?s).*\\shidden(?:[\\s=/].*)?") || firstTag.contains("display:none") || firstTag.contains("display: none"));
    }

    /** Whether an inline tag ("<br>", "</li>") shows the text on either side apart. */
    static boolean breaksText(CharSequence tag) {
        Matcher m = TAG.matcher(tag);
        return m.lookingAt() && m.group(2) != null && BREAKING.contains(m.group(2).toLowerCase(Locale.ROOT));
    }

    /** The text a reader sees of HTML: tags left out (those that break a line as a space), entities decoded. */
    static String text(String html) {
        return text(html, ' ');
    }

    /**
     * The text of a table cell: as {@link #text(String)}, the parts a line break or list item sets apart joined by ", "
     * ("East US 2<br>Sweden Central" reads "East US 2, Sweden Central", not "East US 2 Sweden Central").
     */
    static String cellText(String html) {
        return MarkdownOutline.joinCellParts(text(html, MarkdownOutline.CELL_BREAK));
    }

    private static String text(String html, char breakWith) {
        StringBuilder out = new StringBuilder(html.length());
        Matcher m = TAG.matcher(html);
        int at = 0;
        while (at < html.length()) {
            int lt = html.indexOf('<', at);
            if (lt < 0) {
                break;
            }
            out.append(html, at, lt);
            if (html.startsWith("<!--", lt)) {
                // a comment, to its end however long (or to the end of the block when never closed)
                int close = html.indexOf("-->", lt + 4);
                at = close < 0 ? html.length() : close + 3;
                continue;
            }
            if (!m.region(lt, html.length()).lookingAt()) {
                out.append('<');
                at = lt + 1;
                continue;
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            at = m.end();
            if (m.group(1).isEmpty() && (name.equals("script") || name.equals("style") || name.equals("template"))) {
                // what a script, style or template holds is never shown: skipped to its closing tag
                int close = indexOfIgnoringCase(html, "</" + name, at);
                at = close < 0 ? html.length() : close;
                continue;
            }
            if (BREAKING.contains(name)) {
                out.append(breakWith);
            }
        }
        if (at < html.length()) {
            out.append(html, at, html.length());
        }
        return breakWith == ' ' ? MarkdownOutline.collapse(decode(out.toString())) : decode(out.toString());
    }

    /** Where a lower-case ASCII needle starts in the text at or after from, in any case; -1 when it does not. */
    private static int indexOfIgnoringCase(String text, String needle, int from) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> name.startsWith("#") ? codePoint(name) : null;
            };
            if (value != null) {
                out.append(text, at, m.start()).append(value);
                at = m.end();
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    private static String codePoint(String reference) {
        int cp = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X')
                ? Integer.parseInt(reference.substring(2), 16) : Integer.parseInt(reference.substring(1));
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
    }
}
