package io.diffpress.insight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sentences a reworded paragraph gained and lost, when it kept others as they were: "reworded" alone did not say that
 * a paragraph gained a sentence with a retirement date (an audit of report text).
 */
final class Sentences {

    /** Sentences quoted at most, each way: a paragraph rewritten whole is told by its opening, not quoted. */
    private static final int MAX_QUOTED = 2;

    private Sentences() {
    }

    /**
     * The sentences of {@code after} not in {@code before}, and those of {@code before} not in {@code after}, when the two
     * share a sentence and differ by at most {@link #MAX_QUOTED} each way; else two empty lists.
     */
    static List<List<String>> gainedAndLost(String before, String after) {
        List<String> a = split(before);
        List<String> b = split(after);
        Set<String> inA = new HashSet<>(a);
        Set<String> inB = new HashSet<>(b);
        List<String> gained = b.stream().filter(x -> !inA.contains(x)).distinct().toList();
        List<String> lost = a.stream().filter(x -> !inB.contains(x)).distinct().toList();
        boolean shared = a.stream().anyMatch(inB::contains);
        if (!shared || gained.size() > MAX_QUOTED || lost.size() > MAX_QUOTED || gained.isEmpty() && lost.isEmpty()) {
            return List.of(List.of(), List.of());
        }
        return List.of(gained, lost);
    }

    /** A text's sentences: ended by '.', '!' or '?' before a space, or by a Chinese or Japanese full stop. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
                    || c == '。' || c == '！' || c == '？';
            if (end) {
                add(out, text.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
