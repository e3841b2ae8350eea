package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Facts that read better as one, found once a page's comparison is done:
 * <ul>
 * <li>a list made a table, or a table made a list, in one section, holding the same entries (each item starts with a
 * row's first cell: "**Hate and Fairness**: …" and the row "Hate and Fairness"). An audit found such a rewrite told as
 * the items removed (a breaking change: "Removed `West US`, `East US` and 2 more") and a table added. A list or table
 * that only shares some of its entries stays as it was told;</li>
 * <li>a paragraph "reworded" whose only words replaced are an alert's kind ({@link Fact.AlertKindChanged});</li>
 * <li>rows removed from the table of one section and added, by the same name, to the table of another: rows moved
 * ({@link Fact.RowsMoved}), a model from "Current models" to "Retired models", say. An audit found it told as a row
 * removed (breaking) and a row added (a new feature), never linked.</li>
 * </ul>
 */
final class FactRereading {

    private FactRereading() {
    }

    /** A table row as the comparison read it: its table's header and its cells as plain text. */
    record RowAt(List<String> header, List<String> cells) {
    }

    /** Finds a row by version (true: the old one), its section's title and its name. */
    interface Rows {
        java.util.Optional<RowAt> of(boolean old, String section, String name);
    }

    static List<Fact> apply(List<Fact> facts, Rows rows) {
        List<Fact> out = new ArrayList<>(facts);
        for (int i = 0; i < out.size(); i++) {
            Fact f = out.get(i);
            if (f instanceof Fact.TextRewritten r) {
                java.util.Optional<Fact> kind = Fact.AlertKindChanged.of(r);
                if (kind.isPresent() && out.contains(kind.get())) {
                    out.remove(i--); // told already, by the comparison that paired the alert
                } else if (kind.isPresent()) {
                    out.set(i, kind.get());
                }
            } else if (f instanceof Fact.ItemsRemoved removed) {
                for (int j = 0; j < out.size(); j++) {
                    if (out.get(j) instanceof Fact.TableAdded table && table.section().equals(removed.section())
                            && same(removed.items(), table.rows())) {
                        out.set(i, new Fact.ListTableSwapped(removed.section(), true, table.rows().size(), table.columns()));
                        out.remove(j);
                        break;
                    }
                }
            } else if (f instanceof Fact.RowsRemoved removed) {
                for (int j = 0; j < out.size(); j++) {
                    if (out.get(j) instanceof Fact.RowsAdded added && !added.section().equals(removed.section())) {
                        List<String> moved = new ArrayList<>();
                        List<String> stillAdded = new ArrayList<>(added.rows());
                        List<String> stillRemoved = new ArrayList<>();
                        List<Fact> edited = new ArrayList<>();
                        for (String row : removed.rows()) {
                            // the same row: of that name alone in both tables, which have the same columns (an audit found a
                            // "Standard" pricing tier taken for the "Standard" deployment type); its cells edited on the way told
                            java.util.Optional<RowAt> was = rows.of(true, removed.section(), row);
                            java.util.Optional<RowAt> now = rows.of(false, added.section(), row);
                            boolean same = was.isPresent() && now.isPresent() && was.get().header().equals(now.get().header())
                                    && stillAdded.contains(row);
                            if (same) {
                                stillAdded.remove(row);
                                moved.add(row);
                                List<Fact.CellChange> cells = cellChanges(was.get(), now.get());
                                if (!cells.isEmpty()) {
                                    edited.add(new Fact.RowChanged(added.section(), row, cells));
                                }
                            } else {
                                stillRemoved.add(row);
                            }
                        }
                        if (!moved.isEmpty()) {
                            Fact.RowsMoved fact = new Fact.RowsMoved(removed.section(), added.section(), moved, retired(added.section()));
                            // the rows left of either, where they were; the move in the removal's place
                            if (stillAdded.isEmpty()) {
                                out.remove(j);
                            } else {
                                out.set(j, new Fact.RowsAdded(added.section(), stillAdded));
                            }
                            int at = out.indexOf(removed);
                            if (stillRemoved.isEmpty()) {
                                out.set(at, fact);
                            } else {
                                out.set(at, new Fact.RowsRemoved(removed.section(), stillRemoved));
                                out.add(++at, fact);
                            }
                            out.addAll(at + 1, edited);
                            i = -1; // read again from the start: the rows left may have moved elsewhere
                            break;
                        }
                    }
                }
            } else if (f instanceof Fact.TableRemoved table) {
                for (int j = 0; j < out.size(); j++) {
                    if (out.get(j) instanceof Fact.ItemsAdded added && added.section().equals(table.section())
                            && same(added.items(), table.rows())) {
                        out.set(i, new Fact.ListTableSwapped(table.section(), false, table.rows().size(), table.columns()));
                        out.remove(j);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The cells of a row that differ between two readings of it, by column (both tables have the same header). */
    private static List<Fact.CellChange> cellChanges(RowAt was, RowAt now) {
        List<Fact.CellChange> out = new ArrayList<>();
        for (int k = 0; k < Math.max(was.cells().size(), now.cells().size()); k++) {
            String a = k < was.cells().size() ? was.cells().get(k) : "";
            String b = k < now.cells().size() ? now.cells().get(k) : "";
            if (!a.equals(b)) {
                out.add(new Fact.CellChange(k < now.header().size() ? now.header().get(k) : String.valueOf(k + 1), a, b));
            }
        }
        return out;
    }

    /**
     * Words of a heading that names what it lists retired or no longer supported (English, Japanese, Chinese). Not "no
     * longer" alone: "Models no longer in preview" lists models made generally available (an audit).
     */
    private static final List<String> RETIRED = List.of("retire", "deprecat", "legacy", "unsupported", "not supported",
            "no longer supported", "no longer available", "end of life", "end-of-life", "discontinued", "removed", "archived",
            "obsolete", "sunset",
            "廃止", "非推奨", "提供終了", "サポート終了", "レガシー", "弃用", "停用", "退役", "不再支持");

    /** Whether a section's title says its table lists what is retired, deprecated or no longer supported. */
    static boolean retired(String section) {
        String title = section.toLowerCase(Locale.ROOT);
        return RETIRED.stream().anyMatch(title::contains);
    }

    /** Whether the items and the rows are the same entries, one for one: each item starts with its row's first cell. */
    static boolean same(List<String> items, List<String> rows) {
        if (items.isEmpty() || items.size() != rows.size()) {
            return false;
        }
        List<String> left = new ArrayList<>();
        rows.forEach(r -> left.add(plain(r)));
        for (String item : items) {
            String text = plain(item);
            int found = -1;
            for (int k = 0; k < left.size() && found < 0; k++) {
                String row = left.get(k);
                if (!row.isEmpty() && (text.equals(row) || text.startsWith(row) && !Character.isLetterOrDigit(text.charAt(row.length())))) {
                    found = k;
                }
            }
            if (found < 0) {
                return false;
            }
            left.remove(found);
        }
        return true;
    }

    /** A text without its emphasis and code marks, trimmed and in lower case. */
    private static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '*' && c != '_' && c != '`') {
                out.append(c);
            }
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }
}
