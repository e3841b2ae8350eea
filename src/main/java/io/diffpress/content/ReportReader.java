package io.diffpress.content;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report file: reports written by this tool and reports in the reference format
 * written by other generators. Problems are errors naming the file, line and reason.
 */
public final class ReportReader {

    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$");
    /**
     * A date's time as front matter writes it after the day: "T10:30", "10:30:00.5", then an offset or none: "Z",
     * "+02:00", "+0200", "+2", YAML's "-5", with or without a space before it. Groups: hour, minute, second, fraction,
     * offset.
     */
    public static final Pattern TIME = Pattern.compile(
            "[T ]?[ \t]*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?[ \t]*(Z|[+-]\\d{1,2}(?::?\\d{2})?)?[ \t]*");
    /** A file's heading: "## path{#item-03fc2e}" (the path in group 1, the anchor in group 2). */
    public static final Pattern HEADING_ANCHOR = Pattern.compile("#{2,6}\\s+(.+?)\\{#(item-[0-9a-f]{6})\\}\\s*");
    /**
     * A heading without attributes (its text in group 1): a file's, when the anchor {@link ItemAnchor} makes of its text is
     * one a Summary Table row links to (a generator that left the "{#item-…}" out).
     */
    public static final Pattern PLAIN_HEADING = Pattern.compile("#{2,6}\\s+([^{}]+?)\\s*");
    /** A Summary Table row: its file's link first (bold, or with a title, as GFM allows; the row's leading pipe optional). */
    private static final Pattern TABLE_ROW = Pattern.compile(
            "^\\|?\\s*(?:\\*\\*|__)?\\[(.*?)]\\(#(item-[0-9a-f]{6})(?:\\s+\"[^\"]*\")?\\)(?:\\*\\*|__)?\\s*\\|(.*)$");
    /** A wrapper's line: indented four spaces or a tab it is a line of an indented code block, which keeps it (an audit). */
    private static final Pattern WRAPPER_TAG = Pattern.compile("^ {0,3}</?(format|output|report)>\\s*$", Pattern.CASE_INSENSITIVE); // as HTML tag names
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern SLUG = Pattern.compile("(?!\\.{1,2}$)[\\p{L}\\p{M}\\p{N}_.-]{1,200}");

    private ReportReader() {
    }

    /** Parses one report; {@code source} is its path relative to content/, used in errors and URLs. */
    public static ReportDocument read(String source, byte[] bytes) {
        Parts parts = split(source, bytes, true);
        String yaml = parts.yaml();
        String body = parts.body();
        MappingNode fm = frontMatter(source, yaml);
        Map<String, Node> keys = new LinkedHashMap<>();
        Map<String, ScalarNode> keyNodes = new HashMap<>();
        for (NodeTuple t : fm.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                once(source, keyNodes, k);
                keys.put(k.getValue(), t.getValueNode());
            }
        }
        String title = string(source, keys, "title").orElseThrow(() -> error(source, 2, "front matter has no 'title'"));
        if (title.isBlank()) {
            // a page without a heading, and a link without text in every list (an audit)
            throw error(source, keys.get("title").getStartMark().getLine() + 2, "front matter 'title' is empty");
        }
        String dateText = string(source, keys, "date").orElseThrow(() -> error(source, 2, "front matter has no 'date'"));
        LocalDate date = date(source, dateText, keys.get("date"));
        String time = dateText.strip().substring(10); // what follows the day (the pattern date() checked)
        Optional<String> permalink = string(source, keys, "permalink");
        String summary = string(source, keys, "summary").orElse("");
        String section = string(source, keys, "section").orElseGet(() -> {
            int slash = source.indexOf('/');
            return slash > 0 ? source.substring(0, slash) : "";
        });
        List<String> tags = strings(source, keys.get("tags"));
        List<ReportFile> files = keys.containsKey("files") ? files(source, keys.get("files"), () -> tableFiles(body)) : tableFiles(body);
        if (keys.containsKey("totals")) {
            checkTotals(source, keys.get("totals"));
        }
        List<String> types = keys.containsKey("types") ? strings(source, keys.get("types")).stream().map(ReportReader::typeWord).distinct().toList()
                : files.stream().map(ReportFile::type).filter(t -> !t.isBlank()).distinct().sorted().toList();
        List<ReportDocument.ReportCommit> commits = keys.containsKey("commits") ? commits(source, keys.get("commits")) : List.of();
        Optional<String> slug = string(source, keys, "slug");
        if (slug.isPresent() && !SLUG.matcher(slug.get()).matches()) {
            throw error(source, keys.get("slug").getStartMark().getLine() + 2, "slug '" + slug.get()
                    + "' must be one URL segment of letters, digits, '-', '_' or '.', at most 200 of them (no '/', '%', '..' or spaces)");
        }
        Optional<String> language = language(source, keys, "textLocale").or(() -> language(source, keys, "locale"));
        return new ReportDocument(source, title, date, time, permalink, summary, section, tags, types, files, commits, slug,
                language, parts.bodyHash() == null ? ReportBody.of(body) : ReportBody.hashed(body, parts.bodyHash()),
                keys.containsKey("range") ? range(source, keys.get("range")) : Optional.empty());
    }

    /** A language tag such as "ja_JP" or "zh-Hans-CN": 2–3 letters, then subtags of letters and digits. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{1,8})*");

    /** The front matter key's locale ({@code ja_JP}, {@code ja-JP}) as a BCP 47 tag ("ja-JP"), when the key is there. */
    private static Optional<String> language(String source, Map<String, Node> keys, String key) {
        Optional<String> value = string(source, keys, key).map(String::strip);
        if (value.isPresent() && !LANGUAGE.matcher(value.get()).matches()) {
            throw error(source, keys.get(key).getStartMark().getLine() + 2, key + " '" + value.get()
                    + "' must be a language and region such as en_US or ja-JP");
        }
        return value.map(v -> v.replace('_', '-'));
    }

    /**
     * Only the body of a report file, without parsing its front matter: what {@link #read} gives as
     * {@link ReportDocument#body()} for the same bytes.
     */
    public static String body(String source, byte[] bytes) {
        return split(source, bytes, false).body();
    }

    /**
     * A report file's front matter (the YAML between the '---' lines) and its body, with the body's SHA-256 when
     * it was taken from the file's own bytes (else null: the body's text is hashed when asked).
     */
    record Parts(String yaml, String body, String bodyHash) {
    }

    /** @param hash whether to take the body's hash from the bytes where it can be (only a whole read keeps it) */
    private static Parts split(String source, byte[] bytes, boolean hash) {
        Parts plain = splitPlain(bytes, hash);
        return plain != null ? plain : splitAny(source, bytes);
    }

    /**
     * The common case, read without decoding the whole file and then copying its body out of that text: a file that
     * starts with "---\n" and has a closing "\n---\n", with no byte order mark, carriage return, NUL or malformed
     * byte. Front matter and body are decoded apart (a cut after an ASCII byte never splits a character), and the
     * body's hash is taken of its bytes, not of its text encoded again. Null for anything else: {@link #splitAny}
     * reads it (and reports what is wrong, with its line).
     */
    static Parts splitPlain(byte[] bytes, boolean hash) {
        if (bytes.length < 4 || bytes[0] != '-' || bytes[1] != '-' || bytes[2] != '-' || bytes[3] != '\n') {
            return null;
        }
        int at = indexOf(bytes, CLOSE, 3);
        if (at < 0) {
            return null;
        }
        int bodyStart = at + CLOSE.length;
        String yaml = new String(bytes, 4, at + 1 - 4, StandardCharsets.UTF_8);
        String raw = new String(bytes, bodyStart, bytes.length - bodyStart, StandardCharsets.UTF_8);
        if (!plain(yaml) || !plain(raw)) {
            return null;
        }
        String body = unwrap(raw);
        return new Parts(yaml, body, hash && body == raw && !raw.isEmpty()
                ? io.diffpress.Sha256.hex(bytes, bodyStart, bytes.length - bodyStart) : null);
    }

    /** No carriage return, NUL or replacement character (which decoding puts for a malformed byte). */
    private static boolean plain(String text) {
        return text.indexOf('\r') < 0 && text.indexOf('\0') < 0 && text.indexOf('\uFFFD') < 0;
    }

    /** Any report file, or the error that tells what is wrong with it. */
    static Parts splitAny(String source, byte[] bytes) {
        // Decoding replaces malformed bytes with U+FFFD: only a text that has one can be malformed, and only
        // then is it checked with a strict decoder (much slower than the String constructor on every report).
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            int bad = io.diffpress.Utf8.firstMalformedByte(bytes);
            if (bad >= 0) {
                throw error(source, io.diffpress.Utf8.line(bytes, bad),
                        String.format("is not valid UTF-8 (byte 0x%02x at offset %d); save it as UTF-8", bytes[bad] & 0xff, bad));
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n");
        }
        if (text.indexOf('\0') >= 0) {
            throw error(source, line(text, text.indexOf('\0')), "contains a NUL character");
        }
        if (!text.startsWith("---\n")) {
            throw error(source, 1, "has no front matter: a report starts with a line '---', YAML keys, and another '---'");
        }
        int close = text.indexOf("\n---\n", 3);
        int bodyStart = close + 5;
        if (close < 0 && text.endsWith("\n---")) {
            close = text.length() - 4;
            bodyStart = text.length();
        }
        if (close < 0) {
            throw error(source, 1, "front matter is not closed by a line '---'");
        }
        return new Parts(text.substring(4, close + 1), unwrap(text.substring(bodyStart)), null);
    }

    private static final byte[] CLOSE = "\n---\n".getBytes(StandardCharsets.US_ASCII);

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int k = 0; k < part.length; k++) {
                if (bytes[i + k] != part[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Drops the wrapper tags other generators leave around the body ({@code <format>}, {@code </format>},
     * also {@code output} and {@code report}): each on a line of its own, anywhere outside fenced code,
     * so text before the wrapper (such as the "View Diff" line) does not keep it on the page.
     */
    static String unwrap(String body) {
        if (!mayHoldWrapper(body)) {
            return body; // the common case: nothing to look for line by line
        }
        String[] lines = body.split("\n", -1);
        StringBuilder out = new StringBuilder(body.length());
        String fence = null;
        boolean removed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (fence == null && f.matches()) {
                fence = f.group(1);
            } else if (fence != null && f.matches() && f.group(1).charAt(0) == fence.charAt(0)
                    && f.group(1).length() >= fence.length() && f.group(2).isBlank()) {
                fence = null;
            } else if (fence == null && WRAPPER_TAG.matcher(line).matches()) {
                removed = true;
                continue;
            }
            out.append(line);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return removed ? out.toString() : body;
    }

    /** Whether a wrapper's name, in any case, ends just before some '>' of the body: looked at only where one stands. */
    private static boolean mayHoldWrapper(String body) {
        for (int at = body.indexOf('>'); at >= 0; at = body.indexOf('>', at + 1)) {
            for (String name : List.of("format", "output", "report")) {
                if (at >= name.length() && body.regionMatches(true, at - name.length(), name, 0, name.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static MappingNode frontMatter(String source, String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(10 * 1024 * 1024);
        Node node;
        try {
            node = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            if (e.getContextMark() != null && (mark == null || mark.getIndex() >= yaml.length() - 1)) {
                mark = e.getContextMark(); // "unexpected end": the opening bracket is where the fix goes
            }
            String problem = e.getProblem() != null ? e.getProblem() : "malformed YAML";
            throw error(source, mark == null ? 1 : mark.getLine() + 2, "malformed front matter: " + problem.trim());
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            throw error(source, io.diffpress.YamlProblems.lineAt(yaml, e.getPosition()) + 1,
                    "malformed front matter: " + io.diffpress.YamlProblems.unprintable(e.getCodePoint()));
        } catch (YAMLException e) {
            throw error(source, 1, "malformed front matter: " + e.getMessage());
        }
        if (!(node instanceof MappingNode map)) {
            throw error(source, 2, "front matter must be YAML keys and values");
        }
        return map;
    }

    private static Optional<String> string(String source, Map<String, Node> keys, String key) {
        Node node = keys.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode s) {
            return s.getTag().getValue().endsWith(":null") ? Optional.empty() : Optional.of(s.getValue());
        }
        throw error(source, node.getStartMark().getLine() + 2, "front matter '" + key + "' must be a single value");
    }

    private static LocalDate date(String source, String text, Node node) {
        Matcher m = DATE.matcher(text.trim());
        try {
            if (m.matches()) {
                LocalDate date = LocalDate.parse(m.group(1));
                if (m.group(2) != null && !m.group(2).isBlank() && !isTime(m.group(2))) {
                    // "2025-06-16Tnoon" was taken for midnight without a word (an audit)
                    throw error(source, node.getStartMark().getLine() + 2, "front matter 'date' '" + text + "' has a time that is not"
                            + " one like 2025-06-21T10:30:00Z or 2025-06-21 10:30 +02:00");
                }
                return date;
            }
        } catch (DateTimeParseException e) {
            // fall through to the error below
        }
        throw error(source, node.getStartMark().getLine() + 2, "front matter 'date' '" + text + "' is not a date like 2025-06-21");
    }

    /** Whether the text after a date's day is a time {@link #TIME} reads, in range ("25:00" is none). */
    private static boolean isTime(String text) {
        Matcher t = TIME.matcher(text);
        if (!t.matches()) {
            return false;
        }
        try {
            java.time.LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)),
                    t.group(3) == null ? 0 : Integer.parseInt(t.group(3)));
            if (t.group(5) != null) {
                java.time.ZoneOffset.of(t.group(5)); // "+2" and "-05:00" alike
            }
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static List<String> strings(String source, Node node) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode s) {
            return s.getValue().isBlank() ? List.of() : List.of(s.getValue());
        }
        if (node instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s)) {
                    throw error(source, item.getStartMark().getLine() + 2, "expected a list of words");
                }
                out.add(s.getValue());
            }
            return out;
        }
        throw error(source, node.getStartMark().getLine() + 2, "expected a list of words");
    }

    /** A revision as a compare URL may hold it: a commit, a branch or a tag name. */
    private static final Pattern REVISION = Pattern.compile("[0-9A-Za-z._/-]{1,200}");

    /** The range's base and head, when the head is given and both look like revisions (else none: the URL is not made). */
    private static Optional<ReportDocument.Range> range(String source, Node node) {
        if (!(node instanceof MappingNode)) {
            return Optional.empty(); // another tool's "range: 2025-06-21" says nothing of commits
        }
        Map<String, String> m = scalars(source, node);
        String base = m.getOrDefault("base", "").strip();
        String head = m.getOrDefault("head", "").strip();
        return REVISION.matcher(head).matches() && (base.isEmpty() || REVISION.matcher(base).matches()) && !head.contains("..")
                && !base.contains("..") ? Optional.of(new ReportDocument.Range(base, head)) : Optional.empty();
    }

    private static Map<String, String> scalars(String source, Node node) {
        if (!(node instanceof MappingNode map)) {
            throw error(source, node.getStartMark().getLine() + 2, "expected keys and values");
        }
        Map<String, ScalarNode> seen = new HashMap<>();
        Map<String, String> out = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                once(source, seen, k);
                // a YAML null (~, null, nothing) is a key left out, as for the report's own keys ({@link #string})
                if (t.getValueNode() instanceof ScalarNode v && !v.getTag().getValue().endsWith(":null")) {
                    out.put(k.getValue(), text(v));
                } else if (!(t.getValueNode() instanceof ScalarNode) && !COUNTS.contains(k.getValue())) { // (counts say "whole number")
                    // "path: [a.md]" had been told as no 'path' at all (an audit)
                    throw error(source, t.getValueNode().getStartMark().getLine() + 2, "front matter '" + k.getValue()
                            + "' must be a single value, not a " + (t.getValueNode() instanceof SequenceNode ? "list" : "mapping"));
                }
            }
        }
        return out;
    }

    /**
     * A scalar's text. SnakeYAML writes a string with a control character (a file named with an escape sequence) as
     * {@code !!binary} base64: read back as the UTF-8 text it is, so such a file keeps its name and history page.
     */
    private static String text(ScalarNode v) {
        if (org.yaml.snakeyaml.nodes.Tag.BINARY.equals(v.getTag())) {
            try {
                byte[] bytes = java.util.Base64.getMimeDecoder().decode(v.getValue());
                return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
                return v.getValue(); // not base64 of UTF-8 text: kept as written
            }
        }
        return v.getValue();
    }

    /**
     * A key of the front matter, refused when it is there already: which of two titles or dates a reader would
     * take is a guess (SnakeYAML checks duplicates only when it builds objects, not in the node tree read here).
     */
    private static void once(String source, Map<String, ScalarNode> seen, ScalarNode key) {
        ScalarNode before = seen.putIfAbsent(key.getValue(), key);
        if (before != null) {
            throw error(source, key.getStartMark().getLine() + 2, "front matter key '" + key.getValue()
                    + "' appears twice (first on line " + (before.getStartMark().getLine() + 2) + ")");
        }
    }

    /**
     * {@code totals} are the files' counts summed; the pages show the files' own, so the totals are only checked: a
     * mapping whose counts are whole numbers (or unknown), as the files' are.
     */
    private static void checkTotals(String source, Node node) {
        if (!(node instanceof MappingNode)) {
            throw error(source, node.getStartMark().getLine() + 2, "front matter 'totals' must be a mapping of counts");
        }
        Map<String, String> m = scalars(source, node);
        for (String key : List.of("files", "additions", "deletions", "changes")) {
            count(source, node, m, key);
        }
    }

    /** The keys of a {@code files} entry that the Summary Table's row of the same path can stand in for. */
    /** Keys whose values must be whole numbers, which say so when they are lists. */
    private static final java.util.Set<String> COUNTS = java.util.Set.of("additions", "deletions", "changes", "files");

    private static final List<String> ROW_KEYS = List.of("status", "type", "title", "additions", "deletions", "anchor");

    /**
     * The front matter's files. An entry that leaves out what the Summary Table says of its file (another tool's list
     * of paths alone) takes it from the row of that path ({@code table}, read only then), and its anchor too, which
     * the body's heading has: made up from the path, it led the file's history to an id the page did not have.
     */
    private static List<ReportFile> files(String source, Node node, java.util.function.Supplier<List<ReportFile>> table) {
        if (!(node instanceof SequenceNode seq)) {
            throw error(source, node.getStartMark().getLine() + 2, "front matter 'files' must be a list");
        }
        List<ReportFile> files = new ArrayList<>();
        Map<String, ReportFile> rows = null;
        for (Node item : seq.getValue()) {
            Map<String, String> m = scalars(source, item);
            String path = m.getOrDefault("path", "");
            if (path.isBlank()) {
                throw error(source, item.getStartMark().getLine() + 2, "a 'files' entry has no 'path'");
            }
            boolean binary = "true".equals(m.get("binary")) || "true".equals(m.get("missing"));
            ReportFile row = null;
            if (!m.keySet().containsAll(ROW_KEYS)) {
                if (rows == null) {
                    rows = new HashMap<>();
                    for (ReportFile f : table.get()) {
                        rows.putIfAbsent(f.path(), f);
                    }
                }
                row = rows.get(path);
                if (row == null) { // a row whose heading was not found has the file's name alone
                    row = rows.get(path.substring(path.lastIndexOf('/') + 1));
                }
            }
            // what the entry gives, else its row's, else nothing ("", or -1 for a count: not known)
            boolean fromRow = row != null;
            int additions = binary ? -1 : fromRow && !m.containsKey("additions") ? row.additions() : count(source, item, m, "additions");
            int deletions = binary ? -1 : fromRow && !m.containsKey("deletions") ? row.deletions() : count(source, item, m, "deletions");
            files.add(new ReportFile(path, m.getOrDefault("oldPath", ""),
                    m.getOrDefault("status", fromRow ? row.status() : ""),
                    typeWord(m.getOrDefault("type", fromRow ? row.type() : "")),
                    m.getOrDefault("title", fromRow ? row.title() : ""), additions, deletions,
                    m.getOrDefault("anchor", fromRow ? row.anchor() : ItemAnchor.of(path))));
        }
        return files;
    }

    private static List<ReportDocument.ReportCommit> commits(String source, Node node) {
        if (!(node instanceof SequenceNode seq)) {
            throw error(source, node.getStartMark().getLine() + 2, "front matter 'commits' must be a list");
        }
        List<ReportDocument.ReportCommit> commits = new ArrayList<>();
        for (Node item : seq.getValue()) {
            Map<String, String> m = scalars(source, item);
            checkCommitDate(source, (MappingNode) item, m.getOrDefault("date", ""));
            commits.add(new ReportDocument.ReportCommit(m.getOrDefault("sha", ""), m.getOrDefault("subject", ""),
                    m.getOrDefault("author", ""), m.getOrDefault("date", ""), Math.max(0, count(source, item, m, "pr"))));
        }
        return commits;
    }

    /**
     * A commit's date is shown as its day in a {@code <time>} element and orders the day's reports: a date, or an ISO
     * date-time (with or without its offset), as generate writes it; anything else fails with its line (an audit found
     * "notadate" published as a time).
     */
    private static void checkCommitDate(String source, MappingNode item, String date) {
        if (date.isEmpty()) {
            return;
        }
        // generate's form first: a failed parse throws, and every commit of every report is checked
        for (java.time.format.DateTimeFormatter format : List.of(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME)) {
            try {
                format.parse(date);
                return;
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        Node at = item.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("date"))
                .map(NodeTuple::getValueNode).findFirst().orElse(item);
        throw error(source, at.getStartMark().getLine() + 2, "front matter 'commits' date '" + date
                + "' is not a date like 2025-06-21 or a time like 2025-06-21T10:30:00+02:00");
    }

    /**
     * Rows of the Summary Table, with full paths from the file headings when the anchors match; lines in fenced code
     * blocks are neither (a diff that shows such a row, or such a heading, is no file of the report). One pass over
     * the lines (a body is mostly diff lines): the patterns run only on lines that start like a file heading
     * ({@code ##}) or a table row ({@code |}), since matching a multi-line pattern at every offset of the
     * body was most of the cost of reading a report. A heading is one line, as in Markdown.
     */
    static List<ReportFile> tableFiles(String body) {
        Map<String, String> pathByAnchor = new HashMap<>();
        List<String> plainHeadings = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        List<int[]> columnsOfRows = new ArrayList<>();
        int[] columns = TableColumns.BY_POSITION; // of the table the rows are in, from its header when it names them
        String lastPipeLine = null;
        int n = body.length();
        // inside a fenced code block (a diff of a page that holds such a table, say) nothing is a row or a heading
        char fenceChar = 0;
        int fenceLength = 0;
        for (int start = 0; start < n; ) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int run = fenceRun(body, start, end);
            if (fenceChar != 0 || run >= 3) {
                lastPipeLine = null; // no table goes on across a fence
            }
            if (fenceChar != 0) {
                int at = firstNonSpace(body, start, end);
                if (run >= fenceLength && body.charAt(at) == fenceChar && body.substring(at + run, end).isBlank()) {
                    fenceChar = 0; // the closing fence: as long as the opening one or longer, nothing after it
                }
                start = end + 1;
                continue;
            }
            if (run >= 3) {
                fenceChar = body.charAt(firstNonSpace(body, start, end));
                fenceLength = run;
                start = end + 1;
                continue;
            }
            if (body.startsWith("##", start)) {
                Matcher h = HEADING_ANCHOR.matcher(body).region(start, end);
                if (h.matches()) {
                    pathByAnchor.putIfAbsent(h.group(2), unescape(h.group(1).trim()));
                } else {
                    Matcher plain = PLAIN_HEADING.matcher(body).region(start, end);
                    if (plain.matches()) {
                        plainHeadings.add(unescape(plain.group(1)));
                    }
                }
            } else if (hasPipe(body, start, end)) { // a table's line (in GFM a row needs no leading pipe)
                String line = body.substring(start, end);
                if (lastPipeLine != null && TableColumns.isDelimiterRow(line)) {
                    columns = TableColumns.of(lastPipeLine); // the line before the delimiter row is the table's header
                } else {
                    rows.add(line);
                    columnsOfRows.add(columns);
                }
                lastPipeLine = line;
                start = end + 1;
                continue;
            }
            lastPipeLine = null;
            start = end + 1;
        }
        if (!plainHeadings.isEmpty()) {
            // after the headings with anchors, which a plain heading of the same path does not override
            for (String text : plainHeadings) {
                pathByAnchor.putIfAbsent(ItemAnchor.of(text), text);
            }
        }
        List<ReportFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            int[] c = columnsOfRows.get(r);
            Matcher m = TABLE_ROW.matcher(TableColumns.fileFirst(rows.get(r), c).trim());
            if (!m.matches() || !seen.add(m.group(2))) {
                continue;
            }
            String[] cells = m.group(3).split("(?<!\\\\)\\|", -1);
            String anchor = m.group(2);
            String name = unescape(m.group(1));
            String path = pathByAnchor.getOrDefault(anchor, name);
            files.add(new ReportFile(path, "", cell(cells, c[TableColumns.STATUS]), typeWord(cell(cells, c[TableColumns.TYPE])),
                    unescape(cell(cells, c[TableColumns.TITLE])), number(cell(cells, c[TableColumns.ADDED])),
                    number(cell(cells, c[TableColumns.DELETED])), anchor));
        }
        return files;
    }

    /** Where the line's text starts after up to three spaces (a fence may be indented so much). */
    private static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to && i - from < 3 && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The length of the run of ` or ~ a fence line starts with (after up to three spaces), or 0; a backtick fence's info has none. */
    private static int fenceRun(String text, int from, int to) {
        int i = firstNonSpace(text, from, to);
        if (i >= to || text.charAt(i) != '`' && text.charAt(i) != '~') {
            return 0;
        }
        char c = text.charAt(i);
        int j = i;
        while (j < to && text.charAt(j) == c) {
            j++;
        }
        if (j - i < 3 || c == '`' && text.substring(j, to).indexOf('`') >= 0) {
            return 0;
        }
        return j - i;
    }

    /** Whether the line holds a '|': looked for within the line only. */
    private static boolean hasPipe(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }


    /**
     * One of the four type words as the format writes it ("breaking change"), whatever its case and spacing ("Breaking
     * Change", as other tools may write it): the site's badges, words per locale and tags know the format's words. Any
     * other word is kept as written.
     */
    static String typeWord(String word) {
        return io.diffpress.insight.ChangeType.fromWord(word).map(io.diffpress.insight.ChangeType::word).orElse(word.trim());
    }

    private static String cell(String[] cells, int i) {
        return i >= 0 && i < cells.length ? cells[i].trim() : "";
    }

    private static String unescape(String text) {
        return Markdown.unescape(text);
    }

    /**
     * A whole number of a front matter entry, or -1 when it is not known: the key left out, or its value empty, null
     * ({@code ~}) or "-" (as the Summary Table writes a count git does not give). Anything else is refused with its
     * line: a count that is not one would otherwise show as a file's "+0" or a binary file's "-". A number past what an
     * int holds is no line count, nor a pull request's number.
     */
    private static int count(String source, Node entry, Map<String, String> values, String key) {
        Node value = null;
        for (NodeTuple t : ((MappingNode) entry).getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                value = t.getValueNode();
            }
        }
        if (value == null) {
            return -1;
        }
        int line = value.getStartMark().getLine() + 2;
        String text = values.get(key);
        if (!(value instanceof ScalarNode)) {
            throw error(source, line, "front matter '" + key + "' must be a whole number, not a list or a mapping");
        }
        if (text == null) {
            return -1; // a YAML null: not known
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.equals("-") || trimmed.equals("~") || trimmed.equals("null")) {
            return -1;
        }
        if (trimmed.matches("\\+?[0-9]+")) {
            int n = number(trimmed);
            if (n < 0) {
                throw error(source, line, "front matter '" + key + "' is " + trimmed + ", more than a count can be");
            }
            return n;
        }
        throw error(source, line, "front matter '" + key + "' must be a whole number, not '" + text + "'");
    }

    private static int number(String text) {
        if (text == null) {
            return -1;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static DiffpressException error(String source, int line, String reason) {
        return DiffpressException.input(Stage.CONTENT, "content/" + source + (line > 0 ? ":" + line : "") + ": " + reason);
    }
}
