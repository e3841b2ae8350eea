package io.diffpress.insight;

import io.diffpress.insight.MarkdownOutline.LinkTarget;
import io.diffpress.insight.MarkdownOutline.Row;
import io.diffpress.insight.MarkdownOutline.Table;
import io.diffpress.insight.MarkdownOutline.TextBlock;
import io.diffpress.insight.MarkdownOutline.Title;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The facts that tell two versions of a Markdown file apart. Sections are matched by their
 * headings first; tables, paragraphs, list items and code blocks are then compared within
 * matched sections, so content of an added or removed section is told once, by the section fact.
 */
final class MarkdownComparison {

    /** Words two blocks must share (Dice) to be taken as one block edited rather than one removed and one added. */
    static final double SAME_BLOCK = 0.5;
    /** A block whose words are this share of another's, or more, pairs with it (see {@link #kinship}). */
    static final double CONTAINED_SHARE = 0.8;
    /** ... when it has at least this many words: a few words in common say little. */
    static final int CONTAINED_WORDS = 5;
    private static final int MAX_TERMS = 8;

    private final MarkdownOutline before;
    private final MarkdownOutline after;
    private final int[] oldToNew;
    private final boolean[] newMatched;
    private final List<Fact> facts = new ArrayList<>();

    private final LineDiff lineDiff;
    /** Words and identifiers of the blocks being paired, numbered once for the whole comparison. */
    private final Similarity.Bags bags = Similarity.Bags.recycled(Similarity.Bags.COMPARISON);
    /** For each old line, the new line the diff kept it as, or -1. */
    private final int[] keptAs;

    /** Headings matched by the chunked reading, on these lists: reused when the outlines have the same ones. */
    private final HeadingMatch known;

    /**
     * The result of {@link #matchHeadings} on two lists of headings (the facts of renamed headings
     * included), kept so that the comparison need not match the same headings again.
     */
    record HeadingMatch(List<Title> before, List<Title> after, int[] match, List<Fact> renamed) {
    }

    /** Which line-read syntax (tabs, Learn directives, HTML anchors) either version may hold. */
    private final LearnSyntax syntax;
    /** For each old block being compared, the new block it was matched with as the same text, or -1 (see {@link #blocks}). */
    private int[] sameBlockAs;
    /** Whether a list item was matched by its text rather than anchored in place: only then may items have moved. */
    private boolean itemMatchedElsewhere;
    /** For each new line, the old line kept as it when in a section told as HeadingRemoved, or -1; null when none is. */
    private int[] keptFromMerged;

    private MarkdownComparison(MarkdownOutline before, MarkdownOutline after, LineDiff lineDiff, HeadingMatch known,
                               LearnSyntax syntax) {
        this.syntax = syntax != null ? syntax : LearnSyntax.of(before, after, lineDiff);
        this.known = known;
        this.before = before;
        this.after = after;
        this.lineDiff = lineDiff;
        this.keptAs = lineDiff.oldToNew();
        this.oldToNew = new int[before.headings().size() + 1];
        this.newMatched = new boolean[after.headings().size() + 1];
    }

    /** Compares two outlines whose lines the given diff was computed on. */
    static List<Fact> compare(MarkdownOutline before, MarkdownOutline after, LineDiff lineDiff) {
        return compare(before, after, lineDiff, null, null, null);
    }

    /**
     * A fence line added to the new version or removed from the old one, which the two versions compared no longer hold
     * ({@link FenceFlip}): it was at {@code line} (from 0) of its version, so the compared version's line before that
     * one is in its section (the fence line was no heading). Counted with its section's changed lines.
     */
    record FenceLine(boolean added, int line) {
    }

    /**
     * As {@link #compare(MarkdownOutline, MarkdownOutline, LineDiff)}, with the headings' match and what line-read syntax
     * either version may hold when the chunked reading made them already (or null).
     */
    static List<Fact> compare(MarkdownOutline before, MarkdownOutline after, LineDiff lineDiff, HeadingMatch known,
                              LearnSyntax syntax, FenceLine fenceLine) {
        MarkdownComparison c = new MarkdownComparison(before, after, lineDiff, known, syntax);
        c.fields();
        c.sections();
        c.tabs();
        c.tables();
        c.blocks();
        c.facts.addAll(CodeBlockComparison.compare(before, after, lineDiff, c.oldToNew, c.newMatched, c.keptFromMerged, c.bags));
        c.links();
        if (c.syntax.colons()) {
            c.learnImages();
            c.facts.addAll(LearnConditions.compare(before, after));
        }
        if (c.syntax.anchors()) {
            c.facts.addAll(HtmlAnchors.compare(before, after));
        }
        c.sectionCounts(fenceLine);
        return FactRereading.apply(c.facts, c::rowOf);
    }

    /**
     * A row of a table by its section's title (as the facts name it) and its name, in the old or the new version: its
     * table's header and its cells; empty when there is none, or several of that name there.
     */
    private java.util.Optional<FactRereading.RowAt> rowOf(boolean old, String section, String name) {
        FactRereading.RowAt found = null;
        for (Table t : (old ? before : after).tables()) {
            int s = old ? oldToNew[t.section()] : t.section();
            if (s < 0 || !title(s).equals(section)) {
                continue;
            }
            for (Row r : t.rows()) {
                if (r.name().equals(name)) {
                    if (found != null) {
                        return java.util.Optional.empty();
                    }
                    found = new FactRereading.RowAt(t.header(), r.plain());
                }
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    private String title(int newSection) {
        return after.sectionTitle(newSection);
    }

    /** {@link #underNewHeading(int, int[], boolean[], MarkdownOutline)} for this comparison. */
    private boolean underNewHeading(int oldLine) {
        return underNewHeading(oldLine, keptAs, newMatched, after);
    }

    /** {@link #fromMergedSection(int, int[])} for this comparison. */
    private boolean fromMergedSection(int newLine) {
        return fromMergedSection(newLine, keptFromMerged);
    }

    /**
     * Whether a new line was kept from a section whose heading alone was removed (told as {@link Fact.HeadingRemoved}:
     * two sections made one). What starts there was not added to its new section; it was on the page already.
     *
     * @param keptFromMerged for each new line, the old line of such a section kept as it, or -1; null when there is none
     */
    static boolean fromMergedSection(int newLine, int[] keptFromMerged) {
        return keptFromMerged != null && newLine >= 0 && newLine < keptFromMerged.length && keptFromMerged[newLine] >= 0;
    }

    /**
     * Whether an old line is kept as a line of a section the new version added: a heading put over text already on the
     * page (a section split in two). What starts there is not removed from its old section; it is in the new one, which
     * is told as a whole, as any section added is.
     */
    static boolean underNewHeading(int oldLine, int[] keptAs, boolean[] newMatched, MarkdownOutline after) {
        int line = oldLine >= 0 && oldLine < keptAs.length ? keptAs[oldLine] : -1;
        return line >= 0 && !newMatched[after.sectionOf(line)];
    }

    /** For each new line, the old line kept as it, or -1. */
    private int[] newToOld() {
        int[] toOld = new int[after.lines().size()];
        Arrays.fill(toOld, -1);
        for (int i = 0; i < keptAs.length; i++) {
            if (keptAs[i] >= 0 && keptAs[i] < toOld.length) {
                toOld[keptAs[i]] = i;
            }
        }
        return toOld;
    }

    /** Per text of an old line the diff removed (stripped, not blank), how many such lines are left to be found moved. */
    private Map<String, Integer> removedLines;

    /**
     * How many lines of the body of new heading j (0-based) were on the old page, as {kept, moved}: kept by the diff
     * (now under the new heading), or not kept but with the text of an old line the diff removed (moved there from
     * elsewhere). "Section X (97 lines) was added" had told them all as new (an audit: 47 of its 97 lines). Each old
     * line counts once.
     */
    private int[] onPageBefore(int j, int[] newToOld) {
        if (removedLines == null) {
            removedLines = new HashMap<>();
            List<String> old = before.lines();
            for (int i = 0; i < old.size() && i < keptAs.length; i++) {
                String text = old.get(i).strip();
                if (keptAs[i] < 0 && !text.isEmpty()) {
                    removedLines.merge(text, 1, Integer::sum);
                }
            }
        }
        int start = after.headings().get(j).line() + 1;
        int end = j + 1 < after.headings().size() ? after.headings().get(j + 1).line() : after.lines().size();
        int kept = 0;
        int moved = 0;
        for (int line = start; line < end && line < newToOld.length; line++) {
            String text = after.lines().get(line).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (newToOld[line] >= 0) {
                kept++; // kept by the diff where it stood, now under the new heading
            } else if (removedLines.getOrDefault(text, 0) > 0) {
                removedLines.merge(text, -1, Integer::sum);
                moved++;
            }
        }
        return new int[] {kept, moved};
    }

    /** How many lines of the body of old heading i (0-based) the line diff kept. */
    private int keptLines(int i) {
        int end = i + 1 < before.headings().size() ? before.headings().get(i + 1).line() : before.lines().size();
        int kept = 0;
        for (int line = before.headings().get(i).line() + 1; line < end && line < keptAs.length; line++) {
            kept += keptAs[line] >= 0 ? 1 : 0;
        }
        return kept;
    }

    /**
     * For heading k (0-based) of one version whose line the line diff did not keep, and the text lines of whose body it
     * all kept (blank lines need not be), into one section of the other version that pairs: the other version's line of
     * its first text line; else -1 (also for a body with no text). For an added heading, the text was already on the page
     * (a section split in two); for a removed one, it still is (two sections made one).
     */
    private static int overKeptBody(MarkdownOutline side, int k, int[] toOther, MarkdownOutline other, java.util.function.IntPredicate pairs) {
        return overKeptBody(side, k, toOther, null, other, pairs);
    }

    /**
     * As {@link #overKeptBody(MarkdownOutline, int, int[], MarkdownOutline, java.util.function.IntPredicate)}; with
     * {@code fromOther} (the other version's lines kept as lines of this one), a body may also hold lines that replace
     * lines of the other version at their place (a value edited under the heading put over it: `--location eastus` →
     * `swedencentral`, a row's figure corrected), as long as two thirds of its text lines were kept: the edits are told
     * by the blocks compared, and the heading as put over text, not as a section added (an audit found such a heading
     * told as a section of new text, a new feature). Lines only added (new text) still make it a section added.
     */
    private static int overKeptBody(MarkdownOutline side, int k, int[] toOther, int[] fromOther, MarkdownOutline other,
                                    java.util.function.IntPredicate pairs) {
        int heading = side.headings().get(k).line();
        int end = k + 1 < side.headings().size() ? side.headings().get(k + 1).line() : side.lines().size();
        if (heading >= toOther.length || toOther[heading] >= 0 || heading + 1 >= end) {
            return -1;
        }
        int first = -1;
        int text = 0;
        int keptText = 0;
        for (int line = heading + 1; line < end; line++) {
            boolean blank = side.lines().get(line).isBlank();
            text += blank ? 0 : 1;
            if (line < toOther.length && toOther[line] >= 0) {
                if (!blank && first >= 0 && other.sectionOf(toOther[line]) != other.sectionOf(first)) {
                    return -1; // its text is in two sections of the other version: no one section split or joined
                }
                first = first < 0 && !blank ? toOther[line] : first;
                keptText += blank ? 0 : 1;
            } else if (!blank && (fromOther == null
                    || !replacesAtItsPlace(side, line, toOther, fromOther, other, !codeOrRow(side.lines(), heading + 1, line)))) {
                // a line of text that is new, or gone; or prose rewritten, not edited (code, table rows and prose alike to
                // what it replaced are compared with what they were under the new heading, and told there)
                return -1;
            }
        }
        if (keptText * 3 < text * 2) {
            return -1;
        }
        return first < 0 || !pairs.test(other.sectionOf(first)) ? -1 : first;
    }

    /** Whether a line is a table row ("| … |") or inside a fenced code block that opens at or after {@code from}. */
    private static boolean codeOrRow(List<String> lines, int from, int line) {
        if (lines.get(line).strip().startsWith("|")) {
            return true;
        }
        boolean open = false;
        for (int k = from; k < line; k++) {
            String l = lines.get(k).strip();
            if (l.startsWith("```") || l.startsWith("~~~")) {
                open = !open;
            }
        }
        return open;
    }

    /**
     * Whether a line the diff did not keep stands where the other version has text the diff did not keep either: between
     * the kept lines around it, the other version lost a line of text (a replacement, not an insertion).
     */
    private static boolean replacesAtItsPlace(MarkdownOutline side, int line, int[] toOther, int[] fromOther, MarkdownOutline other,
                                              boolean prose) {
        int before = line - 1;
        while (before >= 0 && (before >= toOther.length || toOther[before] < 0)) {
            before--;
        }
        int after = line + 1;
        while (after < side.lines().size() && (after >= toOther.length || toOther[after] < 0)) {
            after++;
        }
        int from = before < 0 ? 0 : toOther[before] + 1;
        int to = after >= side.lines().size() || after >= toOther.length ? other.lines().size() : toOther[after];
        StringBuilder was = new StringBuilder();
        for (int o = from; o < to && o < fromOther.length; o++) {
            if (fromOther[o] < 0 && !other.lines().get(o).isBlank()) {
                if (!prose) {
                    return true;
                }
                was.append(other.lines().get(o)).append(' ');
            }
        }
        if (was.length() == 0) {
            return false;
        }
        // prose: the lines it replaced hold most of its words (a paragraph edited, "30 days" → "90 days"), which the
        // comparison then pairs under the new heading; other text put in their place is new
        StringBuilder now = new StringBuilder();
        for (int k = before + 1; k < after && k < side.lines().size(); k++) {
            now.append(side.lines().get(k)).append(' ');
        }
        return Similarity.words(was.toString(), now.toString()) >= SAME_BLOCK;
    }


    // ---- front matter ----

    private void fields() {
        Map<String, String> a = before.frontMatter().fields();
        Map<String, String> b = after.frontMatter().fields();
        facts.addAll(FieldComparison.compare(Fact.Scope.FRONT_MATTER, a, b));
        if (before.frontMatter().valid() != after.frontMatter().valid()) {
            facts.add(new Fact.FrontMatterValidity(after.frontMatter().valid()));
        }
    }

    // ---- headings ----

    private void sections() {
        List<Title> oldH = before.headings();
        List<Title> newH = after.headings();
        List<Fact> renamed;
        int[] match;
        if (known != null && known.before().equals(oldH) && known.after().equals(newH)) {
            // the same headings were matched on the same diff: the same match and renames
            renamed = known.renamed();
            match = known.match();
        } else {
            renamed = new ArrayList<>();
            match = matchHeadings(oldH, newH, keptAs, renamed, before.lines(), after.lines());
        }
        boolean[] taken = new boolean[newH.size()];
        Arrays.fill(oldToNew, -1);
        oldToNew[0] = 0;
        newMatched[0] = true;
        for (int i = 0; i < oldH.size(); i++) {
            if (match[i] >= 0) {
                oldToNew[i + 1] = match[i] + 1;
                newMatched[match[i] + 1] = true;
                taken[match[i]] = true;
            }
        }
        boolean[] merged = null;
        for (int i = 0; i < oldH.size(); i++) {
            if (match[i] < 0) {
                int kept = overKeptBody(before, i, keptAs, after, section -> newMatched[section]);
                if (kept < 0) {
                    facts.add(new Fact.SectionRemoved(oldH.get(i).level(), oldH.get(i).text(), before.sectionLines(i + 1)));
                } else {
                    merged = merged != null ? merged : new boolean[oldH.size() + 1];
                    merged[i + 1] = true;
                    facts.add(new Fact.HeadingRemoved(oldH.get(i).level(), oldH.get(i).text(), keptLines(i),
                            after.sectionTitle(after.sectionOf(kept))));
                }
            }
        }
        if (merged != null) {
            keptFromMerged = newToOld();
            for (int line = 0; line < keptFromMerged.length; line++) {
                if (keptFromMerged[line] >= 0 && !merged[before.sectionOf(keptFromMerged[line])]) {
                    keptFromMerged[line] = -1;
                }
            }
        }
        int[] newToOld = null;
        for (int j = 0; j < newH.size(); j++) {
            if (!taken[j]) {
                if (newToOld == null) {
                    newToOld = newToOld();
                }
                int kept = overKeptBody(after, j, newToOld, keptAs, before, section -> oldToNew[section] >= 0);
                int[] there = kept < 0 ? onPageBefore(j, newToOld) : null;
                facts.add(kept < 0 ? new Fact.SectionAdded(newH.get(j).level(), newH.get(j).text(), after.sectionLines(j + 1),
                        there[0], there[1])
                        : new Fact.HeadingAdded(newH.get(j).level(), newH.get(j).text(), after.sectionLines(j + 1) - 1,
                        before.sectionTitle(before.sectionOf(kept))));
            }
        }
        facts.addAll(renamed);
    }

    /**
     * Tabs added to, removed from or renamed in the tab groups of a section kept (those of a section added or removed go
     * with it): a tab is known by its section and its #tab/ id, so one whose name changed is renamed. Read only when
     * either version may have a tab.
     */
    private void tabs() {
        if (!syntax.tabs()) {
            return;
        }
        Map<List<Object>, Deque<String>> old = new LinkedHashMap<>();
        for (TabHeadings.Tab t : TabHeadings.of(before)) {
            if (oldToNew[t.section()] >= 0) {
                old.computeIfAbsent(List.of(oldToNew[t.section()], t.id()), k -> new ArrayDeque<>()).add(t.name());
            }
        }
        List<TabHeadings.Tab> added = new ArrayList<>();
        for (TabHeadings.Tab t : TabHeadings.of(after)) {
            if (!newMatched[t.section()]) {
                continue;
            }
            Deque<String> names = old.get(List.of(t.section(), t.id()));
            String was = null;
            if (names != null && !names.isEmpty()) {
                // the same name first: a group with two tabs of one id (a typo) keeps its pairs
                was = names.contains(t.name()) ? t.name() : names.peek();
                names.remove(was);
            }
            if (was == null) {
                added.add(t);
            } else if (!was.equals(t.name())) {
                facts.add(new Fact.TabRenamed(title(t.section()), was, t.name()));
            }
        }
        // then, in the same section, a tab whose name and id both changed but whose name begins as the old one did
        // ("REST" → "REST API"): the same tab renamed
        Map<List<Object>, Deque<List<Object>>> leftByWord = new LinkedHashMap<>();
        old.forEach((key, names) -> names.forEach(n -> leftByWord.computeIfAbsent(List.of(key.get(0), firstWord(n)), k -> new ArrayDeque<>())
                .add(List.of(key, n))));
        for (java.util.Iterator<TabHeadings.Tab> it = added.iterator(); it.hasNext(); ) {
            TabHeadings.Tab t = it.next();
            if (old.values().stream().anyMatch(names -> names.contains(t.name()))) {
                continue; // the same name under another id: the pass below
            }
            Deque<List<Object>> candidates = leftByWord.get(List.of(t.section(), firstWord(t.name())));
            List<Object> was = candidates == null ? null : candidates.poll();
            if (was != null) {
                old.get(was.get(0)).remove((String) was.get(1));
                facts.add(new Fact.TabRenamed(title(t.section()), (String) was.get(1), t.name()));
                it.remove();
            }
        }
        // then by name: a tab whose id alone changed is the same tab to a reader
        Map<List<Object>, Integer> removedByName = new LinkedHashMap<>();
        old.forEach((key, names) -> names.forEach(n -> removedByName.merge(List.of(key.get(0), n), 1, Integer::sum)));
        List<Fact> addedFacts = new ArrayList<>();
        for (TabHeadings.Tab t : added) {
            if (removedByName.merge(List.of(t.section(), t.name()), -1, Integer::sum) < 0) {
                addedFacts.add(new Fact.TabAdded(title(t.section()), t.name()));
            }
        }
        removedByName.forEach((key, n) -> {
            for (int i = 0; i < n; i++) {
                facts.add(new Fact.TabRemoved(title((Integer) key.get(0)), (String) key.get(1)));
            }
        });
        facts.addAll(addedFacts);
    }

    private static String firstWord(String name) {
        String w = name.strip().toLowerCase(Locale.ROOT);
        int space = w.indexOf(' ');
        return space < 0 ? w : w.substring(0, space);
    }

    /**
     * For each old heading, the new heading it is, or -1. Headings are anchored on the line diff,
     * so sections pair exactly as the changed lines do; between two anchored headings an unmatched
     * old and new heading of the same level with similar titles is a rename, added to renamed.
     */
    static int[] matchHeadings(List<Title> oldH, List<Title> newH, int[] toNew, List<Fact> renamed) {
        return matchHeadings(oldH, newH, toNew, renamed, null, null);
    }

    /**
     * As {@link #matchHeadings(List, List, int[], List)}; with the lines of both versions, a heading left unmatched that
     * was reworded and moved elsewhere with its body ({@link #movedAndRenamed}) is matched too.
     */
    static int[] matchHeadings(List<Title> oldH, List<Title> newH, int[] toNew, List<Fact> renamed, List<String> oldLines,
                               List<String> newLines) {
        if (oldH.isEmpty() || newH.isEmpty()) {
            // nothing to pair (a page added or removed, or without headings on one side)
            int[] none = new int[oldH.size()];
            Arrays.fill(none, -1);
            return none;
        }
        Map<Integer, Integer> newAtLine = new HashMap<>();
        for (int j = 0; j < newH.size(); j++) {
            newAtLine.put(newH.get(j).line(), j);
        }
        int[] match = new int[oldH.size()];
        Arrays.fill(match, -1);
        int[] oldGap = new int[oldH.size()];
        int[] newGap = new int[newH.size()];
        boolean[] taken = new boolean[newH.size()];
        int gap = 0;
        int lastNew = -1;
        for (int i = 0; i < oldH.size(); i++) {
            Title h = oldH.get(i);
            int line = h.line() < toNew.length ? toNew[h.line()] : -1;
            Integer j = line < 0 ? null : newAtLine.get(line);
            if (j != null && j > lastNew && newH.get(j).level() == h.level() && newH.get(j).text().equals(h.text())) {
                for (int k = lastNew + 1; k < j; k++) {
                    newGap[k] = gap;
                }
                match[i] = j;
                taken[j] = true;
                lastNew = j;
                gap++;
            } else {
                oldGap[i] = gap;
            }
        }
        for (int k = lastNew + 1; k < newH.size(); k++) {
            newGap[k] = gap;
        }
        // A heading the line diff did not anchor (its last line gained or lost a line feed, or git aligned the
        // lines otherwise) but whose title is unchanged is the same heading, not one renamed to its own title.
        for (int i = 0; i < oldH.size(); i++) {
            for (int j = 0; j < newH.size() && match[i] < 0; j++) {
                if (!taken[j] && newGap[j] == oldGap[i] && newH.get(j).level() == oldH.get(i).level()
                        && newH.get(j).text().equals(oldH.get(i).text())) {
                    match[i] = j;
                    taken[j] = true;
                }
            }
        }
        // The same title a level up or down ("## Setup" → "### Setup") is the same section, its outline changed.
        for (int i = 0; i < oldH.size(); i++) {
            for (int j = 0; j < newH.size() && match[i] < 0; j++) {
                if (!taken[j] && newGap[j] == oldGap[i] && newH.get(j).text().equals(oldH.get(i).text())) {
                    match[i] = j;
                    taken[j] = true;
                    renamed.add(new Fact.HeadingLevelChanged(oldH.get(i).text(), oldH.get(i).level(), newH.get(j).level()));
                }
            }
        }
        Titles titles = null;
        // Titles alike over the same text first: steps renumbered ("Step 3: Test" → "Step 2: Test" after step 2 was
        // removed) pair by what they hold, not by their number ("Step 2: Deploy a model" → "Step 2: Test", which an
        // audit found told as a rename while a step was removed; the line diff may keep another step's lines)
        for (int i = 0; i < oldH.size() && oldLines != null && newLines != null; i++) {
            if (match[i] >= 0) {
                continue;
            }
            for (int j = 0; j < newH.size(); j++) {
                if (!taken[j] && newGap[j] == oldGap[i] && newH.get(j).level() == oldH.get(i).level()
                        && sameText(oldH, i, oldLines, newH, j, newLines)
                        && (titles == null ? titles = new Titles() : titles).similar(oldH.get(i).text(), newH.get(j).text())) {
                    match[i] = j;
                    taken[j] = true;
                    renamed.add(new Fact.HeadingRenamed(oldH.get(i).level(), oldH.get(i).text(), newH.get(j).text()));
                    break;
                }
            }
        }
        for (int i = 0; i < oldH.size(); i++) {
            if (match[i] >= 0) {
                continue;
            }
            for (int j = 0; j < newH.size(); j++) {
                if (!taken[j] && newGap[j] == oldGap[i] && newH.get(j).level() == oldH.get(i).level()
                        && (titles == null ? titles = new Titles() : titles).similar(oldH.get(i).text(), newH.get(j).text(), true)) {
                    match[i] = j;
                    taken[j] = true;
                    renamed.add(new Fact.HeadingRenamed(oldH.get(i).level(), oldH.get(i).text(), newH.get(j).text()));
                    break;
                }
            }
        }
        // A heading line edited into other words ("Supported languages" → "Language support") still heads the same
        // section when the line diff kept most of the section's body under it: told as a rename, so what changed in
        // the body (a row removed, say) is told too, instead of the whole section removed and added. Both heading
        // lines must be edited ones: a heading that only became text (a code fence opened above it) is not renamed.
        java.util.BitSet keptNew = null;
        for (int i = 0; i < oldH.size(); i++) {
            if (match[i] >= 0 || (oldH.get(i).line() < toNew.length && toNew[oldH.get(i).line()] >= 0)) {
                continue;
            }
            if (keptNew == null) {
                keptNew = new java.util.BitSet();
                for (int target : toNew) {
                    if (target >= 0) {
                        keptNew.set(target);
                    }
                }
            }
            for (int j = 0; j < newH.size(); j++) {
                if (!taken[j] && newGap[j] == oldGap[i] && newH.get(j).level() == oldH.get(i).level()
                        && !keptNew.get(newH.get(j).line()) && bodyKept(oldH, i, newH, j, toNew)) {
                    match[i] = j;
                    taken[j] = true;
                    renamed.add(new Fact.HeadingRenamed(oldH.get(i).level(), oldH.get(i).text(), newH.get(j).text()));
                    break;
                }
            }
        }
        // A page's one title (its only level-1 heading, in either version) reworded is the page retitled, however short
        // the short body under it (fewer lines than a longer body's rename asks to keep), if most of it stayed: not a
        // section removed (a breaking change) and another added (an audit); a page rewritten whole is still told as its
        // sections removed and added
        int oldTitle = onlyTitle(oldH);
        int newTitle = onlyTitle(newH);
        if (oldTitle >= 0 && newTitle >= 0 && match[oldTitle] < 0 && !taken[newTitle] && newGap[newTitle] == oldGap[oldTitle]
                && shortBody(oldH, oldTitle, toNew.length) && bodyKept(oldH, oldTitle, newH, newTitle, toNew, 1)) {
            match[oldTitle] = newTitle;
            taken[newTitle] = true;
            renamed.add(new Fact.HeadingRenamed(1, oldH.get(oldTitle).text(), newH.get(newTitle).text()));
        }
        moved(oldH, newH, match, taken, renamed);
        if (oldLines != null && newLines != null) {
            movedAndRenamed(oldH, newH, match, taken, renamed, oldLines, newLines);
        }
        reordered(oldH, newH, match, renamed, oldLines == null ? Integer.MAX_VALUE : oldLines.size());
        foldRuns(oldH, newH, match, renamed);
        return match;
    }

    /** The titles of the sections the facts so far tell as moved. */
    private static java.util.Set<String> movedTitles(List<Fact> facts) {
        java.util.Set<String> told = new java.util.HashSet<>();
        for (Fact f : facts) {
            if (f instanceof Fact.SectionMoved moved) {
                told.add(moved.title());
            }
        }
        return told;
    }

    /**
     * Drops the moves of subsections that moved with their section: a heading told as moved that still follows the heading
     * it followed, which moved too, and is deeper than the heading that opened the run (the passes that pair headings
     * by title and by body each told their own; an audit found both subsections of a renamed section told as moved).
     */
    private static void foldRuns(List<Title> oldH, List<Title> newH, int[] match, List<Fact> renamed) {
        java.util.Set<String> told = movedTitles(renamed);
        if (told.isEmpty()) {
            return;
        }
        int[] oldOf = new int[newH.size()];
        Arrays.fill(oldOf, -1);
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                oldOf[match[i]] = i;
            }
        }
        java.util.Set<String> along = new java.util.HashSet<>();
        boolean moving = false;
        int runLevel = 0;
        for (int j = 0; j < newH.size(); j++) {
            int i = oldOf[j];
            Title h = newH.get(j);
            boolean follows = i > 0 && j > 0 && oldOf[j - 1] == i - 1;
            if (i >= 0 && told.contains(h.text())) {
                if (moving && follows && h.level() > runLevel) {
                    along.add(h.text());
                } else {
                    runLevel = h.level();
                }
                moving = true;
            } else {
                moving = moving && follows && h.level() > runLevel;
            }
        }
        renamed.removeIf(f -> f instanceof Fact.SectionMoved moved && along.contains(moved.title()));
    }

    /**
     * Sections paired out of order that no fact tells as moved yet: two sections swapped between the same neighbours pair
     * without the line diff's help, by title or by body, and were told as neither moved (an audit: "Overview" and a
     * renamed "Authentication" swapped, told only as the rename). The sections kept in order are the heaviest run in order
     * by lines (so the smaller of two swapped is the one moved); each other one is told as moved, unless it still follows
     * the heading it followed, a subsection of a run told once by its first.
     */
    private static void reordered(List<Title> oldH, List<Title> newH, int[] match, List<Fact> renamed, int lines) {
        int last = -1;
        boolean inOrder = true;
        for (int m : match) {
            if (m >= 0) {
                inOrder &= m > last;
                last = m;
            }
        }
        if (inOrder) {
            return;
        }
        java.util.Set<String> told = movedTitles(renamed);
        int n = oldH.size();
        // sections told as moved already, and their subsections that moved with them, are out of the order compared
        boolean[] moving = new boolean[n];
        int movingLevel = 0;
        for (int i = 0; i < n; i++) {
            if (match[i] < 0) {
                continue;
            }
            if (told.contains(newH.get(match[i]).text())) {
                moving[i] = true;
                movingLevel = newH.get(match[i]).level();
            } else {
                moving[i] = i > 0 && moving[i - 1] && match[i - 1] == match[i] - 1 && newH.get(match[i]).level() > movingLevel;
            }
        }
        long[] best = new long[n];
        int[] previous = new int[n];
        int end = -1;
        for (int i = 0; i < n; i++) {
            previous[i] = -1;
            if (match[i] < 0 || moving[i]) {
                continue;
            }
            long weight = 1 + Math.max(0, Math.min(lines, i + 1 < n ? oldH.get(i + 1).line() : lines) - oldH.get(i).line());
            best[i] = weight;
            for (int k = 0; k < i; k++) {
                if (match[k] >= 0 && !moving[k] && match[k] < match[i] && best[k] + weight > best[i]) {
                    best[i] = best[k] + weight;
                    previous[i] = k;
                }
            }
            if (end < 0 || best[i] > best[end]) {
                end = i;
            }
        }
        boolean[] kept = new boolean[n];
        for (int i = end; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        int runLevel = 0;
        for (int i = 0; i < n; i++) {
            if (match[i] < 0 || kept[i] || moving[i]) {
                continue;
            }
            Title h = newH.get(match[i]);
            boolean inRun = i > 0 && match[i - 1] == match[i] - 1 && !kept[i - 1];
            if (inRun && h.level() > runLevel || told.contains(h.text())) {
                continue;
            }
            renamed.add(new Fact.SectionMoved(h.level(), h.text(), after(newH, match[i])));
            runLevel = h.level();
        }
    }

    /** Pairs of headings left unmatched that {@link #movedAndRenamed} compares at most, on a page: 8 by 8. */
    private static final int MOVED_AND_RENAMED_PAIRS = 64;

    /**
     * A section moved elsewhere whose heading was reworded on the way ("Configure" → "Configuration", now first): its
     * heading of the same level left unmatched on both sides, and its body the same lines mostly (the line diff keeps
     * none of them where a section moves, so they are compared as text). Told as renamed and moved, not as a section
     * removed (a breaking change) and another added. Only lines that tell a section apart count ({@link BodyLines}), at
     * least two, and at least half of the old body's: titles of other words ("Configure" → "Configuration") ask for three,
     * or the old body's every line. Each heading pairs with the only one it could. (An audit found sections paired by a
     * shared "Run this:", fence lines, a note every section has, or a body of "Coming soon.")
     */
    private static void movedAndRenamed(List<Title> oldH, List<Title> newH, int[] match, boolean[] taken, List<Fact> renamed,
                                        List<String> oldLines, List<String> newLines) {
        int oldLeft = 0;
        for (int m : match) {
            oldLeft += m < 0 ? 1 : 0;
        }
        int newLeft = 0;
        for (boolean t : taken) {
            newLeft += t ? 0 : 1;
        }
        if (oldLeft == 0 || newLeft == 0 || oldLeft * newLeft > MOVED_AND_RENAMED_PAIRS) {
            // none left to pair, or a page rewritten more than moved: its sections are told as removed and added
            return;
        }
        Titles titles = null;
        BodyLines body = null;
        for (int i = 0; i < oldH.size(); i++) {
            if (match[i] >= 0 || oldH.get(i).level() == 1) {
                continue; // (a page's title heads the whole page: its retitling is told by the passes above)
            }
            int found = -1;
            int candidates = 0;
            for (int j = 0; j < newH.size(); j++) {
                if (taken[j] || newH.get(j).level() != oldH.get(i).level()) {
                    continue;
                }
                if (titles == null) {
                    titles = new Titles();
                    body = new BodyLines(oldLines, newLines);
                }
                // titles sharing a word ask for fewer of the body's lines kept, as the rules say ("Clean up resources" →
                // "Delete resources" with two of its three telling lines kept: an audit found it removed and added)
                boolean near = titles.similar(oldH.get(i).text(), newH.get(j).text())
                        || words(oldH.get(i).text()).stream().anyMatch(words(newH.get(j).text())::contains);
                if (body.alike(oldH, i, newH, j, near)) {
                    found = j;
                    candidates++;
                }
            }
            if (candidates != 1) {
                continue;
            }
            match[i] = found;
            taken[found] = true;
            renamed.add(new Fact.HeadingRenamed(oldH.get(i).level(), oldH.get(i).text(), newH.get(found).text()));
            if (!(i > 0 && match[i - 1] >= 0 && match[i - 1] == found - 1)) {
                // a subsection that still follows the heading it followed moved with it, told once by that one
                renamed.add(new Fact.SectionMoved(newH.get(found).level(), newH.get(found).text(), after(newH, found)));
            }
        }
    }

    /**
     * The lines of a page's section bodies that tell one section from another: lines with a letter or digit, each on
     * its page once in both versions, and no fence, table delimiter row or alert marker ("> [!NOTE]"). A section's body
     * takes in its subsections, which move with it.
     */
    private static final class BodyLines {
        private final List<String> oldLines;
        private final List<String> newLines;
        private final Map<String, Integer> oldUses = new HashMap<>();
        private final Map<String, Integer> newUses = new HashMap<>();
        /** Each section's telling lines, found once however many sections it is compared with. */
        private final Map<Integer, java.util.Set<String>> oldTelling = new HashMap<>();
        private final Map<Integer, Integer> oldCounts = new HashMap<>();
        private final Map<Integer, java.util.Set<String>> newTelling = new HashMap<>();

        BodyLines(List<String> oldLines, List<String> newLines) {
            this.oldLines = oldLines;
            this.newLines = newLines;
        }

        /** Whether a line is on each page once: the pages are counted only for a pair that shares lines enough anyway. */
        private boolean once(String line) {
            if (oldUses.isEmpty()) {
                oldLines.forEach(l -> oldUses.merge(l.strip(), 1, Integer::sum));
                newLines.forEach(l -> newUses.merge(l.strip(), 1, Integer::sum));
            }
            return oldUses.getOrDefault(line, 0) == 1 && newUses.getOrDefault(line, 0) == 1;
        }

        private static boolean telling(String line) {
            if (line.startsWith("```") || line.startsWith("~~~") || alertMarker(line)) {
                return false;
            }
            boolean delimiterRow = true;
            boolean word = false;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                delimiterRow &= c == '|' || c == '-' || c == ':' || c == ' ';
                word |= Character.isLetterOrDigit(c);
            }
            return word && !delimiterRow;
        }

        private static boolean delimiterRow(String line) {
            if (line.indexOf('-') < 0) {
                return false;
            }
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (c != '|' && c != '-' && c != ':' && c != ' ') {
                    return false;
                }
            }
            return true;
        }

        /** "> [!NOTE]" and the like: a quote whose text starts with "[!". */
        private static boolean alertMarker(String line) {
            if (!line.startsWith(">")) {
                return false;
            }
            int k = 1;
            while (k < line.length() && line.charAt(k) == ' ') {
                k++;
            }
            return line.startsWith("[!", k);
        }

        /** Where section i ends with its subsections: at the next heading of its level or higher, else the page's end. */
        private static int end(List<Title> headings, int i, int lines) {
            for (int k = i + 1; k < headings.size(); k++) {
                if (headings.get(k).level() <= headings.get(i).level()) {
                    return headings.get(k).line();
                }
            }
            return lines;
        }

        /** The telling lines of a section's body. */
        private static java.util.Set<String> lines(List<Title> headings, int i, List<String> page, Map<Integer, Integer> counts) {
            java.util.Set<String> out = new java.util.HashSet<>();
            int count = 0;
            int to = end(headings, i, page.size());
            for (int k = headings.get(i).line() + 1; k < to && k < page.size(); k++) {
                String line = page.get(k).strip();
                // a table's header row is no more telling than its delimiter row: tables of one page share it (an audit
                // found "Fine-tuning limits" renamed to "Batch limits" from that and a "For more information" line)
                boolean header = line.startsWith("|") && k + 1 < page.size() && delimiterRow(page.get(k + 1).strip());
                if (!header && telling(line)) {
                    count++;
                    out.add(line);
                }
            }
            if (counts != null) {
                counts.put(i, count);
            }
            return out;
        }

        boolean alike(List<Title> oldH, int i, List<Title> newH, int j, boolean similarTitles) {
            java.util.Set<String> old = oldTelling.computeIfAbsent(i, k -> lines(oldH, k, oldLines, oldCounts));
            int oldCount = oldCounts.get(i);
            if (old.size() < 2 || 2 * old.size() < oldCount) {
                return false; // fewer telling lines than asked for, whatever the other section holds
            }
            java.util.Set<String> now = newTelling.computeIfAbsent(j, k -> lines(newH, k, newLines, null));
            if (now.size() < 2 || 2 * now.size() < oldCount) {
                return false;
            }
            List<String> both = new ArrayList<>();
            java.util.Set<String> fewer = old.size() <= now.size() ? old : now;
            java.util.Set<String> more = fewer == old ? now : old;
            for (String line : fewer) {
                if (more.contains(line)) {
                    both.add(line);
                }
            }
            if (both.size() < 2 || 2 * both.size() < oldCount) {
                return false; // fewer even before the lines other sections share are left out
            }
            int shared = 0;
            for (String line : both) {
                if (once(line)) {
                    shared++;
                }
            }
            if (shared < 2 || 2 * shared < oldCount) {
                return false;
            }
            return similarTitles || shared >= KEPT_BODY_LINES || shared == oldCount;
        }
    }

    /** Whether the bodies under old heading i and new heading j (up to the next heading) hold the same lines of text, some. */
    private static boolean sameText(List<Title> oldH, int i, List<String> oldLines, List<Title> newH, int j, List<String> newLines) {
        List<String> a = textLines(oldH, i, oldLines);
        return !a.isEmpty() && a.equals(textLines(newH, j, newLines));
    }

    private static List<String> textLines(List<Title> headings, int i, List<String> page) {
        List<String> out = new ArrayList<>();
        int to = i + 1 < headings.size() ? headings.get(i + 1).line() : page.size();
        for (int k = headings.get(i).line() + 1; k < to && k < page.size(); k++) {
            if (!page.get(k).isBlank()) {
                out.add(page.get(k).strip());
            }
        }
        return out;
    }

    /** Whether the body under heading i is shorter than {@link #KEPT_BODY_LINES}: too short for {@link #bodyKept}. */
    private static boolean shortBody(List<Title> headings, int i, int lines) {
        int to = i + 1 < headings.size() ? headings.get(i + 1).line() : lines;
        return to - headings.get(i).line() - 1 < KEPT_BODY_LINES;
    }

    /** The index of a page's only level-1 heading, or -1 when it has none or several. */
    private static int onlyTitle(List<Title> headings) {
        int found = -1;
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).level() == 1) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /**
     * Sections put in another order: the line diff keeps the ones it can in order, and deletes and adds the
     * others. An unmatched heading whose level and title no other heading on either side shares is the same
     * section moved, told as such, so the edits to its body are told too instead of the whole section
     * removed (a breaking change) and added. A title several headings share ("Example") tells no section apart.
     */
    private static void moved(List<Title> oldH, List<Title> newH, int[] match, boolean[] taken, List<Fact> renamed) {
        Map<String, Integer> uses = null;
        boolean[] movedHere = new boolean[oldH.size()];
        int runLevel = 0; // the level of the heading that opened the run of headings moved together
        for (int i = 0; i < oldH.size(); i++) {
            if (match[i] >= 0) {
                continue;
            }
            if (uses == null) {
                uses = new HashMap<>();
                for (Title t : oldH) {
                    uses.merge("old " + t.level() + " " + t.text(), 1, Integer::sum);
                }
                for (Title t : newH) {
                    uses.merge("new " + t.level() + " " + t.text(), 1, Integer::sum);
                }
            }
            Title h = oldH.get(i);
            if (uses.get("old " + h.level() + " " + h.text()) != 1 || uses.getOrDefault("new " + h.level() + " " + h.text(), 0) != 1) {
                continue;
            }
            for (int j = 0; j < newH.size(); j++) {
                if (!taken[j] && newH.get(j).level() == h.level() && newH.get(j).text().equals(h.text())) {
                    match[i] = j;
                    taken[j] = true;
                    // a heading that still follows the one it followed moved with it (a subsection with its
                    // section): told once, by the first of the run
                    movedHere[i] = true;
                    boolean inRun = i > 0 && movedHere[i - 1] && match[i - 1] == j - 1;
                    if (!inRun || h.level() <= runLevel) {
                        // a section of its own (not a subsection of the run's first): told
                        renamed.add(new Fact.SectionMoved(h.level(), h.text(), after(newH, j)));
                        runLevel = h.level();
                    }
                    break;
                }
            }
        }
    }

    /** The heading a moved section now comes after: the nearest one above it of its level or higher, or "" at the top. */
    private static String after(List<Title> newH, int j) {
        for (int k = j - 1; k >= 0; k--) {
            if (newH.get(k).level() <= newH.get(j).level()) {
                return newH.get(k).text();
            }
        }
        return "";
    }

    /** Lines of a section's body the diff must keep in place for its heading to count as renamed however worded. */
    private static final int KEPT_BODY_LINES = 3;

    /**
     * Whether the line diff kept at least {@link #KEPT_BODY_LINES} lines and at least half of old section i's body
     * (the lines up to the next heading) within new section j's body, and those make at least half of that body too.
     */
    private static boolean bodyKept(List<Title> oldH, int i, List<Title> newH, int j, int[] toNew) {
        return bodyKept(oldH, i, newH, j, toNew, KEPT_BODY_LINES);
    }

    /** {@link #bodyKept}, with at least {@code least} lines kept. */
    private static boolean bodyKept(List<Title> oldH, int i, List<Title> newH, int j, int[] toNew, int least) {
        int from = oldH.get(i).line() + 1;
        int to = i + 1 < oldH.size() ? oldH.get(i + 1).line() : toNew.length;
        int newFrom = newH.get(j).line() + 1;
        int newTo = j + 1 < newH.size() ? newH.get(j + 1).line() : Integer.MAX_VALUE;
        int kept = 0;
        for (int k = from; k < to && k < toNew.length; k++) {
            if (toNew[k] >= newFrom && toNew[k] < newTo) {
                kept++;
            }
        }
        return kept >= least && 2 * kept >= to - from && (newTo == Integer.MAX_VALUE || 2L * kept >= (long) newTo - newFrom);
    }

    /**
     * Whether two titles are the same words mostly, or a spelling fix ("Quotas & limits" → "Quotas
     * and limits"); each title's words and lower case are made once, as one may be compared with many.
     */
    private static final class Titles {
        private final Similarity.Bags bags = Similarity.Bags.recycled(Similarity.Bags.TITLES);
        private final Map<String, int[]> words = new HashMap<>();
        private final Map<String, String> lower = new HashMap<>();

        boolean similar(String a, String b) {
            return similar(a, b, false);
        }

        /**
         * With {@code moreThanHalf}, half the words is not enough: two titles of two words sharing one ("Model support",
         * "Model deployment") over different text are two sections, not one renamed (an audit found the old section's
         * items told as removed from the new one).
         */
        boolean similar(String a, String b, boolean moreThanHalf) {
            double dice = bags.dice(words.computeIfAbsent(a, bags::words), words.computeIfAbsent(b, bags::words));
            return (moreThanHalf ? dice > SAME_BLOCK : dice >= SAME_BLOCK)
                    || Similarity.editDistance(lower.computeIfAbsent(a, String::toLowerCase), lower.computeIfAbsent(b, String::toLowerCase), 3)
                    <= Math.min(3, a.length() / 4);
        }
    }


    // ---- lines per section ----

    private void sectionCounts(FenceLine fenceLine) {
        LineDiff diff = lineDiff;
        int[] added = new int[newMatched.length];
        int[] deleted = new int[newMatched.length];
        if (diff.edits() != null) {
            // the runs of the history stage's diff are the changed lines, in order: only they are visited
            io.diffpress.history.LineEdits e = diff.edits();
            List<Title> oldH = before.headings();
            List<Title> newH = after.headings();
            int oldSection = 0;
            int newSection = 0;
            for (int k = 0; k < e.runs(); k++) {
                for (int line = Math.max(e.oldStart(k), before.frontMatter().lines()); line < e.oldStart(k) + e.oldCount(k); line++) {
                    while (oldSection < oldH.size() && oldH.get(oldSection).line() <= line) {
                        oldSection++;
                    }
                    if (oldToNew[oldSection] >= 0) {
                        deleted[oldToNew[oldSection]]++;
                    }
                }
                for (int line = Math.max(e.newStart(k), after.frontMatter().lines()); line < e.newStart(k) + e.newCount(k); line++) {
                    while (newSection < newH.size() && newH.get(newSection).line() <= line) {
                        newSection++;
                    }
                    if (newMatched[newSection]) {
                        added[newSection]++;
                    }
                }
            }
        } else {
            linesPerSection(diff, added, deleted);
        }
        if (fenceLine != null) {
            int section = sectionOf(fenceLine.added() ? after : before, fenceLine.line() - 1);
            if (fenceLine.added() && newMatched[section]) {
                added[section]++;
            } else if (!fenceLine.added() && oldToNew[section] >= 0) {
                deleted[oldToNew[section]]++;
            }
        }
        for (int s = 0; s < added.length; s++) {
            if (added[s] + deleted[s] > 0) {
                facts.add(new Fact.SectionEdited(title(s), added[s], deleted[s]));
            }
        }
    }

    /** The section the line (from 0; -1 for none) is in: 0 before the first heading, i under heading i - 1. */
    private static int sectionOf(MarkdownOutline outline, int line) {
        int section = 0;
        for (Title heading : outline.headings()) {
            if (heading.line() > line) {
                break;
            }
            section++;
        }
        return section;
    }

    /** Changed lines per section, line by line (for a diff of this package's own). */
    private void linesPerSection(LineDiff diff, int[] added, int[] deleted) {
        // walk the lines alongside the headings: the section of each line without a search
        List<Title> oldH = before.headings();
        int section = 0;
        for (int line = before.frontMatter().lines(); line < before.lines().size(); line++) {
            while (section < oldH.size() && oldH.get(section).line() <= line) {
                section++;
            }
            if (diff.removed(line) && oldToNew[section] >= 0) {
                deleted[oldToNew[section]]++;
            }
        }
        List<Title> newH = after.headings();
        section = 0;
        for (int line = after.frontMatter().lines(); line < after.lines().size(); line++) {
            while (section < newH.size() && newH.get(section).line() <= line) {
                section++;
            }
            if (diff.added(line) && newMatched[section]) {
                added[section]++;
            }
        }
    }

    // ---- tables ----

    private void tables() {
        List<Table> oldT = before.tables();
        List<Table> newT = after.tables();
        int[] match = new int[oldT.size()];
        Arrays.fill(match, -1);
        boolean[] taken = new boolean[newT.size()];
        matchTables(oldT, newT, match, taken, (o, n) -> anchored(o.line(), n.line()) && oldToNew[o.section()] == n.section()
                && o.header().equals(n.header()) && o.rows().equals(n.rows()));
        matchTables(oldT, newT, match, taken, (o, n) -> oldToNew[o.section()] == n.section() && o.header().equals(n.header()));
        matchTables(oldT, newT, match, taken, (o, n) -> oldToNew[o.section()] == n.section());
        matchTables(oldT, newT, match, taken, (o, n) -> !o.header().isEmpty() && o.header().equals(n.header()));
        underHeadingAdded(oldT, newT, match, taken);
        for (int i = 0; i < oldT.size(); i++) {
            Table t = oldT.get(i);
            if (match[i] >= 0) {
                rows(title(newT.get(match[i]).section()), t, newT.get(match[i]));
            } else if (oldToNew[t.section()] >= 0 && !underNewHeading(t.line())) {
                facts.add(new Fact.TableRemoved(title(oldToNew[t.section()]), t.header(), rowNames(t.rows())));
            }
        }
        for (int j = 0; j < newT.size(); j++) {
            Table t = newT.get(j);
            if (!taken[j] && newMatched[t.section()] && !fromMergedSection(t.line())) {
                facts.add(new Fact.TableAdded(title(t.section()), t.header(), rowNames(t.rows())));
            }
        }
    }

    /** Whether the line diff kept old line a as new line b: the two blocks starting there are one block. */
    private boolean anchored(int a, int b) {
        return a >= 0 && a < keptAs.length && keptAs[a] == b;
    }

    private interface TablePair {
        boolean same(Table before, Table after);
    }

    /**
     * A table of a section that stays whose first line the diff kept as the first line of a table under a heading added
     * (a heading put over it, or a section added around it): the same table, its rows compared. A section added is not
     * read table by table, which hid a row removed or corrected on the way (an audit: a breaking change lost).
     */
    private void underHeadingAdded(List<Table> oldT, List<Table> newT, int[] match, boolean[] taken) {
        for (int i = 0; i < oldT.size(); i++) {
            Table o = oldT.get(i);
            if (match[i] >= 0 || oldToNew[o.section()] < 0 || !underNewHeading(o.line())) {
                continue;
            }
            for (int j = 0; j < newT.size(); j++) {
                if (!taken[j] && !newMatched[newT.get(j).section()] && anchored(o.line(), newT.get(j).line())) {
                    match[i] = j;
                    taken[j] = true;
                    break;
                }
            }
        }
    }

    private void matchTables(List<Table> oldT, List<Table> newT, int[] match, boolean[] taken, TablePair rule) {
        for (int i = 0; i < oldT.size(); i++) {
            if (match[i] >= 0 || oldToNew[oldT.get(i).section()] < 0) {
                continue;
            }
            for (int j = 0; j < newT.size(); j++) {
                if (!taken[j] && newMatched[newT.get(j).section()] && rule.same(oldT.get(i), newT.get(j))) {
                    match[i] = j;
                    taken[j] = true;
                    break;
                }
            }
        }
    }

    private void rows(String section, Table oldTable, Table newTable) {
        // the same columns in another order: cells are compared under their headers, not by position
        int[] columnOf = reordered(oldTable.header(), newTable.header());
        if (columnOf != null) {
            facts.add(new Fact.ColumnsReordered(section, newTable.header()));
            oldTable = new Table(oldTable.section(), newTable.header(), oldTable.rows().stream().map(r -> inOrder(r, columnOf)).toList(),
                    oldTable.line());
        }
        List<Fact> renamedColumns = renamedColumns(section, oldTable, newTable);
        facts.addAll(renamedColumns);
        List<String> columnsAdded = renamedColumns.isEmpty() ? new ArrayList<>(minus(newTable.header(), oldTable.header())) : List.of();
        List<String> columnsRemoved = renamedColumns.isEmpty() ? new ArrayList<>(minus(oldTable.header(), newTable.header())) : List.of();
        if (!columnsAdded.isEmpty() && !columnsRemoved.isEmpty()) {
            // a column renamed while another was added or removed: its cells tell it (an audit found it told as removed)
            for (Fact.ColumnRenamed c : renamedBesideOthers(section, oldTable, newTable, columnsRemoved, columnsAdded)) {
                facts.add(c);
                columnsRemoved.remove(c.before());
                columnsAdded.remove(c.after());
            }
        }
        if (!columnsAdded.isEmpty()) {
            facts.add(new Fact.ColumnsAdded(section, columnsAdded));
        }
        if (!columnsRemoved.isEmpty()) {
            facts.add(new Fact.ColumnsRemoved(section, columnsRemoved));
        }
        boolean sameColumns = columnsAdded.isEmpty() && columnsRemoved.isEmpty();
        // columns added or removed: the rows are compared on the columns both tables have (a cell cleared in the commit
        // that added a column is still told), when each header names one column and the first is among them
        boolean projected = false;
        if (!sameColumns) {
            List<String> common = newTable.header().stream().filter(oldTable.header()::contains).toList();
            if (common.size() >= 2 && !oldTable.header().isEmpty() && common.get(0).equals(oldTable.header().get(0))
                    && new HashSet<>(oldTable.header()).size() == oldTable.header().size()
                    && new HashSet<>(newTable.header()).size() == newTable.header().size()) {
                oldTable = onColumns(oldTable, common);
                newTable = onColumns(newTable, common);
                sameColumns = true;
                projected = true;
            }
        }
        Map<String, Deque<Integer>> byCells = index(newTable.rows(), r -> String.join("\u0001", r.cells()));
        boolean[] newUsed = new boolean[newTable.rows().size()];
        List<Row> oldRest = new ArrayList<>();
        int reformatted = 0;
        List<Integer> keptAt = new ArrayList<>();
        List<Row> kept = new ArrayList<>();
        for (Row r : oldTable.rows()) {
            Integer j = poll(byCells, String.join("\u0001", r.cells()));
            if (j == null) {
                oldRest.add(r);
            } else {
                newUsed[j] = true;
                keptAt.add(j);
                kept.add(r);
                if (columnOf == null && !projected && !r.source().equals(newTable.rows().get(j).source())) {
                    reformatted++; // (rows whose columns were reordered are told by that)
                }
            }
        }
        List<Row> newRest = new ArrayList<>();
        for (int j = 0; j < newUsed.length; j++) {
            if (!newUsed[j]) {
                newRest.add(newTable.rows().get(j));
            }
        }
        // A row still there under its first cell is a corrected row, not one removed and one added.
        Map<String, Deque<Integer>> byName = index(newRest, Row::name);
        boolean[] restUsed = new boolean[newRest.size()];
        List<String> removed = new ArrayList<>();
        int markupOnly = 0;
        // then a row whose first cell was reworded, the rest of it the same
        List<Row> unnamed = new ArrayList<>();
        List<Integer> pairs = new ArrayList<>();
        List<Row> paired = new ArrayList<>();
        Map<String, Integer> oldNames = new HashMap<>();
        Map<String, Integer> newNames = new HashMap<>();
        if (!oldRest.isEmpty()) { // (most tables compared are the same tables: nothing left to pair)
            oldTable.rows().forEach(r -> oldNames.merge(r.name(), 1, Integer::sum));
            newTable.rows().forEach(r -> newNames.merge(r.name(), 1, Integer::sum));
        }
        Map<Row, Integer> likeRows = likeRows(oldRest, byName, newRest, oldNames, newNames);
        for (Row r : oldRest) {
            boolean shared = oldNames.getOrDefault(r.name(), 0) > 1 || newNames.getOrDefault(r.name(), 0) > 1;
            Integer j = shared ? likeRows.get(r) : poll(byName, r.name());
            if (j == null) {
                unnamed.add(r);
            } else {
                restUsed[j] = true;
                paired.add(r);
                pairs.add(j);
            }
        }
        for (Row r : unnamed) {
            Integer j = sameColumns ? reworded(r, newRest, restUsed, newTable.header()) : null;
            if (j == null && sameColumns) {
                j = relabelled(r, identityIndex(oldTable.rows(), r), newRest, restUsed, newTable.rows(), newTable.header());
            }
            if (j == null) {
                removed.add(distinctName(r, oldTable.header(), newTable));
            } else {
                paired.add(r);
                pairs.add(j);
            }
        }
        for (int k = 0; k < paired.size() && sameColumns; k++) {
            Row r = paired.get(k);
            Row b = newRest.get(pairs.get(k));
            List<Fact.CellChange> cells = cellChanges(newTable.header(), r, b);
            if (cells.isEmpty()) {
                markupOnly++;
                continue;
            }
            String name = siblingName(r, b, oldTable.rows());
            // a mark checked or cleared (✅ → ❌) says something became available or stopped being so: no correction
            List<Fact.CellChange> values = new ArrayList<>();
            for (Fact.CellChange c : cells) {
                Boolean was = CheckMarks.checked(c.before(), c.after());
                Boolean now = CheckMarks.checked(c.after(), c.before());
                if (was != null && now != null && !was.equals(now)) {
                    facts.add(new Fact.CellChecked(section, name, c.column(), now, c.before(), c.after()));
                } else {
                    values.add(c);
                }
            }
            if (!values.isEmpty()) {
                facts.add(new Fact.RowChanged(section, name, values));
            }
        }
        List<String> added = new ArrayList<>();
        for (int j = 0; j < newRest.size(); j++) {
            if (!restUsed[j]) {
                added.add(distinctName(newRest.get(j), newTable.header(), oldTable));
            }
        }
        if (!added.isEmpty()) {
            facts.add(new Fact.RowsAdded(section, added));
        }
        if (!removed.isEmpty()) {
            facts.add(new Fact.RowsRemoved(section, removed));
        }
        if (markupOnly > 0) {
            facts.add(new Fact.FormattingOnly(section, markupOnly));
        }
        if (reformatted > 0) {
            facts.add(new Fact.TableReformatted(section, reformatted));
        }
        List<String> movedRows = paired.isEmpty() ? Reordering.movedNames(movedRowNames(kept, oldTable.rows()), keptAt.stream().mapToInt(Integer::intValue).toArray())
                : movedAmongKeptAndCorrected(oldTable, newTable, kept, keptAt, paired, pairs, newRest);
        if (!movedRows.isEmpty()) {
            facts.add(new Fact.RowsReordered(section, movedRows));
        }
    }

    /**
     * For the old rows of a name several rows share (the `gpt-4o` rows of its versions), the new row of that name each is,
     * by what their other cells agree on: the pairs that agree most are taken first, over all of them, a cell nearer the
     * name counting for more (a version is more the row than its status: `gpt-4o | 2024-11-20 | Preview` is
     * `… | 2024-11-20 | GA`, not `… | 2024-05-13 | GA`, an audit). A pair is taken only when at least half of its other
     * cells agree: one row removed and another added is no row whose version and date were corrected.
     */
    private static Map<Row, Integer> likeRows(List<Row> oldRest, Map<String, Deque<Integer>> byName, List<Row> newRest,
                                              Map<String, Integer> oldNames, Map<String, Integer> newNames) {
        Map<Row, Integer> out = new java.util.IdentityHashMap<>();
        List<long[]> pairs = new ArrayList<>(); // weight, old index, new index
        for (int i = 0; i < oldRest.size(); i++) {
            Row r = oldRest.get(i);
            Deque<Integer> candidates = byName.get(r.name());
            if (candidates == null || oldNames.getOrDefault(r.name(), 0) <= 1 && newNames.getOrDefault(r.name(), 0) <= 1) {
                continue;
            }
            for (Integer j : candidates) {
                Row b = newRest.get(j);
                int width = Math.max(r.plain().size(), b.plain().size());
                int same = 0;
                int cells = 0;
                long weight = 0;
                for (int k = 0; k < width; k++) {
                    String x = k < r.plain().size() ? r.plain().get(k) : "";
                    String y = k < b.plain().size() ? b.plain().get(k) : "";
                    if (x.equals(r.name()) && y.equals(b.name())) {
                        continue; // the name both share
                    }
                    cells++;
                    if (x.equals(y)) {
                        same++;
                        weight += width - k;
                    }
                }
                if (2 * same >= cells) {
                    pairs.add(new long[] {weight, i, j});
                }
            }
        }
        pairs.sort((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0]) : x[1] != y[1] ? Long.compare(x[1], y[1]) : Long.compare(x[2], y[2]));
        Set<Integer> taken = new HashSet<>();
        for (long[] pair : pairs) {
            Row r = oldRest.get((int) pair[1]);
            int j = (int) pair[2];
            if (!out.containsKey(r) && taken.add(j)) {
                out.put(r, j);
            }
        }
        for (Integer j : taken) {
            byName.get(newRest.get(j).name()).remove(j);
        }
        return out;
    }

    /**
     * For each new column, the old column of its header, when both tables have the same headers, each once, in another
     * order; else null.
     */
    private static int[] reordered(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.equals(b) || new HashSet<>(a).size() != a.size() || !new HashSet<>(a).equals(new HashSet<>(b))) {
            return null;
        }
        int[] columnOf = new int[b.size()];
        for (int j = 0; j < b.size(); j++) {
            columnOf[j] = a.indexOf(b.get(j));
        }
        return columnOf;
    }

    /** A table cut down to the given columns (each in its header once), in their order. */
    private static Table onColumns(Table t, List<String> columns) {
        int[] columnOf = columns.stream().mapToInt(t.header()::indexOf).toArray();
        return new Table(t.section(), columns, t.rows().stream().map(r -> inOrder(r, columnOf)).toList(), t.line());
    }

    /** An old row with its cells put in the new columns' order. */
    private static Row inOrder(Row r, int[] columnOf) {
        List<String> cells = new ArrayList<>(columnOf.length);
        List<String> plain = new ArrayList<>(columnOf.length);
        for (int k : columnOf) {
            cells.add(k < r.cells().size() ? r.cells().get(k) : "");
            plain.add(k < r.plain().size() ? r.plain().get(k) : "");
        }
        return new Row(List.copyOf(cells), List.copyOf(plain), r.source());
    }

    /**
     * Columns renamed in place ("gpt-4o" → "gpt-4o (2024-11-20)"): as many columns on both sides, every header that
     * changed at a position neither side has elsewhere, its new header like the old (one begins with the other, or most
     * of their words agree) and more than half of each such column's cells the same, row by row. Then the columns are the
     * same ones, not one removed and one added; else nothing ("gpt-4o" → "gpt-4.1" is another model's column).
     */
    /**
     * Of the columns removed and added, those that are one column renamed: a header that starts the other or keeps most of
     * its words ("Retirement date" → "Retirement"), with more than half of the rows' cells in it the same. Each header
     * once in its table.
     */
    private static List<Fact.ColumnRenamed> renamedBesideOthers(String section, Table oldTable, Table newTable, List<String> removed,
                                                                List<String> added) {
        List<Fact.ColumnRenamed> out = new ArrayList<>();
        int rows = Math.min(oldTable.rows().size(), newTable.rows().size());
        java.util.Set<String> taken = new HashSet<>();
        for (String before : removed) {
            int ka = oldTable.header().indexOf(before);
            if (ka != oldTable.header().lastIndexOf(before) || before.isBlank()) {
                continue;
            }
            for (String after : added) {
                int kb = newTable.header().indexOf(after);
                String x = before.toLowerCase(Locale.ROOT);
                String y = after.toLowerCase(Locale.ROOT);
                if (taken.contains(after) || kb != newTable.header().lastIndexOf(after) || after.isBlank()
                        || !(x.startsWith(y) || y.startsWith(x) || wordsMostlyKept(x, y))) {
                    continue;
                }
                int same = 0;
                for (int i = 0; i < rows; i++) {
                    List<String> a = oldTable.rows().get(i).plain();
                    List<String> b = newTable.rows().get(i).plain();
                    same += ka < a.size() && kb < b.size() && a.get(ka).equals(b.get(kb)) ? 1 : 0;
                }
                if (rows > 0 && 2 * same > rows) {
                    out.add(new Fact.ColumnRenamed(section, before, after));
                    taken.add(after);
                    break;
                }
            }
        }
        return out;
    }

    private static List<Fact> renamedColumns(String section, Table oldTable, Table newTable) {
        List<String> a = oldTable.header();
        List<String> b = newTable.header();
        if (a.size() != b.size() || a.equals(b)) {
            return List.of();
        }
        List<Fact> renamed = new ArrayList<>();
        int rows = Math.min(oldTable.rows().size(), newTable.rows().size());
        for (int k = 0; k < a.size(); k++) {
            if (a.get(k).equals(b.get(k))) {
                continue;
            }
            if (b.contains(a.get(k)) || a.contains(b.get(k)) || a.get(k).isBlank() || b.get(k).isBlank()) {
                return List.of();
            }
            int same = 0;
            for (int i = 0; i < rows; i++) {
                List<String> x = oldTable.rows().get(i).plain();
                List<String> y = newTable.rows().get(i).plain();
                same += k < x.size() && k < y.size() && x.get(k).equals(y.get(k)) ? 1 : 0;
            }
            String x = a.get(k).toLowerCase(Locale.ROOT);
            String y = b.get(k).toLowerCase(Locale.ROOT);
            if (2 * same <= rows && rows > 0 || !(x.startsWith(y) || y.startsWith(x) || wordsMostlyKept(x, y))) {
                return List.of();
            }
            renamed.add(new Fact.ColumnRenamed(section, a.get(k), b.get(k)));
        }
        return renamed;
    }

    /**
     * The unpaired new row that is old row r with its first cell reworded (a cell of several words, most of them kept:
     * "Sections and their reports" → "Sections and their reports, paginated"), every other cell it changed reworded
     * alike or only lengthened ("/archive/" → "/archive/, /archive/page/2/"); or null. A one-word first cell names an
     * item ("gpt-4" → "gpt-4o"): another word, another row.
     */
    private static Integer reworded(Row r, List<Row> newRest, boolean[] restUsed, List<String> header) {
        if (!ofWords(r.name())) {
            return null;
        }
        for (int j = 0; j < newRest.size(); j++) {
            Row b = newRest.get(j);
            if (restUsed[j] || !ofWords(b.name()) || !alike(r.name(), b.name())) {
                continue;
            }
            List<Fact.CellChange> cells = cellChanges(header, r, b);
            // a name that only gained or changed a numbered word ("East US" → "East US 2") is the row corrected when nothing
            // else of it changed; with its other cells changed too ("westus" → "westus3") it is another item's row (an audit)
            boolean numbered = numberedVariant(r.name(), b.name());
            if (!cells.isEmpty() && cells.get(0).before().equals(r.name()) && (!numbered || cells.size() == 1)
                    && cells.stream().allMatch(c -> alike(c.before(), c.after()))) {
                restUsed[j] = true;
                return j;
            }
        }
        return null;
    }

    /**
     * The unpaired new row in old row r's place whose first cell keeps most of r's words (Dice ≥ 0.7: "build from nothing,
     * three rounds, wall (CPU)" → "build from nothing, three rounds (00:05), wall") and whose other cells changed only
     * figures (a digit on both sides, or a cell filled or emptied): a row relabelled with new figures, not one removed (a
     * breaking change) and another added (an audit of a README's benchmark table); or null. A text replaced outright
     * (`/archive/` → `/months/`) still makes another row.
     */
    private static Integer relabelled(Row r, int place, List<Row> newRest, boolean[] restUsed, List<Row> newRows, List<String> header) {
        if (place < 0 || !ofWords(r.name())) {
            return null;
        }
        for (int j = 0; j < newRest.size(); j++) {
            Row b = newRest.get(j);
            if (!restUsed[j] && ofWords(b.name()) && identityIndex(newRows, b) == place && wordDice(r.name(), b.name()) >= 0.7
                    && !numberedVariant(r.name(), b.name())) {
                List<Fact.CellChange> cells = cellChanges(header, r, b);
                if (cells.stream().skip(1).allMatch(c -> c.before().isBlank() || c.after().isBlank()
                        || hasDigit(c.before()) && hasDigit(c.after()))) {
                    restUsed[j] = true;
                    return j;
                }
            }
        }
        return null;
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    /** The place of the very row (not an equal one) in a table's rows, or -1. */
    private static int identityIndex(List<Row> rows, Row row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether two names differ only in words holding a digit ("West US" → "West US 3", "East US 2" → "East US 3"): they
     * name two items (regions, versions), not one corrected (an audit found `West US` → `West US 3` told as a corrected
     * row in one table and as a row removed and one added in the next).
     */
    static boolean numberedVariant(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.equals(y)) {
            return false;
        }
        Set<String> onlyA = new HashSet<>(x);
        onlyA.removeAll(y);
        Set<String> onlyB = new HashSet<>(y);
        onlyB.removeAll(x);
        return java.util.stream.Stream.concat(onlyA.stream(), onlyB.stream()).allMatch(w -> w.chars().anyMatch(Character::isDigit));
    }

    /**
     * Whether a row's name is words, which a fix may reword, rather than one name (gpt-4o, which another row's gpt-4.1 is
     * not a rewording of): words between spaces, or Chinese or Japanese, which puts no spaces between its words (西日木 →
     * 西日本 is a corrected region).
     */
    private static boolean ofWords(String name) {
        return name.indexOf(' ') >= 0 || Similarity.hasCjk(name);
    }

    /** One text lengthened or shortened into the other, or most of their words (Dice ≥ 0.5) kept. */
    private static boolean alike(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return !x.isEmpty() && !y.isEmpty() && (x.startsWith(y) || y.startsWith(x) || wordsMostlyKept(x, y));
    }

    /** Dice over the two texts' lower-case words (runs of letters and digits) is at least one half. */
    private static boolean wordsMostlyKept(String a, String b) {
        return wordDice(a, b) >= 0.5;
    }

    /** Dice over the two texts' lower-case words (runs of letters and digits): 0 when either has none. */
    private static double wordDice(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : x) {
            common += y.contains(w) ? 1 : 0;
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A text's distinct words in lower case (runs of letters and digits; in Chinese or Japanese, {@link Similarity#cjkWords}). */
    static Set<String> words(String text) {
        if (Similarity.hasCjk(text)) {
            return new HashSet<>(Similarity.cjkWords(text, 0, text.length()));
        }
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<Fact.CellChange> cellChanges(List<String> header, Row a, Row b) {
        List<Fact.CellChange> out = new ArrayList<>();
        int n = Math.max(a.plain().size(), b.plain().size());
        for (int k = 0; k < n; k++) {
            String x = k < a.plain().size() ? a.plain().get(k) : "";
            String y = k < b.plain().size() ? b.plain().get(k) : "";
            if (!x.equals(y)) {
                out.add(new Fact.CellChange(k < header.size() ? header.get(k) : "#" + (k + 1), x, y));
            }
        }
        return out;
    }

    /**
     * A row added or removed by its first cell, or, when rows of that name are on the other side too (one of two
     * `gpt-4o` rows removed), with the first of its cells those rows do not share: "gpt-4o / westus". Named by its
     * first cell alone, the row would seem gone from a table that still lists it.
     */
    private static String distinctName(Row r, List<String> header, Table other) {
        String name = r.name();
        List<Row> same = new ArrayList<>();
        for (Row o : other.rows()) {
            if (o.name().equals(name)) {
                same.add(o);
            }
        }
        if (same.isEmpty()) {
            return name;
        }
        for (int k = 0; k < r.plain().size(); k++) {
            String value = r.plain().get(k);
            if (value.isEmpty() || value.equals(name)) {
                continue;
            }
            // the same column on the other side: by its header, as columns may have been added or removed
            int column = k < header.size() && !other.header().isEmpty() ? other.header().indexOf(header.get(k)) : k;
            boolean shared = false;
            for (Row o : same) {
                shared |= column >= 0 && column < o.plain().size() && o.plain().get(column).equals(value);
            }
            if (!shared) {
                return name + " / " + value;
            }
        }
        return name;
    }

    /**
     * A changed row's name: its first cell, or, when other rows of its table share that, with the first of its cells
     * that stayed the same and that none of them has ("gpt-4o / 2024-05-13"), so the reader knows which row changed.
     */
    private static String siblingName(Row r, Row partner, List<Row> rows) {
        String name = r.name();
        List<Row> siblings = new ArrayList<>();
        for (Row o : rows) {
            if (o != r && o.name().equals(name)) {
                siblings.add(o);
            }
        }
        if (siblings.isEmpty()) {
            return name;
        }
        for (int k = 0; k < r.plain().size(); k++) {
            String value = r.plain().get(k);
            if (value.isEmpty() || value.equals(name) || k >= partner.plain().size() || !partner.plain().get(k).equals(value)) {
                continue;
            }
            int column = k;
            if (siblings.stream().noneMatch(o -> column < o.plain().size() && o.plain().get(column).equals(value))) {
                return name + " / " + value;
            }
        }
        return name;
    }

    /**
     * The rows moved among those kept as they were and those corrected, in old order with their new places: a corrected
     * row is a row in both versions too, and left out it could make a row that stayed in place look moved (an audit).
     */
    private static List<String> movedAmongKeptAndCorrected(Table oldTable, Table newTable, List<Row> kept, List<Integer> keptAt,
                                                           List<Row> paired, List<Integer> pairs, List<Row> newRest) {
        Map<Row, Integer> newAt = new java.util.IdentityHashMap<>();
        for (int k = 0; k < kept.size(); k++) {
            newAt.put(kept.get(k), keptAt.get(k));
        }
        Map<Row, Integer> newIndex = new java.util.IdentityHashMap<>();
        for (int j = 0; j < newTable.rows().size(); j++) {
            newIndex.put(newTable.rows().get(j), j);
        }
        Map<Row, Row> correctedAs = new java.util.IdentityHashMap<>();
        for (int k = 0; k < paired.size(); k++) {
            Row b = newRest.get(pairs.get(k));
            newAt.put(paired.get(k), newIndex.get(b));
            correctedAs.put(paired.get(k), b);
        }
        Map<String, Integer> named = new HashMap<>();
        oldTable.rows().forEach(r -> named.merge(r.name(), 1, Integer::sum));
        List<String> names = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (Row r : oldTable.rows()) {
            Integer j = newAt.get(r);
            if (j != null) {
                Row now = correctedAs.getOrDefault(r, r);
                names.add(named.getOrDefault(r.name(), 0) > 1 ? siblingName(r, now, oldTable.rows()) : now.name());
                at.add(j);
            }
        }
        return Reordering.movedNames(names, at.stream().mapToInt(Integer::intValue).toArray());
    }

    private static List<String> rowNames(List<Row> rows) {
        return rows.stream().map(Row::name).toList();
    }

    /**
     * Rows kept as they were, each named as {@link #siblingName} names it: which of two `gpt-4o` rows moved is said
     * ("gpt-4o / 2024-05-13"), not only the name they share (an audit).
     */
    private static List<String> movedRowNames(List<Row> kept, List<Row> table) {
        Map<String, Integer> named = new HashMap<>();
        table.forEach(r -> named.merge(r.name(), 1, Integer::sum));
        List<String> names = new ArrayList<>(kept.size());
        for (Row r : kept) {
            // only a name several rows share is looked into: a huge table of distinct names stays linear
            names.add(named.getOrDefault(r.name(), 0) > 1 ? siblingName(r, r, table) : r.name());
        }
        return names;
    }

    // ---- paragraphs and list items ----

    /** Per section of the new version, what happened to its text blocks. */
    private static final class SectionEdits {
        final List<String> itemsAdded = new ArrayList<>();
        final List<String> itemsRemoved = new ArrayList<>();
        int proseAdded;
        int proseRemoved;
        final LinkedHashSet<String> addedTerms = new LinkedHashSet<>();
        final LinkedHashSet<String> removedTerms = new LinkedHashSet<>();
        final List<String> addedOpenings = new ArrayList<>();
        final List<String> removedOpenings = new ArrayList<>();
        final List<String> typos = new ArrayList<>();
        final List<Fact> rewrites = new ArrayList<>();
        final List<Fact> markup = new ArrayList<>();
        final List<String> imagesAdded = new ArrayList<>();
        final List<String> imagesRemoved = new ArrayList<>();
        int whitespace;
        int formatting;
        final List<String> itemsMoved = new ArrayList<>();
    }

    /**
     * The text of the list item a nested item at {@code line} stands under (the nearest line above, less indented, that
     * starts an item), its marker and emphasis left out; "" for an item at the list's top level; null when the line is
     * no list item's.
     */
    static String parentItem(List<String> lines, int line) {
        if (line < 0 || line >= lines.size() || itemText(lines.get(line)) == null) {
            return null;
        }
        int indent = indent(lines.get(line));
        for (int k = line - 1; k >= 0; k--) {
            String l = lines.get(k);
            if (l.isBlank()) {
                continue;
            }
            int at = indent(l);
            if (at < indent) {
                String text = itemText(l);
                return text == null ? "" : text;
            }
        }
        return "";
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }

    private static final java.util.regex.Pattern ITEM_MARKER = java.util.regex.Pattern.compile("\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(.*)");

    /** A line's item text, marker and emphasis marks left out, or null when the line starts no list item. */
    private static String itemText(String line) {
        java.util.regex.Matcher m = ITEM_MARKER.matcher(line);
        return m.matches() ? m.group(1).replace("**", "").replace("`", "").strip() : null;
    }

    /** List items matched as the same text whose order within their section changed: those outside the longest kept run. */
    private void itemsMoved(List<TextBlock> oldB, List<TextBlock> newB, Function<Integer, SectionEdits> at) {
        if (!itemMatchedElsewhere) {
            return; // blocks anchored where the line diff kept them keep their order
        }
        Map<Integer, List<Integer>> bySection = null;
        for (int i = 0; i < oldB.size(); i++) {
            int j = sameBlockAs[i];
            if (j >= 0 && oldB.get(i).item()) {
                bySection = bySection == null ? new TreeMap<>() : bySection;
                bySection.computeIfAbsent(newB.get(j).section(), k -> new ArrayList<>()).add(i);
            }
        }
        if (bySection == null) {
            return;
        }
        for (Map.Entry<Integer, List<Integer>> section : bySection.entrySet()) {
            List<Integer> olds = section.getValue();
            int[] positions = new int[olds.size()];
            for (int k = 0; k < positions.length; k++) {
                positions[k] = sameBlockAs[olds.get(k)];
            }
            boolean[] moved = Reordering.moved(positions);
            for (int k = 0; k < moved.length; k++) {
                if (moved[k] && !parentMoved(oldB, olds, moved, k)) { // (only these are read for their text)
                    TextBlock was = oldB.get(olds.get(k));
                    String from = parentItem(before.lines(), was.line());
                    String to = parentItem(after.lines(), newB.get(sameBlockAs[olds.get(k)]).line());
                    if (from != null && to != null && !from.equals(to)) {
                        // under another item: where it went says more than "another place" (an audit)
                        at.apply(section.getKey()).rewrites.add(new Fact.ItemMovedUnder(title(section.getKey()), was.plain(), from, to));
                    } else {
                        at.apply(section.getKey()).itemsMoved.add(was.plain());
                    }
                }
            }
        }
    }

    /**
     * Whether a moved item's parent (the nearest item before it indented less) moved too: it went along with its parent,
     * which alone is told (an audit found a region group's children named as moved with it).
     */
    private boolean parentMoved(List<TextBlock> oldB, List<Integer> olds, boolean[] moved, int k) {
        int indent = indent(oldB.get(olds.get(k)).line());
        for (int q = k - 1; q >= 0 && indent > 0; q--) {
            int other = indent(oldB.get(olds.get(q)).line());
            if (other < indent) {
                return moved[q];
            }
        }
        return false;
    }

    /** The columns of white space before an old line's first character (a tab to the next multiple of four). */
    private int indent(int line) {
        List<String> lines = before.lines();
        if (line < 0 || line >= lines.size()) {
            return 0;
        }
        String text = lines.get(line);
        int width = 0;
        for (int i = 0; i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) {
            width += text.charAt(i) == '\t' ? 4 - width % 4 : 1;
        }
        return width;
    }

    private void blocks() {
        // plain loops, here and below: this runs for every changed page, and a stream costs more than its few blocks
        List<TextBlock> oldB = new ArrayList<>(before.blocks().size());
        for (TextBlock b : before.blocks()) {
            if (oldToNew[b.section()] >= 0 && !underNewHeading(b.line())) {
                oldB.add(b);
            }
        }
        List<TextBlock> newB = new ArrayList<>(after.blocks().size());
        for (TextBlock b : after.blocks()) {
            if (newMatched[b.section()] && !fromMergedSection(b.line())) {
                newB.add(b);
            }
        }
        TreeMap<Integer, SectionEdits> edits = new TreeMap<>();
        Function<Integer, SectionEdits> at = s -> edits.computeIfAbsent(s, k -> new SectionEdits());

        boolean[] oldUsed = new boolean[oldB.size()];
        boolean[] newUsed = new boolean[newB.size()];
        sameBlockAs = new int[oldB.size()];
        Arrays.fill(sameBlockAs, -1);
        anchorBlocks(oldB, newB, oldUsed, newUsed, at);
        matchBlocks(oldB, newB, oldUsed, newUsed, TextBlock::source, false, at);
        matchBlocks(oldB, newB, oldUsed, newUsed, TextBlock::collapsed, true, at);
        images(oldB, newB, oldUsed, newUsed, at);
        itemsMoved(oldB, newB, at);

        Map<String, List<Integer>> oldGroups = new LinkedHashMap<>();
        Map<String, List<Integer>> newGroups = new LinkedHashMap<>();
        for (int i = 0; i < oldB.size(); i++) {
            if (!oldUsed[i]) {
                oldGroups.computeIfAbsent(oldToNew[oldB.get(i).section()] + "/" + oldB.get(i).item(), k -> new ArrayList<>()).add(i);
            }
        }
        for (int j = 0; j < newB.size(); j++) {
            if (!newUsed[j]) {
                newGroups.computeIfAbsent(newB.get(j).section() + "/" + newB.get(j).item(), k -> new ArrayList<>()).add(j);
            }
        }
        for (Map.Entry<String, List<Integer>> group : oldGroups.entrySet()) {
            List<Integer> olds = group.getValue();
            List<Integer> news = newGroups.getOrDefault(group.getKey(), List.of());
            if (news.isEmpty()) {
                continue; // nothing to pair with: all of these are removed
            }
            List<TextBlock> a = pick(oldB, olds);
            List<TextBlock> b = pick(newB, news);
            int[] pairs;
            if (a.size() == 1 && b.size() == 1) {
                // one block each side (the usual edit): paired when Dice reaches the threshold, as
                // BlockPairs would, told mostly by counting the words the two share at either end
                boolean pair = bags.reaches(a.get(0).plain(), b.get(0).plain(), SAME_BLOCK) || contained(a.get(0).plain(), b.get(0).plain())
                        || a.get(0).item() && sameLead(a.get(0).plain(), b.get(0).plain());
                pairs = new int[] {pair ? 0 : -1};
            } else {
                pairs = BlockPairs.pair(words(a), words(b), SAME_BLOCK, this::kinship);
            }
            for (int k = 0; k < pairs.length; k++) {
                if (pairs[k] >= 0) {
                    oldUsed[olds.get(k)] = true;
                    newUsed[news.get(pairs[k])] = true;
                    int section = b.get(pairs[k]).section();
                    edited(a.get(k), b.get(pairs[k]), at.apply(section), title(section));
                }
            }
        }
        firstLineKept(oldB, newB, oldUsed, newUsed, at);
        listedParagraphs(oldB, newB, oldUsed, newUsed, at);
        joinedItems(oldB, newB, oldUsed, newUsed, at);
        editedUnderHeadingPutOver(oldB, oldUsed, at);
        Kept kept = new Kept(oldB, newB);
        for (int i = 0; i < oldB.size(); i++) {
            TextBlock b = oldB.get(i);
            if (!oldUsed[i] && !kept.oldStillText(b)) {
                SectionEdits e = at.apply(oldToNew[b.section()]);
                String alert = b.item() ? null : alertKind(b.plain());
                String image = b.item() ? null : imageOnly(b);
                if (b.item()) {
                    e.itemsRemoved.add(b.plain());
                } else if (image != null) {
                    e.imagesRemoved.add(image);
                    imagesRemovedTold.merge(image, 1, Integer::sum);
                } else if (alert != null) {
                    e.rewrites.add(new Fact.AlertRemoved(title(oldToNew[b.section()]), alert, opening(b.plain())));
                } else {
                    e.proseRemoved++;
                    e.removedOpenings.add(opening(b.plain()));
                    e.removedTerms.addAll(b.terms());
                    e.removedTerms.addAll(b.code());
                }
            }
        }
        for (int j = 0; j < newB.size(); j++) {
            TextBlock b = newB.get(j);
            if (!newUsed[j]) {
                if (kept.newWasText(b)) {
                    continue;
                }
                SectionEdits e = at.apply(b.section());
                String alert = b.item() ? null : alertKind(b.plain());
                String image = b.item() ? null : imageOnly(b);
                if (b.item()) {
                    e.itemsAdded.add(b.plain());
                } else if (image != null) {
                    e.imagesAdded.add(image);
                    imagesAddedTold.merge(image, 1, Integer::sum);
                } else if (alert != null) {
                    e.rewrites.add(new Fact.AlertAdded(title(b.section()), alert, opening(b.plain())));
                } else {
                    e.proseAdded++;
                    e.addedOpenings.add(opening(b.plain()));
                    e.addedTerms.addAll(b.terms());
                    e.addedTerms.addAll(b.code());
                }
            }
        }
        emit(edits);
    }

    /**
     * Which unpaired blocks are not removed or added though no block pairs with them: those every line of which the line
     * diff kept as a line of a block on the other side, in its text still (not in a comment or code block now). Such text
     * was only joined to the paragraph next to it (a blank line between them replaced by text), or split from it. An audit
     * found "A paragraph starting … was removed" of such text. What it needs is made when first asked for: most pages
     * have no such block.
     */
    private final class Kept {
        private final List<TextBlock> oldB;
        private final List<TextBlock> newB;
        /** Whether each line is in a text block compared, for the new and the old version. */
        private boolean[] newText;
        private boolean[] oldText;
        private int[] toOld;

        Kept(List<TextBlock> oldB, List<TextBlock> newB) {
            this.oldB = oldB;
            this.newB = newB;
        }

        boolean oldStillText(TextBlock b) {
            int lines = lineCount(b);
            for (int line = b.line(); line < b.line() + lines; line++) {
                if (line < 0 || line >= keptAs.length || keptAs[line] < 0) {
                    return false; // most blocks: a line of it went
                }
            }
            newText = newText != null ? newText : textLines(newB, after.lines().size());
            for (int line = b.line(); line < b.line() + lines; line++) {
                if (!newText[keptAs[line]]) {
                    return false;
                }
            }
            return true;
        }

        boolean newWasText(TextBlock b) {
            int lines = lineCount(b);
            for (int line = b.line(); line < b.line() + lines; line++) {
                if (line < 0 || line >= after.lines().size() || lineDiff.added(line)) {
                    return false;
                }
            }
            toOld = toOld != null ? toOld : newToOld();
            oldText = oldText != null ? oldText : textLines(oldB, before.lines().size());
            for (int line = b.line(); line < b.line() + lines; line++) {
                if (toOld[line] < 0 || !oldText[toOld[line]]) {
                    return false;
                }
            }
            return true;
        }

        private static boolean[] textLines(List<TextBlock> blocks, int size) {
            boolean[] text = new boolean[size];
            for (TextBlock b : blocks) {
                int lines = lineCount(b);
                for (int line = Math.max(b.line(), 0); line < Math.min(b.line() + lines, size); line++) {
                    text[line] = true;
                }
            }
            return text;
        }

        private static int lineCount(TextBlock b) {
            return 1 + TextEdit.count(b.source(), '\n');
        }
    }

    /**
     * Image-only paragraphs told as images added or removed, by target and how many: each stands for one image link
     * added or removed, which {@link #links()} then leaves out; another image of the same target elsewhere is still told.
     */
    private final Map<String, Integer> imagesAddedTold = new HashMap<>();
    private final Map<String, Integer> imagesRemovedTold = new HashMap<>();

    /** The target of a paragraph that is only an image ("![Diagram](media/flow.png)"), angle brackets taken off; else null. */
    private static String imageOnly(TextBlock b) {
        java.util.regex.Matcher m = IMAGE_ONLY.matcher(b.source().strip());
        if (!m.matches()) {
            return null;
        }
        String target = m.group(2);
        return target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1) : target;
    }

    /** A paragraph that is one image: "![alt](target)" or with a title; group 1 the alt text, group 2 the target. */
    private static final java.util.regex.Pattern IMAGE_ONLY = java.util.regex.Pattern.compile(
            "!\\[([^\\]\\n]{0,500}+)\\]\\(\\s*+(<[^<>\\n]{1,2000}+>|[^()\\s]{1,2000}+)(?:\\s++[^()\\n]{0,300}+)?\\)");

    /**
     * Paragraphs that are one image with the same target in the same section: its alt text changed (the words a screen
     * reader says for it), told as such rather than a paragraph removed and another added, as their words alone would.
     */
    private void images(List<TextBlock> oldB, List<TextBlock> newB, boolean[] oldUsed, boolean[] newUsed,
                        Function<Integer, SectionEdits> at) {
        Map<String, Deque<Integer>> byTarget = null;
        for (int i = 0; i < oldB.size(); i++) {
            java.util.regex.Matcher a = oldUsed[i] ? null : IMAGE_ONLY.matcher(oldB.get(i).source().strip());
            if (a == null || !a.matches()) {
                continue;
            }
            if (byTarget == null) {
                byTarget = new HashMap<>();
                for (int j = 0; j < newB.size(); j++) {
                    java.util.regex.Matcher b = newUsed[j] ? null : IMAGE_ONLY.matcher(newB.get(j).source().strip());
                    if (b != null && b.matches()) {
                        byTarget.computeIfAbsent(newB.get(j).section() + "\u0001" + b.group(2), k -> new ArrayDeque<>()).add(j);
                    }
                }
            }
            Integer j = poll(byTarget, oldToNew[oldB.get(i).section()] + "\u0001" + a.group(2));
            if (j != null) {
                oldUsed[i] = true;
                newUsed[j] = true;
                java.util.regex.Matcher b = IMAGE_ONLY.matcher(newB.get(j).source().strip());
                b.matches();
                if (!a.group(1).equals(b.group(1))) {
                    at.apply(newB.get(j).section()).rewrites.add(new Fact.ImageAltChanged(title(newB.get(j).section()), a.group(2),
                            MarkdownOutline.collapse(a.group(1)), MarkdownOutline.collapse(b.group(1))));
                }
            }
        }
        if (byTarget != null) {
            replacedImages(oldB, newB, oldUsed, newUsed, at);
        }
    }

    /**
     * A paragraph cut into a list of its sentences (and perhaps a lead-in paragraph, "Setup takes three steps:"), or a
     * list joined into one paragraph, in one section: the same words, told as that (a minor update). An audit found
     * such an edit told as list items added (a new feature) and a paragraph removed and another added.
     */
    private void listedParagraphs(List<TextBlock> oldB, List<TextBlock> newB, boolean[] oldUsed, boolean[] newUsed,
                                  Function<Integer, SectionEdits> at) {
        if (!unpairedItems(oldB, oldUsed) && !unpairedItems(newB, newUsed)) {
            return; // no list item left over on either side: nothing was cut into a list or joined from one
        }
        Set<Integer> newRuns = runSections(newB, newUsed, k -> newB.get(k).section());
        Set<Integer> oldRuns = runSections(oldB, oldUsed, k -> oldToNew[oldB.get(k).section()]);
        for (int i = 0; i < oldB.size(); i++) {
            TextBlock b = oldB.get(i);
            if (!oldUsed[i] && !b.item() && newRuns.contains(oldToNew[b.section()]) && imageOnly(b) == null && alertKind(b.plain()) == null) {
                int section = oldToNew[b.section()];
                int[] run = listOf(b, newB, newUsed, k -> newB.get(k).section() == section);
                if (run != null) {
                    oldUsed[i] = true;
                    Arrays.fill(newUsed, run[0], run[1], true);
                    at.apply(section).rewrites.add(new Fact.ParagraphListed(title(section), true, run[2], opening(b.plain())));
                }
            }
        }
        listedAfterLeadIn(newB, oldB, newUsed, oldUsed, k -> newB.get(k).section(), at, true);
        listedAfterLeadIn(oldB, newB, oldUsed, newUsed, k -> oldToNew[oldB.get(k).section()], at, false);
        for (int j = 0; j < newB.size(); j++) {
            TextBlock b = newB.get(j);
            if (!newUsed[j] && !b.item() && oldRuns.contains(b.section()) && imageOnly(b) == null && alertKind(b.plain()) == null) {
                int[] run = listOf(b, oldB, oldUsed, k -> oldToNew[oldB.get(k).section()] == b.section());
                if (run != null) {
                    newUsed[j] = true;
                    Arrays.fill(oldUsed, run[0], run[1], true);
                    at.apply(b.section()).rewrites.add(new Fact.ParagraphListed(title(b.section()), false, run[2],
                            opening(oldB.get(run[0]).plain())));
                }
            }
        }
    }

    /**
     * Two list items joined into one (steps merged: "Select your project." and "Select **+ New index**." → "Select your
     * project, and then select **+ New index**."), or one cut in two: an item left unpaired whose words, with those of the
     * item beside it, make most of the words of an item on the other side that was paired with that neighbour. Told as
     * the items joined (or split), in place of the neighbour's rewording; an audit found a step merged told as a step
     * removed, a breaking change, though its words are all still on the page.
     */
    private void joinedItems(List<TextBlock> oldB, List<TextBlock> newB, boolean[] oldUsed, boolean[] newUsed,
                             Function<Integer, SectionEdits> at) {
        join(oldB, newB, oldUsed, newUsed, k -> oldToNew[oldB.get(k).section()], at, true);
        join(newB, oldB, newUsed, oldUsed, k -> newB.get(k).section(), at, false);
    }

    /**
     * Whether two texts hold the same words ({@link #sameWords}), or the same but for one word of the first replaced by
     * one of the second: {"", ""} for the same words, {old word, new word} as the texts spell them for one replaced; else
     * null.
     */
    static String[] oneWordSwapped(String a, String b) {
        if (Math.abs(letters(a) - letters(b)) > MAX_JOINING_LETTERS + 12) {
            return null;
        }
        Map<String, Integer> lost = wordCounts(a);
        Map<String, Integer> gained = wordCounts(b);
        for (java.util.Iterator<Map.Entry<String, Integer>> it = lost.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Integer> w = it.next();
            int both = Math.min(w.getValue(), gained.getOrDefault(w.getKey(), 0));
            if (both > 0) {
                gained.merge(w.getKey(), -both, Integer::sum);
                gained.remove(w.getKey(), 0);
                w.setValue(w.getValue() - both);
                if (w.getValue() == 0) {
                    it.remove();
                }
            }
        }
        if (lost.isEmpty() && gained.isEmpty()) {
            return new String[] {"", ""};
        }
        if (lost.size() != 1 || gained.size() != 1 || lost.values().iterator().next() != 1 || gained.values().iterator().next() != 1) {
            return null;
        }
        return new String[] {spelled(a, lost.keySet().iterator().next()), spelled(b, gained.keySet().iterator().next())};
    }

    /** A word as a text spells it (its case), found by its lower-case form. */
    private static String spelled(String text, String lower) {
        for (String w : NON_WORD.split(text)) {
            if (w.toLowerCase(Locale.ROOT).equals(lower)) {
                return w;
            }
        }
        return lower;
    }

    /** Words that join sentences or items, which cutting a text into items (or joining them) may add or drop. */
    private static final Set<String> JOINING = Set.of("and", "or", "then", "also", "the", "a", "an");

    /**
     * Whether two texts hold the same words, as many times each (lower case, letters and digits; in Chinese or Japanese
     * the same characters), but words that join ({@link #JOINING}): a paragraph cut into items, or items joined, said to
     * be "of the same words" only when they are. An audit found "30 days" made "90 days", an item dropped and an item
     * added all told as a paragraph cut into a list "of the same words", with Dice over the words as the test.
     */
    static boolean sameWords(String a, String b) {
        // as many letters and digits, but for joining words' few: most texts that differ are told apart here, unsplit
        return Math.abs(letters(a) - letters(b)) <= MAX_JOINING_LETTERS && wordCounts(a).equals(wordCounts(b));
    }

    /** The letters and digits joining words may add or drop, at most ("and then", "and the"). */
    private static final int MAX_JOINING_LETTERS = 16;

    private static int letters(String text) {
        int n = 0;
        for (int k = 0; k < text.length(); k++) {
            n += Character.isLetterOrDigit(text.charAt(k)) ? 1 : 0;
        }
        return n;
    }

    private static Map<String, Integer> wordCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (Similarity.hasCjk(text)) {
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (Character.isLetterOrDigit(c)) {
                    counts.merge(String.valueOf(c), 1, Integer::sum);
                }
            }
            return counts;
        }
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !JOINING.contains(w)) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Items of {@code side} left unpaired, joined into (or cut from) an item of {@code other} with their neighbour. */
    private void join(List<TextBlock> side, List<TextBlock> other, boolean[] used, boolean[] otherUsed,
                      java.util.function.IntUnaryOperator newSection, Function<Integer, SectionEdits> at, boolean joined) {
        for (int i = 0; i < side.size(); i++) {
            TextBlock b = side.get(i);
            if (used[i] || !b.item() || newSection.applyAsInt(i) < 0) {
                continue;
            }
            for (int n : new int[] {i - 1, i + 1}) {
                if (n < 0 || n >= side.size() || !used[n] || !side.get(n).item() || side.get(n).section() != b.section()) {
                    continue;
                }
                // the item the neighbour was paired with, reworded: the one the two became when they hold its words, and
                // nothing else (but joining words); an audit found steps joined while "Disabled" became "Enabled" told as
                // joined only
                TextBlock partner = partners.get(side.get(n));
                if (partner == null || !partner.item()) {
                    continue;
                }
                String both = n < i ? side.get(n).plain() + " " + b.plain() : b.plain() + " " + side.get(n).plain();
                int section = newSection.applyAsInt(i);
                // the same words, or but one word replaced by another ("Disabled" → "Enabled"), told with the join
                String[] swap = comparable(both, partner.plain()) ? oneWordSwapped(joined ? both : partner.plain(),
                        joined ? partner.plain() : both) : null;
                if (swap != null) {
                    used[i] = true;
                    String one = opening(partner.plain());
                    SectionEdits e = at.apply(section);
                    e.rewrites.removeIf(f -> f instanceof Fact.TextRewritten r && r.item()
                            && (r.opening().equals(one) || r.opening().equals(opening(side.get(n).plain()))));
                    String first = opening((n < i ? side.get(n) : b).plain());
                    String second = opening((n < i ? b : side.get(n)).plain());
                    e.rewrites.add(new Fact.ItemsJoined(title(section), joined, first, second, one, swap[0], swap[1]));
                    break;
                }
            }
        }
    }

    /** The (new) sections in which two or more list items in a row are left unpaired. */
    private static Set<Integer> runSections(List<TextBlock> blocks, boolean[] used, java.util.function.IntUnaryOperator section) {
        Set<Integer> out = new HashSet<>();
        for (int k = 0; k + 1 < blocks.size(); k++) {
            if (!used[k] && !used[k + 1] && blocks.get(k).item() && blocks.get(k + 1).item()) {
                out.add(section.applyAsInt(k));
            }
        }
        return out;
    }

    private static boolean unpairedItems(List<TextBlock> blocks, boolean[] used) {
        for (int k = 0; k < blocks.size(); k++) {
            if (!used[k] && blocks.get(k).item()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph cut into a list whose lead-in the pairing already took for the paragraph reworded ("Before you begin,
     * you need an Azure subscription, the CLI, and a project." → "Before you begin, you need:" and three items): the
     * lead-in paired, the items after it left over. When the paragraph on the other side holds the words of the lead-in
     * and the items, the rewording is told as the paragraph cut into a list (or, the other way, a list joined into it).
     */
    private void listedAfterLeadIn(List<TextBlock> side, List<TextBlock> other, boolean[] used, boolean[] otherUsed,
                                   java.util.function.IntUnaryOperator newSection, Function<Integer, SectionEdits> at, boolean toList) {
        for (int k = 0; k + 2 < side.size(); k++) {
            TextBlock lead = side.get(k);
            if (!used[k] || lead.item() || used[k + 1] || !side.get(k + 1).item() || side.get(k + 1).section() != lead.section()) {
                continue;
            }
            int end = k + 1;
            StringBuilder text = new StringBuilder(lead.plain());
            while (end < side.size() && !used[end] && side.get(end).item() && side.get(end).section() == lead.section()) {
                text.append(' ').append(side.get(end).plain());
                end++;
            }
            if (end - k - 1 < 2) {
                continue;
            }
            int section = newSection.applyAsInt(k);
            for (int o = 0; o < other.size(); o++) {
                TextBlock p = other.get(o);
                int pSection = toList ? oldToNew[p.section()] : p.section();
                if (otherUsed[o] && !p.item() && pSection == section && comparable(p.plain(), text) && sameWords(p.plain(), text.toString())) {
                    Arrays.fill(used, k + 1, end, true);
                    String leadOpening = opening(lead.plain());
                    SectionEdits e = at.apply(section);
                    e.rewrites.removeIf(f -> f instanceof Fact.TextRewritten r && !r.item()
                            && (r.opening().equals(leadOpening) || r.opening().equals(opening(p.plain()))));
                    // the paragraph's opening, or the joined list's: its first item's
                    e.rewrites.add(new Fact.ParagraphListed(title(section), toList, end - k - 1, opening((toList ? p : side.get(k + 1)).plain())));
                    break;
                }
            }
            k = end - 1;
        }
    }

    /**
     * Whether two texts are near enough in length to hold the same words: a cheap test before the
     * words are compared (a page rewritten whole has hundreds of paragraphs and lists left unpaired).
     */
    private static boolean comparable(CharSequence a, CharSequence b) {
        return a.length() * 3 >= b.length() * 2 && b.length() * 3 >= a.length() * 2;
    }

    /**
     * The run of unpaired blocks on the other side, in the paragraph's section, that holds its words: list items one
     * after another (two or more), perhaps after a paragraph that leads them in. As {from, to (exclusive), items}, or null.
     */
    private static int[] listOf(TextBlock paragraph, List<TextBlock> other, boolean[] otherUsed,
                                java.util.function.IntPredicate inSection) {
        for (int k = 0; k < other.size(); k++) {
            if (otherUsed[k] || !other.get(k).item() || !inSection.test(k)) {
                continue;
            }
            int end = k;
            StringBuilder items = new StringBuilder();
            while (end < other.size() && !otherUsed[end] && other.get(end).item() && inSection.test(end)) {
                items.append(other.get(end).plain()).append(' ');
                end++;
            }
            if (end - k >= 2) {
                int lead = k - 1;
                String withLead = lead >= 0 && !otherUsed[lead] && !other.get(lead).item() && inSection.test(lead)
                        ? other.get(lead).plain() + " " + items : null;
                if (withLead != null && comparable(paragraph.plain(), withLead) && sameWords(paragraph.plain(), withLead)) {
                    return new int[] {lead, end, end - k};
                }
                if (comparable(paragraph.plain(), items) && sameWords(paragraph.plain(), items.toString())) {
                    return new int[] {k, end, end - k};
                }
            }
            k = end;
        }
        return null;
    }

    /**
     * Paragraphs that are one image, left unpaired in a section pair, whose alt texts are alike (one lengthened into the
     * other, or most words kept) and whose targets differ: one image replaced by a new version ("Architecture diagram"
     * → "Architecture diagram, version 2", arch-v1.png → arch-v2.png). An audit found it told three times: a paragraph
     * reworded, an image added and an image removed. Told once; {@link #links()} then leaves both targets out.
     */
    private void replacedImages(List<TextBlock> oldB, List<TextBlock> newB, boolean[] oldUsed, boolean[] newUsed,
                                Function<Integer, SectionEdits> at) {
        String[] newTargets = null; // each new block's image target, read once (null: no image-only paragraph)
        for (int i = 0; i < oldB.size(); i++) {
            String oldTarget = oldUsed[i] || oldB.get(i).item() ? null : imageOnly(oldB.get(i));
            if (oldTarget == null) {
                continue;
            }
            if (newTargets == null) {
                newTargets = new String[newB.size()];
                for (int j = 0; j < newB.size(); j++) {
                    newTargets[j] = newUsed[j] || newB.get(j).item() ? null : imageOnly(newB.get(j));
                }
            }
            java.util.regex.Matcher a = IMAGE_ONLY.matcher(oldB.get(i).source().strip());
            a.matches();
            String oldAlt = MarkdownOutline.collapse(a.group(1));
            for (int j = 0; j < newB.size(); j++) {
                String newTarget = newUsed[j] || newB.get(j).section() != oldToNew[oldB.get(i).section()] ? null : newTargets[j];
                if (newTarget == null || newTarget.equals(oldTarget)) {
                    continue;
                }
                java.util.regex.Matcher b = IMAGE_ONLY.matcher(newB.get(j).source().strip());
                b.matches();
                String newAlt = MarkdownOutline.collapse(b.group(1));
                if (alike(oldAlt, newAlt)) {
                    oldUsed[i] = true;
                    newUsed[j] = true;
                    imagesRemovedTold.merge(oldTarget, 1, Integer::sum);
                    imagesAddedTold.merge(newTarget, 1, Integer::sum);
                    at.apply(newB.get(j).section()).rewrites.add(new Fact.ImageReplaced(title(newB.get(j).section()),
                            oldTarget, newTarget, oldAlt, newAlt));
                    break;
                }
            }
        }
    }

    /**
     * How alike two blocks' words are, for pairing: Dice; or, when most of the shorter block's words (at least
     * {@link #CONTAINED_SHARE}, and at least {@link #CONTAINED_WORDS} words) are in the other, just enough to pair.
     * A list item extended or cut by a clause ("the commits of the range." → "the commits of the range, each
     * with a link to its pull request…") is the same item edited, though its length moves Dice below the threshold.
     */
    private double kinship(int[] a, int[] b) {
        double dice = bags.dice(a, b);
        int shorter = Math.min(a.length, b.length);
        if (dice >= SAME_BLOCK || shorter < CONTAINED_WORDS) {
            return dice;
        }
        // Dice is 2·common / (|a| + |b|): common from it, without counting again
        double common = dice * (a.length + b.length) / 2;
        return common >= CONTAINED_SHARE * shorter - 1e-9 ? SAME_BLOCK : dice;
    }

    /**
     * {@link #kinship} reaching the threshold for two blocks Dice does not pair. With Dice under 0.5 and 80 % of the
     * shorter block's words in common, the longer has over 2.2 times its words: counted first, the words of most pairs
     * need not be numbered.
     */
    private boolean contained(String a, String b) {
        int na = Similarity.Bags.wordCount(a);
        int nb = Similarity.Bags.wordCount(b);
        int shorter = Math.min(na, nb);
        if (shorter < CONTAINED_WORDS || Math.max(na, nb) * 5L <= shorter * 11L) {
            return false;
        }
        return kinship(bags.words(a), bags.words(b)) >= SAME_BLOCK;
    }

    private static List<TextBlock> pick(List<TextBlock> blocks, List<Integer> indexes) {
        List<TextBlock> picked = new ArrayList<>(indexes.size());
        for (int k : indexes) {
            picked.add(blocks.get(k));
        }
        return picked;
    }

    /** The words of each block, as ids of the comparison's bags. */
    private List<int[]> words(List<TextBlock> blocks) {
        List<int[]> words = new ArrayList<>(blocks.size());
        for (TextBlock b : blocks) {
            words.add(bags.words(b.plain()));
        }
        return words;
    }

    private void emit(TreeMap<Integer, SectionEdits> edits) {
        List<Fact> removals = new ArrayList<>();
        List<Fact> additions = new ArrayList<>();
        List<Fact> fixes = new ArrayList<>();
        List<Fact> minor = new ArrayList<>();
        for (Map.Entry<Integer, SectionEdits> entry : edits.entrySet()) {
            String section = title(entry.getKey());
            SectionEdits e = entry.getValue();
            if (!e.itemsRemoved.isEmpty()) {
                removals.add(new Fact.ItemsRemoved(section, e.itemsRemoved));
            }
            if (!e.itemsAdded.isEmpty()) {
                additions.add(new Fact.ItemsAdded(section, e.itemsAdded));
            }
            if (!e.imagesRemoved.isEmpty()) {
                minor.add(new Fact.ImagesRemoved(section, e.imagesRemoved));
            }
            if (!e.imagesAdded.isEmpty()) {
                minor.add(new Fact.ImagesAdded(section, e.imagesAdded));
            }
            fixes.addAll(e.markup);
            if (e.proseAdded > 0) {
                minor.add(new Fact.ProseAdded(section, e.proseAdded, first(e.addedTerms), openings(e.addedOpenings)));
            }
            if (e.proseRemoved > 0) {
                minor.add(new Fact.ProseRemoved(section, e.proseRemoved, first(e.removedTerms), openings(e.removedOpenings)));
            }
            minor.addAll(e.rewrites);
            if (!e.typos.isEmpty()) {
                minor.add(new Fact.TyposFixed(section, e.typos));
            }
            if (e.formatting > 0) {
                minor.add(new Fact.FormattingOnly(section, e.formatting));
            }
            if (e.whitespace > 0) {
                minor.add(new Fact.WhitespaceOnly(section, e.whitespace));
            }
            if (!e.itemsMoved.isEmpty()) {
                minor.add(new Fact.ItemsReordered(section, e.itemsMoved));
            }
        }
        facts.addAll(removals);
        facts.addAll(additions);
        facts.addAll(fixes);
        facts.addAll(minor);
    }

    /**
     * Pairs what is left of the blocks whose first line the line diff kept, as the first line of a block of the same kind
     * in the same section: the one block edited past its first line, however few words are left in common. An audit
     * found such a paragraph told as removed and as added, with the same opening.
     */
    private void firstLineKept(List<TextBlock> oldB, List<TextBlock> newB, boolean[] oldUsed, boolean[] newUsed,
                               Function<Integer, SectionEdits> at) {
        Map<Integer, Integer> newAt = null;
        for (int i = 0; i < oldB.size(); i++) {
            TextBlock a = oldB.get(i);
            if (oldUsed[i] || a.line() >= keptAs.length || keptAs[a.line()] < 0) {
                continue;
            }
            if (newAt == null) {
                newAt = new HashMap<>();
                for (int j = 0; j < newB.size(); j++) {
                    if (!newUsed[j]) {
                        newAt.putIfAbsent(newB.get(j).line(), j);
                    }
                }
            }
            Integer j = newAt.get(keptAs[a.line()]);
            if (j != null && !newUsed[j] && newB.get(j).item() == a.item() && oldToNew[a.section()] == newB.get(j).section()) {
                oldUsed[i] = true;
                newUsed[j] = true;
                int section = newB.get(j).section();
                edited(a, newB.get(j), at.apply(section), title(section));
            }
        }
    }

    /**
     * First, blocks the line diff kept in place: same start line, same text, matching sections.
     * Matching these before any search makes the result independent of equal blocks elsewhere,
     * and equal to what parsing only the changed parts gives (see UnchangedSections).
     */
    private void anchorBlocks(List<TextBlock> oldB, List<TextBlock> newB, boolean[] oldUsed, boolean[] newUsed,
                              Function<Integer, SectionEdits> at) {
        Map<Integer, Integer> newAt = new HashMap<>();
        for (int j = 0; j < newB.size(); j++) {
            newAt.putIfAbsent(newB.get(j).line(), j);
        }
        for (int i = 0; i < oldB.size(); i++) {
            TextBlock a = oldB.get(i);
            Integer j = a.line() < keptAs.length && keptAs[a.line()] >= 0 ? newAt.get(keptAs[a.line()]) : null;
            if (j != null && !newUsed[j] && newB.get(j).item() == a.item() && newB.get(j).source().equals(a.source())
                    && oldToNew[a.section()] == newB.get(j).section()) {
                oldUsed[i] = true;
                newUsed[j] = true;
                sameBlockAs[i] = j;
                if (onlyTrailingSpaceEdited(a, newB.get(j))) { // its first line kept, a later one's end spaces not
                    at.apply(newB.get(j).section()).whitespace++;
                }
            }
        }
    }

    /**
     * Blocks of the same text, matched in turn by their source and by their spacing collapsed (each then a whitespace
     * edit). The source drops the spaces at a line's end that make no line break: a block matched by
     * it whose lines differ only there is a whitespace edit too, else its section's changed lines would go unexplained.
     */
    private void matchBlocks(List<TextBlock> oldB, List<TextBlock> newB, boolean[] oldUsed, boolean[] newUsed,
                             Function<TextBlock, String> text, boolean spacingCollapsed, Function<Integer, SectionEdits> at) {
        Map<Key, Deque<Integer>> index = new HashMap<>();
        for (int j = 0; j < newB.size(); j++) {
            if (!newUsed[j]) {
                TextBlock b = newB.get(j);
                index.computeIfAbsent(new Key(b.section(), b.item(), text.apply(b)), k -> new ArrayDeque<>()).add(j);
            }
        }
        for (int i = 0; i < oldB.size(); i++) {
            if (oldUsed[i]) {
                continue;
            }
            TextBlock b = oldB.get(i);
            Integer j = poll(index, new Key(oldToNew[b.section()], b.item(), text.apply(b)));
            if (j != null) {
                oldUsed[i] = true;
                newUsed[j] = true;
                sameBlockAs[i] = j;
                itemMatchedElsewhere |= b.item();
                if (spacingCollapsed || onlyTrailingSpaceEdited(b, newB.get(j))) {
                    at.apply(newB.get(j).section()).whitespace++;
                }
            }
        }
    }

    /** Whether two blocks of the same source have lines that differ, and only in the spaces and tabs at their ends. */
    private boolean onlyTrailingSpaceEdited(TextBlock a, TextBlock b) {
        int count = 1 + TextEdit.count(a.source(), '\n');
        List<String> oldLines = before.lines();
        List<String> newLines = after.lines();
        if (a.line() + count > oldLines.size() || b.line() + count > newLines.size()) {
            return false;
        }
        boolean differ = false;
        for (int k = 0; k < count; k++) {
            int line = a.line() + k;
            if (line < keptAs.length && keptAs[line] == b.line() + k) {
                continue; // a line the diff kept as it was: not read (most lines of anchored blocks)
            }
            String o = oldLines.get(line);
            String n = newLines.get(b.line() + k);
            if (!o.equals(n)) {
                if (!o.stripTrailing().equals(n.stripTrailing())) {
                    return false;
                }
                differ = true;
            }
        }
        return differ;
    }

    /**
     * A block left unpaired whose edited self stands under a heading added right after its section, over text kept from it
     * (a heading put over the page's text while a paragraph under it was edited): paired with it and told as edited there.
     * Blocks of a section added are not compared one by one, which left "a paragraph … was removed" of one whose number
     * changed on the way ("30 days" → "90 days", an audit) and hid the edit.
     */
    private void editedUnderHeadingPutOver(List<TextBlock> oldB, boolean[] oldUsed, Function<Integer, SectionEdits> at) {
        boolean[] overKept = null;
        Set<TextBlock> taken = null;
        for (int i = 0; i < oldB.size(); i++) {
            TextBlock b = oldB.get(i);
            if (oldUsed[i]) {
                continue;
            }
            if (overKept == null) {
                overKept = overKeptSections();
                taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            }
            int section = oldToNew[b.section()];
            for (TextBlock c : after.blocks()) {
                int s = c.section();
                if (!overKept[s] || c.item() != b.item() || taken.contains(c) || precedingMatched(s) != section) {
                    continue;
                }
                if (bags.reaches(b.plain(), c.plain(), SAME_BLOCK)) {
                    oldUsed[i] = true;
                    taken.add(c);
                    edited(b, c, at.apply(s), title(s));
                    break;
                }
            }
        }
    }

    /** The new sections no old one pairs with that hold a line the diff kept from a section that pairs. */
    private boolean[] overKeptSections() {
        boolean[] oldMatched = new boolean[oldToNew.length];
        for (int k = 0; k < oldToNew.length; k++) {
            oldMatched[k] = oldToNew[k] >= 0;
        }
        boolean[] out = ChunkReading.overKept(before.headings(), after.headings(), keptAs, oldMatched, newMatched);
        return out != null ? out : new boolean[newMatched.length];
    }

    /** The nearest section before new section s, past sections no old one pairs with, that one pairs with. */
    private int precedingMatched(int s) {
        int k = s - 1;
        while (k > 0 && !newMatched[k]) {
            k--;
        }
        return k;
    }

    /** Blocks paired as one edited, each to the other: a list item's new self, for the items joined or split. */
    private final Map<TextBlock, TextBlock> partners = new java.util.IdentityHashMap<>();

    private void edited(TextBlock a, TextBlock b, SectionEdits e, String section) {
        partners.put(a, b);
        partners.put(b, a);
        // (an alert's plain text starts with its marker, "[!NOTE]" or "!NOTE": the rest cannot be one)
        String kindBefore = a.item() || a.plain().indexOf('!') > 1 || a.plain().indexOf('!') < 0 ? null : alertKind(a.plain());
        String kindAfter = kindBefore == null || b.item() ? null : alertKind(b.plain());
        if (kindAfter != null && !kindAfter.equals(kindBefore)) {
            // an alert made another kind while its text changed too: the kind is told beside the rewording (an audit found
            // only "reworded"); when the kind alone changed, FactRereading reads the rewording as this same fact
            e.rewrites.add(new Fact.AlertKindChanged(section, kindBefore, kindAfter, opening(b.plain()),
                    withoutAlertMarker(a.plain()).equals(withoutAlertMarker(b.plain()))));
        }
        TextEdit edit = TextEdit.classify(a.source(), b.source(), a.collapsed(), b.collapsed(),
                word -> TextEdit.holdsWord(newText(), word), word -> oldText().contains(word));
        if ((edit.kind() == TextEdit.Kind.TYPO || edit.kind() == TextEdit.Kind.REWRITTEN) && a.plain().equals(b.plain())) {
            // the words a reader sees are the same: a link's or image's target changed (told by the link facts), or markup
            if (!MarkdownOutline.sameCollapsed(withoutTargets(a.source()), withoutTargets(b.source()))) {
                e.formatting++;
            }
            return;
        }
        if (edit.kind() == TextEdit.Kind.FORMATTING) {
            // marks the reader saw as text before ("**bold text" never closed: an even count of '*', shown literally)
            // and no longer sees: the markup was repaired, not only restyled
            for (char mark : TextEdit.MARKS.toCharArray()) {
                if (TextEdit.count(a.plain(), mark) > TextEdit.count(b.plain(), mark)) {
                    e.markup.add(new Fact.MarkupFixed(section, String.valueOf(mark), minus(b.code(), a.code())));
                    return;
                }
                // and the other way: a mark the reader now sees as text (a backtick dropped, "`japaneast and `norwayeast`"),
                // which "changed only in formatting" had hidden (an audit)
                if (TextEdit.count(b.plain(), mark) > TextEdit.count(a.plain(), mark)) {
                    e.markup.add(new Fact.MarkupBroken(section, String.valueOf(mark), minus(a.code(), b.code())));
                    return;
                }
            }
        }
        switch (edit.kind()) {
            case WHITESPACE -> e.whitespace++;
            case FORMATTING -> e.formatting++;
            case TYPO -> e.typos.addAll(edit.words());
            case MARKUP_FIXED -> e.markup.add(new Fact.MarkupFixed(section, edit.mark(), minus(b.code(), a.code())));
            case REWRITTEN -> {
                List<String> words = TextEdit.shown(TextEdit.replaced(a.plain(), b.plain(), true));
                if (words.isEmpty()) {
                    words = TextEdit.shown(LinkTexts.changed(a.source(), b.source()));
                }
                boolean whole = b.item() && words.isEmpty() && shortItem(a.plain()) && shortItem(b.plain());
                // sentences gained or lost, where no words replaced say it: in Chinese or Japanese a "word" is a whole
                // sentence run, so there they are told by sentence instead
                List<List<String>> sentences = (words.isEmpty() || CjkTypos.holds(b.plain())) && !whole
                        ? Sentences.gainedAndLost(a.plain(), b.plain()) : List.of(List.of(), List.of());
                if (!sentences.get(0).isEmpty() || !sentences.get(1).isEmpty()) {
                    words = List.of();
                }
                List<String> codeAdded = minus(distinct(b.code()), a.code());
                List<String> codeRemoved = minus(distinct(a.code()), b.code());
                if (words.isEmpty() && sentences.get(0).isEmpty() && sentences.get(1).isEmpty() && codeAdded.isEmpty()
                        && codeRemoved.isEmpty() && !whole && !CjkTypos.holds(b.plain())) {
                    // a word put in or left out ("is supported" → "is not supported"): the stretch that changed, quoted
                    words = TextEdit.spanChanged(a.plain(), b.plain());
                    if (words.isEmpty()) {
                        words = TextEdit.middleReplaced(a.plain(), b.plain());
                    }
                }
                e.rewrites.add(new Fact.TextRewritten(section, b.item(), opening(b.plain()), words, codeAdded, codeRemoved,
                        whole ? a.plain() : "", sentences.get(0), sentences.get(1)));
            }
        }
    }

    /** A list item short enough to be quoted whole (a region, a model, a setting's name): six words, 60 characters. */
    private static boolean shortItem(String plain) {
        return !plain.isEmpty() && plain.length() <= 60 && plain.chars().filter(c -> c == ' ').count() < 6;
    }

    /**
     * Whether two list items of three words or more begin with the same key: two words, one with a digit ("Error 403 means
     * you lack permission." and "Error 403 is returned when the key was rotated."), or one word and a colon ("Timeouts:").
     * Then, when each is alone in its list's changes, they are the one item reworded, not one removed and another added,
     * which an audit found told as a removal (a breaking change). Words alone ("Use the …") are no key.
     */
    static boolean sameLead(String a, String b) {
        String[] x = a.split(" ", 4);
        String[] y = b.split(" ", 4);
        if (x.length < 3 || y.length < 3) {
            return false;
        }
        if (x[0].length() > 1 && x[0].endsWith(":") && x[0].equals(y[0])) {
            return true;
        }
        String key = x[0] + " " + x[1];
        return key.equalsIgnoreCase(y[0] + " " + y[1]) && key.chars().anyMatch(Character::isDigit);
    }

    /** Inline link and image targets, "](…)", cut from Markdown source: what is left is what else a block says. */
    // possessive and bounded: each "](" is looked past only up to the next bracket, space or a title's length (linear)
    private static final java.util.regex.Pattern TARGET = java.util.regex.Pattern.compile(
            "\\]\\((?:<[^<>\\n]{0,2000}+>|[^()\\s]{0,2000}+)(?:\\s++(?:\"[^\"\\n]{0,300}+\"|'[^'\\n]{0,300}+'|\\([^()\\n]{0,300}+\\)))?\\s*+\\)");

    /**
     * An HTML anchor ({@code <a name="quota"></a>}, {@code <a id="x">}) anywhere in a block: a reader never sees it, so a
     * paragraph that gained one is not "changed in formatting" (an audit); {@link HtmlAnchors} tells one added or removed
     * at a line's start or in a heading.
     */
    private static final java.util.regex.Pattern ANCHOR_TAG = java.util.regex.Pattern.compile(
            "(?i)<a\\s[^<>\\n]{0,300}?\\b(?:name|id)\\s*=\\s*[\"'][^\"'<>\\n]{1,200}[\"'][^<>\\n]{0,300}>(?:[ \\t]*</a>)?");

    /** What else a block says than its links' and images' targets and its HTML anchors (compare with spacing collapsed). */
    static String withoutTargets(String source) {
        String text = source.indexOf("](") < 0 ? source : TARGET.matcher(source).replaceAll("]()");
        return HtmlAnchors.mayHold(text) ? ANCHOR_TAG.matcher(text).replaceAll("") : text;
    }

    /** The old page's text, made when first asked for: only a Chinese or Japanese edit that may be a typo fix asks. */
    private String oldText;

    private String oldText() {
        if (oldText == null) {
            oldText = String.join("\n", before.lines());
        }
        return oldText;
    }

    /** The new page's text, made when first asked for: only a word edit that may be a typo fix asks. */
    private String newText;

    private String newText() {
        if (newText == null) {
            newText = String.join("\n", after.lines());
        }
        return newText;
    }

    private static final java.util.regex.Pattern ADMONITION = java.util.regex.Pattern.compile(
            "\\[?!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]? ?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The first words of a block, enough to find it on the page. */
    private static final java.util.regex.Pattern ALERT = java.util.regex.Pattern.compile(
            "\\[?!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]?(?:\\s|$)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The kind of alert ("> [!IMPORTANT]") a paragraph opens with, upper case; null for any other paragraph. */
    /** An alert's text without its marker ("[!NOTE]"). */
    private static String withoutAlertMarker(String plain) {
        java.util.regex.Matcher m = ALERT.matcher(plain);
        return m.lookingAt() ? plain.substring(m.end()).strip() : plain;
    }

    static String alertKind(String plain) {
        java.util.regex.Matcher m = ALERT.matcher(plain);
        return m.lookingAt() ? m.group(1).toUpperCase(Locale.ROOT) : null;
    }

    static String opening(String plain) {
        // an admonition's marker ("> [!NOTE]") is not the text's first word
        java.util.regex.Matcher marker = ADMONITION.matcher(plain);
        if (marker.lookingAt() && marker.end() < plain.length()) {
            plain = plain.substring(marker.end());
        }
        // a complex image's long description starts after its directive: ":::image type="complex" …::: The diagram shows…"
        if (plain.regionMatches(true, 0, ":::image", 0, 8)) {
            int close = plain.indexOf(":::", 8);
            if (close > 0 && close + 3 < plain.length()) {
                plain = plain.substring(close + 3).strip();
            }
            if (plain.endsWith(":::image-end:::")) {
                plain = plain.substring(0, plain.length() - ":::image-end:::".length()).strip();
            }
        }
        int cut = -1;
        for (int words = 0; words < 8; words++) {
            cut = plain.indexOf(' ', cut + 1);
            if (cut < 0) {
                return plain;
            }
        }
        // plain text is collapsed (single spaces): the first eight words end at the eighth space
        return plain.substring(0, cut) + " …";
    }

    // ---- links ----

    private void links() {
        List<LinkTarget> oldLinks = before.links();
        List<LinkTarget> newLinks = after.links();
        if (oldLinks.stream().anyMatch(LinkTarget::include) || newLinks.stream().anyMatch(LinkTarget::include)) {
            includes(oldLinks.stream().filter(LinkTarget::include).toList(), newLinks.stream().filter(LinkTarget::include).toList());
            oldLinks = oldLinks.stream().filter(l -> !l.include()).toList();
            newLinks = newLinks.stream().filter(l -> !l.include()).toList();
        }
        if (oldLinks.stream().anyMatch(LinkTarget::embed) || newLinks.stream().anyMatch(LinkTarget::embed)) {
            for (LinkTarget.Kind kind : List.of(LinkTarget.Kind.CODE, LinkTarget.Kind.VIDEO)) {
                embeds(oldLinks.stream().filter(l -> l.kind() == kind).toList(), newLinks.stream().filter(l -> l.kind() == kind).toList());
            }
            oldLinks = oldLinks.stream().filter(l -> !l.embed()).toList();
            newLinks = newLinks.stream().filter(l -> !l.embed()).toList();
        }
        LinkPairs pairs = LinkPairs.of(oldLinks, newLinks);
        List<String> removedUrls = new ArrayList<>();
        List<String> removedImages = new ArrayList<>();
        for (LinkTarget[] gone : pairs.gone()) {
            LinkTarget l = gone[0];
            LinkTarget now = gone[1];
            if (now == null) {
                if (!(l.image() && told(imagesRemovedTold, l.url()))) {
                    (l.image() ? removedImages : removedUrls).add(l.url());
                }
            } else {
                // an image that shows another file (a new screenshot) is no link fixed
                facts.add(l.image() && now.image() ? new Fact.ImageRetargeted(l.text(), l.url(), now.url())
                        : new Fact.LinkRetargeted(l.text(), l.url(), now.url()));
            }
        }
        List<String> addedUrls = new ArrayList<>();
        List<String> addedImages = new ArrayList<>();
        for (LinkTarget l : pairs.added()) {
            if (!(l.image() && told(imagesAddedTold, l.url()))) {
                (l.image() ? addedImages : addedUrls).add(l.url()); // an image is no link target (an audit counted it as one)
            }
        }
        if (!addedImages.isEmpty()) {
            facts.add(new Fact.ImageTargetsAdded(distinct(addedImages).stream().sorted().toList()));
        }
        if (!removedImages.isEmpty()) {
            facts.add(new Fact.ImageTargetsRemoved(distinct(removedImages).stream().sorted().toList()));
        }
        // sorted: which of several equal links counts as the removed one depends on matching order
        if (!addedUrls.isEmpty()) {
            facts.add(new Fact.LinksAdded(distinct(addedUrls).stream().sorted().toList()));
        }
        if (!removedUrls.isEmpty()) {
            facts.add(new Fact.LinksRemoved(distinct(removedUrls).stream().sorted().toList()));
        }
    }

    /** Whether an image of this target was told already (as an image-only paragraph), using up that one telling. */
    private static boolean told(Map<String, Integer> told, String url) {
        Integer left = told.get(url);
        if (left == null) {
            return false;
        }
        if (left == 1) {
            told.remove(url);
        } else {
            told.put(url, left - 1);
        }
        return true;
    }

    /**
     * Learn's includes ({@code [!INCLUDE [name](path)]}) added, removed, or embedding another file under the same name:
     * each embeds a whole file, told by its name and path rather than as a link.
     */
    private void includes(List<LinkTarget> old, List<LinkTarget> now) {
        LinkPairs pairs = LinkPairs.of(old, now);
        for (LinkTarget[] gone : pairs.gone()) {
            LinkTarget l = gone[0];
            String name = l.text().isBlank() ? l.url() : l.text();
            if (gone[1] == null) {
                long left = now.stream().filter(n -> n.url().equals(l.url())).count();
                facts.add(new Fact.IncludeRemoved(name, l.url(), (int) left));
            } else {
                facts.add(new Fact.IncludeChanged(name, l.url(), gone[1].url()));
            }
        }
        for (LinkTarget a : pairs.added()) {
            facts.add(new Fact.IncludeAdded(a.text().isBlank() ? a.url() : a.text(), a.url()));
        }
    }

    /**
     * Learn's code samples or videos (of one kind) added, removed, or showing another file under the same name and
     * language (a video has neither: one taken out and one put in is a video replaced).
     */
    private void embeds(List<LinkTarget> old, List<LinkTarget> now) {
        // paired as the same sample (name and language; a video has neither) of the same target, then by name alone:
        // a sample of that name showing another file (any video taken out, with another put in, is a video replaced)
        List<LinkTarget> left = new ArrayList<>(now);
        List<LinkTarget> gone = new ArrayList<>();
        for (LinkTarget l : old) {
            if (!left.remove(l)) {
                gone.add(l);
            }
        }
        for (LinkTarget l : gone) {
            LinkTarget same = left.stream().filter(n -> n.language().equals(l.language()) && n.text().equals(l.text())).findFirst().orElse(null);
            if (same == null) {
                // the same file still shown elsewhere on the page, whatever part of it ("?name=", "#id")
                long still = now.stream().filter(n -> file(n.url()).equals(file(l.url()))).count();
                facts.add(l.kind() == LinkTarget.Kind.VIDEO ? new Fact.VideoRemoved(l.url())
                        : new Fact.CodeSampleRemoved(l.language(), l.text(), l.url(), (int) still));
            } else {
                left.remove(same);
                facts.add(l.kind() == LinkTarget.Kind.VIDEO ? new Fact.VideoReplaced(l.url(), same.url())
                        : new Fact.CodeSampleChanged(l.language(), l.text(), l.url(), same.url()));
            }
        }
        for (LinkTarget a : left) {
            facts.add(a.kind() == LinkTarget.Kind.VIDEO ? new Fact.VideoAdded(a.url()) : new Fact.CodeSampleAdded(a.language(), a.text(), a.url()));
        }
    }

    /** A sample's file: its target without the part it names ("?name=snippet", "#id"). */
    private static String file(String target) {
        int cut = target.length();
        for (char c : new char[]{'?', '#'}) {
            int at = target.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return target.substring(0, cut);
    }


    /**
     * The links of two versions paired, the same target first, then, of those left, the same text (a link given another
     * target). gone holds each old link without a twin, in order, with the new link of its text or null; added the new
     * links left over.
     */
    private record LinkPairs(List<LinkTarget[]> gone, List<LinkTarget> added) {

        static LinkPairs of(List<LinkTarget> old, List<LinkTarget> now) {
            Map<String, Deque<Integer>> byUrl = index(now, LinkTarget::url);
            boolean[] used = new boolean[now.size()];
            List<LinkTarget> removed = new ArrayList<>();
            for (LinkTarget l : old) {
                Integer j = poll(byUrl, l.url());
                if (j == null) {
                    removed.add(l);
                } else {
                    used[j] = true;
                }
            }
            List<LinkTarget> left = new ArrayList<>();
            for (int j = 0; j < now.size(); j++) {
                if (!used[j]) {
                    left.add(now.get(j));
                }
            }
            Map<String, Deque<Integer>> byText = index(left, LinkTarget::text);
            boolean[] leftUsed = new boolean[left.size()];
            List<LinkTarget[]> gone = new ArrayList<>();
            for (LinkTarget l : removed) {
                Integer j = l.text().isBlank() ? null : poll(byText, l.text());
                if (j != null) {
                    leftUsed[j] = true;
                }
                gone.add(new LinkTarget[]{l, j == null ? null : left.get(j)});
            }
            List<LinkTarget> added = new ArrayList<>();
            for (int j = 0; j < left.size(); j++) {
                if (!leftUsed[j]) {
                    added.add(left.get(j));
                }
            }
            return new LinkPairs(gone, added);
        }
    }

    /** Learn's image directives kept under the same source in a section kept, whose alt text changed. */
    private void learnImages() {
        List<LearnImages.Directive> oldImages = LearnImages.of(before);
        if (oldImages.isEmpty()) {
            return; // an alt text changed needs an image directive on both sides
        }
        Map<String, Deque<String>> old = new HashMap<>();
        for (LearnImages.Directive d : oldImages) {
            if (oldToNew[d.section()] >= 0) {
                old.computeIfAbsent(oldToNew[d.section()] + "\u0001" + d.source(), k -> new ArrayDeque<>()).add(d.alt());
            }
        }
        List<LearnImages.Directive> changed = new ArrayList<>();
        List<String> was = new ArrayList<>();
        for (LearnImages.Directive d : LearnImages.of(after)) {
            Deque<String> alts = old.get(d.section() + "\u0001" + d.source());
            if (alts == null || alts.isEmpty()) {
                continue;
            }
            // the same alt text first: of two images of one source, the one left is the one changed
            String alt = alts.contains(d.alt()) ? d.alt() : alts.peek();
            alts.remove(alt);
            if (!alt.equals(d.alt())) {
                changed.add(d);
                was.add(alt);
            }
        }
        for (int k = 0; k < changed.size(); k++) {
            LearnImages.Directive d = changed.get(k);
            facts.add(new Fact.ImageAltChanged(title(d.section()), d.source(), MarkdownOutline.collapse(was.get(k)), MarkdownOutline.collapse(d.alt())));
        }
    }

    // ---- small helpers ----

    private static <T> Map<String, Deque<Integer>> index(List<T> items, Function<T, String> key) {
        Map<String, Deque<Integer>> index = new HashMap<>();
        for (int j = 0; j < items.size(); j++) {
            index.computeIfAbsent(key.apply(items.get(j)), k -> new ArrayDeque<>()).add(j);
        }
        return index;
    }

    /**
     * A block's section, kind and text, compared as the text "section/kind/text" would be. Hashed on
     * the text's length and three of its characters, not all of them: most blocks are looked up once,
     * and String.hashCode reads a whole paragraph.
     */
    private record Key(int section, Object kind, String text) {

        @Override
        public int hashCode() {
            int n = text.length();
            int h = (section * 31 + kind.hashCode()) * 31 + n;
            return n == 0 ? h : ((h * 31 + text.charAt(0)) * 31 + text.charAt(n >>> 1)) * 31 + text.charAt(n - 1);
        }
    }

    private static <K> Integer poll(Map<K, Deque<Integer>> index, K key) {
        Deque<Integer> q = index.get(key);
        return q == null ? null : q.pollFirst();
    }

    /** Elements of a not in b, counting copies, in a's order. */
    static List<String> minus(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        for (String s : b) {
            counts.merge(s, 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        for (String s : a) {
            Integer c = counts.get(s);
            if (c != null && c > 0) {
                counts.put(s, c - 1);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> distinct(List<String> names) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null) {
                distinct.add(name);
            }
        }
        return List.copyOf(distinct);
    }

    /** The opening words of the first few paragraphs; none when one of them has no words to quote. */
    private static List<String> openings(List<String> openings) {
        for (String o : openings) {
            if (o.isBlank()) {
                return List.of();
            }
        }
        return List.copyOf(openings.subList(0, Math.min(openings.size(), Fact.MAX_OPENINGS)));
    }

    private static List<String> first(LinkedHashSet<String> terms) {
        List<String> first = new ArrayList<>(Math.min(terms.size(), MAX_TERMS));
        for (String t : terms) {
            if (first.size() == MAX_TERMS) {
                break;
            }
            if (!t.isBlank()) {
                first.add(t);
            }
        }
        return first;
    }
}
