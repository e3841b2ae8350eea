package io.diffpress.history;

import io.diffpress.testing.GitFixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded random documentation history made with the git CLI: edits of every size, renames with
 * edits around git's 50% threshold, copies, files that shrink or grow a lot, duplicate files
 * moved together, binary files, empty files, CRLF and final-newline flips, mode and type changes,
 * and topic branches merged by merge commits, as pull requests land on GitHub.
 */
final class RandomHistory {

    private static final String[] WORDS = {"alpha", "beta", "gamma", "", "", "delta", "```", "```", "| a | b |",
            "- item", "# Heading", "  indented", "\tcode();", "}", "Lorem ipsum dolor sit amet, consectetur adipiscing elit",
            "<!-- comment -->", "---", "* bullet", "    nested block", "See [the guide](guide.md)."};

    private final Random random;
    private final GitFixture git;
    private final List<String> files = new ArrayList<>();
    private int serial;

    RandomHistory(long seed, GitFixture git) {
        this.random = new Random(seed);
        this.git = git;
    }

    GitFixture git() {
        return git;
    }

    List<String> build(int commitCount) {
        List<String> commits = new ArrayList<>();
        for (int c = 0; c < commitCount; c++) {
            if (c > 3 && random.nextInt(5) == 0) {
                commits.addAll(mergedTopic(c));
                continue;
            }
            int ops = 1 + random.nextInt(5);
            for (int o = 0; o < ops; o++) {
                operation(c);
            }
            commits.add(git.commit("random " + c));
        }
        return commits;
    }

    /**
     * A pull request: a topic branch with a commit or two, a commit on main meanwhile, then a merge
     * commit. The topic only adds and edits its own files, so the merge never conflicts.
     * Returns main's commit and the merge.
     */
    private List<String> mergedTopic(int c) {
        String topic = "topic" + c;
        git.git("checkout", "-q", "-b", topic);
        List<String> topicFiles = new ArrayList<>();
        int parts = 1 + random.nextInt(2);
        for (int k = 0; k < parts; k++) {
            if (!topicFiles.isEmpty() && random.nextBoolean()) {
                String path = topicFiles.get(random.nextInt(topicFiles.size()));
                writeText(path, mutate(read(path)));
            } else {
                String path = topic + "/t" + (serial++) + ".md";
                topicFiles.add(path);
                writeText(path, text(sizeOfNewFile()));
            }
            git.commit("topic " + c + " part " + k);
        }
        git.git("checkout", "-q", "main");
        operation(c);
        String onMain = git.commit("random " + c);
        String merge = git.merge(topic, "Merge pull request #" + c + " from o/" + topic);
        files.addAll(topicFiles);
        return List.of(onMain, merge);
    }

    private void operation(int c) {
        int op = files.size() < 3 ? 0 : random.nextInt(14);
        switch (op) {
            case 0, 1 -> add(newPath(), text(sizeOfNewFile()));
            case 2, 3 -> {
                String path = pick();
                writeText(path, mutate(read(path)));
            }
            case 4 -> {
                String path = pick();
                writeText(path, rewrite(read(path), random.nextDouble()));
            }
            case 5 -> git.delete(files.remove(random.nextInt(files.size())));
            case 6, 7 -> rename(c);
            case 8 -> {
                // A copy: git diff -M reports it as an added file.
                String from = pick();
                String to = newPath();
                add(to, random.nextBoolean() ? read(from) : mutate(read(from)));
            }
            case 9 -> duplicatesMovedTogether(c);
            case 10 -> binary();
            case 11 -> {
                String path = pick();
                writeText(path, flip(read(path)));
            }
            case 12 -> {
                String path = pick();
                if (!Files.isSymbolicLink(git.dir().resolve(path))) {
                    git.executable(path, random.nextBoolean());
                }
            }
            default -> typeChange();
        }
    }

    private String newPath() {
        String dir = "d" + random.nextInt(4) + (random.nextInt(4) == 0 ? "/sub" : "");
        return dir + "/f" + (serial++) + (random.nextInt(5) == 0 ? ".txt" : ".md");
    }

    private int sizeOfNewFile() {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(3);
            case 1 -> 200 + random.nextInt(600);
            default -> 5 + random.nextInt(60);
        };
    }

    private String pick() {
        return files.get(random.nextInt(files.size()));
    }

    private void add(String path, String text) {
        files.add(path);
        writeText(path, text);
    }

    private void writeText(String path, String text) {
        git.write(path, text);
    }

    /** Renames keep or change the basename; the edit around them ranges from none to most lines. */
    private void rename(int c) {
        String from = files.remove(random.nextInt(files.size()));
        String name = from.substring(from.lastIndexOf('/') + 1);
        String to = "moved" + c + "/" + (random.nextBoolean() ? name : "renamed" + (serial++) + ".md");
        if (Files.exists(git.dir().resolve(to), LinkOption.NOFOLLOW_LINKS)) {
            files.add(from);
            return;
        }
        String text = read(from);
        git.move(from, to);
        files.add(to);
        switch (random.nextInt(4)) {
            case 0 -> { }
            case 1 -> writeText(to, mutate(text));
            default -> writeText(to, rewrite(text, 0.25 + random.nextDouble() * 0.5));
        }
    }

    /** Several files with the same content are deleted and re-added elsewhere in one commit. */
    private void duplicatesMovedTogether(int c) {
        String content = random.nextBoolean() ? "" : text(1 + random.nextInt(8));
        int n = 2 + random.nextInt(4);
        List<String> copies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String path = newPath();
            copies.add(path);
            add(path, content);
        }
        git.commit("duplicates " + c);
        for (String path : copies) {
            files.remove(path);
            git.delete(path);
            String name = path.substring(path.lastIndexOf('/') + 1);
            String to = "dup" + c + "/" + (random.nextBoolean() ? name : "copy" + (serial++) + ".md");
            add(to, content);
        }
    }

    private void binary() {
        byte[] bytes = new byte[50 + random.nextInt(400)];
        random.nextBytes(bytes);
        bytes[random.nextInt(bytes.length)] = 0;
        if (random.nextBoolean() && !files.isEmpty()) {
            String from = files.remove(random.nextInt(files.size()));
            String to = "img" + (serial++) + "/" + from.substring(from.lastIndexOf('/') + 1) + ".png";
            git.delete(from);
            git.write(to, bytes);
            files.add(to);
            if (random.nextBoolean()) {
                // A binary file renamed unchanged in a later commit.
                git.commit("binary " + to);
                String moved = "moved-img" + (serial++) + "/" + to.substring(to.lastIndexOf('/') + 1);
                git.move(to, moved);
                files.set(files.size() - 1, moved);
            }
        } else {
            git.write("img/b" + (serial++) + ".bin", bytes);
        }
    }

    /** A text file becomes a symlink, or a symlink a file again. */
    private void typeChange() {
        String path = pick();
        if (Files.isSymbolicLink(git.dir().resolve(path))) {
            git.delete(path);
            writeText(path, text(3));
        } else {
            git.delete(path);
            git.symlink(path, random.nextBoolean() ? "target.md" : "../" + pick());
        }
    }

    private String text(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append(line(i)).append('\n');
        }
        return random.nextInt(6) == 0 ? text.toString().stripTrailing() : text.toString();
    }

    private String line(int i) {
        String word = WORDS[random.nextInt(WORDS.length)];
        return random.nextInt(4) == 0 ? word + " " + i : word;
    }

    /** A few inserted, deleted or replaced lines; sometimes a big block inserted or removed. */
    private String mutate(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.add(at, line(at));
                case 1 -> {
                    if (lines.size() > 1) {
                        lines.remove(at);
                    }
                }
                case 2 -> {
                    int n = 20 + random.nextInt(200);
                    for (int i = 0; i < n; i++) {
                        lines.add(at, line(i));
                    }
                }
                case 3 -> {
                    int end = Math.min(lines.size() - 1, at + random.nextInt(lines.size()));
                    if (end > at) {
                        lines.subList(at, end).clear();
                    }
                }
                default -> lines.set(at, line(at) + " changed");
            }
        }
        return String.join("\n", lines);
    }

    /** Replaces about {@code share} of the lines. */
    private String rewrite(String text, double share) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            if (random.nextDouble() < share) {
                lines.set(i, "rewritten " + line(i));
            }
        }
        return String.join("\n", lines);
    }

    /** Whitespace-only edits, CRLF line ends, or the final newline added or removed. */
    private String flip(String text) {
        return switch (random.nextInt(4)) {
            case 0 -> text.contains("\r\n") ? text.replace("\r\n", "\n") : text.replace("\n", "\r\n");
            case 1 -> text.endsWith("\n") ? text.substring(0, text.length() - 1) : text + "\n";
            case 2 -> text.replace("  ", "\t").replace("- ", "-  ");
            default -> text.replace("\n", " \n");
        };
    }

    private String read(String path) {
        Path file = git.dir().resolve(path);
        try {
            if (Files.isSymbolicLink(file)) {
                return Files.readSymbolicLink(file).toString();
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
