package io.diffpress.insight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML block between "---" lines at the top of a Markdown file, as flat fields. When the
 * YAML does not parse, each unindented "key: value" line is still read as a field, so one stray
 * colon does not hide a changed date.
 *
 * @param fields the fields in file order
 * @param lines  how many lines of the file the block takes, delimiters included (0 when there is none)
 * @param valid  whether the block is YAML (or there is none, or it was not parsed): else its fields were read line by line
 */
record FrontMatter(Map<String, String> fields, int lines, boolean valid) {

    /** A block not closed within this many lines is not front matter (flexmark sees a thematic break). */
    static final int MAX_LINES = 500;
    /** "key: value" with a plain value YAML reads as that same text: no quotes, flow, anchors, tags or comments. */
    private static final Pattern SIMPLE = Pattern.compile("^([A-Za-z0-9_][A-Za-z0-9_.-]*): ([^\\s'\"\\[\\]{}&*!|>%@`#,][^:#]*?)\\s*$");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z0-9_.$@-][^:#]*?)\\s*:(?:\\s+(.*?))?\\s*$");

    static final FrontMatter NONE = new FrontMatter(Map.of(), 0, true);

    static FrontMatter read(List<String> lines) {
        return read(lines, true);
    }

    /** With parse false the fields are left empty: for a block known to be the same in both versions. */
    static FrontMatter read(List<String> lines, boolean parse) {
        if (lines.isEmpty() || !isDelimiter(lines.get(0).replace("\ufeff", ""), false)) {
            return NONE;
        }
        for (int end = 1; end < lines.size() && end < MAX_LINES; end++) {
            if (isDelimiter(lines.get(end), true)) {
                List<String> yaml = lines.subList(1, end);
                if (!parse) {
                    return new FrontMatter(Map.of(), end + 1, true);
                }
                Map<String, String> simple = simple(yaml);
                if (simple != null) {
                    return new FrontMatter(simple, end + 1, true);
                }
                java.util.Optional<Object> tree = FlatData.yamlTree(String.join("\n", yaml));
                if (tree.isPresent() && tree.get() instanceof Map<?, ?>) {
                    return new FrontMatter(FlatData.flatten(tree.get()), end + 1, true);
                }
                // not YAML, or YAML but no mapping (only comments, a list): neither gives a page its fields, but
                // only the first is broken YAML
                String text = String.join("\n", yaml);
                boolean valid = tree.isPresent() || FlatData.parsesAsYaml(text);
                return new FrontMatter(valid ? Map.of() : lineByLine(yaml), end + 1, valid);
            }
        }
        return NONE;
    }

    /**
     * The fields when every line is a flat "key: plain value" (most docs front matter), read
     * without the YAML parser; null when any line needs it. Duplicate keys keep the last value,
     * as the YAML reading does.
     */
    private static Map<String, String> simple(List<String> yaml) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : yaml) {
            Matcher m = SIMPLE.matcher(line);
            if (!m.matches() || m.group(2).contains(": ") || m.group(2).endsWith(":")) {
                return null;
            }
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    private static boolean isDelimiter(String line, boolean closing) {
        String t = line.stripTrailing();
        return t.equals("---") || closing && t.equals("...");
    }

    private static Map<String, String> lineByLine(List<String> yaml) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : yaml) {
            Matcher m = FIELD.matcher(line);
            if (!line.startsWith(" ") && !line.startsWith("\t") && m.matches()) {
                fields.put(m.group(1), m.group(2) == null ? "" : unquote(m.group(2)));
            }
        }
        return fields;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
