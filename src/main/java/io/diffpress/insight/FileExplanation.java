package io.diffpress.insight;

import io.diffpress.history.FileChange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The title and Explanation paragraphs of one file, written from its facts. */
final class FileExplanation {

    /** Titles longer than this fall back to "type: file". */
    static final int MAX_TITLE = 100;
    private static final int MAX_FILE_NAME = 40;

    private FileExplanation() {
    }

    /** The message keys of each type's word and each deciding fact's rule, made once rather than per file. */
    private static final Map<ChangeType, String> TYPE_KEYS = new EnumMap<>(ChangeType.class);
    private static final ClassValue<String> RULE_KEYS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return "rule." + type.getSimpleName();
        }
    };

    static {
        for (ChangeType t : ChangeType.values()) {
            TYPE_KEYS.put(t, "type." + t.name());
        }
    }

    /** The rule of a deciding fact: a data file's key has its own ("rule.FieldAdded.data"), front matter the plain one. */
    private static String ruleKey(Fact f) {
        String key = RULE_KEYS.get(f.getClass());
        boolean data = f instanceof Fact.FieldAdded a && a.scope() == Fact.Scope.DATA
                || f instanceof Fact.FieldRemoved r && r.scope() == Fact.Scope.DATA
                || f instanceof Fact.FieldChanged c && c.scope() == Fact.Scope.DATA;
        // a fact whose type depends on its values has a rule for each, so the reason given never names another type
        if (f instanceof Fact.CellChecked c && !c.checked()) {
            return key + ".cleared";
        }
        if (f instanceof Fact.CodeValuesChanged v && Fact.CodeValuesChanged.versionsOnly(v.values())) {
            return key + ".versions";
        }
        if (f instanceof Fact.RowsMoved m && m.retired()) {
            return key + ".retired";
        }
        if (f instanceof Fact.FileMoved m && m.copied()) {
            return key + ".copied";
        }
        if (f instanceof Fact.FileAdded a && !a.kind().equals("file") || f instanceof Fact.FileRemoved r && !r.kind().equals("file")) {
            return key + ".entry"; // a submodule or a symbolic link: an entry, not a file
        }
        if (f instanceof Fact.BinaryChanged b && !b.status().equals("replaced")) {
            return key + "." + b.status(); // a rule per status: the reason never names another type
        }
        if (f instanceof Fact.DataUnreadable u && u.oldVersion() != u.newVersion()) {
            return key + (u.newVersion() ? ".broken" : ".repaired");
        }
        if (f instanceof Fact.FrontMatterValidity v && !v.validNow()) {
            return key + ".broken";
        }
        if (f instanceof Fact.FenceFlipped flip && !flip.openNow()) {
            return key + ".closed";
        }
        if (f instanceof Fact.TextRewritten r && r.corrected().isPresent()) {
            return key + ".value";
        }
        if (f instanceof Fact.TypeDeclarationChanged t && !t.narrowed()) {
            return key + ".widened";
        }
        if (f instanceof Fact.RowChanged r && r.onlyAdded()) {
            return key + ".added";
        }
        if (f instanceof Fact.ConditionalRemoved c && c.left() > 0 || f instanceof Fact.IncludeRemoved i && i.left() > 0
                || f instanceof Fact.CodeSampleRemoved s && s.left() > 0) {
            return key + ".some";
        }
        return data ? key + ".data" : key;
    }

    static String title(Phrasing p, FileChange change, Verdict verdict) {
        return title(p, change, verdict, List.of());
    }

    /** {@link #title(Phrasing, FileChange, Verdict)}, naming the deciding fact's siblings among {@code facts} too. */
    static String title(Phrasing p, FileChange change, Verdict verdict, List<Fact> facts) {
        String file = p.code(shortName(change.fileName()));
        // the terser phrasing is tried only when the first title is too long
        String lead = siblings(p, verdict, facts, file).orElseGet(() -> lead(p, p, verdict, file));
        if (lead.length() > MAX_TITLE) {
            lead = siblings(p.terser(), verdict, facts, file).orElseGet(() -> lead(p.terser(), p, verdict, file));
        }
        if (lead.length() <= MAX_TITLE) {
            return lead;
        }
        return p.get("title.generic", p.get(TYPE_KEYS.get(verdict.type())), file);
    }

    /**
     * Entries or keys added to (or removed from) a data file, named together when the deciding one has siblings of its
     * kind: "Added `…/quotas.md` and `…/regions.md` to `.openpublishing.redirection.json`" (an audit found the title
     * naming the first of two, as if it were the only one).
     */
    private static Optional<String> siblings(Phrasing p, Verdict verdict, List<Fact> facts, String file) {
        Fact reason = verdict.reason().orElse(null);
        List<String> names = new ArrayList<>();
        String key = null;
        for (Fact f : facts) {
            if (reason instanceof Fact.DataElementAdded a && f instanceof Fact.DataElementAdded b && a.list().equals(b.list())) {
                names.add(b.element());
                key = "title.elementAdded";
            } else if (reason instanceof Fact.DataElementRemoved a && f instanceof Fact.DataElementRemoved b && a.list().equals(b.list())) {
                names.add(b.element());
                key = "title.elementRemoved";
            } else if (reason instanceof Fact.FieldAdded a && a.scope() == Fact.Scope.DATA && f instanceof Fact.FieldAdded b
                    && b.scope() == Fact.Scope.DATA) {
                names.add(b.key());
                key = "title.keysAdded";
            } else if (reason instanceof Fact.FieldRemoved a && a.scope() == Fact.Scope.DATA && f instanceof Fact.FieldRemoved b
                    && b.scope() == Fact.Scope.DATA) {
                names.add(b.key());
                key = "title.keysRemoved";
            }
        }
        if (names.size() < 2) {
            return Optional.empty();
        }
        String shown = key.startsWith("title.keys") ? p.briefKeys(names) : p.brief(names);
        return Optional.of(p.get(key, shown, file));
    }

    /** The deciding fact's title in phrasing, else "updated" (written only then). */
    private static String lead(Phrasing phrasing, Phrasing p, Verdict verdict, String file) {
        return verdict.reason().flatMap(f -> f.title(phrasing, file)).orElseGet(() -> p.get("title.updated", file));
    }

    /** A fact that says the file's structure was not compared at all: then no change of it was "found" either. */
    /**
     * Whether a file of this name is read as lines alone (XML, CSS, templates, a language without definition patterns):
     * "no change of structure was found" would claim a comparison never made (an audit, of a pom.xml that gained three
     * dependencies).
     */
    static boolean readAsLines(String path) {
        FileFormat format = FileFormat.of(path);
        return format == FileFormat.TEXT || format == FileFormat.SOURCE && !SourceDefinitions.reads(FileFormat.language(path));
    }

    private static boolean structureUnread(Fact f) {
        return f instanceof Fact.StructureSkipped || f instanceof Fact.KeysNotCompared;
    }

    /**
     * Paragraphs: what happened to the file and its counts; additions and removals; fixes and
     * smaller edits; lines per section; the type and the rule that gave it. sentences holds
     * the sentence of each shown fact, already written for the fact lines.
     */
    static String text(Phrasing p, FileChange change, Verdict verdict, List<Fact> shown, List<String> sentences) {
        List<String> opening = new ArrayList<>();
        List<String> major = new ArrayList<>();
        List<String> minor = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        boolean statusStated = false;
        for (int i = 0; i < shown.size(); i++) {
            Fact f = shown.get(i);
            String sentence = sentences.get(i);
            if (f instanceof Fact.FileAdded || f instanceof Fact.FileRemoved || f instanceof Fact.FileMoved) {
                statusStated = true;
                opening.add(sentence);
            } else if (f instanceof Fact.SectionEdited || f instanceof Fact.MoreSectionsEdited) {
                sections.add(sentence);
            } else if (f.context() && !(f instanceof Fact.MoreFacts)) {
                opening.add(sentence);
            } else if (!f.context() && (f.impact() == ChangeType.BREAKING_CHANGE || f.impact() == ChangeType.NEW_FEATURE)) {
                major.add(sentence);
            } else {
                minor.add(sentence);
            }
        }
        if (!statusStated) {
            opening.add(0, p.get("explain.modified", p.code(change.path())));
        }
        String typeWord = p.get(TYPE_KEYS.get(verdict.type()));
        String closing = verdict.reason()
                .map(f -> p.get("explain.verdict", typeWord, p.get(ruleKey(f))))
                .orElseGet(() -> p.get(shown.stream().anyMatch(FileExplanation::structureUnread) ? "explain.verdict.unread"
                        : readAsLines(change.path()) ? "explain.verdict.lines" : "explain.verdict.none", typeWord));
        List<String> paragraphs = new ArrayList<>();
        for (List<String> group : List.of(opening, major, minor, sections, List.of(closing))) {
            if (!group.isEmpty()) {
                paragraphs.add(String.join(p.get("sentence.separator"), group));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static String shortName(String name) {
        return name.length() <= MAX_FILE_NAME ? name : name.substring(0, MAX_FILE_NAME - 1) + "…";
    }
}
