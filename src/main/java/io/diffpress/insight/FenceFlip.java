package io.diffpress.insight;

import io.diffpress.history.LineEdits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A code fence line added or removed that leaves the page ending inside a code block, or no longer: every fence after it
 * then pairs with another one, so from there to the end text shows as code and code as text (the whole rest as code when
 * no fence follows). Compared as they are, the two versions would read as all those sections removed and added and their
 * paragraphs swapped for code blocks; the flip is told as one fact instead, and the versions are compared with that line
 * taken out, so the other edits of the range are told as well.
 */
final class FenceFlip {

    /**
     * The changed fence lines tried on each side, the last first: each try reads the whole page's fences again, so a page of
     * thousands of changed fence lines must not cost thousands of reads (the last one is the flip in all but odd pages).
     */
    static final int MAX_TRIES = 16;

    private FenceFlip() {
    }

    /**
     * The versions to compare (the fence line taken out of the one that holds it), the history stage's diff of them when
     * there was one (the same runs, less that line), and the fact of the flip.
     */
    record Flipped(List<String> before, List<String> after, Optional<LineEdits> edits, Fact.FenceFlipped fact) {
    }

    /**
     * The flip, when one version ends inside a fenced code block and the other does not, and taking one changed fence
     * line out of its version (the last such that does it) makes both end alike; else empty.
     */
    static Optional<Flipped> of(List<String> before, List<String> after, LineDiff diff, int beforeFrom, int afterFrom) {
        List<Integer> removed = changedFences(before, beforeFrom, diff.head(), before.size() - diff.tail(), diff::removed);
        List<Integer> added = changedFences(after, afterFrom, diff.head(), after.size() - diff.tail(), diff::added);
        if (removed.isEmpty() && added.isEmpty()) {
            return Optional.empty(); // most edits: no fence line among the changed ones
        }
        boolean openBefore = CodeFences.openAtEnd(before, beforeFrom);
        boolean openAfter = CodeFences.openAtEnd(after, afterFrom);
        if (openBefore == openAfter) {
            return Optional.empty();
        }
        for (int k = added.size() - 1; k >= Math.max(0, added.size() - MAX_TRIES); k--) {
            int line = added.get(k);
            if (line == after.size() - 1) {
                continue; // a fence on the last line shows nothing after it as code: no flip to tell
            }
            if (CodeFences.openAtEndWithout(after, afterFrom, line) == openBefore) {
                return Optional.of(new Flipped(before, without(after, line), edits(diff, false, line),
                        fact(after, afterFrom, line, true, openAfter)));
            }
        }
        for (int k = removed.size() - 1; k >= Math.max(0, removed.size() - MAX_TRIES); k--) {
            int line = removed.get(k);
            if (line == before.size() - 1) {
                continue;
            }
            if (CodeFences.openAtEndWithout(before, beforeFrom, line) == openAfter) {
                return Optional.of(new Flipped(without(before, line), after, edits(diff, true, line),
                        fact(before, beforeFrom, line, false, openAfter)));
            }
        }
        return Optional.empty();
    }

    /** The lines of [from, to) the diff marks as changed that are fence lines (at or after the front matter). */
    private static List<Integer> changedFences(List<String> lines, int frontMatter, int from, int to,
                                               java.util.function.IntPredicate changed) {
        List<Integer> out = new ArrayList<>(0);
        for (int i = Math.max(from, frontMatter); i < to; i++) {
            if (changed.test(i) && CodeFences.fenceRun(lines, i) > 0) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<String> without(List<String> lines, int line) {
        return Lines.of(lines).without(line);
    }

    private static Optional<LineEdits> edits(LineDiff diff, boolean old, int line) {
        return diff.edits() == null ? Optional.empty() : Optional.of(diff.edits().withoutLine(old, line));
    }

    private static Fact.FenceFlipped fact(List<String> lines, int from, int line, boolean added, boolean openNow) {
        boolean[] fenced = CodeFences.of(lines, from);
        int fencesAfter = 0;
        for (int i = line + 1; i < lines.size(); i++) {
            fencesAfter += CodeFences.fenceRun(lines, i) > 0 ? 1 : 0;
        }
        return new Fact.FenceFlipped(sectionOf(lines, fenced, from, line), lines.get(line).strip(), added, line + 1,
                openNow, fencesAfter, lines.size() - line - 1);
    }

    /** The title of the last ATX heading outside code before the line, or "" (the text before the first heading). */
    private static String sectionOf(List<String> lines, boolean[] fenced, int from, int line) {
        for (int i = line - 1; i >= from; i--) {
            String s = lines.get(i);
            int at = CodeFences.textStart(s);
            if (fenced[i] || at > 3 || at >= s.length() || s.charAt(at) != '#') {
                continue;
            }
            int hashes = at;
            while (hashes < s.length() && s.charAt(hashes) == '#') {
                hashes++;
            }
            if (hashes - at > 6 || hashes < s.length() && s.charAt(hashes) != ' ' && s.charAt(hashes) != '\t') {
                continue;
            }
            String title = s.substring(hashes).strip();
            // a closing sequence of #s, after a space, is no part of the title
            int end = title.length();
            while (end > 0 && title.charAt(end - 1) == '#') {
                end--;
            }
            if (end == 0 || end < title.length() && title.charAt(end - 1) == ' ') {
                title = title.substring(0, end).strip();
            }
            return title;
        }
        return "";
    }
}
