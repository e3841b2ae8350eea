package io.diffpress.insight;

import io.diffpress.history.ChangeStatus;
import io.diffpress.history.FileChange;
import io.diffpress.history.FileKind;
import io.diffpress.history.ModeChange;
import io.diffpress.history.LineEdits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * All facts of one file change, in the order: what happened to the file, its line counts,
 * then what its format lets us read from the two versions. Structure is read only for files
 * up to {@link #MAX_STRUCTURE_LINES} lines and {@link #MAX_STRUCTURE_CHARS} characters; larger
 * files get line counts only, which keeps the cost linear in what git already produced.
 */
final class FactFinder {

    static final int MAX_STRUCTURE_LINES = 20_000;
    static final int MAX_STRUCTURE_CHARS = 2_000_000;

    private FactFinder() {
    }

    /**
     * The two versions as lines, and whether they are only the lines the diff shows; beforeLf and afterLf say that a text
     * is known to hold no carriage return (its lines were read at the history stage's offsets, which take only such texts).
     */
    private record Versions(List<String> before, List<String> after, boolean fragments, String beforeText, String afterText,
                            int cutHunks, Optional<LineEdits> edits, boolean beforeLf, boolean afterLf) {
    }

    static List<Fact> find(FileChange change) {
        List<Fact> facts = contentFacts(change);
        if (change.mode() != ModeChange.NONE && facts.stream().noneMatch(f -> f instanceof Fact.ModeChanged)) {
            facts.add(new Fact.ModeChanged(change.mode(), false)); // made executable as well as edited (or renamed)
        }
        return facts;
    }

    /** The facts of the file's contents (and of its path), and of its mode when nothing else changed. */
    private static List<Fact> contentFacts(FileChange change) {
        List<Fact> facts = new ArrayList<>();
        String kind = change.kind().name().toLowerCase(Locale.ROOT);
        switch (change.status()) {
            case ADDED -> facts.add(new Fact.FileAdded(change.path(), kind));
            case REMOVED -> facts.add(new Fact.FileRemoved(change.path(), kind));
            case RENAMED, COPIED -> facts.add(new Fact.FileMoved(change.oldPath().orElse(""), change.path(),
                    change.similarity(), change.status() == ChangeStatus.COPIED));
            case MODIFIED -> {
                // emptied, or written into while empty: said as such, before what its sections tell (an audit)
                String was = change.oldText().orElse(null);
                String now = change.newText().orElse(null);
                if (change.kind() == FileKind.FILE && was != null && now != null && was.isBlank() != now.isBlank()) {
                    facts.add(now.isBlank() ? new Fact.FileEmptied(lineCount(was)) : new Fact.FileFilled(lineCount(now)));
                }
            }
        }
        if (change.kind() == FileKind.SYMLINK && change.status() == ChangeStatus.MODIFIED && change.oldText().isPresent()
                && change.newText().isPresent() && !change.oldText().get().equals(change.newText().get())) {
            // a link's "text" is the path it points to
            facts.add(new Fact.SymlinkRetargeted(change.oldText().get().strip(), change.newText().get().strip()));
            return facts;
        }
        Optional<Fact> submodule = change.kind() == FileKind.SUBMODULE && change.status() == ChangeStatus.MODIFIED
                ? SubmoduleCommits.moved(change) : Optional.empty();
        if (submodule.isPresent()) {
            facts.add(submodule.get());
            return facts;
        }
        if (change.kind() != FileKind.FILE) {
            if (change.status() != ChangeStatus.ADDED && change.status() != ChangeStatus.REMOVED) { // else said above
                facts.add(new Fact.EntryChanged(kind, change.status().word()));
            }
            return facts;
        }
        if (change.missing()) {
            facts.add(new Fact.ContentsMissing()); // its counts are zeros that stand for nothing: not said
            return facts;
        }
        if (change.status() == ChangeStatus.TYPE_CHANGED) {
            // a file put in place of a symbolic link (or a submodule): the old "text" is the link's target path, so
            // comparing it as a page or a data file with the new text would tell the whole file as new structure
            facts.add(new Fact.EntryChanged(kind, change.status().word()));
            if (!change.binary()) {
                facts.add(new Fact.LinesChanged(change.additions(), change.deletions(), FileFormat.language(change.path())));
            }
            return facts;
        }
        FileFormat format = FileFormat.of(change.path());
        if (change.binary()) {
            boolean moved = change.status() == ChangeStatus.RENAMED || change.status() == ChangeStatus.COPIED;
            if (!moved || change.similarity() < 100) { // renamed at 100 % (git's R100): the same content, nothing replaced
                facts.add(binaryChange(change, format == FileFormat.IMAGE));
            }
            return facts;
        }
        if (change.mode() != ModeChange.NONE && change.status() == ChangeStatus.MODIFIED && change.additions() == 0
                && change.deletions() == 0 && change.diff().isBlank()) {
            // the mode is all that changed: git prints no hunk (a patch), or the blob is the same
            facts.add(new Fact.ModeChanged(change.mode(), true));
            return facts;
        }
        String language = FileFormat.language(change.path());
        facts.add(new Fact.LinesChanged(change.additions(), change.deletions(), language));
        Optional<Versions> versions = versions(change);
        if (versions.isEmpty()) {
            return facts;
        }
        Versions v = versions.get();
        Optional<Fact> lfs = v.fragments() ? Optional.empty() : LfsPointer.change(v.beforeText(), v.afterText());
        if (lfs.isPresent()) {
            facts.add(lfs.get()); // the file itself is stored elsewhere: its pointer's lines say nothing of its own
            return facts;
        }
        if (change.status() == ChangeStatus.MODIFIED && !v.fragments() && change.additions() == 0 && change.deletions() == 0
                && v.beforeText().equals(v.afterText())) { // (equal counts too: texts read as UTF-8 may hide changed bytes)
            facts.add(new Fact.ModeChanged(change.mode(), true));
            return facts;
        }
        if (v.fragments()) {
            facts.add(new Fact.FromHunksOnly(v.cutHunks()));
        }
        if (!v.fragments()) {
            // told for a file of any size: the check is one pass over its text
            String before = v.beforeLf() ? onlyLineFeeds(v.beforeText()) : lineEndings(v.beforeText());
            String after = v.afterLf() ? onlyLineFeeds(v.afterText()) : lineEndings(v.afterText());
            if (!before.isEmpty() && !after.isEmpty() && !before.equals(after)) {
                facts.add(new Fact.LineEndingsChanged(before, after));
            } else if (before.equals("mixed") && after.equals("mixed")) {
                // lines of a file that mixes both whose text is the same and whose ending is not: the diff shows each as
                // removed and added alike, and nothing else would tell it (an audit)
                int[] converted = convertedEndings(v.beforeText(), v.afterText());
                if (converted[0] + converted[1] > 0) {
                    facts.add(new Fact.LineEndingsEdited(converted[0], converted[1]));
                }
            }
        }
        int lines = Math.max(v.before().size(), v.after().size());
        int chars = Math.max(v.beforeText().length(), v.afterText().length());
        if (lines > MAX_STRUCTURE_LINES || chars > MAX_STRUCTURE_CHARS) {
            facts.add(new Fact.StructureSkipped(lines, MAX_STRUCTURE_LINES));
            return facts;
        }
        if (format == FileFormat.MARKDOWN && !v.fragments() && v.before() == v.after()) {
            // the same text (a page moved as it was): both outlines are one, and so nothing tells them apart
            return facts;
        }
        try {
            List<Fact> structure = new ArrayList<>(structure(format, language, v));
            if (change.status() == ChangeStatus.ADDED || change.status() == ChangeStatus.REMOVED) {
                // a whole page added or removed: its lines per section say no more than the file's count, and its
                // front matter fields no more than that the page is new or gone (a page's eleven fields were eleven
                // sentences of "field added with value")
                structure.removeIf(f -> f instanceof Fact.SectionEdited
                        || f instanceof Fact.FieldAdded a && a.scope() == Fact.Scope.FRONT_MATTER
                        || f instanceof Fact.FieldRemoved r && r.scope() == Fact.Scope.FRONT_MATTER);
            }
            if (structure.stream().anyMatch(f -> f instanceof Fact.KeysNotCompared k && !k.tooMany())) {
                // that fact says the texts were not available and why nothing was compared: no second sentence saying
                // the facts come from the diff's lines (an audit found both, one after the other)
                facts.removeIf(f -> f instanceof Fact.FromHunksOnly);
            }
            facts.addAll(structure);
        } catch (RuntimeException | StackOverflowError e) {
            // A parser choking on hostile input must not stop the report: the counts above stay true.
            return facts;
        }
        if (!v.fragments() && !v.beforeText().isEmpty() && !v.afterText().isEmpty()
                && v.beforeText().endsWith("\n") != v.afterText().endsWith("\n")) {
            facts.add(new Fact.FinalNewline(v.afterText().endsWith("\n")));
        }
        return facts;
    }

    /** "LF", "CRLF" or "mixed": how the text's lines end; empty for a text of one line. */
    static String lineEndings(String text) {
        int lf = text.indexOf('\n');
        if (lf < 0) {
            return "";
        }
        if (text.indexOf('\r') < 0) {
            return "LF";
        }
        int crlf = 0;
        int all = 0;
        for (int i = lf; i >= 0; i = text.indexOf('\n', i + 1)) {
            all++;
            crlf += i > 0 && text.charAt(i - 1) == '\r' ? 1 : 0;
        }
        return crlf == all ? "CRLF" : crlf == 0 ? "LF" : "mixed";
    }

    private static boolean byteOrderMark(List<String> lines) {
        return !lines.isEmpty() && !lines.get(0).isEmpty() && lines.get(0).charAt(0) == '\ufeff';
    }

    private static List<String> withoutByteOrderMark(List<String> lines) {
        if (!byteOrderMark(lines)) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines);
        out.set(0, lines.get(0).substring(1));
        return out;
    }

    /**
     * How many lines went from CRLF to LF, and from LF to CRLF: of each text of a line, the endings it lost on one side that
     * it gained on the other.
     */
    static int[] convertedEndings(String before, String after) {
        Map<String, int[]> endings = new HashMap<>(); // per line's text: CRLF before, LF before, CRLF after, LF after
        tallyEndings(before, endings, 0);
        tallyEndings(after, endings, 2);
        int toLf = 0;
        int toCrlf = 0;
        for (int[] e : endings.values()) {
            int crlfLost = e[0] - e[2];
            int lfGained = e[3] - e[1];
            if (crlfLost > 0 && lfGained > 0) {
                toLf += Math.min(crlfLost, lfGained);
            } else if (crlfLost < 0 && lfGained < 0) {
                toCrlf += Math.min(-crlfLost, -lfGained);
            }
        }
        return new int[]{toLf, toCrlf};
    }

    private static void tallyEndings(String text, Map<String, int[]> endings, int offset) {
        int start = 0;
        for (int lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', start)) {
            boolean crlf = lf > start && text.charAt(lf - 1) == '\r';
            endings.computeIfAbsent(text.substring(start, crlf ? lf - 1 : lf), k -> new int[4])[offset + (crlf ? 0 : 1)]++;
            start = lf + 1;
        }
    }

    /** The lines of a text: its line feeds, and one more for a last line without one. */
    private static int lineCount(String text) {
        int n = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return text.isEmpty() || text.endsWith("\n") ? n : n + 1;
    }

    /** {@link #lineEndings} of a text known to hold no carriage return, without looking for one again. */
    private static String onlyLineFeeds(String text) {
        return text.indexOf('\n') < 0 ? "" : "LF";
    }

    private static List<Fact> structure(FileFormat format, String language, Versions v) {
        return switch (format) {
            // a fence flip is told only between two whole pages: hunks do not show where a page ends
            case MARKDOWN -> markdown(v.before(), v.after(), v.edits(), !v.fragments() && !v.beforeText().isEmpty() && !v.afterText().isEmpty(),
                    null);
            case TOC -> toc(v);
            case YAML -> yamlData(v);
            case JSON -> data("JSON", FlatData.jsonTree(v.beforeText()), FlatData.jsonTree(v.afterText()), v);
            case JSONC -> data("JSON", FlatData.jsoncTree(v.beforeText()), FlatData.jsoncTree(v.afterText()), v);
            case PROPERTIES -> data("Java properties", FlatData.properties(v.beforeText()).map(Object.class::cast),
                    FlatData.properties(v.afterText()).map(Object.class::cast), v);
            case SOURCE -> SourceDefinitions.compare(language, v.before(), v.after());
            case IMAGE, TEXT -> List.of();
        };
    }

    /** The structural facts of two versions of a Markdown file. */
    static List<Fact> markdown(List<String> before, List<String> after) {
        return markdown(before, after, Optional.empty());
    }

    /** The structural facts of two versions of a Markdown file, read along the given line diff when it fits them. */
    static List<Fact> markdown(List<String> before, List<String> after, Optional<LineEdits> edits) {
        return markdown(before, after, edits, false, null);
    }

    /**
     * As {@link #markdown(List, List, Optional)}; a fence flip ({@link FenceFlip}) is looked for when both are whole pages
     * (then the versions compared may be other than the two given).
     */
    private static List<Fact> markdown(List<String> before, List<String> after, Optional<LineEdits> edits, boolean wholePages,
                                       MarkdownComparison.FenceLine fenceLine) {
        boolean markBefore = byteOrderMark(before);
        boolean markAfter = byteOrderMark(after);
        if (markBefore || markAfter) {
            // a UTF-8 byte order mark is no text of the page: left in, the first heading read as a paragraph "# Title"
            // (an audit); one added or removed is told, the rest compared without it
            List<Fact> facts = new ArrayList<>();
            if (markBefore != markAfter && !before.isEmpty() && !after.isEmpty()) { // (a page added with one: nothing put at its start)
                facts.add(new Fact.ByteOrderMarkChanged(markAfter));
            }
            facts.addAll(markdown(withoutByteOrderMark(before), withoutByteOrderMark(after), edits, wholePages, fenceLine));
            return facts;
        }
        Lines a = Lines.of(before);
        Lines b = Lines.of(after);
        if (a.text().contains(":::") && b.text().contains(":::")) { // zones at all: one search of each text
            Optional<ZoneOrder.Reordered> reordered = ZoneOrder.of(a, b, FrontMatter.read(a, false).lines(), FrontMatter.read(b, false).lines());
            if (reordered.isPresent()) {
                // the page read with its zones back in place, along a diff of its own: the one given is of the other order
                List<Fact> facts = new ArrayList<>();
                facts.add(reordered.get().fact());
                facts.addAll(markdown(reordered.get().before(), after, Optional.empty(), wholePages, fenceLine));
                return facts;
            }
        }
        LineDiff diff = LineDiff.of(a, b, edits);
        int frontA = FrontMatter.read(a, false).lines();
        int frontB = FrontMatter.read(b, false).lines();
        if (wholePages) {
            Optional<FenceFlip.Flipped> flip = FenceFlip.of(a, b, diff, frontA, frontB);
            if (flip.isPresent()) {
                // the rest of the page compared with the fence line taken out, along the same diff less that line
                Fact.FenceFlipped fact = flip.get().fact();
                List<Fact> facts = new ArrayList<>();
                facts.add(fact);
                // the fence line taken out is still a line changed in its section
                facts.addAll(markdown(flip.get().before(), flip.get().after(), flip.get().edits(), false,
                        new MarkdownComparison.FenceLine(fact.added(), fact.line() - 1)));
                return facts;
            }
        }
        // identical front matter has no field facts: spare the YAML parser
        boolean fields = frontA == 0 || frontA != frontB || !a.subList(0, frontA).equals(b.subList(0, frontA));
        MarkdownComparison.HeadingMatch[] matched = new MarkdownComparison.HeadingMatch[1];
        LearnSyntax[] syntax = new LearnSyntax[1];
        MarkdownOutline[] outlines = ChunkReading.read(a, b, diff, fields, matched, syntax);
        if (outlines != null) {
            return MarkdownComparison.compare(outlines[0], outlines[1], diff, matched[0], syntax[0], fenceLine);
        }
        return wholeSections(a, b, diff, fields, fenceLine);
    }

    /** Parses both versions with the bodies of unchanged sections blanked: for files ChunkReading does not read. */
    private static List<Fact> wholeSections(List<String> a, List<String> b, LineDiff diff, boolean fields,
                                            MarkdownComparison.FenceLine fenceLine) {
        List<List<String>> parsed = UnchangedSections.blank(a, b, diff);
        MarkdownOutline before = MarkdownOutline.read(a, parsed.get(0), fields);
        MarkdownOutline after = MarkdownOutline.read(b, parsed.get(1), fields);
        if (!UnchangedSections.confirmed(a, before) || !UnchangedSections.confirmed(b, after)) {
            before = MarkdownOutline.read(a, a, fields);
            after = MarkdownOutline.read(b, b, fields);
        }
        return MarkdownComparison.compare(before, after, diff, null, null, fenceLine);
    }

    private static List<Fact> toc(Versions v) {
        Optional<Object> before = v.beforeText().isEmpty() ? Optional.of(List.of()) : FlatData.yamlTree(v.beforeText());
        Optional<Object> after = v.afterText().isEmpty() ? Optional.of(List.of()) : FlatData.yamlTree(v.afterText());
        Optional<List<TocComparison.Entry>> a = before.flatMap(TocComparison::entries).or(() -> emptyList(v.beforeText()));
        Optional<List<TocComparison.Entry>> b = after.flatMap(TocComparison::entries).or(() -> emptyList(v.afterText()));
        if (a.isPresent() && b.isPresent()) {
            if (tooMany(a.get().size(), b.get().size())) {
                return List.of(new Fact.KeysNotCompared("YAML", true, FlatData.MAX_KEYS));
            }
            List<Fact> facts = TocComparison.compare(a.get(), b.get());
            if (facts.isEmpty() && !TocComparison.unread(before.orElseThrow()).equals(TocComparison.unread(after.orElseThrow()))) {
                // what the entries do not hold changed (a breadcrumb's tocHref, an entry's expanded flag): told as keys,
                // not as "no change of structure" (an audit)
                return data("YAML", before, after, v);
            }
            return facts;
        }
        return data("YAML", before, after, v);
    }

    /** Whether either version reached the keys read at most: its keys past the cut are unknown, so none is compared. */
    private static boolean tooMany(int before, int after) {
        return before >= FlatData.MAX_KEYS || after >= FlatData.MAX_KEYS;
    }

    /** A YAML file's keys, both versions keyed as streams of documents when either holds several. */
    private static List<Fact> yamlData(Versions v) {
        Optional<List<Object>> a = FlatData.yamlDocuments(v.beforeText());
        Optional<List<Object>> b = FlatData.yamlDocuments(v.afterText());
        boolean stream = a.map(List::size).orElse(0) > 1 || b.map(List::size).orElse(0) > 1;
        return data("YAML", a.map(d -> FlatData.documentsTree(d, stream)), b.map(d -> FlatData.documentsTree(d, stream)), v);
    }

    private static Optional<List<TocComparison.Entry>> emptyList(String text) {
        return text.isBlank() ? Optional.of(List.of()) : Optional.empty();
    }

    /** The keys of two versions of a data file compared ({@link FlatData#flattenPair}): each a tree, empty when unreadable. */
    private static List<Fact> data(String format, Optional<Object> before, Optional<Object> after, Versions v) {
        // an empty side (added or removed file) has no keys rather than being unreadable
        Optional<Object> a = v.beforeText().isBlank() ? Optional.of(Map.of()) : before;
        Optional<Object> b = v.afterText().isBlank() ? Optional.of(Map.of()) : after;
        if (v.fragments()) {
            return List.of(new Fact.KeysNotCompared(format, false, 0));
        }
        if (a.isEmpty() || b.isEmpty()) {
            return List.of(new Fact.DataUnreadable(format, a.isEmpty(), b.isEmpty(),
                    v.beforeText().isBlank() || v.afterText().isBlank()));
        }
        FlatData.Pair keys = FlatData.flattenPair(a.get(), b.get());
        if (tooMany(keys.before().size(), keys.after().size())) {
            return List.of(new Fact.KeysNotCompared(format, true, FlatData.MAX_KEYS));
        }
        List<Fact> facts = new ArrayList<>(FieldComparison.compare(Fact.Scope.DATA, keys.before(), keys.after()));
        facts.addAll(keys.moves());
        return facts;
    }

    private static Optional<Versions> versions(FileChange change) {
        String before = change.status() == ChangeStatus.ADDED ? "" : change.oldText().orElse(null);
        String after = change.status() == ChangeStatus.REMOVED ? "" : change.newText().orElse(null);
        if (before != null && after != null) {
            // the lines where the history stage's diff found them, else looked for: the new version's
            // only between the lines the diff kept before the first change and after the last
            LineEdits edits = change.edits().orElse(null);
            if (edits == null && before.equals(after)) {
                Lines same = Lines.of(before); // one text (no diff was computed): split once
                return Optional.of(new Versions(same, same, false, before, after, 0, Optional.empty(), false, false));
            }
            Lines a = edits == null ? null : Lines.atOffsets(before, edits, true);
            boolean beforeLf = a != null; // atOffsets reads only a text without a carriage return
            if (a == null) {
                a = Lines.of(before);
            }
            Lines b = edits == null ? null : Lines.atOffsets(after, edits, false);
            boolean afterLf = b != null;
            if (b == null) {
                b = edits != null ? Lines.of(after, a, edits) : Lines.of(after);
            }
            return Optional.of(new Versions(a, b, false, before, after, 0, change.edits(), beforeLf, afterLf));
        }
        if (change.diff().isBlank()) {
            return Optional.empty();
        }
        HunkText hunks = HunkText.of(change.diff());
        return Optional.of(new Versions(hunks.before(), hunks.after(), true,
                String.join("\n", hunks.before()), String.join("\n", hunks.after()), hunks.cutHunks(), Optional.empty(), false, false));
    }

    /** text.lines().toList(), as Lines: split in place, copied out line by line only when read. */
    static List<String> lines(String text) {
        return Lines.of(text);
    }

    /**
     * A binary change; a file one of whose versions is text became binary, or text (the history keeps that side's text),
     * unless that text is a Git LFS pointer: the file moved into LFS (git lfs migrate) or out of it.
     */
    private static Fact binaryChange(FileChange change, boolean image) {
        boolean replaced = change.status() != ChangeStatus.ADDED && change.status() != ChangeStatus.REMOVED;
        if (replaced && change.oldText().isPresent() != change.newText().isPresent()) {
            String text = change.oldText().or(change::newText).orElseThrow();
            Optional<Fact> lfs = LfsPointer.change(change.oldText().orElse(""), change.newText().orElse(""), true);
            if (lfs.isPresent()) {
                return lfs.get();
            }
            return new Fact.BinaryChanged(change.oldText().isPresent() ? "becameBinary" : "becameText", image,
                    (int) text.lines().count());
        }
        return new Fact.BinaryChanged(binaryStatus(change.status()), image);
    }

    private static String binaryStatus(ChangeStatus status) {
        return switch (status) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            default -> "replaced";
        };
    }
}
