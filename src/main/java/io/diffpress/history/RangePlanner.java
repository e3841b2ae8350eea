package io.diffpress.history;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the first-parent history of a branch into compare ranges: one per calendar day
 * with commits, in the site's time zone. A range's base is the previous range's head,
 * so consecutive reports cover the history without gaps or overlaps.
 */
final class RangePlanner {

    private static final Pattern PULL_REQUEST = Pattern.compile("^Merge pull request #(\\d+)\\b");

    private final Repository repository;
    private final ZoneId zone;

    RangePlanner(Repository repository, ZoneId zone) {
        this.repository = repository;
        this.zone = zone;
    }

    /** Daily ranges of {@code branch}, oldest first, limited to days within [since, until] when given. */
    List<CompareRange> daily(String branch, Optional<LocalDate> since, Optional<LocalDate> until) {
        ObjectId tip = resolve(branch);
        List<RevCommit> line = firstParentLine(tip);
        List<CompareRange> ranges = new ArrayList<>();
        Optional<String> base = Optional.empty();
        if (!line.isEmpty() && line.get(0).getParentCount() > 0) {
            base = Optional.of(line.get(0).getParent(0).name());
        }
        int start = 0;
        while (start < line.size()) {
            LocalDate day = day(line.get(start));
            int end = start + 1;
            // A commit dated on or before the group's day (clock skew, rebases) stays in the group:
            // ranges must stay contiguous along the first-parent line.
            while (end < line.size() && !day(line.get(end)).isAfter(day)) {
                end++;
            }
            RevCommit head = line.get(end - 1);
            LocalDate headDay = day(head).isAfter(day) ? day(head) : day;
            boolean inside = since.map(s -> !headDay.isBefore(s)).orElse(true)
                    && until.map(u -> !headDay.isAfter(u)).orElse(true);
            if (inside) {
                ranges.add(new CompareRange(base, head.name(), headDay, commits(line.subList(start, end))));
            }
            base = Optional.of(head.name());
            start = end;
        }
        return ranges;
    }

    /** One explicit range; with {@code mergeBase} the base is the merge base of the two commits. */
    CompareRange explicit(RangeSpec spec) {
        ObjectId base = resolve(spec.base());
        ObjectId head = resolve(spec.head());
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit headCommit = walk.parseCommit(head);
            RevCommit baseCommit = walk.parseCommit(base);
            Optional<String> effectiveBase = Optional.of(baseCommit.name());
            if (spec.mergeBase()) {
                walk.setRevFilter(RevFilter.MERGE_BASE);
                walk.markStart(headCommit);
                walk.markStart(baseCommit);
                RevCommit mb = walk.next();
                // Unrelated histories have no merge base: compare the two trees directly.
                effectiveBase = Optional.of(mb == null ? baseCommit.name() : mb.name());
                walk.reset();
                walk.setRevFilter(RevFilter.ALL);
            }
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(head));
            walk.markUninteresting(walk.parseCommit(ObjectId.fromString(effectiveBase.get())));
            List<RevCommit> between = new ArrayList<>();
            for (RevCommit c : walk) {
                between.add(c);
            }
            Collections.reverse(between);
            LocalDate day = Instant.ofEpochSecond(headCommit.getCommitTime()).atZone(zone).toLocalDate();
            return new CompareRange(effectiveBase, headCommit.name(), day, commits(between));
        } catch (IOException e) {
            throw DiffpressException.input(Stage.HISTORY, "cannot walk the range " + spec.base() + (spec.mergeBase() ? "..." : "..")
                    + spec.head() + ": " + e.getMessage());
        }
    }

    ObjectId resolve(String revision) {
        try {
            ObjectId id = repository.resolve(revision + "^{commit}");
            if (id == null && !revision.startsWith("refs/")) {
                // "origin/main" style names of remote-tracking branches.
                id = repository.resolve("refs/remotes/" + revision + "^{commit}");
            }
            if (id == null) {
                throw DiffpressException.input(Stage.HISTORY, "'" + revision + "' names no commit in " + where());
            }
            return id;
        } catch (MissingObjectException e) {
            throw DiffpressException.input(Stage.HISTORY, "'" + revision + "' points to a missing object " + e.getObjectId().name() + " in " + where());
        } catch (IOException | RuntimeException e) {
            if (e instanceof DiffpressException d) {
                throw d;
            }
            throw DiffpressException.input(Stage.HISTORY, "'" + revision + "' is not a valid revision in " + where() + ": " + e.getMessage());
        }
    }

    private String where() {
        return repository.isBare() ? repository.getDirectory().toString() : repository.getWorkTree().toString();
    }

    private List<RevCommit> firstParentLine(ObjectId tip) {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setFirstParent(true);
            walk.setRetainBody(true);
            walk.markStart(walk.parseCommit(tip));
            List<RevCommit> line = new ArrayList<>();
            for (RevCommit c : walk) {
                line.add(c);
            }
            Collections.reverse(line);
            return line;
        } catch (MissingObjectException e) {
            throw DiffpressException.input(Stage.HISTORY, "the history is incomplete: commit " + e.getObjectId().name()
                    + " is missing (a shallow or partial clone? fetch the full history)");
        } catch (IOException e) {
            throw DiffpressException.input(Stage.HISTORY, "cannot walk the history: " + e.getMessage());
        }
    }

    private LocalDate day(RevCommit commit) {
        return Instant.ofEpochSecond(commit.getCommitTime()).atZone(zone).toLocalDate();
    }

    private static List<CommitInfo> commits(List<RevCommit> commits) {
        List<CommitInfo> infos = new ArrayList<>(commits.size());
        for (RevCommit c : commits) {
            String subject = c.getShortMessage();
            Matcher pr = PULL_REQUEST.matcher(subject);
            infos.add(new CommitInfo(c.name(), subject, c.getAuthorIdent().getName(),
                    Instant.ofEpochSecond(c.getCommitTime()), pr.find() ? Integer.parseInt(pr.group(1)) : 0));
        }
        return infos;
    }
}
