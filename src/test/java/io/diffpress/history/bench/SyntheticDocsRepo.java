package io.diffpress.history.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a {@code git fast-import} stream of a synthetic documentation repository to stdout,
 * the same for the same arguments: Markdown articles in topic folders edited day after day,
 * articles added, removed and renamed (moved between folders, sometimes edited on the way),
 * and binary images added, replaced and moved.
 * <p>
 * Usage: {@code SyntheticDocsRepo COMMITS FILES YEARS SEED}
 */
public final class SyntheticDocsRepo {

    private static final String[] WORDS = ("the a to of and in is for on with that this you can be your are as it from "
            + "service resource group account create configure deploy portal select settings network storage key "
            + "policy cluster region endpoint token identity role access monitor alert log query metric data "
            + "pipeline build release version update preview feature limit quota error retry request response").split(" ");
    private static final long START = 1_577_836_800L; // 2020-01-01T00:00:00Z

    private final Random random;
    private final OutputStream out;
    private final List<String> paths = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<String> images = new ArrayList<>();
    private final List<Integer> imageSeeds = new ArrayList<>();
    private int serial;

    private SyntheticDocsRepo(long seed, OutputStream out) {
        this.random = new Random(seed);
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        int commits = Integer.parseInt(args[0]);
        int files = Integer.parseInt(args[1]);
        int years = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        try (OutputStream out = new BufferedOutputStream(System.out, 1 << 16)) {
            new SyntheticDocsRepo(seed, out).write(commits, files, years);
        }
    }

    private void write(int commits, int files, int years) throws IOException {
        long span = years * 365L * 86_400L;
        StringBuilder ops = new StringBuilder();
        // The first commit holds the initial articles and images.
        for (int f = 0; f < files; f++) {
            addArticle(ops);
        }
        for (int i = 0; i < files / 20; i++) {
            addImage(ops);
        }
        commit(0, START, "Initial documentation", ops);
        for (int c = 1; c < commits; c++) {
            ops.setLength(0);
            int changes = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 4);
            for (int k = 0; k < changes; k++) {
                operation(ops);
            }
            long time = START + span * c / commits + random.nextInt(3600);
            commit(c, time, "Update docs " + c, ops);
        }
    }

    private void operation(StringBuilder ops) {
        int roll = random.nextInt(100);
        if (roll < 70 || paths.size() < 10) {
            int f = random.nextInt(paths.size());
            texts.set(f, edit(texts.get(f)));
            modify(ops, paths.get(f), texts.get(f));
        } else if (roll < 78) {
            addArticle(ops);
        } else if (roll < 82) {
            int f = random.nextInt(paths.size());
            ops.append("D ").append(paths.remove(f)).append('\n');
            texts.remove(f);
        } else if (roll < 92) {
            int f = random.nextInt(paths.size());
            String old = paths.get(f);
            String name = old.substring(old.lastIndexOf('/') + 1);
            String to = "docs/area" + random.nextInt(40) + "/" + (random.nextInt(3) == 0 ? "renamed-" + (serial++) + ".md" : name);
            if (paths.contains(to)) {
                return;
            }
            ops.append("D ").append(old).append('\n');
            paths.set(f, to);
            if (random.nextBoolean()) {
                texts.set(f, edit(texts.get(f)));
            }
            modify(ops, to, texts.get(f));
        } else if (roll < 96 || images.isEmpty()) {
            addImage(ops);
        } else {
            int i = random.nextInt(images.size());
            String old = images.get(i);
            if (random.nextBoolean()) {
                String to = "media/moved-" + (serial++) + ".png";
                ops.append("D ").append(old).append('\n');
                images.set(i, to);
                modify(ops, to, image(imageSeeds.get(i)));
            } else {
                imageSeeds.set(i, serial++);
                modify(ops, old, image(imageSeeds.get(i)));
            }
        }
    }

    private void addArticle(StringBuilder ops) {
        String path = "docs/area" + random.nextInt(40) + "/topic-" + (serial++) + ".md";
        String text = article(20 + random.nextInt(random.nextInt(8) == 0 ? 1500 : 200));
        paths.add(path);
        texts.add(text);
        modify(ops, path, text);
    }

    private void addImage(StringBuilder ops) {
        String path = "media/img-" + (serial++) + ".png";
        images.add(path);
        imageSeeds.add(serial);
        modify(ops, path, image(serial));
    }

    private String article(int lines) {
        StringBuilder text = new StringBuilder("---\ntitle: Topic ").append(serial).append("\n---\n\n# Topic\n\n");
        for (int i = 0; i < lines; i++) {
            text.append(line()).append('\n');
        }
        return text.toString();
    }

    private String line() {
        int kind = random.nextInt(20);
        if (kind < 4) {
            return "";
        } else if (kind == 4) {
            return "```";
        } else if (kind == 5) {
            return "## " + sentence(3);
        } else if (kind == 6) {
            return "| " + sentence(2) + " | " + sentence(2) + " |";
        } else if (kind < 9) {
            return "- " + sentence(6);
        }
        return sentence(8 + random.nextInt(12));
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                s.append(' ');
            }
            s.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private String edit(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int edits = 1 + random.nextInt(random.nextInt(6) == 0 ? 60 : 6);
        for (int e = 0; e < edits; e++) {
            int at = 5 + random.nextInt(Math.max(1, lines.size() - 5));
            at = Math.min(at, lines.size() - 1);
            switch (random.nextInt(3)) {
                case 0 -> lines.add(at, line());
                case 1 -> {
                    if (lines.size() > 8) {
                        lines.remove(at);
                    }
                }
                default -> lines.set(at, line());
            }
        }
        return String.join("\n", lines);
    }

    private byte[] image(int seed) {
        Random r = new Random(seed);
        byte[] bytes = new byte[2000 + r.nextInt(30000)];
        r.nextBytes(bytes);
        bytes[0] = (byte) 0x89;
        bytes[1] = 'P';
        bytes[2] = 'N';
        bytes[3] = 'G';
        bytes[4] = 0;
        return bytes;
    }

    private void modify(StringBuilder ops, String path, String text) {
        modify(ops, path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void modify(StringBuilder ops, String path, byte[] bytes) {
        // Inline data keeps the stream self-contained; ISO-8859-1 carries the bytes through the StringBuilder.
        ops.append("M 100644 inline ").append(path).append('\n')
                .append("data ").append(bytes.length).append('\n')
                .append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n');
    }

    private void commit(int n, long time, String message, StringBuilder ops) throws IOException {
        StringBuilder head = new StringBuilder("commit refs/heads/main\nmark :").append(n + 1).append('\n')
                .append("author Docs Writer <writer@example.com> ").append(time).append(" +0000\n")
                .append("committer Docs Writer <writer@example.com> ").append(time).append(" +0000\n");
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        head.append("data ").append(msg.length).append('\n').append(message).append('\n');
        if (n > 0) {
            head.append("from :").append(n).append('\n');
        }
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(ops.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write('\n');
    }
}
