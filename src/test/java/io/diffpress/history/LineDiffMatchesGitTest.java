package io.diffpress.history;

import io.diffpress.config.RepositoryConfig;
import io.diffpress.testing.GitFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Hunts for line diffs where our counts or hunks differ from git's: files full of repeated lines
 * (blank lines, code fences), large files with many scattered edits (past xdiff's cost limits),
 * big rewrites, moved blocks, shuffles. A minimal diff counts differently from git on such files.
 */
class LineDiffMatchesGitTest {

    private static final String[] REPEATED = {"", "", "", "```", "```", "---", "- item", "}", "    return;", "| --- | --- |"};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void countsAndHunksMatchGit(long seed) {
        Random random = new Random(seed);
        GitFixture git = new GitFixture(dir);
        List<String> before = new ArrayList<>();
        for (int f = 0; f < 36; f++) {
            String text = original(random, f % 6);
            before.add(text);
            git.write("f" + f + ".md", text);
        }
        String base = git.commit("before");
        for (int f = 0; f < before.size(); f++) {
            git.write("f" + f + ".md", changed(random, f % 6, before.get(f)));
        }
        String head = git.commit("after");
        try (HistoryReader history = HistoryReader.open(new RepositoryConfig(dir, "main", Optional.empty()),
                ZoneId.of("UTC"), Integer.MAX_VALUE)) {
            SameAsGit.assertRange(git, history, base, head);
        }
    }

    private static String original(Random random, int shape) {
        int lines = switch (shape) {
            case 0, 1 -> 30 + random.nextInt(1500);
            case 2 -> 4000 + random.nextInt(20000);
            case 3 -> 200 + random.nextInt(3000);
            default -> 20 + random.nextInt(400);
        };
        boolean repetitive = shape != 3;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append(line(random, repetitive, i)).append('\n');
        }
        return text.toString();
    }

    private static String line(Random random, boolean repetitive, int i) {
        if (repetitive && random.nextInt(3) != 0) {
            return REPEATED[random.nextInt(REPEATED.length)];
        }
        return (random.nextBoolean() ? "text " : "\tcode ") + random.nextInt(repetitive ? 40 : 1_000_000) + (i % 7 == 0 ? " " + i : "");
    }

    private static String changed(Random random, int shape, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        boolean repetitive = shape != 3;
        switch (shape) {
            case 0, 2, 3 -> {
                // Scattered edits, many of them on large files.
                int edits = 1 + random.nextInt(shape == 2 ? 2000 : 150);
                for (int e = 0; e < edits; e++) {
                    int at = random.nextInt(lines.size());
                    switch (random.nextInt(3)) {
                        case 0 -> lines.add(at, line(random, repetitive, at));
                        case 1 -> {
                            if (lines.size() > 1) {
                                lines.remove(at);
                            }
                        }
                        default -> lines.set(at, line(random, repetitive, at));
                    }
                }
            }
            case 1 -> {
                // A big rewrite: most lines replaced.
                double share = 0.3 + random.nextDouble() * 0.65;
                for (int i = 0; i < lines.size(); i++) {
                    if (random.nextDouble() < share) {
                        lines.set(i, line(random, true, i));
                    }
                }
            }
            case 4 -> {
                // Blocks moved around.
                for (int m = 0; m < 1 + random.nextInt(6); m++) {
                    int from = random.nextInt(lines.size());
                    int to = Math.min(lines.size(), from + 1 + random.nextInt(40));
                    List<String> block = new ArrayList<>(lines.subList(from, to));
                    lines.subList(from, to).clear();
                    lines.addAll(random.nextInt(lines.size() + 1), block);
                }
            }
            default -> {
                Collections.shuffle(lines, random);
                if (random.nextBoolean()) {
                    lines.replaceAll(l -> l.replace("\t", "    "));
                }
            }
        }
        String result = String.join("\n", lines);
        return random.nextInt(8) == 0 ? result.stripTrailing() : result;
    }
}
