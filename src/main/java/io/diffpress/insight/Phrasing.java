package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;

/** Turns names and counts from the diff into pieces of a sentence in one locale. */
final class Phrasing {

    /** Names listed in one sentence before "and N more". */
    static final int MAX_NAMES = 6;
    /** Characters of one name in a title. */
    static final int BRIEF_CHARS = 32;

    private final Messages messages;
    private final int briefNames;

    Phrasing(Messages messages) {
        this(messages, 2);
    }

    private Phrasing(Messages messages, int briefNames) {
        this.messages = messages;
        this.briefNames = briefNames;
    }

    /** The same phrasing naming only the first name in titles, for when two make a title too long. */
    Phrasing terser() {
        return new Phrasing(messages, 1);
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
        return name.equals(HunkText.UNSEEN) ? get("section.unseen.name") : InlineCode.wrap(name);
    }

    /** An old and a new value as code spans that show where they differ (see {@link InlineCode#wrapPair}). */
    String[] changed(String before, String after) {
        return InlineCode.wrapPair(before, after);
    }

    /**
     * A section title as a phrase: "section `Title`", "the top of the file" before any heading, or a part the diff
     * does not show ({@link HunkText#UNSEEN}).
     */
    String section(String title) {
        return title.isEmpty() ? get("section.top") : title.equals(HunkText.UNSEEN) ? get("section.unseen")
                : get("section.named", code(title));
    }

    /** Up to {@link #MAX_NAMES} names as code spans, then "and N more". */
    String names(List<String> names) {
        return names(names, MAX_NAMES);
    }

    /**
     * A data key or field as a code span; a long one cut at its start, so that what names the changed element and its
     * leaf stay: "…links[url=quickstarts/playground.md].url", from the list that holds the element when that fits.
     */
    String key(String key) {
        return key(key, InlineCode.MAX_CHARS);
    }

    /** {@link #key(String)} cut short for titles: a key's leaf says more than its first parts. */
    String briefKey(String key) {
        return key(key, BRIEF_CHARS);
    }

    private String key(String key, int max) {
        String k = InlineCode.flatten(shownKey(key));
        if (k.length() <= max) {
            return code(k);
        }
        int element = k.lastIndexOf('[');
        int from = element < 0 ? -1 : Math.max(k.lastIndexOf('.', element) + 1, k.lastIndexOf(']', element) + 1);
        if (from < 0 || k.length() - from > max - 1) {
            from = k.length() - (max - 1);
            if (element < 0) {
                // no element named: from the first whole name after which the rest fits, which the leaf does if it can
                for (int dot = k.indexOf('.'); dot >= 0; dot = k.indexOf('.', dot + 1)) {
                    if (k.length() - (dot + 1) <= max - 1) {
                        from = dot + 1;
                        break;
                    }
                }
            }
        }
        return code("…" + k.substring(from));
    }

    /**
     * A key as a reader sees it: an element's name keeps the brackets its file has ("[parameters('name')]"), which the
     * key escapes only to be read back (a backslash before each showed in the report, an audit).
     */
    static String shownKey(String key) {
        if (key.indexOf('\\') < 0) {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\' && i + 1 < key.length() && "[]\\".indexOf(key.charAt(i + 1)) >= 0) {
                c = key.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A table column by its name, as a code span; one whose header the diff does not show by its number. */
    String column(String name) {
        return name.startsWith(HunkText.UNSEEN_COLUMN) ? get("word.columnNumber", name.substring(HunkText.UNSEEN_COLUMN.length()))
                : code(name);
    }

    /** {@link #column} for titles. */
    String briefColumn(String name) {
        return name.startsWith(HunkText.UNSEEN_COLUMN) ? column(name) : brief(name);
    }

    /**
     * One name cut short, as a code span: for titles. A path or URL (a '/' and no space) keeps its end, from a '/' where
     * one is near: its file says more than its first folders (`/articles/openai/how-to/quotas.…` had hidden which page a
     * redirect is for, an audit).
     */
    String brief(String name) {
        String n = InlineCode.flatten(name);
        if (n.length() <= BRIEF_CHARS) {
            return code(n);
        }
        if (n.indexOf('/') >= 0 && n.indexOf(' ') < 0) {
            int from = n.length() - (BRIEF_CHARS - 1);
            int slash = n.indexOf('/', from);
            return code("…" + n.substring(slash >= 0 && slash < n.length() - 1 ? slash : from));
        }
        // at a space in its second half, where there is one: "build from nothing, three…", not "three round…"
        int space = n.lastIndexOf(' ', BRIEF_CHARS - 1);
        return code((space >= BRIEF_CHARS / 2 ? n.substring(0, space).stripTrailing() : n.substring(0, BRIEF_CHARS - 1)) + "…");
    }

    /** The first one or two names, each cut short: for titles, which must stay one short line. */
    String brief(List<String> names) {
        return briefList(names, this::brief);
    }

    /** {@link #brief(List)} of data keys, each cut as {@link #briefKey} cuts one. */
    String briefKeys(List<String> keys) {
        return briefList(keys, this::briefKey);
    }

    private String briefList(List<String> names, java.util.function.UnaryOperator<String> one) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < names.size() && i < briefNames; i++) {
            shown.add(one.apply(names.get(i)));
        }
        if (names.size() > briefNames) {
            shown.add(count("list.more", names.size() - briefNames, names.size() - briefNames));
        }
        return messages.join(shown);
    }

    /**
     * Names from the diff, each once, with how often it occurs when that is more than once
     * ("`codex-mini` (2 rows)"), so the list agrees with the count before it.
     */
    String counted(List<String> names, String unitKey) {
        java.util.Map<String, Integer> times = new java.util.LinkedHashMap<>();
        names.forEach(n -> times.merge(n, 1, Integer::sum));
        List<String> shown = new ArrayList<>();
        int listed = 0;
        for (java.util.Map.Entry<String, Integer> e : times.entrySet()) {
            if (listed++ == MAX_NAMES) {
                shown.add(count("list.more", times.size() - MAX_NAMES, times.size() - MAX_NAMES));
                break;
            }
            shown.add(e.getValue() == 1 ? code(e.getKey()) : get("name.times", code(e.getKey()), count(unitKey, e.getValue(), e.getValue())));
        }
        return messages.join(shown);
    }

    /** A table's column names as {@link #names(List, int)} gives them, an empty header cell as "an unnamed column". */
    String columns(List<String> columns, int max) {
        return shown(columns, max, c -> c.isBlank() ? get("word.unnamedColumn") : code(c));
    }

    String names(List<String> names, int max) {
        return shown(names, max, this::code);
    }

    /** Up to {@link #MAX_NAMES} texts already shown (code spans made), then "and N more". */
    String shown(List<String> shown) {
        return shown(shown, MAX_NAMES, s -> s);
    }

    /** Up to max items, each as show makes it, then "and N more". */
    private String shown(List<String> items, int max, java.util.function.Function<String, String> show) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < items.size() && i < max; i++) {
            shown.add(show.apply(items.get(i)));
        }
        if (items.size() > max) {
            shown.add(count("list.more", items.size() - max, items.size() - max));
            return messages.joinClauses(shown); // "`x`、ほか 12 件", not "`x` とほか 12 件"
        }
        return messages.join(shown);
    }
}
