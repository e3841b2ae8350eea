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

    /** Merges {@code branch} into the checked-out branch with a merge commit at the fixture's clock; returns it. */
    public String merge(String branch, String message) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GIT_AUTHOR_DATE", clock.toString());
        env.put("GIT_COMMITTER_DATE", clock.toString());
        run(env, "git", "merge", "-q", "--no-ff", "-m", message, branch);
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
            // Warnings (e.g. git's rename limit notice) go to stderr and must not mix with the output.
            Path errors = Files.createTempFile("git-stderr", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectError(errors.toFile());
            pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            pb.environment().put("HOME", dir.toString());
            pb.environment().putAll(env);
            Process p = pb.start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            }
            boolean ok = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            String stderr = Files.readString(errors);
            Files.delete(errors);
            if (!ok) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out.toString(StandardCharsets.UTF_8) + stderr);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sets or clears the executable bit of a file (git records 100755 or 100644). */
    public GitFixture executable(String path, boolean executable) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions =
                    java.nio.file.attribute.PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--");
            Files.setPosixFilePermissions(dir.resolve(path), permissions);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /**
     * One line of C git's numstat/name-status for a path; {@code similarity} is the number after
     * R in --name-status (R087 is 87), -1 for other statuses.
     */
    public record GitChange(String status, String path, String oldPath, int additions, int deletions, boolean binary,
                            int similarity) {
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
            int similarity = status.startsWith("R") ? Integer.parseInt(status.substring(1)) : -1;
            changes.add(new GitChange(status.substring(0, 1), path, oldPath, c[0], c[1], c[2] == 1, similarity));
        }
        changes.sort(java.util.Comparator.comparing(GitChange::path));
        return changes;
    }

    /**
     * The files of {@code git diff -M --raw base head} whose executable bit flipped between two regular-file modes
     * (":100644 100755"), keyed by the new path: "+x" when made executable, "-x" when no longer.
     */
    public Map<String, String> gitModeChanges(String base, String head) {
        String[] records = git("diff", "-M", "--raw", "-z", base, head).split("\0", -1);
        Map<String, String> flips = new LinkedHashMap<>();
        for (int i = 0; i < records.length; i++) {
            if (!records[i].startsWith(":")) {
                continue;
            }
            String[] fields = records[i].substring(1).split(" ");
            String status = fields[4];
            String path = records[++i];
            if (status.startsWith("R") || status.startsWith("C")) {
                path = records[++i];
            }
            if (fields[0].startsWith("100") && fields[1].startsWith("100") && !fields[0].equals(fields[1])) {
                flips.put(path, fields[1].equals("100755") ? "+x" : "-x");
            }
        }
        return flips;
    }

    /**
     * The hunks C git prints for each file of {@code git diff -M base head}: the text from the
     * first "@@" of a file's section to the end of it, keyed by the new path (the old one for a
     * deleted file). Files without hunks (binary, mode-only, pure renames) are absent. A type
     * change prints two sections for one path; their hunks are joined.
     */
    public Map<String, String> gitHunks(String base, String head) {
        String patch = git("-c", "core.quotePath=false", "diff", "-M", base, head);
        Map<String, String> hunks = new LinkedHashMap<>();
        String[] lines = patch.split("\n", -1);
        String oldName = null;
        String key = null;
        StringBuilder text = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean last = i == lines.length - 1;
            if (line.startsWith("diff --git ") || last) {
                if (key != null && text != null) {
                    hunks.merge(key, text.toString(), String::concat);
                }
                key = null;
                text = null;
                oldName = null;
            } else if (text != null) {
                text.append(line).append('\n');
            } else if (line.startsWith("--- ")) {
                oldName = name(line.substring(4), "a/");
            } else if (line.startsWith("+++ ")) {
                String newName = name(line.substring(4), "b/");
                key = newName != null ? newName : oldName;
            } else if (line.startsWith("@@") && key != null) {
                text = new StringBuilder(line).append('\n');
            }
        }
        return hunks;
    }

    /** A file name of a ---/+++ line without its a/ or b/ prefix, C-style quotes undone; null for /dev/null. */
    private static String name(String field, String prefix) {
        if (field.endsWith("\t")) {
            // git ends the name with a TAB when it contains a space.
            field = field.substring(0, field.length() - 1);
        }
        if (field.equals("/dev/null")) {
            return null;
        }
        if (!field.startsWith("\"")) {
            return field.substring(prefix.length());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = field.substring(1, field.length() - 1).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '\\') {
                bytes.write(raw[i]);
                continue;
            }
            char c = (char) raw[++i];
            switch (c) {
                case 'a' -> bytes.write(7);
                case 'b' -> bytes.write(8);
                case 't' -> bytes.write('\t');
                case 'n' -> bytes.write('\n');
                case 'v' -> bytes.write(11);
                case 'f' -> bytes.write(12);
                case 'r' -> bytes.write('\r');
                default -> {
                    if (c >= '0' && c <= '7') {
                        bytes.write(Integer.parseInt(new String(raw, i, 3, StandardCharsets.US_ASCII), 8));
                        i += 2;
                    } else {
                        bytes.write(c);
                    }
                }
            }
        }
        return bytes.toString(StandardCharsets.UTF_8).substring(prefix.length());
    }
}
