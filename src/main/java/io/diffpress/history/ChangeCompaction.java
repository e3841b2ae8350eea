package io.diffpress.history;

/**
 * Slides groups of changed lines up and down where equal lines allow it, as xdl_change_compact()
 * of git 2.39 does, so that hunks look like git's: groups merge when they touch, line up with a
 * change in the other file when they can, and otherwise settle where the indent heuristic
 * (diff.indentHeuristic, on by default) scores the split best. Line counts do not change.
 * {@code changed} arrays are indexed record + 1 and have a false sentinel at both ends.
 */
final class ChangeCompaction {

    private static final int MAX_INDENT = 200;
    private static final int MAX_BLANKS = 20;
    private static final int START_OF_FILE_PENALTY = 1;
    private static final int END_OF_FILE_PENALTY = 21;
    private static final int TOTAL_BLANK_WEIGHT = -30;
    private static final int POST_BLANK_WEIGHT = 6;
    private static final int RELATIVE_INDENT_PENALTY = -4;
    private static final int RELATIVE_INDENT_WITH_BLANK_PENALTY = 10;
    private static final int RELATIVE_OUTDENT_PENALTY = 24;
    private static final int RELATIVE_OUTDENT_WITH_BLANK_PENALTY = 17;
    private static final int RELATIVE_DEDENT_PENALTY = 23;
    private static final int RELATIVE_DEDENT_WITH_BLANK_PENALTY = 17;
    private static final int INDENT_WEIGHT = 60;
    private static final int INDENT_HEURISTIC_MAX_SLIDING = 100;

    private final LineRecords lines;
    private final boolean[] changed;
    private final LineRecords otherLines;
    private final boolean[] otherChanged;

    private ChangeCompaction(LineRecords lines, boolean[] changed, LineRecords otherLines, boolean[] otherChanged) {
        this.lines = lines;
        this.changed = changed;
        this.otherLines = otherLines;
        this.otherChanged = otherChanged;
    }

    /** A run of changed lines [start, end); empty groups sit between unchanged lines. */
    private static final class Group {
        int start;
        int end;
    }

    static void compact(LineRecords lines, boolean[] changed, LineRecords otherLines, boolean[] otherChanged,
                        boolean indentHeuristic) {
        new ChangeCompaction(lines, changed, otherLines, otherChanged).run(indentHeuristic);
    }

    private boolean isChanged(boolean[] flags, int record) {
        return flags[record + 1];
    }

    private void run(boolean indentHeuristic) {
        Group g = new Group();
        Group go = new Group();
        groupInit(changed, g);
        groupInit(otherChanged, go);

        while (true) {
            if (g.end != g.start) {
                int groupSize;
                int earliestEnd;
                int endMatchingOther;
                do {
                    groupSize = g.end - g.start;
                    endMatchingOther = -1;

                    while (slideUp(g)) {
                        if (!groupPrevious(otherChanged, go)) {
                            throw new IllegalStateException("group sync broken sliding up");
                        }
                    }
                    earliestEnd = g.end;
                    if (go.end > go.start) {
                        endMatchingOther = g.end;
                    }
                    while (slideDown(g)) {
                        if (!groupNext(otherLines, otherChanged, go)) {
                            throw new IllegalStateException("group sync broken sliding down");
                        }
                        if (go.end > go.start) {
                            endMatchingOther = g.end;
                        }
                    }
                } while (groupSize != g.end - g.start);

                if (g.end == earliestEnd) {
                    // no shifting was possible
                } else if (endMatchingOther != -1) {
                    // Line the group up with the last change of the other file it can align with.
                    while (go.end == go.start) {
                        if (!slideUp(g)) {
                            throw new IllegalStateException("match disappeared");
                        }
                        if (!groupPrevious(otherChanged, go)) {
                            throw new IllegalStateException("group sync broken sliding to match");
                        }
                    }
                } else if (indentHeuristic) {
                    int shift = earliestEnd;
                    if (g.end - groupSize - 1 > shift) {
                        shift = g.end - groupSize - 1;
                    }
                    if (g.end - INDENT_HEURISTIC_MAX_SLIDING > shift) {
                        shift = g.end - INDENT_HEURISTIC_MAX_SLIDING;
                    }
                    int bestShift = -1;
                    int bestIndent = 0;
                    int bestPenalty = 0;
                    for (; shift <= g.end; shift++) {
                        int[] score = new int[2];
                        scoreAddSplit(shift, score);
                        scoreAddSplit(shift - groupSize, score);
                        if (bestShift == -1 || scoreCompare(score[0], score[1], bestIndent, bestPenalty) <= 0) {
                            bestIndent = score[0];
                            bestPenalty = score[1];
                            bestShift = shift;
                        }
                    }
                    while (g.end > bestShift) {
                        if (!slideUp(g)) {
                            throw new IllegalStateException("best shift unreached");
                        }
                        if (!groupPrevious(otherChanged, go)) {
                            throw new IllegalStateException("group sync broken sliding to blank line");
                        }
                    }
                }
            }
            if (!groupNext(lines, changed, g)) {
                break;
            }
            if (!groupNext(otherLines, otherChanged, go)) {
                throw new IllegalStateException("group sync broken moving to next group");
            }
        }
        if (groupNext(otherLines, otherChanged, go)) {
            throw new IllegalStateException("group sync broken at end of file");
        }
    }

    private void groupInit(boolean[] flags, Group g) {
        g.start = 0;
        g.end = 0;
        while (isChanged(flags, g.end)) {
            g.end++;
        }
    }

    private boolean groupNext(LineRecords file, boolean[] flags, Group g) {
        if (g.end == file.count) {
            return false;
        }
        g.start = g.end + 1;
        for (g.end = g.start; isChanged(flags, g.end); g.end++) {
            // extend over the changed lines
        }
        return true;
    }

    private boolean groupPrevious(boolean[] flags, Group g) {
        if (g.start == 0) {
            return false;
        }
        g.end = g.start - 1;
        for (g.start = g.end; isChanged(flags, g.start - 1); g.start--) {
            // extend over the changed lines
        }
        return true;
    }

    /** group_slide_down(): possible when the group's first line equals the line after it. */
    private boolean slideDown(Group g) {
        if (g.end < lines.count && lines.classes[g.start] == lines.classes[g.end]) {
            changed[g.start++ + 1] = false;
            changed[g.end++ + 1] = true;
            while (isChanged(changed, g.end)) {
                g.end++;
            }
            return true;
        }
        return false;
    }

    /** group_slide_up(): possible when the group's last line equals the line before it. */
    private boolean slideUp(Group g) {
        if (g.start > 0 && lines.classes[g.start - 1] == lines.classes[g.end - 1]) {
            changed[--g.start + 1] = true;
            changed[--g.end + 1] = false;
            while (isChanged(changed, g.start - 1)) {
                g.start--;
            }
            return true;
        }
        return false;
    }

    /** get_indent(): columns of leading whitespace (TAB to 8), -1 for a blank line, at most 200. */
    private int indent(int record) {
        int ret = 0;
        byte[] data = lines.data;
        for (int i = lines.start(record), end = lines.end(record); i < end; i++) {
            int c = data[i];
            if (!isSpace(c)) {
                return ret;
            } else if (c == ' ') {
                ret += 1;
            } else if (c == '\t') {
                ret += 8 - ret % 8;
            }
            if (ret >= MAX_INDENT) {
                return MAX_INDENT;
            }
        }
        return -1;
    }

    /** git's own isspace() (sane_ctype): space, TAB, LF and CR only. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * measure_split() and score_add_split(): the badness of splitting above line {@code split},
     * added to score[0] (effective indent) and score[1] (penalty).
     */
    private void scoreAddSplit(int split, int[] score) {
        boolean endOfFile;
        int indent;
        if (split >= lines.count) {
            endOfFile = true;
            indent = -1;
        } else {
            endOfFile = false;
            indent = indent(split);
        }
        int preBlank = 0;
        int preIndent = -1;
        for (int i = split - 1; i >= 0; i--) {
            preIndent = indent(i);
            if (preIndent != -1) {
                break;
            }
            preBlank += 1;
            if (preBlank == MAX_BLANKS) {
                preIndent = 0;
                break;
            }
        }
        int postBlank = 0;
        int postIndent = -1;
        for (int i = split + 1; i < lines.count; i++) {
            postIndent = indent(i);
            if (postIndent != -1) {
                break;
            }
            postBlank += 1;
            if (postBlank == MAX_BLANKS) {
                postIndent = 0;
                break;
            }
        }

        int penalty = 0;
        if (preIndent == -1 && preBlank == 0) {
            penalty += START_OF_FILE_PENALTY;
        }
        if (endOfFile) {
            penalty += END_OF_FILE_PENALTY;
        }
        int blankAfter = indent == -1 ? 1 + postBlank : 0;
        int totalBlank = preBlank + blankAfter;
        penalty += TOTAL_BLANK_WEIGHT * totalBlank;
        penalty += POST_BLANK_WEIGHT * blankAfter;
        int effective = indent != -1 ? indent : postIndent;
        boolean anyBlanks = totalBlank != 0;
        score[0] += effective;
        if (effective == -1 || preIndent == -1) {
            // no further adjustment
        } else if (effective > preIndent) {
            penalty += anyBlanks ? RELATIVE_INDENT_WITH_BLANK_PENALTY : RELATIVE_INDENT_PENALTY;
        } else if (effective == preIndent) {
            // same level as the line before
        } else if (postIndent != -1 && postIndent > effective) {
            penalty += anyBlanks ? RELATIVE_OUTDENT_WITH_BLANK_PENALTY : RELATIVE_OUTDENT_PENALTY;
        } else {
            penalty += anyBlanks ? RELATIVE_DEDENT_WITH_BLANK_PENALTY : RELATIVE_DEDENT_PENALTY;
        }
        score[1] += penalty;
    }

    /** score_cmp(): the effective indent decides by a fixed weight, then the penalties. */
    private static int scoreCompare(int indent1, int penalty1, int indent2, int penalty2) {
        int cmpIndents = Integer.compare(indent1, indent2);
        return INDENT_WEIGHT * cmpIndents + (penalty1 - penalty2);
    }
}
