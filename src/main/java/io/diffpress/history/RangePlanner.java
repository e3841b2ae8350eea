package io.diffpress.history;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import io.diffpress.config.RangesConfig;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts history into compare ranges. Calendar strategies (daily, weekly, monthly) and the
 * commits strategy follow the first-parent line of the branch, each range's base being the
 * previous range's head, so consecutive reports cover the history without gaps or overlaps.
 * The tags strategy compares consecutive tags; explicit ranges are taken as written.
 */
final class RangePlanner {

    private static final Pattern PULL_REQUEST = Pattern.compile("^Merge pull request #(\\d+)\\b");
    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Repository repository;
    private final ZoneId zone;

    RangePlanner(Repository repository, ZoneId zone) {
        this.repository = repository;
        this.zone = zone;
    }

    /** The ranges of a strategy on {@code branch}, oldest first. */
    List<CompareRange> plan(String branch, RangesConfig config) {
        Optional<LocalDate> sinceDate = config.since().filter(v -> ISO_DATE.matcher(v).matches()).map(LocalDate::parse);
        Optional<LocalDate> untilDate = config.until().filter(v -> ISO_DATE.matcher(v).matches()).map(LocalDate::parse);
        Optional<ObjectId> sinceRev = config.since().filter(v -> !ISO_DATE.matcher(v).matches()).map(this::resolve);
        Optional<ObjectId> untilRev = config.until().filter(v -> !ISO_DATE.matcher(v).matches()).map(this::resolve);
        ObjectId tip = untilRev.orElseGet(() -> resolveBranch(branch));
        List<CompareRange> ranges = switch (config.strategy()) {
            case "weekly" -> periods(tip, sinceRev, d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    d -> String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            case "monthly" -> periods(tip, sinceRev, d -> d.withDayOfMonth(1), d -> d.toString().substring(0, 7));
            case "commits" -> perCommit(tip, sinceRev);
            case "tags" -> tags(config.tags(), config.fromRoot());
            case "explicit" -> java.util.stream.IntStream.range(0, config.list().size()).mapToObj(i -> listed(config, i)).toList();
            default -> periods(tip, sinceRev, d -> d, LocalDate::toString);
        };
        ranges = distinctLabels(ranges);
        // Revision bounds mean the same for every strategy: a range is kept when its head is not
        // reachable from since and is reachable from until. The first-parent walks cut there
        // already; tags and explicit ranges are checked here.
        boolean walked = !config.strategy().equals("tags") && !config.strategy().equals("explicit");
        return ranges.stream()
                .filter(r -> walked || sinceRev.map(s -> !reachable(r.head(), s)).orElse(true))
                .filter(r -> walked || untilRev.map(u -> reachable(r.head(), u)).orElse(true))
                .filter(r -> sinceDate.map(s -> !r.date().isBefore(s)).orElse(true))
                .filter(r -> untilDate.map(u -> !r.date().isAfter(u)).orElse(true))
                .toList();
    }

    /**
     * Each range's label names its report file, so no two ranges may share one (two merges of pull request #7, tags
     * {@code release/2} and {@code release-2}, {@code a&b} and {@code a-b}): a file name taken already, ignoring case
     * as some file systems do, gets "-2", "-3", … in history order. Dates since/until cut later, so they change no
     * label; a revision since cuts the walk itself, so the commits strategy numbers a pull request merged twice from
     * there. The same range listed twice is planned once.
     */
    static List<CompareRange> distinctLabels(List<CompareRange> ranges) {
        // told apart as the report files are named (CompareRange.fileLabel): "a&b" and "a-b" are one file
        java.util.Map<String, String> keyOfFile = new java.util.HashMap<>();
        List<CompareRange> out = new ArrayList<>(ranges.size());
        for (CompareRange r : ranges) {
            String taken = keyOfFile.get(r.fileLabel().toLowerCase(java.util.Locale.ROOT));
            if (taken != null && taken.equals(r.key())) {
                continue;
            }
            CompareRange named = r;
            for (int n = 2; taken != null; n++) {
                named = new CompareRange(r.base(), r.head(), r.date(), r.commits(), r.fileLabel() + "-" + n, r.unrelated(), r.twoDot());
                taken = keyOfFile.get(named.fileLabel().toLowerCase(java.util.Locale.ROOT));
            }
            keyOfFile.put(named.fileLabel().toLowerCase(java.util.Locale.ROOT), r.key());
            out.add(named);
        }
        return out;
    }

    /** Consecutive first-parent commits of one calendar period become one range. */
    private List<CompareRange> periods(ObjectId tip, Optional<ObjectId> since, Function<LocalDate, LocalDate> period,
                                       Function<LocalDate, String> label) {
        List<RevCommit> line = firstParentLine(tip, since);
        List<LocalDate> days = daysInOrder(line);
        List<CompareRange> ranges = new ArrayList<>();
        Optional<String> base = baseOf(line);
        int start = 0;
        while (start < line.size()) {
            LocalDate key = period.apply(days.get(start));
            int end = start + 1;
            while (end < line.size() && !period.apply(days.get(end)).isAfter(key)) {
                end++;
            }
            RevCommit head = line.get(end - 1);
            LocalDate date = days.get(end - 1);
            ranges.add(new CompareRange(base, head.name(), date, commits(line.subList(start, end)), label.apply(key), false));
            base = Optional.of(head.name());
            start = end;
        }
        return ranges;
    }

    /** One range per first-parent commit; merged pull requests are named after their number. */
    private List<CompareRange> perCommit(ObjectId tip, Optional<ObjectId> since) {
        List<RevCommit> line = firstParentLine(tip, since);
        List<LocalDate> days = daysInOrder(line); // a wrong clock gives no report a date years away
        List<CompareRange> ranges = new ArrayList<>();
        Optional<String> base = baseOf(line);
        for (int i = 0; i < line.size(); i++) {
            RevCommit c = line.get(i);
            CommitInfo info = commits(List.of(c)).get(0);
            String label = info.pullRequest() > 0 ? "pr-" + info.pullRequest() : days.get(i) + "-" + c.name().substring(0, 7);
            ranges.add(new CompareRange(base, c.name(), days.get(i), List.of(info), label, false));
            base = Optional.of(c.name());
        }
        return ranges;
    }

    /** Ranges between consecutive tags matching the glob, ordered by the tagged commit's date. */
    private List<CompareRange> tags(String glob, boolean fromRoot) {
        Pattern pattern = Pattern.compile(globToRegex(glob));
        record Tag(String name, RevCommit commit) {
        }
        List<Tag> tags = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix("refs/tags/")) {
                String name = ref.getName().substring("refs/tags/".length());
                if (!pattern.matcher(name).matches()) {
                    continue;
                }
                RevObject target = walk.peel(walk.parseAny(ref.getObjectId()));
                if (target instanceof RevCommit commit) {
                    walk.parseHeaders(commit);
                    tags.add(new Tag(name, commit));
                }
            }
        } catch (IOException e) {
            throw DiffpressException.input(Stage.HISTORY, "cannot read the tags: " + e.getMessage());
        }
        tags.sort(Comparator.comparing((Tag t) -> committed(t.commit())).thenComparing(Tag::name));
        List<CompareRange> ranges = new ArrayList<>();
        for (int i = fromRoot ? 0 : 1; i < tags.size(); i++) {
            Tag head = tags.get(i);
            Optional<Tag> base = i == 0 ? Optional.empty() : Optional.of(tags.get(i - 1));
            CompareRange between = between(base.map(b -> b.commit().name()), head.commit().name(), false);
            // as earlier versions named them, so that the reports of a portal keep their files
            String safe = CompareRange.safe(head.name());
            ranges.add(new CompareRange(between.base(), between.head(), between.date(), between.commits(),
                    safe.isEmpty() ? "tag" : safe, between.unrelated()));
            // (a tag's key keeps its three dots even when the tag before is no ancestor, as reports written before
            // the two-dot key have it: a new key would rewrite every such report once, and warn of each edited one)
        }
        return ranges;
    }

    private static final String ROOT = "root";

    /** Whether the revision names a commit. */
    private boolean names(String revision) {
        try {
            return repository.resolve(revision + "^{commit}") != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Entry {@code i} of ranges.list; an entry that names no commit is an error said with its line of site.yml. */
    private CompareRange listed(RangesConfig config, int i) {
        try {
            return explicit(RangeSpec.parse(config.list().get(i)));
        } catch (DiffpressException e) {
            String where = config.listAt(i);
            throw where.isEmpty() ? e : new DiffpressException(e.stage(), e.kind(), where + ": " + e.getMessage(), e);
        }
    }

    /** One explicit range; with {@code mergeBase} the base is the merge base of the two commits. */
    CompareRange explicit(RangeSpec spec) {
        // "root", as a report's range key names the start of history, is that start unless a ref has the name
        Optional<ObjectId> base = spec.base().equals(ROOT) && !names(ROOT) ? Optional.empty() : Optional.of(resolve(spec.base()));
        ObjectId head = resolve(spec.head());
        CompareRange range = between(base.map(ObjectId::name), head.name(), spec.mergeBase());
        return new CompareRange(range.base(), range.head(), range.date(), range.commits(),
                range.date() + "-" + range.key().replaceAll("\\.\\.\\.?", "-"), range.unrelated(), range.twoDot());
    }

    /**
     * The range from {@code base} to {@code head}. With {@code mergeBase} the base moves to the merge base.
     * Histories without a common commit are compared tree to tree and marked unrelated.
     */
    private CompareRange between(Optional<String> base, String head, boolean mergeBase) {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit headCommit = walk.parseCommit(ObjectId.fromString(head));
            boolean unrelated = false;
            boolean twoDot = false;
            Optional<String> effectiveBase = base;
            if (base.isPresent()) {
                RevCommit baseCommit = walk.parseCommit(ObjectId.fromString(base.get()));
                walk.setRevFilter(RevFilter.MERGE_BASE);
                walk.markStart(headCommit);
                walk.markStart(baseCommit);
                RevCommit mb = walk.next();
                unrelated = mb == null;
                if (mergeBase && mb != null) {
                    effectiveBase = Optional.of(mb.name());
                }
                twoDot = !mergeBase && mb != null && !mb.equals(baseCommit);
                walk.reset();
                walk.setRevFilter(RevFilter.ALL);
            }
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(headCommit));
            if (effectiveBase.isPresent() && !unrelated) {
                walk.markUninteresting(walk.parseCommit(ObjectId.fromString(effectiveBase.get())));
            }
            List<RevCommit> between = new ArrayList<>();
            for (RevCommit c : walk) {
                between.add(c);
            }
            Collections.reverse(between);
            LocalDate day = day(headCommit);
            return new CompareRange(effectiveBase, headCommit.name(), day, commits(between), day.toString(), unrelated, twoDot);
        } catch (MissingObjectException e) {
            throw DiffpressException.input(Stage.HISTORY, "the history is incomplete: commit " + e.getObjectId().name()
                    + " is missing (a shallow or partial clone? fetch the full history)");
        } catch (IOException e) {
            throw DiffpressException.input(Stage.HISTORY, "cannot walk from " + base.orElse("the root") + " to " + head + ": " + e.getMessage());
        }
    }

    /** Whether {@code commit} is {@code tip} or one of its ancestors. */
    private boolean reachable(String commit, ObjectId tip) {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.isMergedInto(walk.parseCommit(ObjectId.fromString(commit)), walk.parseCommit(tip));
        } catch (IOException e) {
            throw DiffpressException.input(Stage.HISTORY, "cannot walk from " + tip.name() + ": " + e.getMessage());
        }
    }

    /**
     * The commit of the configured {@code branch}: the local branch of that name first. git's own order would take a tag of
     * the same name before it (`git tag main HEAD~1` made a portal stop at that tag without a word: an audit); any other
     * revision ("HEAD", "origin/main", a tag when no branch has the name) as {@link #resolve}.
     */
    ObjectId resolveBranch(String branch) {
        if (!branch.startsWith("refs/") && !branch.equals("HEAD")) {
            try {
                org.eclipse.jgit.lib.Ref local = repository.exactRef(org.eclipse.jgit.lib.Constants.R_HEADS + branch);
                if (local != null && local.getObjectId() != null) {
                    ObjectId id = repository.resolve(local.getName() + "^{commit}");
                    if (id != null) {
                        return id;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // read as any revision below, which says what is wrong with it
            }
        }
        return resolve(branch);
    }

    ObjectId resolve(String revision) {
        try {
            ObjectId id = repository.resolve(revision + "^{commit}");
            if (id == null && !revision.startsWith("refs/")) {
                // "origin/main" style names of remote-tracking branches.
                id = repository.resolve("refs/remotes/" + revision + "^{commit}");
            }
            if (id == null && !revision.startsWith("refs/") && !revision.contains("/")) {
                // a branch the clone has only as origin's: a CI checkout of another ref (a detached HEAD) holds
                // origin/main but no local main
                id = repository.resolve("refs/remotes/origin/" + revision + "^{commit}");
            }
            if (id == null) {
                java.util.regex.Matcher back = BACK.matcher(revision);
                if (back.matches() && !revision.startsWith("-") && repository.resolve(back.group(1) + "^{commit}") != null) {
                    // "main~5" in a history of three commits: main is there, the commit five before it is not
                    throw DiffpressException.input(Stage.HISTORY, "'" + revision + "' names no commit in " + where() + ": '"
                            + back.group(1) + "' does, but its history does not reach back as far as '" + back.group(2)
                            + "' asks (fewer commits, or a shallow clone)");
                }
                throw DiffpressException.input(Stage.HISTORY, "'" + revision + "' names no commit in " + where() + closestBranch(revision));
            }
            return id;
        } catch (MissingObjectException e) {
            throw DiffpressException.input(Stage.HISTORY, "'" + revision + "' points to a missing object " + e.getObjectId().name() + " in " + where()
                    + (shallow() ? " (a shallow clone, whose history is cut off before it: git fetch --unshallow)" : ""));
        } catch (IOException | RuntimeException e) {
            if (e instanceof DiffpressException d) {
                throw d;
            }
            throw DiffpressException.input(Stage.HISTORY, "'" + revision + "' is not a valid revision in " + where() + ": " + e.getMessage());
        }
    }

    /** A revision and the steps back from it: "main~5" is "main" and "~5". */
    private static final java.util.regex.Pattern BACK = java.util.regex.Pattern.compile("(.+?)((?:[~^][0-9]*)+)");

    /**
     * " (did you mean 'main'?)" for the branch closest to a name that named no commit, or the branches when
     * there are few and none is close; "" otherwise.
     */
    private String closestBranch(String name) {
        List<String> branches = new ArrayList<>();
        try {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix("refs/heads/", "refs/remotes/")) {
                branches.add(Repository.shortenRefName(ref.getName()));
            }
        } catch (IOException e) {
            return "";
        }
        Optional<String> best = io.diffpress.config.ConfigLoader.closest(name, branches);
        if (best.isPresent()) {
            return " (did you mean '" + best.get() + "'?)";
        }
        return !branches.isEmpty() && branches.size() <= 10 ? " (branches: " + String.join(", ", branches.stream().sorted().toList()) + ")" : "";
    }

    /** Whether the repository is a shallow clone (an unreadable shallow file counts as one: the safe answer). */
    boolean shallow() {
        try {
            return !repository.getObjectDatabase().getShallowCommits().isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    private String where() {
        return repository.isBare() ? repository.getDirectory().toString() : repository.getWorkTree().toString();
    }

    private List<RevCommit> firstParentLine(ObjectId tip, Optional<ObjectId> since) {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setFirstParent(true);
            walk.setRetainBody(true);
            walk.markStart(walk.parseCommit(tip));
            if (since.isPresent()) {
                walk.markUninteresting(walk.parseCommit(since.get()));
            }
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

    private static Optional<String> baseOf(List<RevCommit> line) {
        return !line.isEmpty() && line.get(0).getParentCount() > 0 ? Optional.of(line.get(0).getParent(0).name()) : Optional.empty();
    }

    /**
     * The day each commit of the first-parent line counts in. Ranges must stay contiguous along the line, so days must
     * not go back; a clock that was wrong (a commit dated years ahead, or back) must not move the others. The commits
     * whose days are in order with most of the line (the longest run of days that never goes back, taken in line order;
     * of several such runs, the one of the earliest commits, so that a later dip leaves earlier days alone) keep their
     * own; any other commit counts in the day of the in-order commit before it (the first one's, at the start). A
     * function of the history alone. Before, each commit counted in the latest day so far, so one commit dated 2037
     * took all later history into its range.
     */
    List<LocalDate> daysInOrder(List<RevCommit> line) {
        int n = line.size();
        LocalDate[] own = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            own[i] = day(line.get(i));
        }
        // longest[i]: the longest run that never goes back starting at commit i; from the end, heads[k] is the latest
        // day a run of k + 1 commits found so far can start on (later is better: more commits can come before it)
        int[] longest = new int[n];
        LocalDate[] heads = new LocalDate[n];
        int length = 0;
        for (int i = n - 1; i >= 0; i--) {
            int lo = 0;
            int hi = length;
            while (lo < hi) { // the first k whose run starts before own[i]: own[i] can start a run of k + 1
                int mid = (lo + hi) >>> 1;
                if (heads[mid].isBefore(own[i])) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            longest[i] = lo + 1;
            heads[lo] = own[i];
            length = Math.max(length, lo + 1);
        }
        // the earliest commits that make such a run, taken greedily from the start
        boolean[] inOrder = new boolean[n];
        int need = length;
        LocalDate last = null;
        for (int i = 0; i < n && need > 0; i++) {
            if (longest[i] == need && (last == null || !own[i].isBefore(last))) {
                inOrder[i] = true;
                last = own[i];
                need--;
            }
        }
        List<LocalDate> days = new ArrayList<>(n);
        LocalDate current = null;
        for (int i = 0; i < n; i++) {
            if (inOrder[i]) {
                current = own[i];
            }
            days.add(current);
        }
        int first = 0;
        while (first < n && !inOrder[first]) {
            first++;
        }
        for (int i = 0; i < first; i++) {
            days.set(i, own[first]);
        }
        return days;
    }

    private LocalDate day(RevCommit commit) {
        return committed(commit).atZone(zone).toLocalDate();
    }

    /**
     * When a commit was committed, read from its committer line: JGit's {@code getCommitTime()} is an int of seconds,
     * which wraps after 2038-01-19 (a commit of 2039 was placed in 1903 and folded into the day before it: an audit).
     */
    static Instant committed(RevCommit commit) {
        org.eclipse.jgit.lib.PersonIdent committer = commit.getCommitterIdent();
        return committer != null ? committer.getWhenAsInstant() : Instant.ofEpochSecond(commit.getCommitTime());
    }

    private static List<CommitInfo> commits(List<RevCommit> commits) {
        List<CommitInfo> infos = new ArrayList<>(commits.size());
        for (RevCommit c : commits) {
            String subject = c.getShortMessage();
            Matcher pr = PULL_REQUEST.matcher(subject);
            // a commit without an author line (which git reads, showing an empty author) has an empty author here too,
            // not a crash of the whole run (an audit)
            org.eclipse.jgit.lib.PersonIdent author = c.getAuthorIdent();
            infos.add(new CommitInfo(c.name(), subject, author == null ? "" : author.getName(),
                    committed(c), pr.find() ? pullRequest(pr.group(1)) : 0));
        }
        return infos;
    }

    /** The number of "Merge pull request #N", or 0 (none) when N is more than an int holds: no pull request is numbered so. */
    private static int pullRequest(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String globToRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }
}
