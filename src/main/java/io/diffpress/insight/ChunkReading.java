package io.diffpress.insight;

import io.diffpress.insight.MarkdownOutline.Part;
import io.diffpress.insight.MarkdownOutline.Title;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads two versions of a Markdown file parsing only the chunks (see {@link MarkdownChunks}) a
 * change touches: a chunk the line diff kept whole, at a chunk of the other version, holds the same
 * blocks in both, which the comparison anchors to each other and then ignores. Such a chunk is left
 * out, except for what the comparison reads beyond anchoring:
 * <ul>
 * <li>its headings, which cut both files into sections: the scan reads them, or a parse when they
 * may hold markup;</li>
 * <li>its blocks, when they sit in sections that do not pair (a heading added or removed above them
 * moves them into another section, so they no longer anchor);</li>
 * <li>its links, when the links of the changed chunks differ: links are compared over the whole file,
 * and which of several equal links counts as removed depends on all of them.</li>
 * </ul>
 * All chunks to parse go into one text, so flexmark's cost per parse is paid once. The result is
 * the outline a whole-document parse gives, for everything the comparison reads; a property test
 * checks that the facts are the same.
 */
final class ChunkReading {

    private ChunkReading() {
    }


    /**
     * The outlines of both versions, or null when this reading does not apply: reference definitions
     * (links anywhere may use them), a byte order mark, or chunks the parse shows were not cut where
     * blocks end.
     */
    static MarkdownOutline[] read(List<String> before, List<String> after, LineDiff diff, boolean fields) {
        return read(before, after, diff, fields, new MarkdownComparison.HeadingMatch[1], new LearnSyntax[1]);
    }

    /**
     * As {@link #read(List, List, LineDiff, boolean)}; the headings' match it makes is left in matched[0], and what
     * line-read syntax either version may hold ({@link LearnSyntax#of(MarkdownOutline, MarkdownOutline, LineDiff)}) in
     * syntax[0], as the two scans found it: the old one reads every line of its version, the new one the lines the old
     * version lacks.
     */
    static MarkdownOutline[] read(List<String> before, List<String> after, LineDiff diff, boolean fields,
                                  MarkdownComparison.HeadingMatch[] matched, LearnSyntax[] syntax) {
        Lines a = Lines.of(before);
        Lines b = Lines.of(after);
        FrontMatter fa = FrontMatter.read(a, fields);
        FrontMatter fb = FrontMatter.read(b, fields);
        if (byteOrderMark(a, fa) || byteOrderMark(b, fb)) {
            return null;
        }
        // the new version's scan goes on from where the old one's stood after their common head, and
        // takes the old one's chunks over in the lines they have in common: between the history stage's
        // runs of changes (git keeps only equal lines), else in their common tail
        MarkdownChunks ca = MarkdownChunks.scan(a, fa.lines(), diff.head(), null);
        io.diffpress.history.LineEdits edits = diff.edits();
        MarkdownChunks.Kept kept = edits != null && edits.oldLines() == a.size() && edits.newLines() == b.size()
                ? MarkdownChunks.Kept.between(ca, edits)
                : MarkdownChunks.Kept.tail(ca, a.size() - diff.tail(), b.size() - diff.tail());
        MarkdownChunks cb = MarkdownChunks.scan(b, fb.lines(), -1, fa.lines() == fb.lines() ? ca.state : null, kept);
        if (ca.references || cb.references) {
            return null;
        }
        syntax[0] = ca.syntax.or(cb.syntax);
        int[] keptAs = diff.oldToNew();
        int[] twin = twins(a, b, ca, cb, keptAs, diff.exact());
        int[] twinOf = new int[cb.count()];
        java.util.Arrays.fill(twinOf, -1);
        for (int k = 0; k < twin.length; k++) {
            if (twin[k] >= 0) {
                twinOf[twin[k]] = k;
            }
        }
        Part[] oldParts = new Part[ca.count()];
        Part[] newParts = new Part[cb.count()];

        // 1. headings: chunks the scan cannot read, and heading lines with markup
        Batch batch = new Batch();
        Map<String, Part> headingParts = new HashMap<>();
        for (int k = 0; k < ca.count(); k++) {
            if (ca.parse[k]) {
                oldParts[k] = batch.add(a, ca, k);
                if (twin[k] >= 0) {
                    newParts[twin[k]] = oldParts[k];
                }
            } else {
                batch.addHeadings(ca, k, headingParts);
            }
        }
        for (int m = 0; m < cb.count(); m++) {
            if (twinOf[m] < 0 && cb.parse[m]) {
                newParts[m] = batch.add(b, cb, m);
            } else if (twinOf[m] < 0) {
                batch.addHeadings(cb, m, headingParts);
            }
        }
        if (!batch.parse()) {
            return null;
        }
        Headings ha = Headings.of(ca, oldParts, headingParts);
        Headings hb = Headings.of(cb, newParts, headingParts);
        Part[] round1Old = oldParts.clone();
        Part[] round1New = newParts.clone();
        if (ha == null || hb == null) {
            return null;
        }

        // 2. the blocks of changed chunks in sections that pair, and of kept chunks whose sections do not
        List<Fact> renamed = new ArrayList<>();
        int[] match = MarkdownComparison.matchHeadings(ha.titles(), hb.titles(), keptAs, renamed, before, after);
        matched[0] = new MarkdownComparison.HeadingMatch(ha.titles(), hb.titles(), match, renamed);
        boolean[] oldMatched = new boolean[ha.titles().size() + 1];
        boolean[] newMatched = new boolean[hb.titles().size() + 1];
        oldMatched[0] = newMatched[0] = true;
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                oldMatched[i + 1] = newMatched[match[i] + 1] = true;
            }
        }
        batch = new Batch();
        for (int k = 0; k < ca.count(); k++) {
            int m = twin[k];
            if (oldParts[k] != null) {
                continue;
            }
            if (m < 0 && (ha.anyIn(k, oldMatched) || ca.mayLink(k))) {
                oldParts[k] = partOf(a, ca, k, batch);
                // a changed chunk whose text now stands under a heading added: the chunk holding it there is read too,
                // so a table edited on the way is compared with what it was (a section added is not read block by block)
                int at = firstKept(ca, k, keptAs);
                int into = at < 0 ? -1 : chunkOf(cb, at);
                if (into >= 0 && twinOf[into] < 0 && newParts[into] == null && !hb.anyIn(into, newMatched)) {
                    newParts[into] = partOf(b, cb, into, batch);
                }
            } else if (m >= 0 && !sameSections(ha.before()[k], hb.before()[m], match, newMatched)) {
                oldParts[k] = newParts[m] = partOf(a, ca, k, batch);
            }
        }
        boolean[] overKept = overKept(ha.titles(), hb.titles(), keptAs, oldMatched, newMatched);
        for (int m = 0; m < cb.count(); m++) {
            if (twinOf[m] < 0 && newParts[m] == null && (hb.anyIn(m, newMatched) || overKept != null && hb.anyIn(m, overKept)
                    || cb.mayLink(m))) {
                newParts[m] = partOf(b, cb, m, batch);
            }
        }
        if (!batch.parse()) {
            return null;
        }

        // 3. the links of kept chunks, when those of the changed chunks differ
        if (linksDiffer(oldParts, newParts, twin, twinOf)) {
            batch = new Batch();
            for (int k = 0; k < ca.count(); k++) {
                if (twin[k] >= 0 && oldParts[k] == null && ca.mayLink(k)) {
                    oldParts[k] = newParts[twin[k]] = partOf(a, ca, k, batch);
                }
            }
            if (!batch.parse()) {
                return null;
            }
        }
        if (!Headings.confirm(ca, oldParts, round1Old) || !Headings.confirm(cb, newParts, round1New)) {
            return null;
        }
        return new MarkdownOutline[] {outline(a, fa, ca, oldParts, ha), outline(b, fb, cb, newParts, hb)};
    }

    /**
     * The new sections no old one pairs with that hold a line the diff kept from a section that pairs (a heading put over
     * text on the page), whose changed chunks are read too: the comparison pairs an edited paragraph there with what it
     * was. Null when every new section pairs.
     */
    static boolean[] overKept(List<Title> oldTitles, List<Title> newTitles, int[] keptAs, boolean[] oldMatched, boolean[] newMatched) {
        boolean unmatched = false;
        for (boolean m : newMatched) {
            unmatched |= !m;
        }
        if (!unmatched) {
            return null;
        }
        boolean[] out = new boolean[newMatched.length];
        int oldSection = 0;
        int newSection = 0;
        for (int i = 0; i < keptAs.length; i++) {
            while (oldSection < oldTitles.size() && oldTitles.get(oldSection).line() <= i) {
                oldSection++;
            }
            int j = keptAs[i];
            if (j < 0 || !oldMatched[oldSection]) {
                continue;
            }
            // kept lines keep their order: the new section only moves forward
            while (newSection < newTitles.size() && newTitles.get(newSection).line() <= j) {
                newSection++;
            }
            if (!newMatched[newSection]) {
                out[newSection] = true;
            }
        }
        return out;
    }

    /** The new line the diff kept the first kept line of old chunk k as, or -1. */
    private static int firstKept(MarkdownChunks chunks, int k, int[] keptAs) {
        for (int line = chunks.starts[k]; line < chunks.starts[k + 1] && line < keptAs.length; line++) {
            if (keptAs[line] >= 0) {
                return keptAs[line];
            }
        }
        return -1;
    }

    /** The chunk that holds a line. */
    private static int chunkOf(MarkdownChunks chunks, int line) {
        int m = java.util.Arrays.binarySearch(chunks.starts, 0, chunks.count(), line);
        return m >= 0 ? m : -m - 2;
    }

    /** Chunk k read without flexmark when it is plain prose, else queued for the batch. */
    private static Part partOf(List<String> lines, MarkdownChunks chunks, int k, Batch batch) {
        Part simple = SimpleChunk.read(lines, chunks.starts[k], chunks.starts[k + 1]);
        return simple != null ? simple : batch.add(lines, chunks, k);
    }

    /**
     * Whether a kept chunk's text before its first heading is in sections that pair (or in
     * sections that pair with nothing on both sides): then its blocks anchor to each other.
     */
    private static boolean sameSections(int oldSection, int newSection, int[] match, boolean[] newMatched) {
        int mapped = oldSection == 0 ? 0 : match[oldSection - 1] < 0 ? -1 : match[oldSection - 1] + 1;
        return mapped == newSection || mapped < 0 && !newMatched[newSection];
    }

    /** A BOM at the start of the body: flexmark reads it only at the start of a text. */
    private static boolean byteOrderMark(List<String> lines, FrontMatter frontMatter) {
        int first = frontMatter.lines();
        return first < lines.size() && !lines.get(first).isEmpty() && lines.get(first).charAt(0) == '\ufeff';
    }

    /**
     * For each old chunk, the new chunk the diff kept it whole as (same lines, kept one for one,
     * both last in their file or neither), or -1.
     */
    private static int[] twins(Lines a, Lines b, MarkdownChunks ca, MarkdownChunks cb, int[] keptAs, boolean exact) {
        int[] twin = new int[ca.count()];
        for (int k = 0; k < ca.count(); k++) {
            twin[k] = -1;
            int s = ca.starts[k];
            int e = ca.starts[k + 1];
            int t = s < e ? keptAs[s] : -1;
            if (t < 0) {
                continue;
            }
            int m = java.util.Arrays.binarySearch(cb.starts, 0, cb.count(), t);
            if (m < 0 || cb.starts[m + 1] - t != e - s || (k == ca.count() - 1) != (m == cb.count() - 1)) {
                continue;
            }
            boolean same = true;
            for (int i = s; i < e && same; i++) {
                same = keptAs[i] == t + i - s && (exact || a.same(i, b, t + i - s));
            }
            if (same) {
                twin[k] = m;
            }
        }
        return twin;
    }

    /** The headings of one version, chunk by chunk: parsed, or read by the scan. */
    private record Headings(List<Title> titles, int[] before) {

        /** Whether any section chunk k has text in is one of the given. */
        boolean anyIn(int k, boolean[] sections) {
            int last = k + 1 < before.length ? before[k + 1] : titles.size();
            for (int s = before[k]; s <= last; s++) {
                if (sections[s]) {
                    return true;
                }
            }
            return false;
        }

        /** Null when a parsed chunk the scan read itself has other headings than the scan found. */
        static Headings of(MarkdownChunks chunks, Part[] parts, Map<String, Part> headingParts) {
            List<Title> titles = new ArrayList<>();
            int[] before = new int[chunks.count()];
            int h = 0;
            for (int k = 0; k < chunks.count(); k++) {
                before[k] = titles.size();
                int s = chunks.starts[k];
                int e = chunks.starts[k + 1];
                int first = h;
                while (h < chunks.headingLines.length && chunks.headingLines[h] < e) {
                    h++;
                }
                if (parts[k] != null) {
                    for (Title t : parts[k].headings) {
                        titles.add(new Title(t.level(), t.text(), t.line() + s));
                    }
                    if (!chunks.parse[k] && !sameHeadings(chunks, first, h, parts[k], s)) {
                        return null;
                    }
                    continue;
                }
                for (int i = first; i < h; i++) {
                    String text = chunks.headingTexts[i];
                    if (text == null) {
                        Part p = headingParts.get(chunks.headingSource(i));
                        if (p == null || p.headings.size() != 1 || p.headings.get(0).level() != chunks.headingLevels[i]) {
                            return null;
                        }
                        text = p.headings.get(0).text();
                    }
                    titles.add(new Title(chunks.headingLevels[i], text, chunks.headingLines[i]));
                }
            }
            return new Headings(titles, before);
        }

        /**
         * Whether the parts read after the headings were taken (chunks the scan read itself) have
         * the headings the scan found, so the sections the reading relied on stand.
         */
        static boolean confirm(MarkdownChunks chunks, Part[] parts, Part[] before) {
            for (int k = 0; k < chunks.count(); k++) {
                if (parts[k] != null && before[k] == null) {
                    int s = chunks.starts[k];
                    if (!sameHeadings(chunks, chunks.firstHeading(s), chunks.firstHeading(chunks.starts[k + 1]), parts[k], s)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** A check on the scan: in a chunk it read itself, the parse finds the same headings. */
        private static boolean sameHeadings(MarkdownChunks chunks, int from, int to, Part part, int start) {
            if (part.headings.size() != to - from) {
                return false;
            }
            for (int i = from; i < to; i++) {
                Title t = part.headings.get(i - from);
                String text = chunks.headingTexts[i];
                if (t.line() + start != chunks.headingLines[i] || t.level() != chunks.headingLevels[i]
                        || text != null && !text.equals(t.text())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether the links of the chunks parsed only in one version differ (as multisets of targets). */
    private static boolean linksDiffer(Part[] oldParts, Part[] newParts, int[] twin, int[] twinOf) {
        Map<String, Integer> count = new HashMap<>();
        for (int k = 0; k < oldParts.length; k++) {
            if (twin[k] < 0 && oldParts[k] != null) {
                oldParts[k].links.forEach(l -> count.merge(l.url(), 1, Integer::sum));
            }
        }
        for (int m = 0; m < newParts.length; m++) {
            if (twinOf[m] < 0 && newParts[m] != null) {
                newParts[m].links.forEach(l -> count.merge(l.url(), -1, Integer::sum));
            }
        }
        return count.values().stream().anyMatch(c -> c != 0);
    }

    private static MarkdownOutline outline(List<String> lines, FrontMatter frontMatter, MarkdownChunks chunks, Part[] parts,
                                           Headings headings) {
        MarkdownOutline.Builder outline = new MarkdownOutline.Builder(lines, frontMatter);
        for (int k = 0; k < chunks.count(); k++) {
            if (parts[k] != null) {
                outline.add(parts[k], chunks.starts[k]);
                continue;
            }
            int end = k + 1 < chunks.count() ? headings.before()[k + 1] : headings.titles().size();
            for (int h = headings.before()[k]; h < end; h++) {
                Title t = headings.titles().get(h);
                outline.heading(t.level(), t.text(), t.line());
            }
        }
        return outline.build();
    }

    /**
     * Chunks of one or two files to parse as one text. Each chunk but a file's last ends with a blank
     * line before a line at column 0, as in its file; a file's last chunk must end the text (what
     * follows the end of a file can change its last block), so with two of them a second text is
     * parsed. A file's first chunk may start indented, so a separator paragraph goes before it. A
     * sentinel paragraph ends a text whose last chunk is not a file's last, so that the parse can show
     * whether that chunk runs on.
     */
    private static final class Batch {
        private final List<Object[]> chunks = new ArrayList<>();
        private final List<Object[]> lastChunks = new ArrayList<>();

        /** Queues chunk k of a file; its part is filled by parse. */
        Part add(List<String> lines, MarkdownChunks c, int k) {
            Part part = new Part();
            int from = c.starts[k];
            int to = c.starts[k + 1];
            if (from < to) {
                Object[] chunk = {lines, from, to, part, k == 0};
                (k == c.count() - 1 ? lastChunks : chunks).add(chunk);
            }
            return part;
        }

        /** Queues the heading lines of chunk k whose text the scan could not read, once per distinct line. */
        void addHeadings(MarkdownChunks c, int k, Map<String, Part> parts) {
            int e = c.starts[k + 1];
            for (int i = c.firstHeading(c.starts[k]); i < c.headingLines.length && c.headingLines[i] < e; i++) {
                if (c.headingTexts[i] == null && !parts.containsKey(c.headingSource(i))) {
                    Part part = new Part();
                    parts.put(c.headingSource(i), part);
                    chunks.add(new Object[] {List.of(c.headingSource(i), ""), 0, 2, part, false});
                }
            }
        }

        /** Parses the queued chunks; false when a chunk's block runs on past the chunk's end. */
        boolean parse() {
            if (chunks.isEmpty() && lastChunks.isEmpty()) {
                return true;
            }
            List<Object[]> first = new ArrayList<>(chunks);
            if (!lastChunks.isEmpty()) {
                first.add(lastChunks.get(0));
            }
            return parse(first, !lastChunks.isEmpty()) && (lastChunks.size() < 2 || parse(lastChunks.subList(1, 2), true));
        }

        private static boolean parse(List<Object[]> queued, boolean endsWithFileEnd) {
            StringBuilder text = new StringBuilder();
            int[] partLines = new int[queued.size() * 2 + 1];
            Part[] parts = new Part[partLines.length];
            int count = 0;
            int line = 0;
            for (Object[] q : queued) {
                @SuppressWarnings("unchecked")
                List<String> lines = (List<String>) q[0];
                int from = (int) q[1];
                int to = (int) q[2];
                if ((boolean) q[4] && line > 0 && !startsFlush(lines.get(from))) {
                    partLines[count++] = line;
                    line = append(text, line, "x");
                    line = append(text, line, "");
                }
                partLines[count] = line;
                parts[count++] = (Part) q[3];
                for (int i = from; i < to; i++) {
                    line = append(text, line, lines.get(i));
                }
            }
            if (!endsWithFileEnd) {
                partLines[count++] = line;
                append(text, line, "x");
            }
            return MarkdownOutline.parse(text.toString(), java.util.Arrays.copyOf(partLines, count),
                    java.util.Arrays.copyOf(parts, count)) != null;
        }

        private static int append(StringBuilder text, int line, String s) {
            if (line > 0) {
                text.append('\n');
            }
            text.append(s);
            return line + 1;
        }

        /** Starts with a character at column 0: after a blank line it opens a block of its own. */
        private static boolean startsFlush(String line) {
            return !line.isEmpty() && line.charAt(0) != ' ' && line.charAt(0) != '\t';
        }
    }
}
