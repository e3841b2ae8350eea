package io.diffpress.content;

/**
 * One row of a report's Summary Table, from our own front matter or parsed from the table.
 *
 * @param path      the file's path (from the front matter or the heading of its section)
 * @param oldPath   the path before a rename, or ""
 * @param status    added, modified, removed, renamed, ...
 * @param type      the modification type word ("minor update")
 * @param title     the modification title
 * @param additions A, or -1 when unknown or binary
 * @param deletions D, or -1 when unknown or binary
 * @param anchor    the heading id of the file's section in the report ("item-03fc2e")
 */
public record ReportFile(String path, String oldPath, String status, String type, String title,
                         int additions, int deletions, String anchor) {
}
