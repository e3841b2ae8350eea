package io.diffpress.insight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * YAML and JSON read as flat "a.b[0].c" keys with text values, which makes two versions
 * comparable key by key. A list of scalars is one value ("[a, b]"); a list of mappings that all have one of the
 * {@link #IDENTITIES} keys, each with its own value, is keyed by it ("redirections[source_path=a.md].redirect_url"),
 * so an element added or removed does not shift the keys of those after it. Every failure is an empty result,
 * never an exception.
 */
final class FlatData {

    /**
     * Keys read per document at most: a file that reaches it is not compared key by key, as its keys past the cut are
     * unknown (comparing two cut lists told keys pushed under the cut as added). A file of
     * {@link FactFinder#MAX_STRUCTURE_LINES} lines has fewer, unless it packs several on a line.
     */
    static final int MAX_KEYS = 50_000;
    static final int MAX_DEPTH = 40;
    /** Keys that name an element of a list of mappings, the first one every element has (with distinct values). */
    static final List<String> IDENTITIES = List.of("id", "uid", "name", "source_path", "source_path_from_root", "href", "path", "key",
            "url", "title", "text", "linkListType"); // the last four for landing pages: links, cards and their link lists
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper JSONC = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private FlatData() {
    }

    /** A Yaml is costly to build and not thread safe: one per thread, used one load at a time. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(FlatData::newYaml);

    /** The parsed YAML tree (maps, lists, strings), if the text is YAML. */
    /** Whether the text parses as YAML (a document of only comments, or a list, does). */
    static boolean parsesAsYaml(String text) {
        try {
            YAML.get().load(text);
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            YAML.remove();
            return false;
        }
    }

    static Optional<Object> yamlTree(String text) {
        try {
            return Optional.ofNullable(YAML.get().load(text));
        } catch (RuntimeException | StackOverflowError e) {
            // a failed load can leave the instance mid-document: start the next load afresh
            YAML.remove();
            return Optional.empty();
        }
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(4 * 1024 * 1024);
        options.setAllowDuplicateKeys(true);
        options.setWarnOnDuplicateKeys(false); // the last value counts, as in Learn's build; no log line on the console
        // No implicit resolvers: every scalar stays the text it was written as, so
        // "2025-06-20" is never turned into a Date printed in the JVM's time zone.
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
            }
        };
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options, textOnly);
    }

    /**
     * The documents of a YAML file, empty ones left out (a file of only comments has none): a stream of several (Kubernetes
     * manifests, say, each after its own {@code ---}) is valid YAML too. Empty when the text is no YAML.
     */
    static Optional<List<Object>> yamlDocuments(String text) {
        try {
            List<Object> documents = new ArrayList<>();
            for (Object document : YAML.get().loadAll(text)) {
                if (document != null && !"".equals(document)) { // (without implicit resolvers, an empty document is "")
                    documents.add(document);
                }
            }
            return Optional.of(documents);
        } catch (RuntimeException | StackOverflowError e) {
            YAML.remove(); // as in yamlTree
            return Optional.empty();
        }
    }

    /**
     * The keys of a file's documents: those of its one document, or, as a stream (when either version of the file holds
     * several, so that both are keyed alike), of the list of them: "[0].kind", "[1].spec.type". No document, no keys.
     */
    static Object documentsTree(List<Object> documents, boolean stream) {
        if (documents.isEmpty()) {
            return Map.of();
        }
        return stream ? documents : documents.get(0);
    }

    /** The keys of one YAML file alone (a stream of several documents keyed as one). */
    static Optional<Map<String, String>> yaml(String text) {
        return yamlDocuments(text).map(d -> flatten(documentsTree(d, d.size() > 1)));
    }

    /**
     * The keys of a Java properties file (a theme's interface strings, say), sorted: java.util.Properties reads it
     * as the JDK does (escapes, continued lines, '=' or ':' or a space between key and value) and keeps no order.
     * Lenient as that reader is, any text has keys, so this is never empty.
     */
    static Optional<Map<String, String>> properties(String text) {
        java.util.Properties read = new java.util.Properties();
        try {
            read.load(new java.io.StringReader(text));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.empty(); // a malformed unicode escape
        }
        Map<String, String> out = new java.util.TreeMap<>();
        for (String key : read.stringPropertyNames()) {
            if (out.size() >= MAX_KEYS) {
                break;
            }
            out.put(key, read.getProperty(key));
        }
        return Optional.of(out);
    }

    static Map<String, String> flatten(Object tree) {
        return flatten(tree, Map.of());
    }

    /** The keys of a tree whose lists' elements are keyed as {@code labels} says, by the list; others as usual. */
    static Map<String, String> flatten(Object tree, Map<Object, List<String>> labels) {
        Map<String, String> out = new LinkedHashMap<>();
        if (tree instanceof Map<?, ?> map && map.isEmpty()) {
            return out; // no document (a file of only comments) or an empty side: no keys
        }
        flattenYaml("", tree, out, 0, labels, new java.util.IdentityHashMap<>());
        return out;
    }

    /**
     * The keys of two versions of a data tree, the elements of their lists that no field names lined up by what they hold
     * ({@link ListAlignment}), and the facts of such elements that moved.
     */
    record Pair(Map<String, String> before, Map<String, String> after, List<Fact> moves) {
    }

    static Pair flattenPair(Object before, Object after) {
        ListAlignment.Result aligned = ListAlignment.of(before, after);
        return new Pair(flatten(before, aligned.labels()), flatten(after, aligned.labels()), aligned.moves());
    }

    /** Whether a list is one value: all its elements scalars. */
    static boolean scalars(List<?> list) {
        return list.stream().allMatch(v -> v == null || v instanceof String);
    }

    /** The key of each element of a list: by a field that names it ({@link #identities}), else its position. */
    static List<String> elementNames(List<?> list) {
        List<String> names = identities(list.stream().map(v -> v instanceof Map<?, ?> m ? m : null).toList(), Map::get);
        if (names != null) {
            return names;
        }
        return positions(list.size());
    }

    /** "0", "1", … : the keys of {@code size} elements by position. */
    static List<String> positions(int size) {
        List<String> positions = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            positions.add(String.valueOf(i));
        }
        return positions;
    }

    /**
     * A JSON text as the tree {@link #flatten} reads (maps, lists and texts): a value as its text ({@code null} too), an
     * empty object or array as "{}" or "[]". Empty when the text is no JSON.
     */
    static Optional<Object> jsonTree(String text) {
        return jsonTree(JSON, text);
    }

    /** {@link #jsonTree(String)} of JSON with comments ({@code //}, {@code /* *}{@code /}) and trailing commas (JSONC). */
    static Optional<Object> jsoncTree(String text) {
        return jsonTree(JSONC, text);
    }

    private static Optional<Object> jsonTree(ObjectMapper mapper, String text) {
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || root.isMissingNode()) {
                return Optional.empty();
            }
            return Optional.of(tree(root, 0));
        } catch (Exception | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static Object tree(JsonNode node, int depth) {
        if (node.isValueNode()) {
            return node.asText();
        }
        if (node.size() == 0 || depth >= MAX_DEPTH) {
            return node.toString();
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>(node.size());
            node.forEach(item -> out.add(tree(item, depth + 1)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), tree(e.getValue(), depth + 1)));
        return out;
    }

    private static void flattenYaml(String prefix, Object node, Map<String, String> out, int depth, Map<Object, List<String>> labels,
                                    Map<Object, String> seen) {
        if (out.size() >= MAX_KEYS) {
            return;
        }
        // a YAML alias (`*common-env`, `<<: *common-env`) is the anchored mapping or list itself: its keys are told once,
        // where it is anchored, and each alias is one value naming it, so one line added under the anchor is one key
        // added, not one more for every place that refers to it (an audit)
        if ((node instanceof Map<?, ?> m && !m.isEmpty() || node instanceof List<?> l && !l.isEmpty() && !scalars(l)) && depth < MAX_DEPTH) {
            String first = seen.putIfAbsent(node, prefix);
            if (first != null) {
                out.put(prefix, "*" + first);
                return;
            }
        }
        if (node instanceof Map<?, ?> map && depth < MAX_DEPTH && !map.isEmpty()) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                flattenYaml(join(prefix, String.valueOf(e.getKey())), e.getValue(), out, depth + 1, labels, seen);
            }
        } else if (node instanceof List<?> list && depth < MAX_DEPTH && !list.isEmpty()) {
            if (scalars(list)) {
                out.put(prefix, scalarList(list));
            } else {
                // (not asked of an empty map: Map.of().get hashes the list, deeply, and a YAML alias can make it hold itself)
                List<String> names = labels.isEmpty() ? null : labels.get(list);
                names = names != null ? names : elementNames(list);
                for (int i = 0; i < list.size(); i++) {
                    flattenYaml(prefix + "[" + names.get(i) + "]", list.get(i), out, depth + 1, labels, seen);
                }
            }
        } else {
            out.put(prefix, node == null ? "" : scalar(node));
        }
    }

    /**
     * "key=value" for each element of a list of mappings by the first of {@link #IDENTITIES} that every element has,
     * with a value of its own in each. Failing that, by the first that two of them or more have, each with a value of
     * its own, the others by their position among those without it ("steps[0]" for a workflow's unnamed checkout step,
     * "steps[name=Lint]" for the rest, so a named step removed is not its successors renamed one by one; no share of
     * named elements is asked for, as one removed would then turn a version's whole list to positions). Null when none
     * (or an element is no mapping).
     */
    private static <T> List<String> identities(List<T> items, java.util.function.BiFunction<T, Object, Object> value) {
        if (items.contains(null)) {
            return null;
        }
        List<String> mostly = null;
        for (String key : IDENTITIES) {
            List<String> names = keyedBy(items, value, key);
            if (names == null) {
                continue;
            }
            int named = named(names);
            if (named == items.size()) {
                return names;
            }
            if (mostly == null && named >= 2) {
                mostly = names;
            }
        }
        return mostly;
    }

    /**
     * The elements of a list of mappings keyed by one field, as {@link #identities} keys them: "key=value", or for those
     * without it their position among them. Null when no element has it, a value repeats or is no scalar, or an element
     * is no mapping. Two versions of a list are keyed alike so: with one named step left of two, a version would
     * otherwise be keyed by position and the other by name, and the step that stayed be told as removed and added.
     */
    static List<String> namesBy(List<?> list, String key) {
        List<Map<?, ?>> items = new ArrayList<>(list.size());
        for (Object v : list) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            items.add(m);
        }
        List<String> names = keyedBy(items, Map::get, key);
        return names == null || named(names) == 0 ? null : names;
    }

    /** The field an element of {@code names} ({@link #elementNames}) is keyed by, or null when all are by position. */
    static String keyOf(List<String> names) {
        for (String name : names) {
            int eq = name.indexOf('=');
            if (eq >= 0) {
                return name.substring(0, eq);
            }
        }
        return null;
    }

    private static int named(List<String> names) {
        int named = 0;
        for (String name : names) {
            named += name.indexOf('=') >= 0 ? 1 : 0;
        }
        return named;
    }

    private static <T> List<String> keyedBy(List<T> items, java.util.function.BiFunction<T, Object, Object> value, String key) {
        List<String> names = new ArrayList<>(items.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        int unnamed = 0;
        for (T item : items) {
            Object v = value.apply(item, key);
            if (v == null) {
                names.add(String.valueOf(unnamed++));
            } else if (v instanceof Map<?, ?> || v instanceof List<?> || !seen.add(String.valueOf(v))) {
                return null;
            } else {
                names.add(elementName(key, v));
            }
        }
        return names;
    }

    /** "key=value", brackets in the value escaped: "[source_path=a\\].b]" stays one element's name. */
    static String elementName(String key, Object value) {
        return key + "=" + String.valueOf(value).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    private static String scalarList(List<?> list) {
        StringBuilder out = new StringBuilder("[");
        for (Object v : list) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append(v == null ? "" : v);
            if (out.length() > 400) {
                break;
            }
        }
        return out.append(']').toString();
    }

    private static String scalar(Object node) {
        String s = node instanceof String str ? str : node instanceof Map<?, ?> || node instanceof List<?> ? "" : String.valueOf(node);
        return s.length() > 400 ? s.substring(0, 400) : s;
    }

    static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
