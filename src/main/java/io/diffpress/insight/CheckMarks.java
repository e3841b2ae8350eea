package io.diffpress.insight;

import java.util.Set;

/**
 * Check marks in table cells, as availability and feature tables write them: ✅ for yes, ❌ for no. Only marks
 * count (not the words yes and no, which may answer any question: "Requires approval"); a dash or an empty cell
 * counts as no beside a mark on the other side of a change.
 */
final class CheckMarks {

    private static final Set<String> YES = Set.of("✅", "✔", "✔️", "✓", "☑", "☑️", "🟢", ":white_check_mark:", ":heavy_check_mark:");
    private static final Set<String> NO = Set.of("❌", "✖", "✖️", "✗", "✘", "❎", "⛔", "🚫", "🔴", ":x:", ":heavy_multiplication_x:");
    private static final Set<String> BLANK_NO = Set.of("", "-", "–", "—", "N/A", "n/a");

    private CheckMarks() {
    }

    /**
     * Whether a cell's text is a checked (true) or cleared (false) mark, or null when it is no mark; a dash or an
     * empty cell is a cleared one when the other side of the change is a mark.
     */
    static Boolean checked(String cell, String otherSide) {
        String t = cell.strip();
        if (YES.contains(t)) {
            return true;
        }
        if (NO.contains(t)) {
            return false;
        }
        String o = otherSide.strip();
        return BLANK_NO.contains(t) && (YES.contains(o) || NO.contains(o)) ? Boolean.FALSE : null;
    }
}
