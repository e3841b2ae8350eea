package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;

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
        // lists, not hash sets: paragraphs hold a few sentences, and hashing each (a twentieth of explain) cost more
        List<String> gained = missing(b, a);
        List<String> lost = missing(a, b);
        boolean shared = gained.size() < distinctCount(b);
        if (!shared || gained.size() > MAX_QUOTED || lost.size() > MAX_QUOTED || gained.isEmpty() && lost.isEmpty()) {
            return List.of(List.of(), List.of());
        }
        return List.of(gained, lost);
    }

    /** The sentences of {@code from} that {@code other} does not hold, each once, in their order. */
    private static List<String> missing(List<String> from, List<String> other) {
        List<String> out = new ArrayList<>();
        for (String s : from) {
            if (!other.contains(s) && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static int distinctCount(List<String> sentences) {
        int n = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.indexOf(sentences.get(i)) == i) {
                n++;
            }
        }
        return n;
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
