package io.diffpress.history;

import org.eclipse.jgit.lib.ObjectId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs deleted paths with added paths the way {@code git diff -M} does (git 2.39,
 * diffcore-rename.c, diffcore_rename_extended() without copies or break detection):
 * <ol>
 *   <li>exact renames: the same blob, modes equal unless both are regular files;</li>
 *   <li>basename matches: a basename unique among the remaining sources and among the remaining
 *       destinations, paired when at least 75% similar;</li>
 *   <li>inexact renames: every remaining destination against every remaining source, the four best
 *       candidates per destination, sorted, taken greedily while at least 50% similar; skipped when
 *       destinations x sources exceeds the rename limit squared.</li>
 * </ol>
 * Sources and destinations must be in git's tree order: the tie-breaks depend on it.
 */
final class RenameMatcher {

    /** Similarity scores run from 0 to MAX_SCORE (diffcore.h). */
    static final int MAX_SCORE = 60000;
    /** -M without a number: 50% (diffcore.h DEFAULT_RENAME_SCORE). */
    static final int DEFAULT_MINIMUM_SCORE = 30000;
    /** git's default diff.renameLimit since 2.29. */
    static final int DEFAULT_RENAME_LIMIT = 1000;
    private static final int NUM_CANDIDATE_PER_DST = 4;
    /** find_identical_files() gives up after this many identical alternatives. */
    private static final int IDENTICAL_ALTERNATIVES = 100;

    /** What rename detection needs to know about blobs. */
    interface Blobs {
        long size(ObjectId id);

        SpanHash spans(ObjectId id);
    }

    /** For each destination, the index of its source (or -1) and the score (MAX_SCORE for exact renames). */
    record Pairing(int[] sourceOf, int[] scoreOf, boolean limitReached) {

        /** The similarity git prints after R (similarity_index()). */
        static int percent(int score) {
            return score * 100 / MAX_SCORE;
        }
    }

    private final Blobs blobs;
    private final int renameLimit;
    private final int minimumScore = DEFAULT_MINIMUM_SCORE;

    private List<PathVersion> sources;
    private List<PathVersion> destinations;
    private boolean[] sourceUsed;
    private int[] sourceOf;
    private int[] scoreOf;

    /** @param renameLimit diff.renameLimit; zero or less means no limit, as in git */
    RenameMatcher(Blobs blobs, int renameLimit) {
        this.blobs = blobs;
        this.renameLimit = renameLimit;
    }

    Pairing match(List<PathVersion> deleted, List<PathVersion> added) {
        sources = deleted;
        destinations = added;
        sourceUsed = new boolean[deleted.size()];
        sourceOf = new int[added.size()];
        scoreOf = new int[added.size()];
        Arrays.fill(sourceOf, -1);
        boolean limitReached = false;
        if (!added.isEmpty() && !deleted.isEmpty()) {
            int renames = findExactRenames();
            renames += findBasenameMatches(unusedSources());
            int[] remaining = unusedSources();
            int numDestinations = added.size() - renames;
            if (numDestinations > 0 && remaining.length > 0) {
                limitReached = tooManyCandidates(numDestinations, remaining.length);
                if (!limitReached) {
                    findInexactRenames(remaining, numDestinations);
                }
            }
        }
        return new Pairing(sourceOf, scoreOf, limitReached);
    }

    /**
     * find_exact_renames() and find_identical_files(): for each destination in order, the first
     * unused source with the same blob, preferring one with the same basename.
     */
    private int findExactRenames() {
        Map<ObjectId, List<Integer>> byBlob = new HashMap<>();
        boolean reversed = hashmapReversesChains(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            int index = reversed ? sources.size() - 1 - i : i;
            byBlob.computeIfAbsent(sources.get(index).id(), k -> new ArrayList<>(1)).add(index);
        }
        int renames = 0;
        for (int d = 0; d < destinations.size(); d++) {
            PathVersion target = destinations.get(d);
            List<Integer> same = byBlob.get(target.id());
            if (same == null) {
                continue;
            }
            int best = -1;
            int bestScore = -1;
            int alternatives = IDENTICAL_ALTERNATIVES;
            for (int s : same) {
                PathVersion source = sources.get(s);
                // Non-regular files (symlinks, submodules) must keep their exact mode.
                if ((!source.regularFile() || !target.regularFile()) && source.mode() != target.mode()) {
                    continue;
                }
                if (sourceUsed[s]) {
                    continue;
                }
                int score = 1 + (sameBasename(source, target) ? 1 : 0);
                if (score > bestScore) {
                    best = s;
                    bestScore = score;
                    if (score == 2) {
                        break;
                    }
                }
                if (--alternatives == 0) {
                    break;
                }
            }
            if (best >= 0) {
                record(d, best, MAX_SCORE);
                renames++;
            }
        }
        return renames;
    }

    /**
     * git files the sources in a hashmap in reverse order so that a bucket lists them in order;
     * when the last insertion pushes the map over its load factor, rehash() reverses every bucket
     * and sources with the same blob are then visited last first. hashmap_init() sizes the table
     * to 64 * 4^k >= n * 100 / 80 and grows past 80% of it.
     */
    static boolean hashmapReversesChains(int n) {
        long initial = (long) n * 100 / 80;
        long size = 64;
        while (initial > size) {
            size <<= 2;
        }
        long growAt = size * 80 / 100;
        return n > growAt;
    }

    /**
     * find_basename_matches(): a source whose basename is unique among the remaining sources and
     * also unique among the unpaired destinations is compared with that destination only, and
     * paired when the score reaches minimum + half of the rest (75% for -M).
     */
    private int findBasenameMatches(int[] remaining) {
        int basenameScore = minimumScore + (int) (0.5 * (MAX_SCORE - minimumScore));
        Map<String, Integer> sourceByName = new HashMap<>();
        for (int s : remaining) {
            sourceByName.merge(sources.get(s).baseName(), s, (a, b) -> -1);
        }
        Map<String, Integer> destinationByName = new HashMap<>();
        for (int d = 0; d < destinations.size(); d++) {
            if (sourceOf[d] < 0) {
                destinationByName.merge(destinations.get(d).baseName(), d, (a, b) -> -1);
            }
        }
        int renames = 0;
        for (int s : remaining) {
            String name = sources.get(s).baseName();
            Integer d = destinationByName.get(name);
            // Without directory rename hints (merge-ort only), duplicates are not matched by name.
            if (d == null || d < 0 || sourceByName.get(name) < 0 || sourceOf[d] >= 0) {
                continue;
            }
            int score = estimateSimilarity(sources.get(s), destinations.get(d), basenameScore);
            if (score >= basenameScore) {
                record(d, s, score);
                renames++;
            }
        }
        return renames;
    }

    /** too_many_rename_candidates(): the matrix may not exceed renameLimit squared. */
    private boolean tooManyCandidates(int numDestinations, int numSources) {
        if (renameLimit <= 0) {
            return false;
        }
        return (long) numDestinations * numSources > (long) renameLimit * renameLimit;
    }

    /** One cell of git's candidate matrix (struct diff_score). */
    private record Candidate(int src, int dst, int score, int nameScore) {
        static final Candidate UNUSED = new Candidate(-1, -1, 0, 0);
    }

    private void findInexactRenames(int[] remaining, int numDestinations) {
        List<Candidate> matrix = new ArrayList<>(numDestinations * NUM_CANDIDATE_PER_DST);
        Candidate[] best = new Candidate[NUM_CANDIDATE_PER_DST];
        for (int d = 0; d < destinations.size(); d++) {
            if (sourceOf[d] >= 0) {
                continue;
            }
            Arrays.fill(best, Candidate.UNUSED);
            PathVersion two = destinations.get(d);
            for (int s : remaining) {
                PathVersion one = sources.get(s);
                Candidate candidate = new Candidate(s, d, estimateSimilarity(one, two, minimumScore),
                        sameBasename(one, two) ? 1 : 0);
                recordIfBetter(best, candidate);
            }
            matrix.addAll(Arrays.asList(best));
        }
        // STABLE_QSORT: equal candidates keep their order (List.sort is stable).
        matrix.sort(RenameMatcher::scoreCompare);
        for (Candidate c : matrix) {
            if (c.dst() < 0 || c.score() < minimumScore) {
                break;
            }
            if (sourceOf[c.dst()] >= 0 || sourceUsed[c.src()]) {
                continue;
            }
            record(c.dst(), c.src(), c.score());
        }
    }

    /** record_if_better(): replace the worst of the kept candidates when the new one sorts before it. */
    private static void recordIfBetter(Candidate[] kept, Candidate candidate) {
        int worst = 0;
        for (int i = 1; i < kept.length; i++) {
            if (scoreCompare(kept[i], kept[worst]) > 0) {
                worst = i;
            }
        }
        if (scoreCompare(kept[worst], candidate) > 0) {
            kept[worst] = candidate;
        }
    }

    /** score_compare(): unused cells last, then higher score, then same basename first. */
    private static int scoreCompare(Candidate a, Candidate b) {
        if (a.dst() < 0) {
            return b.dst() >= 0 ? 1 : 0;
        } else if (b.dst() < 0) {
            return -1;
        }
        if (a.score() == b.score()) {
            return b.nameScore() - a.nameScore();
        }
        return b.score() - a.score();
    }

    /**
     * estimate_similarity(): only regular files; sizes too far apart score 0 without reading the
     * blobs; otherwise the share of the larger size that the destination copied from the source.
     */
    private int estimateSimilarity(PathVersion src, PathVersion dst, int minimum) {
        if (!src.regularFile() || !dst.regularFile()) {
            return 0;
        }
        long srcSize = blobs.size(src.id());
        long dstSize = blobs.size(dst.id());
        long maxSize = Math.max(srcSize, dstSize);
        long baseSize = Math.min(srcSize, dstSize);
        long deltaSize = maxSize - baseSize;
        if (maxSize * (MAX_SCORE - minimum) < deltaSize * MAX_SCORE || maxSize == 0) {
            return 0; // (two empty blobs: git scores 0 for an empty destination whatever it copied)
        }
        long copied = SpanHash.copied(blobs.spans(src.id()), blobs.spans(dst.id()));
        if (dstSize == 0) {
            return 0;
        }
        return (int) (copied * MAX_SCORE / maxSize);
    }

    /** basename_same(): the parts after the last '/' are equal. */
    private static boolean sameBasename(PathVersion a, PathVersion b) {
        return a.baseName().equals(b.baseName());
    }

    private void record(int destination, int source, int score) {
        sourceUsed[source] = true;
        sourceOf[destination] = source;
        scoreOf[destination] = score;
    }

    /** remove_unneeded_paths_from_src(): sources not yet paired, in order. */
    private int[] unusedSources() {
        int[] unused = new int[sources.size()];
        int n = 0;
        for (int s = 0; s < sources.size(); s++) {
            if (!sourceUsed[s]) {
                unused[n++] = s;
            }
        }
        return Arrays.copyOf(unused, n);
    }
}
