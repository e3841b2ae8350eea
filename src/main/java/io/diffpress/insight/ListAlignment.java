package io.diffpress.insight;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines up the elements of the lists of two versions of a data file that no field names (a workflow's unnamed steps,
 * a JSON array of objects without an id, the documents of a YAML stream), so that an element added at the front does
 * not shift the keys of all those after it. Known by position alone, every element after an insertion looked changed.
 * <p>
 * Elements of the two versions are paired, in this order: equal ones in the same order (a longest common subsequence);
 * equal ones in another order (moved, told as such); then, between two equal ones, those most alike by their keys'
 * values (an edited element). A paired element is keyed by its position in the new version, as an element was before;
 * one left over is an entry added ({@code [new=VALUE]}) or removed ({@code [old=VALUE]}), named by its first value, so
 * that {@link FieldComparison} tells it as one entry.
 */
final class ListAlignment {

    /** Lists longer than this on both sides are compared by their ends only, the rest in one stretch (cost n·m). */
    private static final long MAX_CELLS = 250_000;
    /** Stretches of changed elements larger than this are paired in order rather than by likeness. */
    private static final long MAX_PAIRING_CELLS = 10_000;
    private static final int MAX_NAME = 60;
    /** Lists of at most this many elements are lined up by content when their versions are keyed by different fields. */
    private static final int SMALL_LIST = 64;

    /** The element keys of each list, by the list (by identity), and the facts of elements that moved. */
    record Result(Map<Object, List<String>> labels, List<Fact> moves) {
    }

    private final Map<Object, List<String>> labels = new IdentityHashMap<>();
    private final List<Fact> moves = new ArrayList<>();

    private ListAlignment() {
    }

    /** The element keys for {@link FlatData#flatten(Object, Map)} of two versions' trees (maps, lists, strings). */
    static Result of(Object before, Object after) {
        ListAlignment alignment = new ListAlignment();
        alignment.walk("", before, after, 0);
        return new Result(alignment.labels, alignment.moves);
    }

    private void walk(String prefix, Object a, Object b, int depth) {
        if (depth >= FlatData.MAX_DEPTH) {
            return;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                if (mb.containsKey(e.getKey())) {
                    walk(FlatData.join(prefix, String.valueOf(e.getKey())), e.getValue(), mb.get(e.getKey()), depth + 1);
                }
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb && !la.isEmpty() && !lb.isEmpty()
                && !FlatData.scalars(la) && !FlatData.scalars(lb)) {
            lists(prefix, la, lb, depth);
        }
    }

    private void lists(String prefix, List<?> la, List<?> lb, int depth) {
        List<String> na = FlatData.elementNames(la);
        List<String> nb = FlatData.elementNames(lb);
        String keyA = FlatData.keyOf(na);
        String keyB = FlatData.keyOf(nb);
        boolean rekeyed = false;
        if (!java.util.Objects.equals(keyA, keyB)) {
            // one version keyed by a field the other is not (one named step of two left: by position): key both alike
            List<String> byA = keyA == null ? null : FlatData.namesBy(lb, keyA);
            List<String> byB = byA != null || keyB == null ? null : FlatData.namesBy(la, keyB);
            rekeyed = byA != null || byB != null || la.size() <= SMALL_LIST && lb.size() <= SMALL_LIST;
            if (byA == null && byB == null) {
                if (rekeyed) {
                    // neither keyed as the other can be (a name twice in a version): both by position, lined up by
                    // content; only for short lists (a workflow's steps), as lining up a long table of contents by
                    // content made explain a sixth slower over the benchmark's history
                    na = FlatData.positions(la.size());
                    nb = FlatData.positions(lb.size());
                }
            } else {
                nb = byA != null ? byA : nb;
                na = byB != null ? byB : na;
            }
        }
        List<Integer> posA = positional(na);
        List<Integer> posB = positional(nb);
        // elements known by a field's value: the same name, the same element
        Map<String, Integer> named = new java.util.HashMap<>();
        for (int j = 0; j < nb.size(); j++) {
            named.put(nb.get(j), j);
        }
        for (int i = 0; i < na.size(); i++) {
            Integer j = named.get(na.get(i));
            if (j != null && na.get(i).indexOf('=') >= 0) {
                walk(prefix + "[" + na.get(i) + "]", la.get(i), lb.get(j), depth + 1);
            }
        }
        if (posA.isEmpty() && posB.isEmpty()) {
            if (rekeyed) {
                labels.put(la, na);
                labels.put(lb, nb);
            }
            return;
        }
        List<String> keysA = posA.stream().map(i -> content(la.get(i))).toList();
        List<String> keysB = posB.stream().map(j -> content(lb.get(j))).toList();
        int[] partner = new int[posA.size()]; // the new element paired with each old one, by index into posB; -1 none
        java.util.Arrays.fill(partner, -1);
        boolean[] taken = new boolean[posB.size()];
        equalInOrder(keysA, keysB, partner, taken);
        boolean[] anchor = new boolean[posA.size()];
        for (int i = 0; i < anchor.length; i++) {
            anchor[i] = partner[i] >= 0;
        }
        List<String> moved = new ArrayList<>();
        Map<String, java.util.ArrayDeque<Integer>> left = new java.util.HashMap<>();
        for (int j = 0; j < keysB.size(); j++) {
            if (!taken[j]) {
                left.computeIfAbsent(keysB.get(j), k -> new java.util.ArrayDeque<>()).add(j);
            }
        }
        for (int i = 0; i < keysA.size(); i++) {
            java.util.ArrayDeque<Integer> same = partner[i] < 0 ? left.get(keysA.get(i)) : null;
            if (same != null && !same.isEmpty()) {
                int j = same.poll();
                partner[i] = j;
                taken[j] = true;
                moved.add(describe(lb.get(posB.get(j)), j));
            }
        }
        likeInStretches(la, lb, posA, posB, anchor, partner, taken);
        List<String> labelsA = new ArrayList<>(na);
        List<String> labelsB = new ArrayList<>(nb);
        java.util.Set<String> usedA = new java.util.HashSet<>(na);
        java.util.Set<String> usedB = new java.util.HashSet<>(nb);
        for (int j = 0; j < posB.size(); j++) {
            // a left-over new element carries its place too ("new@0"): paired with an old one after all (FieldComparison's
            // elements alike but one value), its key is its place, as every paired element's is
            labelsB.set(posB.get(j), taken[j] ? String.valueOf(j) : unique("new@" + j, describe(lb.get(posB.get(j)), j), usedB));
        }
        for (int i = 0; i < posA.size(); i++) {
            labelsA.set(posA.get(i), partner[i] >= 0 ? String.valueOf(partner[i]) : unique("old", describe(la.get(posA.get(i)), i), usedA));
            if (partner[i] >= 0) {
                walk(prefix + "[" + partner[i] + "]", la.get(posA.get(i)), lb.get(posB.get(partner[i])), depth + 1);
            }
        }
        labels.put(la, labelsA);
        labels.put(lb, labelsB);
        if (!moved.isEmpty()) {
            moves.add(new Fact.DataElementsMoved(prefix, moved));
        }
    }

    /** The indices of the elements no field names (all of them when none is named). */
    private static List<Integer> positional(List<String> names) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).indexOf('=') < 0) {
                out.add(i);
            }
        }
        return out;
    }

    /** What an element holds, as one text: equal texts, equal elements. */
    private static String content(Object element) {
        return FlatData.flatten(element).toString();
    }

    /** Pairs equal elements in the same order: the common ends, then a longest common subsequence of the middle. */
    private static void equalInOrder(List<String> a, List<String> b, int[] partner, boolean[] taken) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            pair(start, start, partner, taken);
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            pair(--endA, --endB, partner, taken);
        }
        int n = endA - start;
        int m = endB - start;
        if (n == 0 || m == 0 || (long) n * m > MAX_CELLS) {
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(start + i).equals(b.get(start + j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (a.get(start + i).equals(b.get(start + j))) {
                pair(start + i++, start + j++, partner, taken);
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    private static void pair(int i, int j, int[] partner, boolean[] taken) {
        partner[i] = j;
        taken[j] = true;
    }

    /**
     * Between two elements paired in order, the old and new ones left are paired by likeness (how many of their keys
     * have the same value), keeping their order; one with nothing in common with any is left unpaired (added or removed).
     */
    private static void likeInStretches(List<?> la, List<?> lb, List<Integer> posA, List<Integer> posB, boolean[] anchor,
                                        int[] partner, boolean[] taken) {
        int j = 0;
        List<Integer> oldOnes = new ArrayList<>();
        for (int i = 0; i <= posA.size(); i++) {
            if (i < posA.size() && !anchor[i]) {
                if (partner[i] < 0) {
                    oldOnes.add(i);
                }
                continue; // (an element that moved is no bound: its partner may be anywhere)
            }
            int bound = i < posA.size() ? partner[i] : posB.size();
            List<Integer> newOnes = new ArrayList<>();
            for (; j < bound; j++) {
                if (!taken[j]) {
                    newOnes.add(j);
                }
            }
            pairAlike(la, lb, posA, posB, oldOnes, newOnes, partner, taken);
            oldOnes = new ArrayList<>();
            j = bound + 1;
        }
    }

    private static void pairAlike(List<?> la, List<?> lb, List<Integer> posA, List<Integer> posB, List<Integer> oldOnes,
                                  List<Integer> newOnes, int[] partner, boolean[] taken) {
        int n = oldOnes.size();
        int m = newOnes.size();
        if (n == 0 || m == 0) {
            return;
        }
        if ((long) n * m > MAX_PAIRING_CELLS) {
            for (int k = 0; k < Math.min(n, m); k++) {
                pair(oldOnes.get(k), newOnes.get(k), partner, taken);
            }
            return;
        }
        List<Map<String, String>> fa = oldOnes.stream().map(k -> FlatData.flatten(la.get(posA.get(k)))).toList();
        List<Map<String, String>> fb = newOnes.stream().map(k -> FlatData.flatten(lb.get(posB.get(k)))).toList();
        int[][] like = new int[n][m];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < m; y++) {
                like[x][y] = common(fa.get(x), fb.get(y));
            }
        }
        // the order-keeping pairing of most likeness in all
        int[][] best = new int[n + 1][m + 1];
        for (int x = n - 1; x >= 0; x--) {
            for (int y = m - 1; y >= 0; y--) {
                int both = like[x][y] > 0 ? like[x][y] + best[x + 1][y + 1] : 0;
                best[x][y] = Math.max(both, Math.max(best[x + 1][y], best[x][y + 1]));
            }
        }
        for (int x = 0, y = 0; x < n && y < m; ) {
            if (like[x][y] > 0 && best[x][y] == like[x][y] + best[x + 1][y + 1]) {
                pair(oldOnes.get(x++), newOnes.get(y++), partner, taken);
            } else if (best[x + 1][y] >= best[x][y + 1]) {
                x++;
            } else {
                y++;
            }
        }
    }

    /**
     * How many keys two elements share with the same value; a step's action or a container's image counts as the same at
     * another version (`actions/setup-node@v3` → `@v4`, `python:3.11` → `python:3.12`): a step upgraded with its inputs
     * is that step edited, not one removed (a breaking change) and another added (an audit).
     */
    private static int common(Map<String, String> a, Map<String, String> b) {
        int same = 0;
        for (Map.Entry<String, String> e : a.entrySet()) {
            String other = b.get(e.getKey());
            if (e.getValue().equals(other) || other != null && versioned(e.getKey()) && sameButVersion(e.getValue(), other)) {
                same++;
            }
        }
        return same;
    }

    private static boolean versioned(String key) {
        return key.equals("uses") || key.endsWith(".uses") || key.equals("image") || key.endsWith(".image");
    }

    /** Whether two references name one thing at two versions: the same text before their last '@' (or ':'), none empty. */
    private static boolean sameButVersion(String a, String b) {
        for (char mark : new char[] {'@', ':'}) {
            int x = a.lastIndexOf(mark);
            int y = b.lastIndexOf(mark);
            if (x > 0 && y > 0 && a.substring(0, x).equals(b.substring(0, y)) && a.indexOf('/', x) < 0 && b.indexOf('/', y) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Keys whose value names an element best, before its first value: a manifest's name or kind, say. */
    private static final List<String> NAME_KEYS = List.of("name", "metadata.name", "kind", "title", "id");

    /** An element's name for a reader: the value of a key that names it, else its first value that is not empty, cut short; else its position. */
    static String describe(Object element, int position) {
        Map<String, String> keys = FlatData.flatten(element);
        // a Kubernetes object by its kind and name: a Deployment and a Service often share the name (an audit had
        // "azure-vote-back was removed" while the Deployment of that name stayed)
        String kind = keys.getOrDefault("kind", "").strip();
        String named = keys.getOrDefault("metadata.name", "").strip();
        if (!kind.isEmpty() && !named.isEmpty()) {
            return brief(kind + " " + named);
        }
        for (String key : NAME_KEYS) {
            String v = keys.getOrDefault(key, "").strip();
            if (!v.isEmpty()) {
                return brief(v);
            }
        }
        for (String value : keys.values()) {
            String v = value.strip();
            if (!v.isEmpty()) {
                return brief(v);
            }
        }
        return "#" + (position + 1);
    }

    private static String brief(String value) {
        return value.length() > MAX_NAME ? value.substring(0, MAX_NAME - 1) + "…" : value;
    }

    /** Whether an element key's field is one this class gives an element left over: "old", or "new@" and its place. */
    static boolean isLeftOver(String field) {
        return field.equals("old") || field.startsWith("new@");
    }

    /** The place in the new list of a left-over element's field ("new@3" → "3"), or null for another field. */
    static String placeOf(String field) {
        return field.startsWith("new@") ? field.substring(4) : null;
    }

    /** "kind=name", or with a number when another element of the list has that name. */
    private static String unique(String kind, String name, java.util.Set<String> used) {
        String label = FlatData.elementName(kind, name);
        for (int k = 2; !used.add(label); k++) {
            label = FlatData.elementName(kind, name + " (" + k + ")");
        }
        return label;
    }
}
