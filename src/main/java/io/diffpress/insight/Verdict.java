package io.diffpress.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The modification type of a file and the fact that decided it. The type is the most severe
 * impact among the file's facts: breaking change, then new feature, then bug fix, then minor
 * update (see docs/insight-rules.md). The deciding fact is the first fact with that impact, but for a front matter field
 * when another fact has it too: {@code ms.date} changes with nearly every edit of a page, and must not name an edit
 * whose text changed as well.
 */
record Verdict(ChangeType type, Optional<Fact> reason) {

    /** Severity order, most severe first. */
    static final List<ChangeType> SEVERITY = List.of(
            ChangeType.BREAKING_CHANGE, ChangeType.NEW_FEATURE, ChangeType.BUG_FIX, ChangeType.MINOR_UPDATE);

    /** Facts listed in one explanation; the rest are counted in one closing sentence. */
    static final int MAX_LISTED = 20;
    static final int MAX_SECTION_COUNTS = 6;

    /** The most severe impact of a fact that is not context, and the first fact with it (one pass over the facts). */
    static Verdict of(List<Fact> facts) {
        Fact reason = null;
        int rank = SEVERITY.size();
        for (Fact f : facts) {
            if (!f.context()) {
                int r = severity(f.impact());
                if (r < rank || r == rank && incidental(reason) && !incidental(f)) {
                    rank = r;
                    reason = f;
                }
            }
        }
        return reason == null ? new Verdict(ChangeType.MINOR_UPDATE, Optional.empty()) : new Verdict(SEVERITY.get(rank), Optional.of(reason));
    }

    /**
     * A fact that names a change only when nothing else of its type does: a front matter field (a date), or the line
     * endings or final newline (a CRLF conversion with one word changed was titled by its line endings, an audit).
     */
    private static boolean incidental(Fact f) {
        return frontMatterField(f) || f instanceof Fact.LineEndingsChanged || f instanceof Fact.FinalNewline;
    }

    private static boolean frontMatterField(Fact f) {
        // a landing page's metadata.ms.date is its front matter too, written as data
        return f instanceof Fact.FieldChanged c && (c.scope() == Fact.Scope.FRONT_MATTER || c.key().endsWith("ms.date"))
                || f instanceof Fact.FieldAdded a && a.scope() == Fact.Scope.FRONT_MATTER
                || f instanceof Fact.FieldRemoved r && r.scope() == Fact.Scope.FRONT_MATTER;
    }

    static int severity(ChangeType type) {
        return RANKS[type.ordinal()];
    }

    /** Each type's index in SEVERITY, by ordinal: asked for every fact of every file. */
    private static final int[] RANKS = new int[ChangeType.values().length];

    static {
        for (int i = 0; i < SEVERITY.size(); i++) {
            RANKS[SEVERITY.get(i).ordinal()] = i;
        }
    }

    /**
     * The facts in the order an explanation states them (what happened to the file, counts,
     * then changes from most to least severe, then per-section line counts) and cut to
     * {@link #MAX_LISTED}. Decided on all facts before cutting, so the cut never changes the type.
     */
    static List<Fact> forReading(List<Fact> facts) {
        // each fact's rank found once, and sorted with its index: the order is stable, file order within a rank
        long[] order = new long[facts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = (long) rank(facts.get(i)) << 32 | i;
        }
        Arrays.sort(order);
        List<Fact> out = new ArrayList<>(Math.min(order.length, MAX_LISTED + MAX_SECTION_COUNTS + 8));
        java.util.Set<Fact> sectionsKept = mostEditedSections(facts);
        int listed = 0;
        int sectionsLeft = 0;
        int dropped = 0;
        for (long o : order) {
            Fact f = facts.get((int) o);
            if (f instanceof Fact.SectionEdited) {
                if (sectionsKept.contains(f)) {
                    out.add(f);
                } else {
                    sectionsLeft++;
                }
            } else if (f.context() || o >>> 32 == 0) {
                out.add(f);
            } else if (listed++ < MAX_LISTED) {
                out.add(f);
            } else {
                dropped++;
            }
        }
        if (sectionsLeft > 0) {
            out.add(new Fact.MoreSectionsEdited(sectionsLeft));
        }
        if (dropped > 0) {
            out.add(new Fact.MoreFacts(dropped));
        }
        return out;
    }

    /** The {@link #MAX_SECTION_COUNTS} sections with the most changed lines (the first ones on a tie), told in page order. */
    private static java.util.Set<Fact> mostEditedSections(List<Fact> facts) {
        List<Fact.SectionEdited> sections = new ArrayList<>();
        for (Fact f : facts) {
            if (f instanceof Fact.SectionEdited e) {
                sections.add(e);
            }
        }
        java.util.Set<Fact> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        sections.stream().sorted(java.util.Comparator.comparingInt((Fact.SectionEdited e) -> -(e.added() + e.deleted())))
                .limit(MAX_SECTION_COUNTS).forEach(kept::add);
        return kept;
    }

    private static int rank(Fact f) {
        if (f instanceof Fact.FileAdded || f instanceof Fact.FileRemoved || f instanceof Fact.FileMoved
                || f instanceof Fact.BinaryChanged || f instanceof Fact.EntryChanged || f instanceof Fact.ContentsMissing
                || f instanceof Fact.ModeChanged) { // the file's own facts: never the first cut when many are listed
            return 0;
        }
        if (f instanceof Fact.SectionEdited) {
            return 6;
        }
        if (f.context()) {
            return 1;
        }
        return 2 + severity(f.impact());
    }
}
