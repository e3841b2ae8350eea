package io.diffpress.content;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which cell of a Summary Table row holds what, from the table's header: other tools write the columns in another
 * order, or leave one out ("| Filename | Type | Title | A | D |"), and a row read by position would then show a count
 * as its status. The cells are counted after the file's own (index 0 is the type in the format's order). A header that
 * names fewer than three of them (another language: its "A" and "D" alone say too little) is read by position, as the format has it.
 */
public final class TableColumns {

    static final int TYPE = 0;
    static final int TITLE = 1;
    static final int STATUS = 2;
    static final int ADDED = 3;
    static final int DELETED = 4;
    /** Where the file's cell is among all the row's cells (0, first, in the format). */
    static final int FILE = 5;

    /** The format's order: the file, then type, title, status, A, D (then M, which is A + D and not read). */
    static final int[] BY_POSITION = {0, 1, 2, 3, 4, 0};

    /** Header words of the file's column. */
    private static final java.util.Set<String> FILE_NAMES = java.util.Set.of("filename", "file", "file name", "path",
            "ファイル名", "ファイル", "文件名", "文件");

    /** Header words, lower case, in the languages reports are written in: English, Japanese, Chinese. */
    private static final Map<String, Integer> NAMES = Map.ofEntries(
            Map.entry("type", TYPE), Map.entry("modification type", TYPE), Map.entry("種類", TYPE), Map.entry("種別", TYPE),
            Map.entry("类型", TYPE),
            Map.entry("title", TITLE), Map.entry("タイトル", TITLE), Map.entry("标题", TITLE),
            Map.entry("status", STATUS), Map.entry("状態", STATUS), Map.entry("ステータス", STATUS), Map.entry("状态", STATUS),
            Map.entry("a", ADDED), Map.entry("added", ADDED), Map.entry("additions", ADDED), Map.entry("+", ADDED),
            Map.entry("追加", ADDED), Map.entry("d", DELETED), Map.entry("deleted", DELETED), Map.entry("deletions", DELETED),
            Map.entry("-", DELETED), Map.entry("削除", DELETED));

    /** A delimiter row: cells of dashes with optional colons ("|---|:--:|"). */
    private static final Pattern DELIMITER = Pattern.compile("\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");

    private TableColumns() {
    }

    /** A delimiter row with a pipe ("---" alone is a thematic break, or a heading's underline). */
    static boolean isDelimiterRow(String line) {
        return line.indexOf('|') >= 0 && DELIMITER.matcher(line).matches();
    }

    /**
     * The columns a header line names, or {@link #BY_POSITION} when it names fewer than three of them. The file's column
     * is the one its header names so ("Status | Filename | …"), else the first.
     */
    static int[] of(String header) {
        String[] cells = cells(header);
        int file = 0;
        for (int i = 0; i < cells.length; i++) {
            if (FILE_NAMES.contains(cells[i].trim().toLowerCase(Locale.ROOT))) {
                file = i;
                break;
            }
        }
        int[] columns = {-1, -1, -1, -1, -1, file};
        int named = 0;
        for (int i = 0, after = 0; i < cells.length; i++) {
            if (i == file) {
                continue;
            }
            Integer what = NAMES.get(cells[i].trim().toLowerCase(Locale.ROOT));
            if (what != null && columns[what] < 0) {
                columns[what] = after;
                named++;
            }
            after++;
        }
        return named >= 3 ? columns : BY_POSITION;
    }

    /** A row's cells, without the pipes around them; "\\|" inside a cell is no separator. */
    private static String[] cells(String row) {
        return row.trim().replaceFirst("^\\|", "").replaceFirst("(?<!\\\\)\\|\\s*$", "").split("(?<!\\\\)\\|", -1);
    }

    /** The row with the file's cell put first, as the format has it ("| [a.md](#item-…) | …"), when it is elsewhere. */
    static String fileFirst(String row, int[] columns) {
        int file = columns[FILE];
        if (file == 0) {
            return row;
        }
        String[] cells = cells(row);
        if (file >= cells.length) {
            return row;
        }
        StringBuilder out = new StringBuilder("|").append(cells[file]).append('|');
        for (int i = 0; i < cells.length; i++) {
            if (i != file) {
                out.append(cells[i]).append('|');
            }
        }
        return out.toString();
    }
}
