package io.diffpress.site;

import java.util.List;
import java.util.Set;

/**
 * The tags a report's raw HTML may keep as HTML ({@link SafeHtml}); any other tag is shown as text. The search prose
 * ({@link ReportProse}) reads the same list, and the content cache is keyed by this class's code, not SafeHtml's.
 */
final class KeptTags {

    static final List<String> NAMES = List.of("details", "summary", "br", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
            "caption");
    private static final Set<String> SET = Set.copyOf(NAMES);

    private KeptTags() {
    }

    /** Whether a tag of this name (any case) is kept as HTML. */
    static boolean contains(String name) {
        return SET.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether {@code text[from, to)} is the name of a kept tag (any case), without copying it. */
    static boolean contains(String text, int from, int to) {
        for (String name : NAMES) {
            if (name.length() == to - from && text.regionMatches(true, from, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }
}
