package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fields added, removed or changed between two flat key/value maps, removed ones first. */
final class FieldComparison {

    private FieldComparison() {
    }

    static List<Fact> compare(Fact.Scope scope, Map<String, String> before, Map<String, String> after) {
        List<Fact> facts = new ArrayList<>();
        before.forEach((key, value) -> {
            if (!after.containsKey(key)) {
                facts.add(new Fact.FieldRemoved(scope, key, value));
            }
        });
        after.forEach((key, value) -> {
            String old = before.get(key);
            if (old == null && !before.containsKey(key)) {
                facts.add(new Fact.FieldAdded(scope, key, value));
            } else if (!value.equals(old)) {
                facts.add(new Fact.FieldChanged(scope, key, old, value));
            }
        });
        return scope == Fact.Scope.DATA ? renamed(elements(reshaped(facts), before.keySet(), after.keySet())) : facts;
    }

    /**
     * A value that became a mapping or a list, or the other way round ({@code path: public} → {@code path: {publicDir}}, a
     * placeholder of a template that YAML reads as a mapping): one value changed, shown in the flow style, not a key
     * removed (a breaking change) and keys added empty beside it (an audit).
     */
    private static List<Fact> reshaped(List<Fact> facts) {
        Map<String, Integer> removedAt = new java.util.HashMap<>();
        Map<String, Integer> addedAt = new java.util.HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i) instanceof Fact.FieldRemoved r) {
                removedAt.put(r.key(), i);
            } else if (facts.get(i) instanceof Fact.FieldAdded a) {
                addedAt.put(a.key(), i);
            }
        }
        if (removedAt.isEmpty() || addedAt.isEmpty()) {
            return facts;
        }
        Map<Integer, Fact> replaced = new java.util.HashMap<>();
        java.util.Set<Integer> dropped = new java.util.HashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            // (an empty list or mapping filled, or one emptied, is told by its entries)
            if (facts.get(i) instanceof Fact.FieldRemoved r && !dropped.contains(i) && scalar(r.value())) {
                List<Integer> under = below(r.key(), facts, addedAt);
                if (!under.isEmpty()) { // a value made a structure
                    replaced.put(i, new Fact.FieldChanged(r.scope(), r.key(), r.value(), flow(r.key(), under, facts)));
                    dropped.addAll(under);
                }
            } else if (facts.get(i) instanceof Fact.FieldAdded a && !dropped.contains(i) && scalar(a.value())) {
                List<Integer> under = below(a.key(), facts, removedAt);
                if (!under.isEmpty()) { // a structure made a value
                    replaced.put(i, new Fact.FieldChanged(a.scope(), a.key(), flow(a.key(), under, facts), a.value()));
                    dropped.addAll(under);
                }
            }
        }
        return applied(facts, replaced, dropped);
    }

    /** The facts with those at the indexes of {@code replaced} replaced and those at {@code dropped} left out. */
    private static List<Fact> applied(List<Fact> facts, Map<Integer, Fact> replaced, java.util.Set<Integer> dropped) {
        if (replaced.isEmpty()) {
            return facts;
        }
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            if (!dropped.contains(i)) {
                out.add(replaced.getOrDefault(i, facts.get(i)));
            }
        }
        return out;
    }

    /** Whether a flattened value is one value, not an empty list or mapping (nor nothing). */
    private static boolean scalar(String value) {
        return !value.isBlank() && !value.equals("[]") && !value.equals("{}");
    }

    /** The facts (of {@code at}, by key) whose keys are below {@code key}: "key.x", "key[0]…", in the order of the facts. */
    private static List<Integer> below(String key, List<Fact> facts, Map<String, Integer> at) {
        List<Integer> out = new ArrayList<>();
        at.forEach((k, i) -> {
            if (k.length() > key.length() && k.startsWith(key) && (k.charAt(key.length()) == '.' || k.charAt(key.length()) == '[')) {
                out.add(i);
            }
        });
        out.sort(null);
        return out;
    }

    /** The keys below {@code key} of those facts and their values, as YAML's flow style writes them: "{a: 1, b}", "[{branch}]". */
    private static String flow(String key, List<Integer> under, List<Fact> facts) {
        List<String[]> entries = new ArrayList<>();
        for (int i : under) {
            Fact f = facts.get(i);
            String k = f instanceof Fact.FieldAdded a ? a.key() : ((Fact.FieldRemoved) f).key();
            String v = f instanceof Fact.FieldAdded a ? a.value() : ((Fact.FieldRemoved) f).value();
            entries.add(new String[]{k.substring(key.length()), v});
        }
        return flow(entries);
    }

    private static String flow(List<String[]> entries) {
        boolean list = entries.stream().allMatch(e -> e[0].startsWith("["));
        Map<String, List<String[]>> groups = new java.util.LinkedHashMap<>();
        Map<String, String> leaves = new java.util.HashMap<>();
        for (String[] e : entries) {
            String path = e[0].startsWith(".") ? e[0].substring(1) : e[0];
            int end = list ? path.indexOf(']') + 1 : firstBreak(path);
            String head = end <= 0 ? path : path.substring(0, end);
            String rest = end <= 0 ? "" : path.substring(end);
            if (rest.isEmpty()) {
                leaves.put(head, e[1]);
                groups.computeIfAbsent(head, k -> new ArrayList<>());
            } else {
                groups.computeIfAbsent(head, k -> new ArrayList<>()).add(new String[]{rest, e[1]});
            }
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((head, rest) -> {
            String value = rest.isEmpty() ? leaves.getOrDefault(head, "") : flow(rest);
            parts.add(list ? value : value.isEmpty() ? head : head + ": " + value);
        });
        return (list ? "[" : "{") + String.join(", ", parts) + (list ? "]" : "}");
    }

    /** Where a key's first part ends: at its first '.' or '[' (not at its start), or -1 when it is one part. */
    private static int firstBreak(String path) {
        for (int i = 1; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                return i;
            }
        }
        return -1;
    }

    /**
     * A key removed and a key added beside it (the same parent) with the same value, the only such pair of that parent
     * and value, are one key renamed ("batch" made "batchMode"), told as that rather than as a key removed and another
     * added (an audit). Still a breaking change: what read the old name finds nothing.
     */
    private static List<Fact> renamed(List<Fact> facts) {
        Map<String, List<Integer>> removed = new java.util.HashMap<>();
        Map<String, List<Integer>> added = new java.util.HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i) instanceof Fact.FieldRemoved r && !r.value().isBlank()) {
                removed.computeIfAbsent(parent(r.key()) + "\u0000" + r.value(), k -> new ArrayList<>()).add(i);
            } else if (facts.get(i) instanceof Fact.FieldAdded a && !a.value().isBlank()) {
                added.computeIfAbsent(parent(a.key()) + "\u0000" + a.value(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Fact> replaced = new java.util.HashMap<>();
        java.util.Set<Integer> dropped = new java.util.HashSet<>();
        removed.forEach((key, gone) -> {
            List<Integer> come = added.get(key);
            if (gone.size() == 1 && come != null && come.size() == 1) {
                Fact.FieldRemoved r = (Fact.FieldRemoved) facts.get(gone.get(0));
                Fact.FieldAdded a = (Fact.FieldAdded) facts.get(come.get(0));
                if (alike(last(r.key()), last(a.key())) || distinctive(a.value())) {
                    replaced.put(gone.get(0), new Fact.KeyRenamed(r.key(), a.key(), a.value()));
                    dropped.add(come.get(0));
                }
            }
        });
        return applied(facts, replaced, dropped);
    }

    private static String last(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** Names alike: one holds the other ("batch", "batchMode"), or they are a few letters apart ("timeout", "timeOut"). */
    private static boolean alike(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int max = Math.max(2, Math.min(x.length(), y.length()) / 3);
        return x.contains(y) || y.contains(x) || Similarity.editDistance(x, y, max) <= max;
    }

    /** A value that two unrelated keys would hardly share: not a flag or a number, six characters or more. */
    private static boolean distinctive(String value) {
        String v = value.strip();
        return v.length() >= 6 && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false") && !v.matches("[-+0-9.,:eE ]+");
    }

    /** A key's parent: all before its last name ("a.b" of "a.b.c"; "" for a top-level key); null for an element's own key. */
    private static String parent(String key) {
        int dot = key.lastIndexOf('.');
        String last = key.substring(dot + 1);
        if (last.indexOf('[') >= 0 || last.isEmpty()) {
            return "\u0001" + key; // an element or list, which has no name of its own to be renamed: never paired
        }
        return dot < 0 ? "" : key.substring(0, dot);
    }

    /**
     * The keys of an element of a list added or removed whole ("redirections[source_path=a.md].redirect_url", ".source_path",
     * …) as one fact of that element: one redirect added is one change, not one per key. Only where both versions name
     * that list's elements by the same field (or one has no element at all): an element named otherwise is no new one.
     */
    private static List<Fact> elements(List<Fact> facts, java.util.Set<String> before, java.util.Set<String> after) {
        java.util.Set<String> beforeElements = null;
        java.util.Set<String> afterElements = null;
        Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            String element = null;
            if (facts.get(i) instanceof Fact.FieldAdded a && a.key().indexOf('=') >= 0) {
                beforeElements = beforeElements == null ? elementPrefixes(before) : beforeElements;
                element = newElement(a.key(), beforeElements);
            } else if (facts.get(i) instanceof Fact.FieldRemoved r && r.key().indexOf('=') >= 0) {
                afterElements = afterElements == null ? elementPrefixes(after) : afterElements;
                element = newElement(r.key(), afterElements);
            }
            if (element != null) {
                groups.computeIfAbsent((facts.get(i) instanceof Fact.FieldAdded ? "+" : "-") + element, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Fact> replaced = new java.util.HashMap<>();
        java.util.Set<Integer> dropped = new java.util.HashSet<>();
        sameElements(facts, groups, replaced, dropped);
        groups.forEach((group, members) -> {
            String prefix = group.substring(1);
            // one key is an entry too when it is an element no field names, left over (ListAlignment): no key reads as its name
            int least = ListAlignment.isLeftOver(prefix.substring(open(prefix) + 1, Math.max(open(prefix) + 1, prefix.indexOf('=', open(prefix))))) ? 1 : 2;
            if (members.size() < least || dropped.contains(members.get(0)) || replaced.containsKey(members.get(0))) {
                return;
            }
            int open = open(prefix);
            String list = prefix.substring(0, open);
            String element = unescape(prefix.substring(prefix.indexOf('=', open) + 1, prefix.length() - 1));
            List<String> keys = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int i : members) {
                Fact f = facts.get(i);
                String key = f instanceof Fact.FieldAdded a ? a.key() : ((Fact.FieldRemoved) f).key();
                keys.add(key.substring(prefix.length() + 1));
                values.add(Fact.shownValue(f instanceof Fact.FieldAdded a ? a.value() : ((Fact.FieldRemoved) f).value(), element));
            }
            replaced.put(members.get(0), group.charAt(0) == '+' ? new Fact.DataElementAdded(list, element, keys, values)
                    : new Fact.DataElementRemoved(list, element, keys, values));
            dropped.addAll(members.subList(1, members.size()));
        });
        if (replaced.isEmpty()) {
            return facts;
        }
        // an empty list is a leaf of its own ("r: []"): emptied or filled, it is told by its entries, not as a key
        java.util.Set<String> lists = new java.util.HashSet<>();
        replaced.values().forEach(f -> {
            if (f instanceof Fact.DataElementAdded a) {
                lists.add(a.list());
            } else if (f instanceof Fact.DataElementRemoved r) {
                lists.add(r.list());
            }
        });
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            String key = f instanceof Fact.FieldAdded a ? a.key() : f instanceof Fact.FieldRemoved r ? r.key() : null;
            if (key != null && lists.contains(key)) {
                dropped.add(i);
            }
        }
        return applied(facts, replaced, dropped);
    }

    /**
     * An element removed and one added to the same list whose keys are the same and whose values all agree but one (a
     * landing page's card retitled, a link given another url: the field that names them changed) are one element with
     * that value changed, told as that key of the new element changed, not as an element removed and another added.
     */
    private static void sameElements(List<Fact> facts, Map<String, List<Integer>> groups, Map<Integer, Fact> replaced,
                                     java.util.Set<Integer> dropped) {
        Map<String, List<String>> removedByList = new java.util.LinkedHashMap<>();
        Map<String, List<String>> addedByList = new java.util.LinkedHashMap<>();
        groups.keySet().forEach(g -> (g.charAt(0) == '-' ? removedByList : addedByList)
                .computeIfAbsent(g.substring(1, open(g.substring(1)) + 1), k -> new ArrayList<>()).add(g));
        removedByList.forEach((list, removed) -> {
            List<String> added = addedByList.getOrDefault(list, List.of());
            java.util.Set<String> used = new java.util.HashSet<>();
            for (String r : removed) {
                Map<String, String> a = values(facts, groups.get(r), r.length());
                for (String g : added) {
                    Map<String, String> b = used.contains(g) ? null : values(facts, groups.get(g), g.length());
                    if (b == null || !a.keySet().equals(b.keySet())) {
                        continue;
                    }
                    List<String> differ = a.keySet().stream().filter(k -> !a.get(k).equals(b.get(k))).toList();
                    if (differ.size() == 1 && !redirectSource(g.substring(1), differ.get(0))) {
                        used.add(g);
                        String key = differ.get(0);
                        replaced.put(groups.get(r).get(0), new Fact.FieldChanged(Fact.Scope.DATA, placed(g.substring(1)) + "." + key, a.get(key), b.get(key)));
                        dropped.addAll(groups.get(r).subList(1, groups.get(r).size()));
                        dropped.addAll(groups.get(g));
                        break;
                    }
                }
            }
        });
    }

    /** An element left over and then paired by its place in the new list ("steps[0]"), not by its label ("steps[new@0=…]"). */
    private static String placed(String element) {
        int open = open(element);
        int eq = element.indexOf('=', open);
        String place = eq > open ? ListAlignment.placeOf(element.substring(open + 1, eq)) : null;
        return place == null ? element : element.substring(0, open + 1) + place + "]";
    }

    /**
     * Whether the one value that differs is the source a redirect is keyed by: a redirect for another URL is not the old
     * one edited; the old URL no longer redirects, which is a redirect removed (an audit had it told as a value changed).
     */
    private static boolean redirectSource(String element, String key) {
        int open = open(element);
        int eq = element.indexOf('=', open);
        return eq > open && key.startsWith("source_path") && element.substring(open + 1, eq).equals(key);
    }

    /** The values of an element's keys, by key below the element (its group's prefix is {@code prefixLength} - 1 long). */
    private static Map<String, String> values(List<Fact> facts, List<Integer> members, int prefixLength) {
        Map<String, String> out = new java.util.HashMap<>();
        for (int i : members) {
            Fact f = facts.get(i);
            String key = f instanceof Fact.FieldAdded x ? x.key() : ((Fact.FieldRemoved) f).key();
            String value = f instanceof Fact.FieldAdded x ? x.value() : ((Fact.FieldRemoved) f).value();
            if (key.length() > prefixLength) {
                out.put(key.substring(prefixLength), String.valueOf(value));
            }
        }
        return out;
    }

    /**
     * Of the other version's keys, every element prefix ("list[id=x]") and every list named by a field ("list[id=") or by
     * position ("list[#"): made once, so that each key is looked up rather than compared with every key (linear).
     */
    private static java.util.Set<String> elementPrefixes(java.util.Set<String> keys) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String key : keys) {
            for (int end = closing(key, 0); end >= 0; end = closing(key, end + 1)) {
                String prefix = key.substring(0, end + 1);
                int open = open(prefix);
                out.add(prefix);
                int eq = prefix.indexOf('=', open);
                out.add(eq >= 0 ? prefix.substring(0, eq + 1) : prefix.substring(0, open + 1) + "#");
            }
        }
        return out;
    }

    /** The key's outermost element named by a field ("list[id=x]") that the other version lacks while naming that list's elements the same way (or having none), or null. */
    private static String newElement(String key, java.util.Set<String> other) {
        for (int end = closing(key, 0); end >= 0; end = closing(key, end + 1)) {
            if (end + 1 < key.length() && key.charAt(end + 1) != '.' && key.charAt(end + 1) != '[') {
                continue;
            }
            String prefix = key.substring(0, end + 1);
            if (other.contains(prefix)) {
                continue; // the element is there: one of its keys, or one within it
            }
            int open = open(prefix);
            int eq = prefix.indexOf('=', open);
            if (eq < 0) {
                return null; // an element by position: positions shift, so it is no element of its own
            }
            if (ListAlignment.isLeftOver(prefix.substring(open + 1, eq))) {
                return prefix; // an element no field names, which the other version has nothing like (ListAlignment)
            }
            // the other version names this list's elements by another field, or by position only: no element of its own
            // (some by this field and the unnamed rest by position is the same naming: FlatData's mostly named lists)
            boolean otherNaming = !other.contains(prefix.substring(0, eq + 1)) && (other.contains(prefix.substring(0, open + 1) + "#")
                    || hasList(other, prefix.substring(0, open + 1)));
            return otherNaming ? null : prefix;
        }
        return null;
    }

    /** Whether any element prefix of the other version starts a list at this "list[". */
    private static boolean hasList(java.util.Set<String> other, String listOpen) {
        for (String p : other) {
            if (p.startsWith(listOpen)) {
                return true;
            }
        }
        return false;
    }

    /** The next unescaped ']' at or after from, or -1. */
    private static int closing(String key, int from) {
        for (int i = from; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    /** The unescaped '[' that opens the element a prefix ends with. */
    private static int open(String prefix) {
        int depth = 0;
        for (int i = prefix.length() - 1; i >= 0; i--) {
            char c = prefix.charAt(i);
            boolean escaped = i > 0 && prefix.charAt(i - 1) == '\\' && (i < 2 || prefix.charAt(i - 2) != '\\');
            if (escaped) {
                continue;
            }
            if (c == ']') {
                depth++;
            } else if (c == '[' && --depth == 0) {
                return i;
            }
        }
        return 0;
    }

    private static String unescape(String value) {
        return value.replace("\\[", "[").replace("\\]", "]").replace("\\\\", "\\");
    }
}
