package io.diffpress.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A git repository in a temporary folder, driven through the git CLI so that fixtures are made
 * exactly as users make them and C git can be asked for the reference answers.
 */
public final class GitFixture {

    private final Path dir;
    private Instant clock = Instant.parse("2025-06-01T10:00:00Z");

    public GitFixture(Path dir) {
        this.dir = dir;
        git("init", "-q", "-b", "main");
        git("config", "user.name", "Fixture Author");
        git("config", "user.email", "fixture@example.com");
        git("config", "core.autocrlf", "false");
        git("config", "commit.gpgsign", "false");
    }

    public Path dir() {
        return dir;
    }

    /** Sets the author and committer time of the next commits. */
    public GitFixture at(String isoInstant) {
        clock = Instant.parse(isoInstant);
        return this;
    }

    public GitFixture write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public GitFixture write(String path, byte[] bytes) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public GitFixture delete(String path) {
        try {
            Path file = dir.resolve(path);
            if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try (var walk = Files.walk(file)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            } else {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public GitFixture move(String from, String to) {
        try {
            Files.createDirectories(dir.resolve(to).getParent());
            Files.move(dir.resolve(from), dir.resolve(to));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public GitFixture symlink(String path, String target) {
        try {
            Path link = dir.resolve(path);
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of(target));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Stages everything and commits; returns the new commit id. Each commit advances the clock a minute. */
    public String commit(String message) {
        git("add", "-A");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GIT_AUTHOR_DATE", clock.toString());
        env.put("GIT_COMMITTER_DATE", clock.toString());
        run(env, "git", "commit", "-q", "--allow-empty", "-m", message);
        clock = clock.plusSeconds(60);
        return git("rev-parse", "HEAD").trim();
    }

    public String git(String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        return run(Map.of(), command.toArray(new String[0]));
    }

    private String run(Map<String, String> env, String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            pb.environment().put("HOME", dir.toString());
            pb.environment().putAll(env);
            Process p = pb.start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            }
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out.toString(StandardCharsets.UTF_8));
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One line of C git's numstat/name-status for a path. */
    public record GitChange(String status, String path, String oldPath, int additions, int deletions, boolean binary) {
    }

    /**
     * C git's answer for {@code git diff -M base head}: status and paths from --name-status,
     * counts from --numstat, both with -z so any file name survives.
     */
    public List<GitChange> gitDiff(String base, String head) {
        String[] names = git("diff", "-M", "--name-status", "-z", base, head).split("\0", -1);
        String[] nums = git("diff", "-M", "--numstat", "-z", base, head).split("\0", -1);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < nums.length; i++) {
            String rec = nums[i];
            if (rec.isEmpty()) {
                continue;
            }
            String[] parts = rec.split("\t", 3);
            String path;
            if (parts.length == 3 && !parts[2].isEmpty()) {
                path = parts[2];
            } else { // rename: "A\tD\t" then old path, new path as separate records
                path = nums[i + 2];
                i += 2;
            }
            boolean binary = parts[0].equals("-");
            counts.put(path, new int[]{binary ? 0 : Integer.parseInt(parts[0]), binary ? 0 : Integer.parseInt(parts[1]), binary ? 1 : 0});
        }
        List<GitChange> changes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String status = names[i];
            if (status.isEmpty()) {
                continue;
            }
            String oldPath = "";
            String path;
            if (status.startsWith("R") || status.startsWith("C")) {
                oldPath = names[++i];
                path = names[++i];
            } else {
                path = names[++i];
            }
            int[] c = counts.get(path);
            changes.add(new GitChange(status.substring(0, 1), path, oldPath, c[0], c[1], c[2] == 1));
        }
        changes.sort(java.util.Comparator.comparing(GitChange::path));
        return changes;
    }
}
