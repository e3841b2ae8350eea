package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of both versions that a unified diff shows: context and removed lines make the
 * old fragment, context and added lines the new one. Used when the full texts are missing
 * (too large, or only a patch was given), so facts can still name what the visible lines contain.
 * <p>
 * A hunk may begin or end inside a fenced code block, and read alone its code would become
 * headings and its prose code. A fence line with an info string ({@code ```yaml}) can only open a
 * block, which decides where most hunks start; a hunk still undecided (a lone bare fence line) is
 * left out and only counted in {@link #cutHunks}.
 *
 * @param before   old fragment lines, a blank line between hunks, and an {@link #UNSEEN} heading where lines are not shown
 * @param after    new fragment lines, likewise
 * @param cutHunks hunks left out because it is not known where their code blocks start
 */
record HunkText(List<String> before, List<String> after, int cutHunks) {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    /** A table's delimiter row: three dashes at least per cell, as the Markdown reader asks (a row of "-" cells is a row). */
    private static final Pattern DELIMITER = Pattern.compile("\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*(:?-{3,}:?\\s*)?");
    private static final Pattern HEADER = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+\\d+(?:,\\d+)? @@.*");

    /**
     * The title of the heading put where the diff does not show the lines before a hunk (the page's start or a gap
     * between hunks): the section a hunk's lines are in is then not known, and {@link Phrasing} says so rather than
     * name the section of an earlier hunk, or the top of the page. A private-use character, which no page's heading is.
     */
    static final String UNSEEN = "\uE000";

    /**
     * The start of the header cells put over table rows that a hunk begins with, whose own header the diff does not
     * show: "\uE0011", "\uE0012"… ({@link Phrasing#column} says "column 2"). Without it, the rows read as a paragraph of
     * pipes, and a corrected row was told as text reworded.
     */
    static final String UNSEEN_COLUMN = "\uE001";

    static HunkText of(String diff) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<String> hunkBefore = null;
        List<String> hunkAfter = null;
        boolean unseen = false; // whether lines the diff does not show come before the hunk being read
        long nextOld = 1; // the old line after the last hunk read
        int cut = 0;
        for (String line : diff.split("\n", -1)) {
            if (line.startsWith("@@")) {
                int left = add(hunkBefore, hunkAfter, before, after, unseen);
                cut += left;
                hunkBefore = new ArrayList<>();
                hunkAfter = new ArrayList<>();
                Matcher header = HEADER.matcher(line);
                if (header.matches()) {
                    long start = Long.parseLong(header.group(1));
                    long count = header.group(2) == null ? 1 : Long.parseLong(header.group(2));
                    long first = count == 0 ? start + 1 : start; // "-3,0": lines go in after line 3
                    unseen = first > nextOld || left > 0; // a hunk left out is not shown either
                    nextOld = first + count;
                } else {
                    unseen = left > 0;
                }
            } else if (hunkBefore == null || line.startsWith("\\")) {
                continue;
            } else if (line.startsWith("+")) {
                hunkAfter.add(line.substring(1));
            } else if (line.startsWith("-")) {
                hunkBefore.add(line.substring(1));
            } else {
                String text = line.isEmpty() ? "" : line.substring(1);
                hunkBefore.add(text);
                hunkAfter.add(text);
            }
        }
        cut += add(hunkBefore, hunkAfter, before, after, unseen);
        return new HunkText(trimEnd(before), trimEnd(after), cut);
    }

    /**
     * Appends one hunk with its code blocks closed on both sides, after an {@link #UNSEEN} heading when lines it does
     * not show come before it; returns 1 when it had to be left out.
     */
    private static int add(List<String> hunkBefore, List<String> hunkAfter, List<String> before, List<String> after,
                           boolean unseen) {
        if (hunkBefore == null) {
            return 0;
        }
        List<Matcher> oldFences = fences(hunkBefore);
        List<Matcher> newFences = fences(hunkAfter);
        // both sides start at the hunk's first line, so inside or outside a block alike
        boolean fromOutside = opensOnlyWithInfo(oldFences, false) && opensOnlyWithInfo(newFences, false);
        boolean fromInside = opensOnlyWithInfo(oldFences, true) && opensOnlyWithInfo(newFences, true);
        boolean inside;
        if (fromOutside && fromInside) {
            if (oldFences.size() % 2 == 1 || newFences.size() % 2 == 1) {
                return 1; // a lone bare fence closes a block or opens one, and nothing says which
            }
            inside = false;
        } else if (fromOutside || fromInside) {
            inside = fromInside;
        } else {
            return 1;
        }
        if (!before.isEmpty() || !after.isEmpty()) {
            // a blank line keeps the last paragraph of one hunk from joining the next hunk's first
            before.add("");
            after.add("");
        }
        if (unseen) {
            for (List<String> side : List.of(before, after)) {
                side.add("# " + UNSEEN);
                side.add("");
            }
        }
        List<String> oldLines = closed(hunkBefore, oldFences, inside);
        List<String> newLines = closed(hunkAfter, newFences, inside);
        // (not at the page's start: rows there have no header, and are no table)
        int columns = inside || !unseen && before.isEmpty() ? 0 : headlessColumns(oldLines, newLines);
        if (columns > 0) {
            List<String> header = header(oldLines.get(0), columns);
            before.addAll(header);
            after.addAll(header);
        }
        before.addAll(oldLines);
        after.addAll(newLines);
        return 0;
    }

    /**
     * How many cells the table rows both sides of a hunk begin with have, when the hunk does not show their table's
     * header (the first line is a row not followed by a delimiter row, or the delimiter row itself, on both sides alike);
     * else 0. Both sides then get the same lines put over them, which the line counts of sections do not see as changed.
     */
    private static int headlessColumns(List<String> oldLines, List<String> newLines) {
        if (oldLines.isEmpty() || newLines.isEmpty() || !tableLine(oldLines.get(0)) || !tableLine(newLines.get(0))
                || delimiterRow(oldLines.get(0)) != delimiterRow(newLines.get(0))) {
            return 0;
        }
        for (List<String> lines : List.of(oldLines, newLines)) {
            if (!delimiterRow(lines.get(0)) && lines.size() > 1 && delimiterRow(lines.get(1))) {
                return 0; // the header is the first line: shown
            }
        }
        return Math.max(cells(oldLines.get(0)), cells(newLines.get(0)));
    }

    /** The header of numbered unseen columns, and its delimiter row unless the lines begin with theirs. */
    private static List<String> header(String firstLine, int columns) {
        StringBuilder names = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (int i = 1; i <= columns; i++) {
            names.append(' ').append(UNSEEN_COLUMN).append(i).append(" |");
            rule.append("---|");
        }
        return delimiterRow(firstLine) ? List.of(names.toString()) : List.of(names.toString(), rule.toString());
    }

    private static boolean tableLine(String line) {
        String t = line.strip();
        return t.startsWith("|") && t.length() > 1 && line.length() - line.stripLeading().length() < 4;
    }

    private static boolean delimiterRow(String line) {
        return tableLine(line) && DELIMITER.matcher(line.strip()).matches();
    }

    /** The cells of a row with a leading pipe: its unescaped pipes, less a trailing one. */
    private static int cells(String line) {
        String t = line.strip();
        int pipes = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\\') {
                i++;
            } else if (t.charAt(i) == '|') {
                pipes++;
            }
        }
        return t.endsWith("|") && !t.endsWith("\\|") ? pipes - 1 : pipes;
    }

    private static List<Matcher> fences(List<String> lines) {
        List<Matcher> fences = new ArrayList<>();
        for (String line : lines) {
            Matcher m = FENCE.matcher(line);
            if (m.matches()) {
                fences.add(m);
            }
        }
        return fences;
    }

    /** The lines with a fence before them when they start inside a code block, and after them when they end inside one. */
    private static List<String> closed(List<String> lines, List<Matcher> fences, boolean startsInside) {
        if (fences.isEmpty() && !startsInside) {
            return lines;
        }
        String fence = fences.isEmpty() ? "```" : fences.get(0).group(1).substring(0, 3);
        List<String> out = new ArrayList<>(lines.size() + 2);
        if (startsInside) {
            out.add(fence);
        }
        out.addAll(lines);
        if (startsInside ^ (fences.size() % 2 == 1)) { // ends inside a block
            out.add(fence);
        }
        return out;
    }

    /** True when, starting inside or outside a block, every fence with an info string comes where it opens one. */
    private static boolean opensOnlyWithInfo(List<Matcher> fences, boolean startInside) {
        boolean inside = startInside;
        for (Matcher fence : fences) {
            boolean info = !fence.group(2).isBlank();
            if (info && inside) {
                return false;
            }
            inside = !inside;
        }
        return true;
    }

    private static List<String> trimEnd(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isEmpty()) {
            end--;
        }
        return List.copyOf(lines.subList(0, end));
    }
}
