package io.diffpress.insight;

import io.diffpress.history.FileChange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The report-level text of one range and section: summary, highlights, the three lists and
 * the insights, each sentence built from the files' facts and naming files, names or counts.
 */
final class RangeSummary {

    /** Bullets per list before "N more". */
    static final int MAX_BULLETS = 12;
    /** Bullets one file may take in one list: a new page's ten sections must not crowd out the other files. */
    static final int MAX_BULLETS_PER_FILE = 3;
    static final int MAX_HIGHLIGHTED = 4;
    static final int MAX_SHARED_NAMES = 5;

    private final Phrasing p;
    private final String section;
    private final List<FileChange> files;
    private final List<FileInsight> insights;
    private final List<List<Fact>> facts;
    /** What the report's sentences call each file: its name, or its path where another file of the range has that name. */
    private final List<String> called;

    RangeSummary(Phrasing p, String section, List<FileChange> files, List<FileInsight> insights, List<List<Fact>> facts) {
        this.p = p;
        this.section = section;
        this.files = files;
        this.insights = insights;
        this.facts = facts;
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        files.forEach(f -> counts.merge(f.fileName(), 1, Integer::sum));
        this.called = files.stream().map(f -> counts.get(f.fileName()) > 1 ? f.path() : f.fileName()).toList();
    }

    ReportInsight write() {
        return new ReportInsight(summary(), highlights(), bullets(List.of(ChangeType.NEW_FEATURE)),
                bullets(List.of(ChangeType.BREAKING_CHANGE)), bullets(List.of(ChangeType.BUG_FIX, ChangeType.MINOR_UPDATE)),
                insights());
    }

    private String summary() {
        if (files.isEmpty()) {
            return p.get("summary.empty", p.code(section));
        }
        int added = files.stream().mapToInt(FileChange::additions).sum();
        int deleted = files.stream().mapToInt(FileChange::deletions).sum();
        // files whose contents a partial clone lacks have no counts: when all are such, no "0 lines added"
        String lines = files.stream().allMatch(FileChange::missing) ? p.count("summary.lines.missing", files.size())
                : p.count("fact.lines.added", added, added) + p.count("fact.lines.deleted", deleted, deleted);
        String text = p.count("summary.files", files.size(), files.size(), p.code(section), typeCounts(), lines);
        int lead = bySeverity()[0];
        Map<Integer, List<Integer>> folders = removedFolders();
        if (folders.containsKey(lead)) {
            return text + p.get("sentence.separator") + p.get("summary.leadNamed", folderTitle(folders.get(lead)));
        }
        String title = insights.get(lead).title();
        String path = p.code(files.get(lead).path());
        // as in the highlights: a title that names the file by its path needs it not said again
        return text + p.get("sentence.separator") + p.get(title.contains(path) ? "summary.leadNamed" : "summary.lead", title, path);
    }

    private String typeCounts() {
        Map<ChangeType, Integer> counts = new EnumMap<>(ChangeType.class);
        insights.forEach(i -> counts.merge(i.type(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        for (ChangeType t : Verdict.SEVERITY) {
            int n = counts.getOrDefault(t, 0);
            if (n > 0) {
                parts.add(p.count("count." + t.name(), n, n));
            }
        }
        return p.messages().join(parts);
    }

    /**
     * File indexes, most significant first: by type, most severe first; within a type, a file added or removed whole before
     * one edited, then more lines changed first, then file order (the sort is stable). Made once for the summary and the
     * highlights. (By file order alone, an audit found "The most significant change: New file `config.json`" among nine
     * new files, and a key removed from a data file ahead of a whole article deleted.)
     */
    private int[] bySeverity;

    private int[] bySeverity() {
        if (bySeverity == null) {
            bySeverity = java.util.stream.IntStream.range(0, files.size()).boxed()
                    .sorted(Comparator.<Integer>comparingInt(i -> Verdict.severity(insights.get(i).type()))
                            .thenComparingInt(i -> addedWhole(i) || removedWhole(i) ? 0 : 1)
                            .thenComparingInt(i -> -(files.get(i).additions() + files.get(i).deletions())))
                    .mapToInt(Integer::intValue).toArray();
        }
        return bySeverity;
    }


    /** A folder with this many removed files is told as one highlight, not one per file. */
    static final int FOLDER_FILES = 3;

    private Map<Integer, List<Integer>> removedFolders;

    /**
     * Per removed file in a folder from which at least {@link #FOLDER_FILES} files were removed, that folder's removed
     * files (a folder deleted with six pages must not fill the highlights); files at the top are not grouped. Made once
     * for the summary and the highlights.
     */
    private Map<Integer, List<Integer>> removedFolders() {
        if (removedFolders == null) {
            removedFolders = groupRemovedFolders();
        }
        return removedFolders;
    }

    private Map<Integer, List<Integer>> groupRemovedFolders() {
        Map<String, List<Integer>> byFolder = new java.util.TreeMap<>();
        for (int i = 0; i < files.size(); i++) {
            String path = files.get(i).path();
            if (files.get(i).status() == io.diffpress.history.ChangeStatus.REMOVED && path.lastIndexOf('/') > 0) {
                byFolder.computeIfAbsent(path.substring(0, path.lastIndexOf('/') + 1), k -> new ArrayList<>()).add(i);
            }
        }
        byFolder.values().removeIf(group -> group.size() < FOLDER_FILES);
        // a removed file of a subfolder goes with the nearest folder above it whose files were removed: `legacy/media/a.png`
        // with `legacy/`, not told apart as one more file removed (an audit); the group keeps the order of the files
        for (int i = 0; i < files.size(); i++) {
            String path = files.get(i).path();
            if (files.get(i).status() != io.diffpress.history.ChangeStatus.REMOVED || path.lastIndexOf('/') <= 0
                    || byFolder.containsKey(path.substring(0, path.lastIndexOf('/') + 1))) {
                continue;
            }
            for (int up = path.lastIndexOf('/', path.lastIndexOf('/') - 1); up > 0; up = path.lastIndexOf('/', up - 1)) {
                List<Integer> group = byFolder.get(path.substring(0, up + 1));
                if (group != null) {
                    group.add(i);
                    group.sort(null);
                    break;
                }
            }
        }
        Map<Integer, List<Integer>> out = new java.util.HashMap<>();
        byFolder.values().forEach(group -> group.forEach(i -> out.put(i, group)));
        return out;
    }

    private String folderTitle(List<Integer> group) {
        return p.count("title.folderRemoved", group.size(), group.size(), p.code(folderOf(group)));
    }

    /** The folder a group of removed files was grouped by: the one its files share (some may be in its subfolders). */
    private String folderOf(List<Integer> group) {
        String folder = null;
        for (int i : group) {
            String path = files.get(i).path();
            String own = path.substring(0, path.lastIndexOf('/') + 1);
            folder = folder == null || own.length() < folder.length() ? own : folder;
        }
        return folder;
    }

    private String highlights() {
        if (files.isEmpty()) {
            return p.get("summary.empty", p.code(section));
        }
        List<String> sentences = new ArrayList<>();
        int[] order = bySeverity();
        Map<Integer, List<Integer>> folders = removedFolders();
        boolean[] told = new boolean[files.size()];
        int shown = 0;
        for (int i : order) {
            if (shown == MAX_HIGHLIGHTED) {
                break;
            }
            if (told[i]) {
                continue; // one of a folder's removed files, told with the folder
            }
            if (shown > 0 && insights.get(i).type() == ChangeType.MINOR_UPDATE) {
                break;
            }
            if (folders.containsKey(i)) {
                sentences.add(p.get("highlights.fileNamed", p.get("type." + insights.get(i).type().name()), folderTitle(folders.get(i))));
                folders.get(i).forEach(k -> told[k] = true);
                shown++;
                continue;
            }
            told[i] = true;
            String path = p.code(files.get(i).path());
            String title = insights.get(i).title();
            // a title that names the file by its whole path (a file at the root) needs it not said again
            sentences.add(p.get(title.contains(path) ? "highlights.fileNamed" : "highlights.file",
                    p.get("type." + insights.get(i).type().name()), title, path));
            shown++;
        }
        List<String> names = new ArrayList<>();
        for (int k : order) {
            if (!told[k]) {
                names.add(called.get(k));
            }
        }
        int rest = names.size();
        if (rest > 0) {
            sentences.add(p.count("highlights.rest", rest, rest, p.names(names, 4)));
        }
        return String.join(p.get("sentence.separator"), sentences);
    }

    /**
     * The bullets of one list: each fact under its own impact, unless that is more severe than its
     * file's type (which a language model may have chosen), then under Other updates; and a file
     * whose type is this list's headline type but none of whose facts is listed here, by its title.
     */
    private List<String> bullets(List<ChangeType> types) {
        List<String> out = new ArrayList<>();
        int more = 0;
        // per file over the whole list: Other updates holds bug fixes and minor updates, 3 of one file in all (an audit)
        int[] shown = new int[files.size()];
        for (ChangeType type : types) {
            for (int i = 0; i < files.size(); i++) {
                ChangeType fileType = insights.get(i).type();
                int listed = 0;
                ChangeType[] under = listedUnder(i);
                for (int k = 0; k < under.length; k++) {
                    if (under[k] != type) {
                        continue;
                    }
                    Fact f = facts.get(i).get(k);
                    listed++;
                    if (out.size() < MAX_BULLETS && shown[i] < MAX_BULLETS_PER_FILE) {
                        shown[i]++;
                        // the sentence explain already wrote for the fact, when it did
                        out.add(p.get("bullet.file", p.code(called.get(i)), insights.get(i).findings().sentence(f, p)));
                    } else {
                        more++;
                    }
                }
                if (listed == 0 && fileType == type && HEADLINES.contains(type)) {
                    if (out.size() < MAX_BULLETS) {
                        out.add(p.get("bullet.file", p.code(called.get(i)), insights.get(i).title()));
                    } else {
                        more++;
                    }
                }
            }
        }
        if (more > 0) {
            out.add(p.count("bullet.more", more, more));
        }
        return out;
    }

    private boolean removedWhole(int file) {
        return files.get(file).status() == io.diffpress.history.ChangeStatus.REMOVED;
    }

    private boolean addedWhole(int file) {
        return files.get(file).status() == io.diffpress.history.ChangeStatus.ADDED;
    }

    private static boolean isField(Fact f) {
        return f instanceof Fact.FieldChanged || f instanceof Fact.FieldAdded || f instanceof Fact.FieldRemoved
                || f instanceof Fact.DataElementAdded || f instanceof Fact.DataElementRemoved;
    }

    /** Per file, the list each of its facts goes under, or null (context): asked once for all the lists. */
    private ChangeType[][] listed;

    private ChangeType[] listedUnder(int file) {
        if (listed == null) {
            listed = new ChangeType[files.size()][];
        }
        if (listed[file] == null) {
            ChangeType fileType = insights.get(file).type();
            List<Fact> fs = facts.get(file);
            ChangeType[] under = new ChangeType[fs.size()];
            for (int k = 0; k < under.length; k++) {
                Fact f = fs.get(k);
                // a removed page is one bullet, its removal: what it held is in its explanation, not in every list
                boolean held = removedWhole(file) && !(f instanceof Fact.FileRemoved);
                under[k] = f.context() || f instanceof Fact.MoreFacts || held ? null : listedUnder(f.impact(), fileType);
            }
            listed[file] = under;
        }
        return listed[file];
    }

    /** The two lists a file's type puts the file in by itself. */
    private static final List<ChangeType> HEADLINES = List.of(ChangeType.NEW_FEATURE, ChangeType.BREAKING_CHANGE);

    /** A fact's impact, or minor update (Other updates) when that is more severe than the type of its file. */
    static ChangeType listedUnder(ChangeType impact, ChangeType fileType) {
        return Verdict.severity(impact) < Verdict.severity(fileType) ? ChangeType.MINOR_UPDATE : impact;
    }

    private String insights() {
        if (files.isEmpty()) {
            return p.get("summary.empty", p.code(section));
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(contentTotals());
        largest().ifPresent(paragraphs::add);
        paragraphs.addAll(sharedNames());
        paragraphs.addAll(fieldChanges());
        missing().ifPresent(paragraphs::add);
        paragraphs.addAll(modeChanges());
        paragraphs.removeIf(String::isEmpty);
        if (paragraphs.isEmpty()) {
            // nothing to total or share (one file whose prose was reworded, say): never an empty section
            paragraphs.add(only().orElseGet(() -> p.count("insights.noStructure", files.size(), files.size())));
        }
        return String.join("\n\n", paragraphs);
    }

    /** "Across the 6 files: 6 table rows added, 2 list items added, 1 code block removed." */
    private String contentTotals() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (String key : List.of("rowsAdded", "rowsRemoved", "rowsChanged", "rowsFilled", "checked", "cleared", "itemsAdded", "itemsRemoved",
                "sectionsAdded", "sectionsRemoved", "codeAdded", "codeRemoved", "codeChanged", "linksAdded", "linksRemoved",
                "fields", "keysAdded", "keysRemoved", "keysChanged", "entriesAdded", "entriesRemoved", "typos", "definitionsAdded",
                "definitionsRemoved", "tocAdded", "tocRemoved")) {
            totals.put(key, 0);
        }
        for (int i = 0; i < facts.size(); i++) {
            for (Fact f : facts.get(i)) {
                if (removedWhole(i) || addedWhole(i) && isField(f)) {
                    continue; // a page gone is told by its file; a new page's front matter is no field changed
                }
                if (f instanceof Fact.RowsAdded r) totals.merge("rowsAdded", r.rows().size(), Integer::sum);
                else if (f instanceof Fact.RowsRemoved r) totals.merge("rowsRemoved", r.rows().size(), Integer::sum);
                // a row whose cells only gained text was filled in, not corrected (a minor update: an audit)
                else if (f instanceof Fact.RowChanged r) totals.merge(r.onlyAdded() ? "rowsFilled" : "rowsChanged", 1, Integer::sum);
                else if (f instanceof Fact.CellChecked c) totals.merge(c.checked() ? "checked" : "cleared", 1, Integer::sum);
                else if (f instanceof Fact.ItemsAdded r) totals.merge("itemsAdded", r.items().size(), Integer::sum);
                else if (f instanceof Fact.ItemsRemoved r) totals.merge("itemsRemoved", r.items().size(), Integer::sum);
                else if (f instanceof Fact.SectionAdded) totals.merge("sectionsAdded", 1, Integer::sum);
                else if (f instanceof Fact.SectionRemoved) totals.merge("sectionsRemoved", 1, Integer::sum);
                else if (f instanceof Fact.CodeBlockAdded) totals.merge("codeAdded", 1, Integer::sum);
                else if (f instanceof Fact.CodeBlockRemoved) totals.merge("codeRemoved", 1, Integer::sum);
                else if (f instanceof Fact.CodeBlockChanged || f instanceof Fact.CodeValuesChanged || f instanceof Fact.CodeBlockMovedAndChanged) totals.merge("codeChanged", 1, Integer::sum);
                else if (f instanceof Fact.LinksAdded r) totals.merge("linksAdded", r.targets().size(), Integer::sum);
                else if (f instanceof Fact.LinksRemoved r) totals.merge("linksRemoved", r.targets().size(), Integer::sum);
                else if (f instanceof Fact.DataElementAdded) totals.merge("entriesAdded", 1, Integer::sum);
                else if (f instanceof Fact.DataElementRemoved) totals.merge("entriesRemoved", 1, Integer::sum);
                // a data file's keys are no front matter fields: told apart, and by what became of them
                else if (f instanceof Fact.FieldAdded a && a.scope() == Fact.Scope.DATA) totals.merge("keysAdded", 1, Integer::sum);
                else if (f instanceof Fact.FieldRemoved r && r.scope() == Fact.Scope.DATA) totals.merge("keysRemoved", 1, Integer::sum);
                else if (f instanceof Fact.FieldChanged c && c.scope() == Fact.Scope.DATA) totals.merge("keysChanged", 1, Integer::sum);
                else if (isField(f)) totals.merge("fields", 1, Integer::sum);
                else if (f instanceof Fact.TyposFixed r) totals.merge("typos", r.fixes().size(), Integer::sum);
                else if (f instanceof Fact.DefinitionsAdded r) totals.merge("definitionsAdded", r.definitions().size(), Integer::sum);
                else if (f instanceof Fact.DefinitionsRemoved r) totals.merge("definitionsRemoved", r.definitions().size(), Integer::sum);
                else if (f instanceof Fact.PrivateDefinitionsRemoved r) totals.merge("definitionsRemoved", r.definitions().size(), Integer::sum);
                else if (f instanceof Fact.PrivateDefinitionsAdded r) totals.merge("definitionsAdded", r.definitions().size(), Integer::sum);
                else if (f instanceof Fact.TocEntriesAdded r) totals.merge("tocAdded", r.entries().size(), Integer::sum);
                else if (f instanceof Fact.TocEntriesRemoved r) totals.merge("tocRemoved", r.entries().size(), Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        totals.forEach((key, n) -> {
            if (n > 0) {
                parts.add(p.count("total." + key, n, n));
            }
        });
        if (!parts.isEmpty()) {
            return p.count("insights.totals", files.size(), files.size(), p.messages().join(parts));
        }
        // said only when true: prose rewritten or a section edited is more than line counts, though not totalled
        return facts.stream().flatMap(List::stream).allMatch(RangeSummary::lineCountsOnly)
                ? p.count("insights.noStructure", files.size(), files.size()) : "";
    }

    /** A fact that says no more than the Summary Table's status and line counts. */
    private static boolean lineCountsOnly(Fact f) {
        return f instanceof Fact.LinesChanged || f instanceof Fact.FileAdded || f instanceof Fact.FileRemoved
                || f instanceof Fact.FileMoved || f instanceof Fact.BinaryChanged || f instanceof Fact.EntryChanged
                || f instanceof Fact.FinalNewline || f instanceof Fact.LfsPointerChanged || f instanceof Fact.LineEndingsChanged || f instanceof Fact.StructureSkipped || f instanceof Fact.FromHunksOnly
                || f instanceof Fact.KeysNotCompared
                || f instanceof Fact.DataUnreadable || f instanceof Fact.MoreFacts || f instanceof Fact.MoreSectionsEdited;
    }

    /** "2 files were made executable: `a.sh` and `b.sh`." and those no longer executable, by their paths. */
    private List<String> modeChanges() {
        List<String> sentences = new ArrayList<>();
        for (io.diffpress.history.ModeChange way : List.of(io.diffpress.history.ModeChange.MADE_EXECUTABLE,
                io.diffpress.history.ModeChange.MADE_NOT_EXECUTABLE)) {
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < facts.size(); i++) {
                if (facts.get(i).stream().anyMatch(f -> f instanceof Fact.ModeChanged m && m.change() == way)) {
                    paths.add(files.get(i).path());
                }
            }
            if (!paths.isEmpty()) {
                String key = way == io.diffpress.history.ModeChange.MADE_EXECUTABLE ? "insights.madeExecutable" : "insights.madeNotExecutable";
                sentences.add(p.count(key, paths.size(), paths.size(), p.names(paths)));
            }
        }
        return sentences;
    }

    /** The file with the most changed lines, and its most edited section. */
    private java.util.Optional<String> largest() {
        int best = -1;
        // a file whose lines changed only in their layout (line endings, spacing, a paragraph reflowed) has many changed
        // lines and says nothing new: the largest change is one that does, when there is one (an audit)
        boolean anySaid = false;
        for (int i = 0; i < files.size() && !anySaid; i++) {
            anySaid = files.get(i).changes() > 0 && says(facts.get(i));
        }
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).changes() > 0 && (!anySaid || says(facts.get(i)))
                    && (best < 0 || files.get(i).changes() > files.get(best).changes())) {
                best = i;
            }
        }
        if (best < 0 || files.size() < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(sizeOf(best, "insights.largest"));
    }

    /** Whether a file's facts tell more than a new layout of its lines. */
    private static boolean says(List<Fact> facts) {
        for (Fact f : facts) {
            if (!f.context() && !(f instanceof Fact.LineEndingsChanged || f instanceof Fact.WhitespaceOnly
                    || f instanceof Fact.FinalNewline || f instanceof Fact.FormattingOnly)) {
                return true;
            }
        }
        return false;
    }

    /** The one changed file's line counts and most edited section, when there is one file with changed lines. */
    private java.util.Optional<String> only() {
        return files.size() == 1 && files.get(0).changes() > 0 ? java.util.Optional.of(sizeOf(0, "insights.only")) : java.util.Optional.empty();
    }

    /** The sentence {@code key} (or its ".section" form) on a file's line counts and its most edited section. */
    private String sizeOf(int best, String key) {
        FileChange f = files.get(best);
        String counts = p.count("fact.lines.added", f.additions(), f.additions()) + p.count("fact.lines.deleted", f.deletions(), f.deletions());
        Fact.SectionEdited top = null;
        for (Fact fact : facts.get(best)) {
            if (fact instanceof Fact.SectionEdited s && (top == null || s.added() + s.deleted() > top.added() + top.deleted())) {
                top = s;
            }
        }
        // a section is named only where half the changed lines are: "1 of those lines in `Supported models`" when a section
        // of six lines was removed beside it pointed at the smaller change (an audit)
        return top == null || 2 * (top.added() + top.deleted()) < f.additions() + f.deletions()
                ? p.get(key, p.code(f.path()), counts)
                : p.get(key + ".section", p.code(f.path()), counts, p.section(top.section()), top.added() + top.deleted());
    }

    /** Names (rows, items, code) that the changes of two or more files mention. */
    private List<String> sharedNames() {
        if (files.size() < 2) {
            return List.of(); // one file shares nothing
        }
        // most names are in one file: the first file of each name is kept alone, a set made only for a second
        Map<String, Integer> firstFile = new HashMap<>();
        Map<String, TreeSet<Integer>> filesByName = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            for (Fact f : facts.get(i)) {
                if (f instanceof Fact.FieldChanged || f instanceof Fact.FieldAdded || f instanceof Fact.FieldRemoved
                        || headingName(f)) {
                    continue;
                }
                for (String name : f.names()) {
                    if (!name.isBlank()) {
                        Integer first = firstFile.putIfAbsent(name, i);
                        if (first != null && first != i) {
                            TreeSet<Integer> set = filesByName.computeIfAbsent(name, k -> new TreeSet<>(List.of(first)));
                            set.add(i);
                        }
                    }
                }
            }
        }
        // group names mentioned by exactly the same files, in name order: "`codex-mini` and `o3-pro` appear in ..."
        List<String> shared = new ArrayList<>(filesByName.keySet());
        java.util.Collections.sort(shared);
        Map<TreeSet<Integer>, List<String>> byFiles = new LinkedHashMap<>();
        for (String name : shared) {
            byFiles.computeIfAbsent(filesByName.get(name), k -> new ArrayList<>()).add(name);
        }
        List<Map.Entry<TreeSet<Integer>, List<String>>> groups = new ArrayList<>(byFiles.entrySet());
        groups.sort(Comparator.<Map.Entry<TreeSet<Integer>, List<String>>>comparingInt(e -> -e.getKey().size())
                .thenComparing(e -> e.getValue().get(0)));
        List<String> out = new ArrayList<>();
        for (Map.Entry<TreeSet<Integer>, List<String>> g : groups.subList(0, Math.min(MAX_SHARED_NAMES, groups.size()))) {
            List<String> fileNames = g.getKey().stream().map(i -> called.get(i)).toList();
            out.add(p.count("insights.shared", g.getValue().size(), p.names(g.getValue(), 4), g.getKey().size(),
                    p.names(fileNames, 4)));
        }
        return out;
    }

    /**
     * Whether a fact names a heading: pages share headings by their template ("Prerequisites", "Overview", "Next steps"),
     * so two files that both touched one are no related changes (an audit found such pairs told as if they were).
     */
    private static boolean headingName(Fact f) {
        return f instanceof Fact.SectionAdded || f instanceof Fact.SectionRemoved || f instanceof Fact.SectionMoved
                || f instanceof Fact.SectionEdited || f instanceof Fact.HeadingAdded || f instanceof Fact.HeadingRemoved
                || f instanceof Fact.HeadingRenamed || f instanceof Fact.HeadingLevelChanged;
    }

    /** The files whose contents were missing from a partial clone, which are known by their status only. */
    private java.util.Optional<String> missing() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (facts.get(i).stream().anyMatch(f -> f instanceof Fact.ContentsMissing)) {
                names.add(called.get(i));
            }
        }
        return names.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(p.count("insights.missing", names.size(), names.size(), p.names(names, 4)));
    }

    /** Front matter fields changed, grouped by field across files. */
    private List<String> fieldChanges() {
        Map<String, List<String>> byKey = new TreeMap<>();
        Map<String, Fact.FieldChanged> example = new TreeMap<>();
        for (int i = 0; i < files.size(); i++) {
            for (Fact f : facts.get(i)) {
                if (f instanceof Fact.FieldChanged c && c.scope() == Fact.Scope.FRONT_MATTER) {
                    byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(called.get(i));
                    example.putIfAbsent(c.key(), c);
                }
            }
        }
        List<String> out = new ArrayList<>();
        byKey.forEach((key, names) -> {
            Fact.FieldChanged c = example.get(key);
            out.add(names.size() == 1
                    ? p.get("insights.field.one", p.code(key), p.code(names.get(0)), p.code(c.before()), p.code(c.after()))
                    : p.get("insights.field", p.code(key), names.size(), p.names(names, 4)));
        });
        return out;
    }
}
