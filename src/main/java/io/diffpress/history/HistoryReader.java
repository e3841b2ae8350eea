package io.diffpress.history;

import io.diffpress.DiffpressException;

import io.diffpress.config.RangesConfig;
import io.diffpress.config.RepositoryConfig;
import io.diffpress.config.SectionConfig;
import org.eclipse.jgit.lib.Repository;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history stage: opens the documented repository, plans compare ranges and computes
 * the changed files of each range per section. Close it when done.
 *
 * <pre>{@code
 * try (HistoryReader history = HistoryReader.open(repoConfig, zone, 5000)) {
 *     for (CompareRange range : history.plan(ranges)) {
 *         List<RangeChanges> perSection = history.changes(range, sections);
 *     }
 * }
 * }</pre>
 */
public final class HistoryReader implements AutoCloseable {

    private final Repository repository;
    private final RepositoryConfig config;
    private final RangePlanner planner;
    private final ChangeCollector collector;

    private HistoryReader(Repository repository, RepositoryConfig config, ZoneId zone, int maxDiffLines) {
        this.repository = repository;
        this.config = config;
        this.planner = new RangePlanner(repository, zone);
        this.collector = new ChangeCollector(repository, maxDiffLines, config.skipMissingObjects());
    }

    /** Opens and checks the repository; bad repositories fail with a DiffpressException of kind INPUT. */
    public static HistoryReader open(RepositoryConfig config, ZoneId zone, int maxDiffLines) {
        return open(config, zone, maxDiffLines, false);
    }

    /**
     * As {@link #open(RepositoryConfig, ZoneId, int)}, for comparing given commits only: a shallow clone is taken, as
     * long as it holds them; a range whose base is a merge base is refused there ({@link #plan(RangeSpec)}), since the
     * history that would find it may be cut off.
     */
    public static HistoryReader openForComparing(RepositoryConfig config, ZoneId zone, int maxDiffLines) {
        return open(config, zone, maxDiffLines, true);
    }

    private static HistoryReader open(RepositoryConfig config, ZoneId zone, int maxDiffLines, boolean shallowAllowed) {
        Repository repository;
        try {
            repository = RepositoryOpener.open(config.path(), shallowAllowed);
        } catch (DiffpressException e) {
            throw located(config.pathAt(), e);
        }
        HistoryReader reader = new HistoryReader(repository, config, zone, maxDiffLines);
        try {
            reader.planner.resolveBranch(config.branch());
        } catch (DiffpressException e) {
            repository.close();
            throw located(config.branchAt(), e);
        } catch (RuntimeException e) {
            repository.close();
            throw e;
        }
        return reader;
    }

    /** The error about a configured value, with where in site.yml the value is set. */
    private static DiffpressException located(String where, DiffpressException e) {
        return where.isEmpty() ? e : new DiffpressException(e.stage(), e.kind(), where + ": " + e.getMessage(), e);
    }

    /** The ranges of the configured strategy, oldest first. */
    public List<CompareRange> plan(RangesConfig ranges) {
        // a revision bound that names no commit is an error about a line of site.yml: said where
        ranges.since().filter(v -> !RangePlanner.ISO_DATE.matcher(v).matches()).ifPresent(v -> resolveAt(v, ranges.sinceAt()));
        ranges.until().filter(v -> !RangePlanner.ISO_DATE.matcher(v).matches()).ifPresent(v -> resolveAt(v, ranges.untilAt()));
        return planner.plan(config.branch(), ranges);
    }

    private void resolveAt(String revision, String where) {
        try {
            planner.resolve(revision);
        } catch (DiffpressException e) {
            throw located(where, e);
        }
    }

    /** One explicit range ({@code BASE...HEAD} or {@code BASE..HEAD}). */
    public CompareRange plan(RangeSpec spec) {
        if (spec.mergeBase() && planner.shallow()) {
            throw DiffpressException.input(io.diffpress.Stage.HISTORY, "range " + spec.base() + "..." + spec.head()
                    + " compares from the merge base, which this shallow clone may have cut off; compare the two commits"
                    + " (" + spec.base() + ".." + spec.head() + ") or fetch the full history (git fetch --unshallow)");
        }
        return planner.explicit(spec);
    }

    /** All changed files of a range, unfiltered, sorted by path. */
    public List<FileChange> changes(CompareRange range) {
        return collector.changes(range.base(), range.head());
    }

    /**
     * The changed files of a range per section, with the range's commits that changed one of them; sections without
     * changes are left out.
     */
    public List<RangeChanges> changes(CompareRange range, List<SectionConfig> sections) {
        List<FileChange> all = changes(range);
        List<RangeChanges> result = new ArrayList<>();
        List<java.util.Set<String>> touched = null; // per commit of the range, the changed paths it changed itself
        java.util.Set<String> allPaths = paths(all);
        // one section with changes (the usual case) asks only whether each commit changed any of them: a shorter walk
        boolean oneSection = sections.stream().filter(s -> all.stream().anyMatch(f -> inSection(s, f))).limit(2).count() < 2;
        for (SectionConfig section : sections) {
            List<FileChange> files = all.stream().filter(f -> inSection(section, f)).toList();
            if (files.isEmpty()) {
                continue;
            }
            List<CommitInfo> commits = range.commits();
            java.util.Set<String> own = paths(files);
            // Only the commits that changed one of the section's files, found by a walk of each commit's tree against its
            // first parent's, limited to the range's changed paths: a commit that changed none of them (empty, a merge
            // that kept one side, a change undone later in the range, another section's file) belongs to no report.
            // Even a section with every changed file of the range walks them (an audit found a report listing another
            // section's changed-and-reverted commits where a shortcut had kept every commit).
            if (commits.size() > 1) {
                if (touched == null) {
                    touched = collector.pathsChangedByEach(commits.stream().map(CommitInfo::sha).toList(),
                            oneSection ? own : allPaths, oneSection);
                }
                List<CommitInfo> sectionCommits = new ArrayList<>();
                for (int i = 0; i < commits.size(); i++) {
                    if (touched.get(i).stream().anyMatch(own::contains)) {
                        sectionCommits.add(commits.get(i));
                    }
                }
                // a section's changes come from some commit of the range; should none show (a history the walk cannot
                // tell), all of them are listed rather than none
                commits = sectionCommits.isEmpty() ? commits : sectionCommits;
            }
            result.add(new RangeChanges(range, section.name(), files, commits));
        }
        return result;
    }

    /** The paths of the changes, old paths of renames and copies too. */
    private static java.util.Set<String> paths(List<FileChange> changes) {
        java.util.Set<String> paths = new java.util.TreeSet<>();
        for (FileChange f : changes) {
            paths.add(f.path());
            f.oldPath().ifPresent(paths::add);
        }
        return paths;
    }

    /**
     * Whether a report written for the range {@code writtenKey} ("fc0b900...fb526ea") still tells all of {@code section}'s
     * changes in {@code range}: the same base, and no file of the section changed from the old head to the new one (the
     * day gained only commits to other files, such as the portal's own content/ committed after a hand edit). False
     * when the old head is not known here (rewritten by a force push) or the key is not one of ours.
     */
    public boolean sameSectionChanges(String writtenKey, CompareRange range, SectionConfig section) {
        String start = range.keyStart(); // the same base, compared the same way (two dots are no start of three)
        if (!writtenKey.startsWith(start) || writtenKey.startsWith(".", start.length())) {
            return false;
        }
        try (org.eclipse.jgit.lib.ObjectReader reader = repository.newObjectReader()) {
            java.util.Collection<org.eclipse.jgit.lib.ObjectId> found =
                    reader.resolve(org.eclipse.jgit.lib.AbbreviatedObjectId.fromString(writtenKey.substring(start.length())));
            if (found.size() != 1) {
                return false;
            }
            List<String> paths = collector.changedPaths(Optional.of(found.iterator().next().name()), range.head());
            return paths.stream().noneMatch(section::matches);
        } catch (java.io.IOException | IllegalArgumentException | DiffpressException e) {
            return false; // not a commit of this repository any more: the report is behind, as the caller says
        }
    }

    /**
     * The names of the sections that have changes in a range, found from the changed paths alone
     * (no file is read), in the order of {@code sections}. A renamed file touches the sections of
     * its old and its new path, as in {@link #changes(CompareRange, List)}, so both give the same sections.
     */
    public List<String> touchedSections(CompareRange range, List<SectionConfig> sections) {
        List<String> paths = collector.changedPaths(range.base(), range.head());
        return sections.stream().filter(s -> paths.stream().anyMatch(s::matches)).map(SectionConfig::name).toList();
    }

    /**
     * What the files at the head of the branch say of the sections' globs: the sections none of them belongs to, and
     * the include globs that match none of them (a typo in one glob of several).
     */
    public record GlobCheck(List<String> sectionsWithoutFiles, java.util.Map<String, List<String>> includesWithoutFiles) {
    }

    /**
     * Checks the sections' globs against the files at the head of the configured branch, so that a mistyped glob is
     * told instead of leaving its section, or part of it, without reports. One walk over the head's tree, ended once
     * every section and every include glob has a file.
     */
    public GlobCheck checkGlobs(List<SectionConfig> sections) {
        List<SectionConfig> empty = new ArrayList<>(sections);
        java.util.Map<String, List<String>> unmatched = new java.util.LinkedHashMap<>();
        sections.forEach(s -> unmatched.put(s.name(), new ArrayList<>(s.include())));
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repository);
             org.eclipse.jgit.treewalk.TreeWalk tree = new org.eclipse.jgit.treewalk.TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(planner.resolveBranch(config.branch())).getTree());
            tree.setRecursive(true);
            int left = sections.stream().mapToInt(s -> s.include().size()).sum();
            while ((left > 0 || !empty.isEmpty()) && tree.next()) {
                String path = GitPaths.of(tree);
                empty.removeIf(s -> s.matches(path));
                for (List<String> globs : unmatched.values()) {
                    int before = globs.size();
                    globs.removeIf(g -> SectionConfig.globMatches(g, path));
                    left -= before - globs.size();
                }
            }
        } catch (java.io.IOException e) {
            return new GlobCheck(List.of(), java.util.Map.of()); // a tree the clone lacks: nothing to tell about the globs
        }
        List<String> emptyNames = empty.stream().map(SectionConfig::name).toList();
        unmatched.keySet().removeAll(emptyNames); // told as a whole
        unmatched.values().removeIf(List::isEmpty);
        return new GlobCheck(emptyNames, unmatched);
    }

    private static boolean inSection(SectionConfig section, FileChange change) {
        return section.matches(change.path()) || change.oldPath().map(section::matches).orElse(false);
    }

    /**
     * The compare view URL of a range, when the repository has a compareUrl template. A range from the start of
     * history has no commit to compare with (web compare views refuse git's empty tree): it gets the page of the
     * files at its head on a known host (GitHub, GitLab, Azure DevOps), and no link elsewhere.
     */
    public Optional<String> compareUrl(CompareRange range) {
        return range.base().isPresent() ? config.compareUrl(range.base().get(), range.head(), baseIsAncestor(range))
                : config.treeUrl(range.head());
    }

    /** Whether the range's base is an ancestor of its head (always on a first-parent line; not always for tags). */
    private boolean baseIsAncestor(CompareRange range) {
        if (range.unrelated()) {
            return false;
        }
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repository)) {
            org.eclipse.jgit.revwalk.RevCommit head = walk.parseCommit(org.eclipse.jgit.lib.ObjectId.fromString(range.head()));
            org.eclipse.jgit.revwalk.RevCommit base = walk.parseCommit(org.eclipse.jgit.lib.ObjectId.fromString(range.base().orElseThrow()));
            // a base that is the head's first parent, as on every daily range, is told without a walk
            return head.getParentCount() > 0 && head.getParent(0).equals(base) || walk.isMergedInto(base, head);
        } catch (java.io.IOException e) {
            return true; // the template as written
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
