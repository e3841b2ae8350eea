package io.diffpress.insight;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Entries of a docs table of contents ({@code toc.yml}: a list of {@code name}/{@code href}
 * maps nested under {@code items}) added, removed, renamed or pointed elsewhere. An entry is
 * identified by its href, else by its {@code uid} (reference docs), else by its path of names. A group (an entry with
 * neither) removed or added while every page under it stays in the toc is a regrouping, not pages gone or new.
 */
final class TocComparison {

    /**
     * An entry; parent is the index of its parent entry in the same list, or -1 at the top level. keywords is its
     * {@code displayName}: more words the docs site's search and toc filter match it by, separated by commas.
     */
    record Entry(String path, String name, String href, String uid, int parent, String keywords) {

        Entry(String path, String name, String href, String uid, int parent) {
            this(path, name, href, uid, parent, "");
        }

        List<String> keywordList() {
            return java.util.Arrays.stream(keywords.split(",")).map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
        }

        String key() {
            return !href.isEmpty() ? href : !uid.isEmpty() ? "uid:" + uid : "name:" + path;
        }

        /** What the entry opens: its href, else its uid, else nothing (a group). */
        String target() {
            return href.isEmpty() ? uid : href;
        }
    }

    private TocComparison() {
    }

    /** The entries of a parsed toc, or empty when the tree is not shaped like one. */
    static Optional<List<Entry>> entries(Object tree) {
        Object root = tree instanceof Map<?, ?> map && map.get("items") instanceof List<?> items ? items : tree;
        if (!(root instanceof List<?> list) || list.stream().noneMatch(TocComparison::isEntry)) {
            return Optional.empty();
        }
        List<Entry> out = new ArrayList<>();
        walk(list, "", -1, out, 0);
        return Optional.of(out);
    }

    static List<Fact> compare(List<Entry> before, List<Entry> after) {
        List<Fact> facts = new ArrayList<>();
        Map<String, Deque<Entry>> byKey = new HashMap<>();
        after.forEach(e -> byKey.computeIfAbsent(e.key(), k -> new ArrayDeque<>()).add(e));
        List<Entry> removed = new ArrayList<>();
        // each kept entry's new self: a child moved is one whose old parent is kept as another entry than its new parent
        Map<Entry, Entry> nowOf = new IdentityHashMap<>();
        // an entry still under a parent of the same path is that one, whatever copies of its href stand before it;
        // only then are the rest paired in file order
        Map<Entry, Entry> inPlace = new IdentityHashMap<>();
        for (Entry e : before) {
            Deque<Entry> q = byKey.get(e.key());
            Entry same = q == null ? null : sameParent(q, parentPath(e, before), after);
            if (same != null) {
                inPlace.put(e, same);
            }
        }
        for (Entry e : before) {
            Deque<Entry> q = byKey.get(e.key());
            Entry now = inPlace.containsKey(e) ? inPlace.get(e) : q == null ? null : q.pollFirst();
            if (now == null) {
                removed.add(e);
            } else {
                nowOf.put(e, now);
                if (!now.name().equals(e.name())) {
                    facts.add(new Fact.TocEntryRenamed(e.target(), e.name(), now.name()));
                }
                keywords(e, now, facts);
            }
        }
        Set<Entry> keptNew = Collections.newSetFromMap(new IdentityHashMap<>());
        keptNew.addAll(nowOf.values());
        // kept entries under the same parent, by the old parent's index: the ones whose order may have changed
        Map<Integer, List<Entry>> byParent = new java.util.TreeMap<>();
        for (Entry e : before) {
            Entry now = nowOf.get(e);
            if (now == null) {
                continue;
            }
            Entry parentThen = parent(e, before);
            Entry parentNow = parent(now, after);
            if (parentThen == null ? parentNow == null : nowOf.get(parentThen) == parentNow) {
                byParent.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(e);
                continue;
            }
            // both parents on both sides (or the top level): a child of a parent added, removed or renamed without an
            // href (which is removed and added) has not moved by itself
            boolean bothKept = (parentThen == null || nowOf.containsKey(parentThen)) && (parentNow == null || keptNew.contains(parentNow));
            if (bothKept) {
                facts.add(new Fact.TocEntryMoved(now.name(), now.target(), parentThen == null ? "" : parentThen.path(),
                        parentNow == null ? "" : parentNow.path()));
            }
        }
        reordered(byParent, after, nowOf, facts);
        // what is left in byKey was added; walk "after" to keep file order without sorting
        Set<Entry> left = Collections.newSetFromMap(new IdentityHashMap<>());
        byKey.values().forEach(left::addAll);
        List<Entry> added = new ArrayList<>();
        Map<String, Deque<Entry>> addedByPath = new HashMap<>();
        for (Entry e : after) {
            if (left.contains(e)) {
                added.add(e);
                addedByPath.computeIfAbsent(e.path(), k -> new ArrayDeque<>()).add(e);
            }
        }
        // the same entry name pointing at a new href is a fixed link, not a removal and an addition
        List<String> removedNames = new ArrayList<>();
        Map<String, Integer> oldNames = null;
        Set<Entry> retargeted = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Fact> regrouped = new ArrayList<>();
        // first the pages pointed elsewhere (found before the groups over them, which they keep whole)
        Map<Entry, Entry> retargetOf = new IdentityHashMap<>();
        for (Entry e : removed) {
            Deque<Entry> q = e.target().isEmpty() ? null : addedByPath.get(e.path());
            Entry now = q == null ? null : q.pollFirst();
            if (now != null) {
                retargeted.add(now);
                retargetOf.put(e, now);
            }
        }
        // then, of those left, a page under the group its group became (all paths matched first, so none is taken twice)
        Map<String, List<Entry>> addedByName = null;
        for (Entry e : removed) {
            if (!retargetOf.containsKey(e) && !e.target().isEmpty() && e.parent() >= 0) {
                if (addedByName == null) {
                    addedByName = new HashMap<>();
                    for (Entry a : added) {
                        addedByName.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(a);
                    }
                }
                Entry now = underRenamedGroup(e, addedByName.getOrDefault(e.name(), List.of()), retargeted, before, nowOf);
                if (now != null) {
                    retargeted.add(now);
                    retargetOf.put(e, now);
                }
            }
        }
        // the pages of each group removed over pages that stay, as they stand now: under one group added, it was renamed
        Map<Fact.TocGroupRemoved, List<Entry>> pagesNowOf = new IdentityHashMap<>();
        // then a page moved to another group and folder with its file (`how-to/quotas.md` → `concepts/quotas.md`): the same
        // name over a target of the same file name, anywhere; it had been told as removed, a breaking change (an audit)
        Set<Entry> movedToo = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Entry e : removed) {
            if (retargetOf.containsKey(e) || e.target().isEmpty() || fileName(e.target()).isEmpty()) {
                continue;
            }
            if (addedByName == null) {
                addedByName = new HashMap<>();
                for (Entry a : added) {
                    addedByName.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(a);
                }
            }
            // by name (a table of contents rewritten whole has thousands on each side)
            for (Entry a : addedByName.getOrDefault(e.name(), List.of())) {
                if (!retargeted.contains(a) && fileName(a.target()).equals(fileName(e.target()))) {
                    retargeted.add(a);
                    retargetOf.put(e, a);
                    movedToo.add(e);
                    break;
                }
            }
        }
        Map<Entry, Entry> replacedBy = replacedInPlace(before, after, removed, added, retargetOf, retargeted);
        for (Entry e : removed) {
            Entry now = retargetOf.get(e);
            List<Entry> pages = e.target().isEmpty() ? pagesUnder(e, before) : List.of();
            Entry replacement = replacedBy.get(e);
            if (replacement != null) {
                facts.add(new Fact.TocEntryReplaced(label(e), e.target(), label(replacement), replacement.target()));
                continue;
            }
            if (now != null) {
                if (movedToo.contains(e) && !parentPath(e, before).equals(parentPath(now, after))) {
                    facts.add(new Fact.TocEntryMoved(now.name(), now.target(), parentPath(e, before), parentPath(now, after)));
                }
                facts.add(new Fact.TocEntryRetargeted(e.name(), e.target(), now.target()));
                keywords(e, now, facts);
            } else if (!pages.isEmpty() && pages.stream().allMatch(p -> nowOf.containsKey(p) || retargetOf.containsKey(p))) {
                List<Entry> pagesNow = pages.stream().map(p -> nowOf.containsKey(p) ? nowOf.get(p) : retargetOf.get(p)).toList();
                Fact.TocGroupRemoved gone = new Fact.TocGroupRemoved(e.path(), pagesNow.stream().map(TocComparison::label).toList());
                regrouped.add(gone);
                pagesNowOf.put(gone, pagesNow);
            } else {
                oldNames = oldNames == null ? nameCounts(before) : oldNames;
                removedNames.add(label(e, oldNames));
            }
        }
        added.removeIf(retargeted::contains);
        for (java.util.Iterator<Entry> it = added.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            List<Entry> pages = e.target().isEmpty() ? pagesUnder(e, after) : List.of();
            if (!pages.isEmpty() && pages.stream().allMatch(p -> keptNew.contains(p) || retargeted.contains(p))) {
                regrouped.add(new Fact.TocGroupAdded(e.path(), pages.stream().map(TocComparison::label).toList()));
                it.remove();
            }
        }
        // a group removed and one added over the same pages is that group renamed
        for (int i = 0; i < regrouped.size(); i++) {
            if (regrouped.get(i) instanceof Fact.TocGroupRemoved r) {
                for (int k = 0; k < regrouped.size(); k++) {
                    if (regrouped.get(k) instanceof Fact.TocGroupAdded a && a.entries().equals(r.entries())) {
                        regrouped.set(i, new Fact.TocEntryRenamed("", lastName(r.group()), lastName(a.group())));
                        regrouped.remove(k);
                        break;
                    }
                }
            }
        }
        // a group renamed while pages were added to it (its new self is then no group over pages that stay): all the old
        // group's pages stand under one new group, which is that group renamed (an audit had "removed; its entries stay
        // elsewhere" and the new name as an entry added)
        for (int i = 0; i < regrouped.size(); i++) {
            if (regrouped.get(i) instanceof Fact.TocGroupRemoved r && pagesNowOf.containsKey(r)) {
                int parent = pagesNowOf.get(r).get(0).parent();
                Entry group = parent < 0 || pagesNowOf.get(r).stream().anyMatch(p -> p.parent() != parent) ? null : after.get(parent);
                if (group != null && group.target().isEmpty() && added.stream().anyMatch(a -> a == group)) {
                    regrouped.set(i, new Fact.TocEntryRenamed("", lastName(r.group()), group.name(), true));
                    added.removeIf(a -> a == group);
                }
            }
        }
        facts.addAll(regrouped);
        if (!removedNames.isEmpty()) {
            facts.add(0, new Fact.TocEntriesRemoved(removedNames));
        }
        if (!added.isEmpty()) {
            Map<String, Integer> newNames = nameCounts(after);
            facts.add(new Fact.TocEntriesAdded(added.stream().map(e -> label(e, newNames)).toList()));
        }
        return facts;
    }

    /**
     * Pages removed whose place, under the same parent, holds a page added of alike name: the one page removed and the
     * one added among that parent's entries, at the same index, one name (or file name) holding the other's words ("Quotas"
     * → quotas.md replaced by "Quotas and limits" → quotas-limits.md), likely the same page renamed and moved. An audit
     * found such an edit told as an entry removed (a breaking change) and another added. Of unlike names ("Quickstart" →
     * "Get started") the table of contents alone cannot tell a page renamed from another page put in its place: they
     * stay an entry removed and one added. The pages replacing are put in {@code retargeted}, which leaves them out of
     * those added.
     */
    private static Map<Entry, Entry> replacedInPlace(List<Entry> before, List<Entry> after, List<Entry> removed, List<Entry> added,
                                                     Map<Entry, Entry> retargetOf, Set<Entry> retargeted) {
        Map<Entry, Entry> out = new IdentityHashMap<>();
        Map<String, List<Entry>> removedUnder = new HashMap<>();
        for (Entry e : removed) {
            if (!retargetOf.containsKey(e) && !e.target().isEmpty()) {
                removedUnder.computeIfAbsent(parentPath(e, before), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, List<Entry>> addedUnder = new HashMap<>();
        for (Entry a : added) {
            if (!retargeted.contains(a) && !a.target().isEmpty()) {
                addedUnder.computeIfAbsent(parentPath(a, after), k -> new ArrayList<>()).add(a);
            }
        }
        removedUnder.forEach((parent, gone) -> {
            List<Entry> come = addedUnder.get(parent);
            if (gone.size() == 1 && come != null && come.size() == 1
                    && siblingIndex(gone.get(0), before) == siblingIndex(come.get(0), after) && alike(gone.get(0), come.get(0))) {
                out.put(gone.get(0), come.get(0));
                retargeted.add(come.get(0));
            }
        });
        return out;
    }

    /** How many entries under the same parent stand before the entry (entries are records: found by identity). */
    private static int siblingIndex(Entry e, List<Entry> list) {
        int index = 0;
        for (Entry other : list) {
            if (other == e) {
                return index;
            }
            if (other.parent() == e.parent()) {
                index++;
            }
        }
        return -1;
    }

    /**
     * Whether two entries likely name the same page: one name's words all in the other's ("Quotas" → "Quotas and limits"),
     * or one file name's ("quotas.md" → "quotas-limits.md"), or the same file name in another folder. Names sharing most
     * words but each with its own ("Deploy with the Azure CLI", "Deploy with Azure PowerShell") are sibling pages, not one
     * renamed (an audit found them told as one entry replaced, hiding a page removed).
     */
    private static boolean alike(Entry a, Entry b) {
        return contained(a.name(), b.name()) || contained(stem(fileName(a.target())), stem(fileName(b.target())))
                || !fileName(a.target()).isEmpty() && fileName(a.target()).equals(fileName(b.target()));
    }

    /** Whether every word of one text (as {@link MarkdownComparison#words} reads them) is a word of the other; neither without words. */
    private static boolean contained(String a, String b) {
        Set<String> x = MarkdownComparison.words(a);
        Set<String> y = MarkdownComparison.words(b);
        return !x.isEmpty() && !y.isEmpty() && (y.containsAll(x) || x.containsAll(y));
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName).replace('-', ' ').replace('_', ' ');
    }

    /** Of kept entries grouped by their parent (the same on both sides), those whose order among them changed (outside the longest kept run). */
    private static void reordered(Map<Integer, List<Entry>> byParent, List<Entry> after, Map<Entry, Entry> nowOf, List<Fact> facts) {
        Map<Entry, Integer> newIndex = new IdentityHashMap<>();
        for (int i = 0; i < after.size(); i++) {
            newIndex.put(after.get(i), i);
        }
        List<String> moved = new ArrayList<>();
        for (List<Entry> siblings : byParent.values()) {
            moved.addAll(Reordering.movedNames(siblings.stream().map(e -> label(nowOf.get(e))).toList(),
                    siblings.stream().mapToInt(e -> newIndex.get(nowOf.get(e))).toArray()));
        }
        if (!moved.isEmpty()) {
            facts.add(new Fact.TocEntriesReordered(moved));
        }
    }

    /**
     * Of the entries added under the same name as one removed, the one in the group that group became: a sibling page kept from the old
     * group stands under the new one (a group renamed while one of its pages was pointed elsewhere, so neither path
     * matches); or null.
     */
    private static Entry underRenamedGroup(Entry then, List<Entry> sameName, Set<Entry> taken, List<Entry> before, Map<Entry, Entry> nowOf) {
        for (Entry now : sameName) {
            if (taken.contains(now) || now.parent() < 0 || now.target().isEmpty()) {
                continue;
            }
            for (int i = then.parent() + 1; i < before.size(); i++) {
                Entry sibling = before.get(i);
                if (sibling.parent() < then.parent()) {
                    break; // past the group's entries (they come in walk order, right after it)
                }
                if (sibling.parent() == then.parent() && nowOf.containsKey(sibling) && nowOf.get(sibling).parent() == now.parent()) {
                    return now;
                }
            }
        }
        return null;
    }

    /** The search keywords an entry kept (by its target, or its name when retargeted) gained or lost. */
    private static void keywords(Entry then, Entry now, List<Fact> facts) {
        if (now.keywords().equals(then.keywords())) {
            return;
        }
        List<String> before = then.keywordList();
        List<String> after = now.keywordList();
        List<String> gained = after.stream().filter(k -> !before.contains(k)).toList();
        List<String> lost = before.stream().filter(k -> !after.contains(k)).toList();
        if (!gained.isEmpty() || !lost.isEmpty()) {
            facts.add(new Fact.TocKeywordsChanged(label(now), gained, lost));
        }
    }

    private static String lastName(String path) {
        int at = path.lastIndexOf(" > ");
        return at < 0 ? path : path.substring(at + 3);
    }

    /** The entries with a target (pages) anywhere below a group, in order: entries below come after it in the list. */
    private static List<Entry> pagesUnder(Entry group, List<Entry> list) {
        int at = 0;
        while (list.get(at) != group) {
            at++;
        }
        List<Entry> pages = new ArrayList<>();
        java.util.BitSet inside = new java.util.BitSet();
        inside.set(at);
        for (int i = at + 1; i < list.size(); i++) {
            Entry e = list.get(i);
            if (e.parent() < 0 || !inside.get(e.parent())) {
                break; // entries come in walk order: the group's last descendant is behind
            }
            inside.set(i);
            if (!e.target().isEmpty()) {
                pages.add(e);
            }
        }
        return pages;
    }

    /** Of entries with one href, the first under a parent of the given path, taken from the candidates; or null. */
    private static Entry sameParent(Deque<Entry> candidates, String parentPath, List<Entry> list) {
        for (java.util.Iterator<Entry> it = candidates.iterator(); it.hasNext(); ) {
            Entry c = it.next();
            if (parentPath(c, list).equals(parentPath)) {
                it.remove();
                return c;
            }
        }
        return null;
    }

    /** The entry's parent in its list, or null at the top level. */
    private static Entry parent(Entry e, List<Entry> list) {
        return e.parent() < 0 ? null : list.get(e.parent());
    }

    /** The file a target opens, without its folders, query or fragment: "" for none. */
    private static String fileName(String target) {
        String t = target;
        int cut = t.indexOf('#');
        t = cut >= 0 ? t.substring(0, cut) : t;
        cut = t.indexOf('?');
        t = cut >= 0 ? t.substring(0, cut) : t;
        return t.substring(t.lastIndexOf('/') + 1);
    }

    private static String parentPath(Entry e, List<Entry> list) {
        return e.parent() < 0 ? "" : list.get(e.parent()).path();
    }

    private static String label(Entry e) {
        return e.name().isEmpty() ? e.href() : e.name();
    }

    /**
     * An entry added or removed by its name, or by its path of names ("Get started > Overview") when another entry of
     * its version has the same name: which of two `Overview` entries went is then said.
     */
    private static String label(Entry e, Map<String, Integer> names) {
        return !e.name().isEmpty() && e.parent() >= 0 && names.getOrDefault(e.name(), 0) > 1 ? e.path() : label(e);
    }

    /** How many entries of a version have each name. */
    private static Map<String, Integer> nameCounts(List<Entry> version) {
        Map<String, Integer> counts = new HashMap<>();
        version.forEach(e -> counts.merge(e.name(), 1, Integer::sum));
        return counts;
    }

    private static boolean isEntry(Object o) {
        return o instanceof Map<?, ?> m && (m.containsKey("name") || m.containsKey("href") || m.containsKey("items"));
    }

    /** The keys an entry is read by: what else the tree holds is {@link #unread}. */
    private static final java.util.Set<String> READ = java.util.Set.of("name", "href", "topicHref", "uid", "displayName", "items");

    /**
     * A table of contents without what its entries are read by: what is left (a breadcrumb's tocHref, an entry's
     * expanded flag) changed when this differs between two versions whose entries tell nothing.
     */
    static Object unread(Object tree) {
        if (tree instanceof Map<?, ?> m) {
            Map<Object, Object> rest = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> rest.put(k, READ.contains(String.valueOf(k)) && !"items".equals(k) ? "" : unread(v)));
            return rest;
        }
        if (tree instanceof List<?> l) {
            return l.stream().map(TocComparison::unread).toList();
        }
        return tree;
    }

    private static void walk(List<?> items, String parent, int parentIndex, List<Entry> out, int depth) {
        if (depth > FlatData.MAX_DEPTH) {
            return;
        }
        for (Object o : items) {
            if (!(o instanceof Map<?, ?> m) || out.size() >= FlatData.MAX_KEYS) {
                continue;
            }
            String name = text(m.get("name"));
            String path = parent.isEmpty() ? name : parent + " > " + name;
            int index = out.size();
            // a breadcrumb's entry (breadcrumb/toc.yml) opens its topicHref: a new one is the entry retargeted (an audit)
            String href = text(m.get("href"));
            out.add(new Entry(path, name, href.isEmpty() ? text(m.get("topicHref")) : href, text(m.get("uid")), parentIndex,
                    text(m.get("displayName"))));
            if (m.get("items") instanceof List<?> children) {
                walk(children, path, index, out, depth + 1);
            }
        }
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o).trim();
    }
}
