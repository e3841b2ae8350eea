package io.diffpress.history;

import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;

import java.nio.charset.StandardCharsets;

/**
 * Writes the hunks of a unified diff the way {@code git diff} does: three lines of context,
 * hunks merged when their context touches, git's default function-name line after the
 * hunk header, and "\ No newline at end of file" markers.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final int FUNC_NAME_MAX = 80;

    private final RawText a;
    private final RawText b;
    private final int maxLines;
    private final StringBuilder out = new StringBuilder();
    private int lines;
    private boolean cut;

    private UnifiedDiff(RawText a, RawText b, int maxLines) {
        this.a = a;
        this.b = b;
        this.maxLines = maxLines;
    }

    /** The diff text and whether it was cut after {@code maxLines} lines. */
    record Result(String text, boolean cut) {
    }

    static Result format(RawText a, RawText b, EditList edits, int maxLines) {
        UnifiedDiff diff = new UnifiedDiff(a, b, maxLines);
        diff.write(edits);
        return new Result(diff.out.toString(), diff.cut);
    }

    private void write(EditList edits) {
        int i = 0;
        while (i < edits.size() && !cut) {
            int j = i;
            while (j + 1 < edits.size() && edits.get(j + 1).getBeginA() - edits.get(j).getEndA() <= 2 * CONTEXT) {
                j++;
            }
            Edit first = edits.get(i);
            Edit last = edits.get(j);
            int aStart = Math.max(0, first.getBeginA() - CONTEXT);
            int bStart = Math.max(0, first.getBeginB() - CONTEXT);
            int aEnd = Math.min(a.size(), last.getEndA() + CONTEXT);
            int bEnd = Math.min(b.size(), last.getEndB() + CONTEXT);
            header(aStart, aEnd, bStart, bEnd);
            int ai = aStart;
            int bi = bStart;
            for (int k = i; k <= j && !cut; k++) {
                Edit e = edits.get(k);
                while (ai < e.getBeginA() && !cut) {
                    line(' ', a, ai++);
                    bi++;
                }
                for (int x = e.getBeginA(); x < e.getEndA() && !cut; x++) {
                    line('-', a, x);
                }
                for (int x = e.getBeginB(); x < e.getEndB() && !cut; x++) {
                    line('+', b, x);
                }
                ai = e.getEndA();
                bi = e.getEndB();
            }
            while (ai < aEnd && !cut) {
                line(' ', a, ai++);
            }
            i = j + 1;
        }
    }

    private void header(int aStart, int aEnd, int bStart, int bEnd) {
        StringBuilder h = new StringBuilder("@@ -").append(range(aStart, aEnd - aStart))
                .append(" +").append(range(bStart, bEnd - bStart)).append(" @@");
        String func = funcName(aStart - 1);
        if (!func.isEmpty()) {
            h.append(' ').append(func);
        }
        emit(h.toString());
    }

    private static String range(int start, int count) {
        if (count == 0) {
            return start + ",0";
        }
        return count == 1 ? String.valueOf(start + 1) : (start + 1) + "," + count;
    }

    /** git's default funcname rule: the nearest earlier line starting with a letter, '_' or '$'. */
    private String funcName(int from) {
        for (int i = from; i >= 0; i--) {
            String line = a.getString(i);
            if (!line.isEmpty()) {
                char c = line.charAt(0);
                if (Character.isLetter(c) && c < 128 || c == '_' || c == '$') {
                    String trimmed = line.stripTrailing();
                    byte[] bytes = trimmed.getBytes(StandardCharsets.UTF_8);
                    if (bytes.length > FUNC_NAME_MAX) {
                        trimmed = new String(bytes, 0, FUNC_NAME_MAX, StandardCharsets.UTF_8).replace("\uFFFD", "");
                    }
                    return trimmed;
                }
            }
        }
        return "";
    }

    private void line(char prefix, RawText text, int index) {
        emit(prefix + text.getString(index));
        if (index == text.size() - 1 && text.isMissingNewlineAtEnd()) {
            emit("\\ No newline at end of file");
        }
    }

    private void emit(String line) {
        if (lines >= maxLines) {
            cut = true;
            return;
        }
        out.append(line).append('\n');
        lines++;
    }
}
