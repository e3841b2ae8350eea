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
        return scope == Fact.Scope.DATA ? elements(facts, before.keySet(), after.keySet()) : facts;
    }

    /**
     * The keys of an element of a list added or removed whole ("redirections[source_path=a.md].redirect_url", ".source_path",
     * …) as one fact of that element: one redirect added is one change, not one per key.
     */
    private static List<Fact> elements(List<Fact> facts, java.util.Set<String> before, java.util.Set<String> after) {
        Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            String element = facts.get(i) instanceof Fact.FieldAdded a ? newElement(a.key(), before)
                    : facts.get(i) instanceof Fact.FieldRemoved r ? newElement(r.key(), after) : null;
            if (element != null) {
                groups.computeIfAbsent((facts.get(i) instanceof Fact.FieldAdded ? "+" : "-") + element, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Fact> replaced = new java.util.HashMap<>();
        java.util.Set<Integer> dropped = new java.util.HashSet<>();
        groups.forEach((group, members) -> {
            if (members.size() < 2) {
                return;
            }
            String prefix = group.substring(1);
            List<String> keys = new ArrayList<>();
            for (int i : members) {
                Fact f = facts.get(i);
                String key = f instanceof Fact.FieldAdded a ? a.key() : ((Fact.FieldRemoved) f).key();
                keys.add(key.substring(prefix.length() + 1));
            }
            int open = prefix.lastIndexOf('[');
            String list = prefix.substring(0, open);
            String element = prefix.substring(prefix.indexOf('=', open) + 1, prefix.length() - 1);
            replaced.put(members.get(0), group.charAt(0) == '+' ? new Fact.DataElementAdded(list, element, keys)
                    : new Fact.DataElementRemoved(list, element, keys));
            dropped.addAll(members.subList(1, members.size()));
        });
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

    /** The key's outermost keyed element ("list[id=x]") that no key of the other version has, or null. */
    private static String newElement(String key, java.util.Set<String> other) {
        for (int end = key.indexOf("]."); end >= 0; end = key.indexOf("].", end + 1)) {
            String prefix = key.substring(0, end + 1);
            int open = prefix.lastIndexOf('[');
            if (open < 0 || prefix.indexOf('=', open) < 0) {
                continue; // an element by position ("items[0]"): positions shift, so it is no element of its own
            }
            boolean known = false;
            for (String k : other) {
                if (k.startsWith(prefix) && (k.length() == prefix.length() || k.charAt(prefix.length()) == '.' || k.charAt(prefix.length()) == '[')) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                return prefix;
            }
        }
        return null;
    }
}
