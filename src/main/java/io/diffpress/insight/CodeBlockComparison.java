package io.diffpress.insight;

import io.diffpress.insight.MarkdownOutline.CodeBlock;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The code block facts of two Markdown versions whose sections are already matched: blocks the
 * line diff kept in place, then blocks with the same text, pair first; leftover blocks of the same
 * language in the same section whose identifiers mostly agree (Dice ≥ {@link #SAME_CODE}) are
 * changed, the rest added or removed.
 */
final class CodeBlockComparison {

    static final double SAME_CODE = 0.3;

    private final MarkdownOutline before;
    private final MarkdownOutline after;
    private final LineDiff diff;
    private final int[] keptAs;
    private final int[] oldToNew;
    private final boolean[] newMatched;
    private final Similarity.Bags bags;
    private final int[] keptFromMerged;

    private CodeBlockComparison(MarkdownOutline before, MarkdownOutline after, LineDiff diff, int[] oldToNew,
                                boolean[] newMatched, int[] keptFromMerged, Similarity.Bags bags) {
        this.keptFromMerged = keptFromMerged;
        this.before = before;
        this.after = after;
        this.diff = diff;
        this.keptAs = diff.oldToNew();
        this.oldToNew = oldToNew;
        this.newMatched = newMatched;
        this.bags = bags;
    }

    /**
     * The facts, removed blocks first, then added, changed and whitespace-only ones.
     *
     * @param oldToNew   for each old section, the new section it is, or -1
     * @param newMatched for each new section, whether an old one pairs with it
     * @param keptFromMerged for each new line, the old line kept as it from a section joined to another, or -1; or null
     */
    static List<Fact> compare(MarkdownOutline before, MarkdownOutline after, LineDiff diff, int[] oldToNew,
                              boolean[] newMatched, int[] keptFromMerged, Similarity.Bags bags) {
        return new CodeBlockComparison(before, after, diff, oldToNew, newMatched, keptFromMerged, bags).facts();
    }

    private String title(int newSection) {
        return after.sectionTitle(newSection);
    }

    /**
     * The titles of the sections a block moved from and to; two of one name ("Example" under "Python" and under
     * "JavaScript") are told by the headings above them too, "Python › Example", or "from `Example` to `Example`" said
     * nothing (an audit).
     */
    private String[] moveTitles(int from, int to) {
        String a = title(from);
        String b = title(to);
        for (int up = from, down = to; a.equals(b) && (up > 0 || down > 0); ) {
            up = parent(up);
            down = parent(down);
            if (up == down) {
                break; // the same heading above both: no name tells them apart
            }
            a = (up > 0 ? title(up) + " › " : "") + a;
            b = (down > 0 ? title(down) + " › " : "") + b;
        }
        return new String[] {a, b};
    }

    /** The section whose heading is above a section's, of a higher level; 0 for none. */
    private int parent(int section) {
        if (section <= 0) {
            return 0;
        }
        int level = after.headings().get(section - 1).level();
        for (int k = section - 1; k > 0; k--) {
            if (after.headings().get(k - 1).level() < level) {
                return k;
            }
        }
        return 0;
    }

    private List<Fact> facts() {
        List<CodeBlock> oldC = new ArrayList<>(before.codeBlocks().size());
        List<CodeBlock> intoNew = null;
        boolean slash = false;
        for (CodeBlock c : before.codeBlocks()) {
            if (oldToNew[c.section()] >= 0 && !MarkdownComparison.underNewHeading(c.line(), keptAs, newMatched, after)) {
                oldC.add(c);
                slash |= c.language().indexOf('/') >= 0;
            } else if (oldToNew[c.section()] >= 0) {
                intoNew = intoNew == null ? new ArrayList<>() : intoNew;
                intoNew.add(c);
            }
        }
        List<CodeBlock> newC = new ArrayList<>(after.codeBlocks().size());
        for (CodeBlock c : after.codeBlocks()) {
            if (newMatched[c.section()] && !MarkdownComparison.fromMergedSection(c.line(), keptFromMerged)) {
                newC.add(c);
                slash |= c.language().indexOf('/') >= 0;
            }
        }
        boolean[] newUsed = new boolean[newC.size()];
        boolean[] oldAnchored = new boolean[oldC.size()];
        Map<Integer, Integer> newAt = new HashMap<>();
        for (int j = 0; j < newC.size(); j++) {
            newAt.putIfAbsent(newC.get(j).line(), j);
        }
        for (int i = 0; i < oldC.size(); i++) {
            CodeBlock c = oldC.get(i);
            Integer j = c.line() < keptAs.length && keptAs[c.line()] >= 0 ? newAt.get(keptAs[c.line()]) : null;
            if (j != null && !newUsed[j] && newC.get(j).language().equals(c.language()) && newC.get(j).content().equals(c.content())
                    && oldToNew[c.section()] == newC.get(j).section()) {
                oldAnchored[i] = true;
                newUsed[j] = true;
            }
        }
        // slash: a language with '/' could make two keys "section/language/content" read the same: then use the text itself
        Map<Exact, Deque<Integer>> exact = new HashMap<>();
        for (int j = 0; j < newC.size(); j++) {
            if (!newUsed[j]) {
                CodeBlock c = newC.get(j);
                exact.computeIfAbsent(Exact.of(c.section(), c, slash), k -> new ArrayDeque<>()).add(j);
            }
        }
        List<CodeBlock> oldRest = new ArrayList<>();
        for (int i = 0; i < oldC.size(); i++) {
            if (oldAnchored[i]) {
                continue;
            }
            CodeBlock c = oldC.get(i);
            Deque<Integer> same = exact.get(Exact.of(oldToNew[c.section()], c, slash));
            Integer j = same == null ? null : same.pollFirst();
            if (j != null) {
                newUsed[j] = true;
            } else {
                oldRest.add(c);
            }
        }
        List<CodeBlock> newRest = new ArrayList<>();
        for (int j = 0; j < newC.size(); j++) {
            if (!newUsed[j]) {
                newRest.add(newC.get(j));
            }
        }
        // the same code under another language tag in its section, then the same code in another section (a heading
        // moved past the block: an audit found it told as a block removed, a breaking change, and another added)
        List<Fact> sameCode = new ArrayList<>();
        takeSameCode(oldRest, newRest, true, sameCode);
        takeSameCode(oldRest, newRest, false, sameCode);
        List<Fact> facts = leftovers(oldRest, newRest);
        facts.addAll(sameCode);
        if (intoNew != null) {
            editedIntoNewSection(intoNew, facts);
        }
        return facts;
    }

    /**
     * Blocks of a section that stays whose opening line the diff kept as a line of a section added: a heading written
     * above the block (or the block moved under a new heading) while the block was edited. The section added is told
     * whole, as new, which hid the edit of code that was on the page before (an audit: `pip install azure-identity` pinned
     * to `==1.2` on the way); the block is told as moved from its old section and changed. A block the diff kept whole is
     * left to the section added (or to {@link Fact.HeadingAdded}, a heading put over text that stays).
     */
    private void editedIntoNewSection(List<CodeBlock> moved, List<Fact> facts) {
        List<String> newLines = after.lines();
        for (CodeBlock a : moved) {
            int open = keptAs[a.line()];
            int run = a.verbatim() ? CodeFences.fenceRun(newLines, open) : 0;
            if (run == 0) {
                continue; // an indented block has no fence line to follow: left to the section added
            }
            // a section added is not read block by block: its block is the lines up to the fence that closes it
            char fence = newLines.get(open).charAt(CodeFences.textStart(newLines.get(open)));
            int close = open + 1;
            int sectionEnd = after.sectionOf(open) < after.headings().size() ? after.headings().get(after.sectionOf(open)).line() : newLines.size();
            while (close < sectionEnd && !closes(newLines.get(close), fence, run)) {
                close++;
            }
            if (close >= sectionEnd) {
                continue;
            }
            Lines oldCode = lines(before, a);
            Lines newCode = Lines.of(newLines).sub(open + 1, close);
            String was = String.join("\n", oldCode);
            String now = String.join("\n", newCode);
            // its opening fence kept there, a block of one to three lines is the same block when most of its words are
            // (`--timeout 30` → `--timeout 60`: no line kept, which an audit found hidden in the section added)
            boolean alikeShort = oldCode.size() <= 3 && newCode.size() <= 3 && Similarity.words(was, now) >= 0.6;
            if (oldCode.equals(newCode) || !linesKept(was, now) && !alikeShort) {
                continue;
            }
            LineDiff d = LineDiff.of(oldCode, newCode);
            int into = after.sectionOf(open);
            if (putOver(into, oldToNew[a.section()])) {
                // a heading put over the block where it stood: it did not move; its edit is told in its new section
                List<String> values = d.addedCount() == 1 && d.removedCount() == 1 ? values(d, oldCode, newCode) : List.of();
                facts.add(values.isEmpty() ? new Fact.CodeBlockChanged(title(into), a.language(), d.addedCount(), d.removedCount())
                        : new Fact.CodeValuesChanged(title(into), a.language(), values));
                continue;
            }
            facts.add(new Fact.CodeBlockMovedAndChanged(title(oldToNew[a.section()]), title(into), a.language(),
                    d.addedCount(), d.removedCount()));
        }
    }

    /**
     * Whether new section {@code added} (one no old section pairs with) follows, past other such sections only, the
     * section its block's old section became: a heading put over the block where it stood, not the block moved.
     */
    private boolean putOver(int added, int from) {
        int s = added - 1;
        while (s > 0 && !newMatched[s]) {
            s--;
        }
        return s == from;
    }

    /** Whether a line closes a fenced block opened by a run of {@code run} {@code fence} characters. */
    private static boolean closes(String line, char fence, int run) {
        int own = CodeFences.fenceRun(line);
        int at = CodeFences.textStart(line);
        return own >= run && line.charAt(at) == fence && line.substring(at + own).isBlank();
    }

    /**
     * Takes out of both lists the blocks whose code stayed the same, first with first: with {@code inPlace} those in the
     * same section under another language tag (relabelled), else those in another section (moved, and relabelled too
     * when the tag changed); tells each.
     */
    private void takeSameCode(List<CodeBlock> oldRest, List<CodeBlock> newRest, boolean inPlace, List<Fact> facts) {
        for (java.util.Iterator<CodeBlock> olds = oldRest.iterator(); olds.hasNext(); ) {
            CodeBlock a = olds.next();
            for (java.util.Iterator<CodeBlock> news = newRest.iterator(); news.hasNext(); ) {
                CodeBlock b = news.next();
                boolean relabelled = !b.language().equals(a.language());
                if ((b.section() == oldToNew[a.section()]) == inPlace && (relabelled || !inPlace) && sameCode(a.content(), b.content())) {
                    if (!inPlace) {
                        String[] ends = moveTitles(oldToNew[a.section()], b.section());
                        facts.add(new Fact.CodeBlockMoved(ends[0], ends[1], b.language(), b.lineCount()));
                    }
                    if (relabelled) {
                        facts.add(new Fact.CodeBlockLanguageChanged(title(b.section()), a.language(), b.language()));
                    }
                    olds.remove();
                    news.remove();
                    break;
                }
            }
        }
    }

    /**
     * Whether the lines of two blocks that hold text are nested alike: each as deep, by the rank of its indentation among
     * the block's. A line indented more or less than before relative to the others is code changed, not spacing (in Python
     * or YAML it moves into or out of a block; an audit found it told as whitespace only); a whole block indented by four
     * spaces instead of two keeps its nesting.
     */
    static boolean sameIndents(String a, String b) {
        return java.util.Arrays.equals(nesting(a), nesting(b));
    }

    /** Each line's depth, by the rank of its indentation among the block's lines that hold text (ints: no boxing, no split). */
    private static int[] nesting(String code) {
        int[] widths = new int[16];
        int n = 0;
        int from = 0;
        while (from <= code.length()) {
            int end = code.indexOf('\n', from);
            if (end < 0) {
                end = code.length();
            }
            int i = from;
            int width = 0;
            while (i < end && (code.charAt(i) == ' ' || code.charAt(i) == '\t')) {
                width += code.charAt(i) == '\t' ? 4 - width % 4 : 1;
                i++;
            }
            if (i < end && code.charAt(i) != '\r') {
                if (n == widths.length) {
                    widths = java.util.Arrays.copyOf(widths, 2 * n);
                }
                widths[n++] = width;
            }
            from = end + 1;
        }
        int[] levels = java.util.Arrays.copyOf(widths, n);
        java.util.Arrays.sort(levels);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || levels[i] != levels[i - 1]) {
                levels[distinct++] = levels[i];
            }
        }
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = java.util.Arrays.binarySearch(levels, 0, distinct, widths[i]);
        }
        return ranks;
    }

    /**
     * Whether two blocks hold the same code, up to the line feed after the last line: an indented block that ends the
     * file is read without it, a fenced block before its closing fence with it (a fence made an indented block, an audit).
     */
    private static boolean sameCode(String a, String b) {
        int la = a.endsWith("\n") ? a.length() - 1 : a.length();
        int lb = b.endsWith("\n") ? b.length() - 1 : b.length();
        return la == lb && a.regionMatches(0, b, 0, la);
    }

    /** Pairs the blocks left over by identifiers and tells what became of each. */
    private List<Fact> leftovers(List<CodeBlock> oldRest, List<CodeBlock> newRest) {
        Scores scores = new Scores(oldRest, newRest);
        int[] pairs = BlockPairs.pair(oldRest.size(), newRest.size(), SAME_CODE, scores);
        boolean[] restUsed = new boolean[newRest.size()];
        for (int i = 0; i < oldRest.size(); i++) {
            if (pairs[i] >= 0) {
                restUsed[pairs[i]] = true;
            }
        }
        List<Fact> changed = new ArrayList<>();
        splitOrJoined(oldRest, newRest, pairs, restUsed, changed);
        TreeMap<Integer, Integer> whitespace = new TreeMap<>();
        for (int i = 0; i < oldRest.size(); i++) {
            CodeBlock a = oldRest.get(i);
            if (pairs[i] < 0) {
                continue; // removed, unless another section has it edited (below)
            }
            CodeBlock b = newRest.get(pairs[i]);
            // the same text up to spacing: then the identifier counts are equal too, which is cheap to ask first
            if (scores.sameCount(i, pairs[i]) && MarkdownOutline.sameCollapsed(a.content(), b.content())
                    && sameIndents(a.content(), b.content())) {
                whitespace.merge(b.section(), 1, Integer::sum);
            } else {
                int kept = keptWithin(a, b);
                if (kept == Math.min(a.lineCount(), b.lineCount())) {
                    // every line of the shorter block is kept in the other: no line diff can keep more
                    changed.add(new Fact.CodeBlockChanged(title(b.section()), b.language(), b.lineCount() - kept, a.lineCount() - kept));
                } else {
                    Lines oldLines = lines(before, a);
                    Lines newLines = lines(after, b);
                    LineDiff d = LineDiff.of(oldLines, newLines);
                    List<String> values = d.addedCount() == 1 && d.removedCount() == 1 ? values(d, oldLines, newLines) : List.of();
                    changed.add(values.isEmpty() ? new Fact.CodeBlockChanged(title(b.section()), b.language(), d.addedCount(), d.removedCount())
                            : new Fact.CodeValuesChanged(title(b.section()), b.language(), values));
                }
            }
        }
        List<CodeBlock> gone = new ArrayList<>();
        for (int i = 0; i < oldRest.size(); i++) {
            if (pairs[i] == -1) { // -2: split or joined, told
                gone.add(oldRest.get(i));
            }
        }
        List<CodeBlock> come = new ArrayList<>();
        for (int j = 0; j < newRest.size(); j++) {
            if (!restUsed[j]) {
                come.add(newRest.get(j));
            }
        }
        List<Fact> facts = new ArrayList<>();
        movedAndChanged(gone, come, changed);
        for (CodeBlock a : gone) {
            facts.add(new Fact.CodeBlockRemoved(title(oldToNew[a.section()]), a.language(), a.lineCount()));
        }
        for (CodeBlock b : come) {
            facts.add(new Fact.CodeBlockAdded(title(b.section()), b.language(), b.lineCount()));
        }
        facts.addAll(changed);
        whitespace.forEach((s, n) -> facts.add(new Fact.WhitespaceOnly(title(s), n)));
        return facts;
    }

    /**
     * A block cut in two (its lines now those of the block it paired with and of a block added beside it, in its section,
     * of its language: a command and its output parted by a sentence), or two blocks joined into one: told as that, a
     * minor update, in place of a block changed and one added (a new feature) or removed (an audit). The pair and the
     * block left over are taken out: {@code pairs[i]} set to -2, the new block marked used, the old one's pair -2 too.
     */
    private void splitOrJoined(List<CodeBlock> oldRest, List<CodeBlock> newRest, int[] pairs, boolean[] restUsed, List<Fact> facts) {
        boolean[] oldJoined = new boolean[oldRest.size()];
        for (int i = 0; i < oldRest.size(); i++) {
            if (pairs[i] < 0 || oldJoined[i]) {
                continue;
            }
            CodeBlock a = oldRest.get(i);
            CodeBlock b = newRest.get(pairs[i]);
            if (a.lineCount() == b.lineCount() || !leftOver(a, b, oldRest, newRest, pairs, restUsed, oldJoined)) {
                continue; // (read line by line only when a block of theirs is left over beside them)
            }
            List<String> was = codeLines(a.content());
            List<String> now = codeLines(b.content());
            for (int j = 0; j < newRest.size() && was.size() > now.size(); j++) {
                CodeBlock c = newRest.get(j);
                String[] edit = c.section() == b.section() && c.language().equals(b.language()) && !restUsed[j]
                        ? joins(now, codeLines(c.content()), was, false) : null;
                if (edit != null) {
                    restUsed[j] = true;
                    pairs[i] = -2;
                    facts.add(new Fact.CodeBlockSplit(title(b.section()), b.language(), true, was.size()));
                    lineEdited(edit, b, facts);
                    break;
                }
            }
            for (int k = 0; k < oldRest.size() && pairs[i] >= 0 && now.size() > was.size(); k++) {
                CodeBlock c = oldRest.get(k);
                String[] edit = pairs[k] < 0 && !oldJoined[k] && oldToNew[c.section()] == b.section() && c.language().equals(a.language())
                        ? joins(was, codeLines(c.content()), now, true) : null;
                if (edit != null) {
                    oldJoined[k] = true;
                    pairs[k] = -2;
                    pairs[i] = -2;
                    facts.add(new Fact.CodeBlockSplit(title(b.section()), b.language(), false, now.size()));
                    lineEdited(edit, b, facts);
                }
            }
        }
    }

    /** Whether a block of the pair's language is left unpaired in the new one's section, on either side. */
    private boolean leftOver(CodeBlock a, CodeBlock b, List<CodeBlock> oldRest, List<CodeBlock> newRest, int[] pairs,
                             boolean[] restUsed, boolean[] oldJoined) {
        for (int j = 0; j < newRest.size(); j++) {
            if (!restUsed[j] && newRest.get(j).section() == b.section() && newRest.get(j).language().equals(b.language())) {
                return true;
            }
        }
        for (int k = 0; k < oldRest.size(); k++) {
            if (pairs[k] == -1 && !oldJoined[k] && oldToNew[oldRest.get(k).section()] == b.section()
                    && oldRest.get(k).language().equals(a.language())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one block's lines, with another's before or after them, are the whole's (blank lines left out), but for
     * one line at most: {"", ""} when all are, {old line, new line} for one edited on the way (the parts are the new
     * version unless {@code partsOld}); else null. An audit found a block split while one value changed told as a new
     * block of lines that were on the page already.
     */
    private static String[] joins(List<String> part, List<String> other, List<String> whole, boolean partsOld) {
        if (part.isEmpty() || other.isEmpty() || part.size() + other.size() != whole.size()) {
            return null;
        }
        List<String> forward = new ArrayList<>(part);
        forward.addAll(other);
        List<String> backward = new ArrayList<>(other);
        backward.addAll(part);
        for (List<String> parts : List.of(forward, backward)) {
            int differ = -1;
            for (int k = 0; k < whole.size(); k++) {
                if (!parts.get(k).equals(whole.get(k))) {
                    if (differ >= 0) {
                        differ = -2;
                        break;
                    }
                    differ = k;
                }
            }
            if (differ == -1) {
                return new String[] {"", ""};
            }
            if (differ >= 0 && whole.size() > 2) { // one line edited of three at least: most of the code kept
                return partsOld ? new String[] {parts.get(differ), whole.get(differ)} : new String[] {whole.get(differ), parts.get(differ)};
            }
        }
        return null;
    }

    /** The one line a split or joined block changed on the way, told as a line of code changed in the new block's section. */
    private void lineEdited(String[] edit, CodeBlock b, List<Fact> facts) {
        if (edit[0].isEmpty() && edit[1].isEmpty()) {
            return;
        }
        Lines was = Lines.of(List.of(edit[0]));
        Lines now = Lines.of(List.of(edit[1]));
        List<String> values = values(LineDiff.of(was, now), was, now);
        facts.add(values.isEmpty() ? new Fact.CodeBlockChanged(title(b.section()), b.language(), 1, 1)
                : new Fact.CodeValuesChanged(title(b.section()), b.language(), values));
    }

    /** A block's lines without blank ones, each without its trailing spaces. */
    private static List<String> codeLines(String content) {
        List<String> out = new ArrayList<>();
        for (String line : content.split("\n", -1)) {
            if (!line.isBlank()) {
                out.add(line.stripTrailing());
            }
        }
        return out;
    }

    /**
     * Pairs blocks left removed with blocks left added in another section, of the same language and alike as blocks paired
     * in their section are ({@link #SAME_CODE}): one block moved past a heading and edited on the way, which an audit found
     * told as a block removed (a breaking change) and another added. Blocks on one page share many identifiers ({@code pip
     * install}, {@code --name}, JSON keys): at least half of the shorter block's lines must be in the other as they were
     * ({@link #linesKept}), or a command removed and another added would be told as one moved. Each pair is taken out of
     * both lists and told as moved and changed, with its lines added and deleted.
     */
    private void movedAndChanged(List<CodeBlock> gone, List<CodeBlock> come, List<Fact> changed) {
        if (gone.isEmpty() || come.isEmpty()) {
            return;
        }
        Similarity.Bags.Code[] oldIds = new Similarity.Bags.Code[gone.size()];
        Similarity.Bags.Code[] newIds = new Similarity.Bags.Code[come.size()];
        int[] pairs = BlockPairs.pairExact(gone.size(), come.size(), SAME_CODE, (i, j) -> {
            CodeBlock a = gone.get(i);
            CodeBlock b = come.get(j);
            if (!a.language().equals(b.language()) || oldToNew[a.section()] == b.section() || !linesKept(a.content(), b.content())) {
                return 0;
            }
            return bags.dice(codeBag(oldIds, i, a), codeBag(newIds, j, b));
        });
        boolean[] taken = new boolean[come.size()];
        List<CodeBlock> left = new ArrayList<>();
        for (int i = 0; i < gone.size(); i++) {
            if (pairs[i] < 0) {
                left.add(gone.get(i));
                continue;
            }
            CodeBlock a = gone.get(i);
            CodeBlock b = come.get(pairs[i]);
            taken[pairs[i]] = true;
            LineDiff d = LineDiff.of(lines(before, a), lines(after, b));
            String[] ends = moveTitles(oldToNew[a.section()], b.section());
            changed.add(new Fact.CodeBlockMovedAndChanged(ends[0], ends[1], b.language(),
                    d.addedCount(), d.removedCount()));
        }
        List<CodeBlock> stay = new ArrayList<>();
        for (int j = 0; j < come.size(); j++) {
            if (!taken[j]) {
                stay.add(come.get(j));
            }
        }
        gone.clear();
        gone.addAll(left);
        come.clear();
        come.addAll(stay);
    }

    /**
     * Whether at least half of the shorter block's lines that hold a letter or digit (not "{" or "}"), and one at least,
     * are lines of the other as they were.
     */
    private static boolean linesKept(String a, String b) {
        Map<String, Integer> old = new HashMap<>();
        int oldCount = 0;
        for (String line : a.split("\n")) {
            if (telling(line)) {
                old.merge(line.strip(), 1, Integer::sum);
                oldCount++;
            }
        }
        int newCount = 0;
        int kept = 0;
        for (String line : b.split("\n")) {
            if (telling(line)) {
                newCount++;
                Integer n = old.get(line.strip());
                if (n != null && n > 0) {
                    old.put(line.strip(), n - 1);
                    kept++;
                }
            }
        }
        return kept > 0 && 2 * kept >= Math.min(oldCount, newCount);
    }

    private static boolean telling(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many lines of verbatim block a the file's line diff kept as equal lines of verbatim block b
     * (-1 when either is not verbatim): kept lines come in order, so they are lines the two blocks
     * have in common, and when they are all of the shorter block's, the blocks' own line diff keeps
     * those and counts the rest as added and removed.
     */
    private int keptWithin(CodeBlock a, CodeBlock b) {
        if (!a.verbatim() || !b.verbatim()) {
            return -1;
        }
        Lines oldLines = Lines.of(before.lines());
        Lines newLines = Lines.of(after.lines());
        int fromB = b.line() + 1;
        int toB = fromB + b.lineCount();
        int kept = 0;
        for (int i = a.line() + 1; i < a.line() + 1 + a.lineCount(); i++) {
            int j = i < keptAs.length ? keptAs[i] : -1;
            if (j >= fromB && j < toB && (diff.exact() || oldLines.same(i, newLines, j))) {
                kept++;
            }
        }
        return kept;
    }

    /**
     * For a code block one line of which was replaced by another: the values that changed in it, "old → new", when the
     * two lines have as many words and at most three differ, each cut to what changed ("contoso-ai==1.2.0" → "1.2.0");
     * else none.
     */
    private static List<String> values(LineDiff d, Lines oldLines, Lines newLines) {
        int removed = -1;
        for (int i = 0; i < oldLines.size() && removed < 0; i++) {
            removed = d.removed(i) ? i : -1;
        }
        int added = -1;
        for (int j = 0; j < newLines.size() && added < 0; j++) {
            added = d.added(j) ? j : -1;
        }
        // the same line of the block, and text on both sides: else a line went and another came elsewhere
        if (removed < 0 || added < 0 || removed != added || oldLines.get(removed).isBlank() || newLines.get(added).isBlank()) {
            return List.of();
        }
        // words as written: code's quotes and brackets are part of its values ("print('a')" → "'a'"), not punctuation
        String[] x = MarkdownOutline.collapse(oldLines.get(removed)).split(" ");
        String[] y = MarkdownOutline.collapse(newLines.get(added)).split(" ");
        if (x.length != y.length) {
            return List.of();
        }
        List<String> pairs = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            if (!x[k].equals(y[k])) {
                if (pairs.size() == TextEdit.MAX_TYPO_WORDS) {
                    return List.of();
                }
                pairs.add(x[k] + " → " + y[k]);
            }
        }
        return TextEdit.shown(pairs);
    }

    /** A block's lines: for a verbatim block those of the file, which are its content's lines. */
    private static Lines lines(MarkdownOutline outline, CodeBlock block) {
        if (block.verbatim()) {
            return Lines.of(outline.lines()).sub(block.line() + 1, block.line() + 1 + block.lineCount());
        }
        return Lines.of(block.content());
    }

    /**
     * Dice over the identifiers of pairs of leftover blocks. Two verbatim blocks are compared on the
     * lines the diff did not keep from one into the other (kept lines hold the same identifiers on both
     * sides), each line's identifiers read once for all the pairs it is in; whether a pair reaches the
     * threshold is mostly told by those lines and a few kept ones. Other blocks are counted whole.
     */
    private final class Scores implements BlockPairs.Scores {
        private final List<CodeBlock> oldRest;
        private final List<CodeBlock> newRest;
        private final int[] oldCounts;
        private final int[] newCounts;
        private final Similarity.Bags.Code[] oldIds;
        private final Similarity.Bags.Code[] newIds;
        /** For pairs of verbatim blocks scored: the old block's identifiers less the new one's, by i·(new blocks) + j. */
        private final Map<Integer, Integer> differences = new HashMap<>();
        private VerbatimLines verbatim;
        private boolean lastExact;

        Scores(List<CodeBlock> oldRest, List<CodeBlock> newRest) {
            this.oldRest = oldRest;
            this.newRest = newRest;
            oldCounts = filled(oldRest.size());
            newCounts = filled(newRest.size());
            oldIds = new Similarity.Bags.Code[oldRest.size()];
            newIds = new Similarity.Bags.Code[newRest.size()];
        }

        @Override
        public double atLeast(int i, int j) {
            return score(i, j, true);
        }

        @Override
        public double exact(int i, int j) {
            return score(i, j, false);
        }

        @Override
        public boolean lastExact() {
            return lastExact;
        }

        private double score(int i, int j, boolean threshold) {
            CodeBlock a = oldRest.get(i);
            CodeBlock b = newRest.get(j);
            lastExact = true;
            if (oldToNew[a.section()] != b.section() || !a.language().equals(b.language())) {
                return 0;
            }
            if (a.verbatim() && b.verbatim()) {
                int fromA = a.line() + 1;
                int fromB = b.line() + 1;
                double dice = verbatim().dice(fromA, fromA + a.lineCount(), fromB, fromB + b.lineCount(), SAME_CODE, threshold);
                differences.put(i * newRest.size() + j, verbatim.difference());
                lastExact = verbatim.lastExact();
                return dice;
            }
            int x = oldCounts[i] < 0 ? oldCounts[i] = Similarity.Bags.countIdentifiers(a.content()) : oldCounts[i];
            int y = newCounts[j] < 0 ? newCounts[j] = Similarity.Bags.countIdentifiers(b.content()) : newCounts[j];
            // Dice is at most 2·min/(sum) of the identifier counts: a block many times the other's size cannot pair
            if (x == 0 || y == 0 || 2.0 * Math.min(x, y) / (x + y) < SAME_CODE) {
                return 0;
            }
            return bags.dice(codeBag(oldIds, i, a), codeBag(newIds, j, b));
        }

        /** Whether a paired old and new block hold as many identifiers. */
        boolean sameCount(int i, int j) {
            Integer difference = differences.get(i * newRest.size() + j);
            return difference != null ? difference == 0 : oldCounts[i] == newCounts[j];
        }

        private VerbatimLines verbatim() {
            if (verbatim == null) {
                verbatim = new VerbatimLines(before.lines(), after.lines(), keptAs, diff.exact());
            }
            return verbatim;
        }
    }

    /** A block's identifiers, made once: kept in {@code made}[k]. */
    private Similarity.Bags.Code codeBag(Similarity.Bags.Code[] made, int k, CodeBlock block) {
        if (made[k] == null) {
            made[k] = bags.code(block.content());
        }
        return made[k];
    }

    private static int[] filled(int n) {
        int[] values = new int[n];
        Arrays.fill(values, -1);
        return values;
    }


    /**
     * A block's section, language and content, compared as the text "section/language/content" would
     * be. Hashed on the content's length, not its text: a pass over every long block costs more than
     * telling apart the few of one length.
     */
    private record Exact(int section, String language, String content) {

        static Exact of(int section, CodeBlock c, boolean slash) {
            return slash ? new Exact(section, "", c.language() + "/" + c.content()) : new Exact(section, c.language(), c.content());
        }

        @Override
        public int hashCode() {
            return (section * 31 + language.hashCode()) * 31 + content.length();
        }
    }
}
