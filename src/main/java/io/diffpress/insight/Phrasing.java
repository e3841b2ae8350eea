package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;

/** Turns names and counts from the diff into pieces of a sentence in one locale. */
final class Phrasing {

    /** Names listed in one sentence before "and N more". */
    static final int MAX_NAMES = 6;

    private final Messages messages;

    Phrasing(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String count(String key, int n, Object... args) {
        return messages.count(key, n, args);
    }

    /** A name from the diff as a code span. */
    String code(String name) {
        return InlineCode.wrap(name);
    }

    /** A section title as a phrase: "section `Title`", or "the top of the file" before any heading. */
    String section(String title) {
        return title.isEmpty() ? get("section.top") : get("section.named", code(title));
    }

    /** Up to {@link #MAX_NAMES} names as code spans, then "and N more". */
    String names(List<String> names) {
        return names(names, MAX_NAMES);
    }

    String names(List<String> names, int max) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < names.size() && i < max; i++) {
            shown.add(code(names.get(i)));
        }
        if (names.size() > max) {
            shown.add(count("list.more", names.size() - max, names.size() - max));
        }
        return messages.join(shown);
    }
}
