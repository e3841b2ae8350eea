package io.diffpress.insight;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The lines of a text as offsets into it: most lines of a changed page are only compared, scanned
 * or counted, which the text answers in place, so a line is copied out into a String only when
 * {@link #get} asks for it (and then kept). Lines are split as {@link String#lines()} splits them.
 */
final class Lines extends AbstractList<String> implements RandomAccess {

    private static final Lines EMPTY = new Lines("", new int[] {0}, new String[0], 0, 0);

    private final String text;
    /** Line i starts at starts[first + i] and ends one character before the next start. */
    private final int[] starts;
    /** Lines copied out so far, made when the first is (most lines are only read in place); shared with sub views made after. */
    private String[] made;
    private char[] chars;
    private final int first;
    private final int size;

    private Lines(String text, int[] starts, String[] made, int first, int size) {
        this.text = text;
        this.starts = starts;
        this.made = made;
        this.first = first;
        this.size = size;
    }

    /** The lines of a text, split at line feeds; a text with carriage returns is split by String.lines() and joined again. */
    static Lines of(String text) {
        if (text.indexOf('\r') >= 0) {
            return of(text.lines().toList());
        }
        if (text.isEmpty()) {
            return EMPTY;
        }
        int[] starts = new int[Math.max(16, text.length() >>> 5)];
        int lines = 0;
        for (int end = text.indexOf('\n'); ; end = text.indexOf('\n', end + 1)) {
            if (lines + 1 == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            if (end < 0) {
                break;
            }
            starts[++lines] = end + 1;
        }
        if (starts[lines] < text.length()) {
            starts[++lines] = text.length() + 1; // the last line has no line feed: as if one ended it
        }
        return new Lines(text, starts, null, 0, lines);
    }

    /**
     * The lines of one version of a change, where the history stage's line diff found them to start,
     * without looking for them again; null when its offsets do not fit this text: they count bytes,
     * which are the text's characters only when every byte was one character (ASCII, mostly), and a
     * text with a carriage return is split otherwise here. So a text read here holds no carriage
     * return, which {@link FactFinder} relies on to tell its line endings without looking again.
     */
    static Lines atOffsets(String text, io.diffpress.history.LineEdits edits, boolean old) {
        if (!edits.hasOffsets()) {
            return null;
        }
        int n = old ? edits.oldLines() : edits.newLines();
        int length = text.length();
        if ((old ? edits.oldOffset(n) : edits.newOffset(n)) != length || text.indexOf('\r') >= 0) {
            return null;
        }
        if (n == 0) {
            return length == 0 ? EMPTY : null;
        }
        int[] starts = edits.offsets(old);
        // a few lines end with a line feed where the offsets say (a check that they are this text's that
        // reads a few characters: reading every line's end would bring the whole text into the cache)
        if (starts[0] != 0 || !endsWithLineFeed(text, starts, 1) || !endsWithLineFeed(text, starts, n >>> 1)
                || !endsWithLineFeed(text, starts, n - 1)) {
            return null;
        }
        if (text.charAt(length - 1) != '\n') {
            starts[n] = length + 1; // the last line has no line feed: as if one ended it
        }
        return new Lines(text, starts, null, 0, n);
    }

    /** Whether line i - 1 of the offsets ends with a line feed before line i (true for i outside 1..n-1). */
    private static boolean endsWithLineFeed(String text, int[] starts, int i) {
        return i < 1 || i >= starts.length - 1 || starts[i] > starts[i - 1] && starts[i] <= text.length() && text.charAt(starts[i] - 1) == '\n';
    }

    /**
     * The lines of text, a new version of other (lines of a text split by {@link #of(String)}) whose
     * line diff is edits: lines before the first change and after the last are those of other, at
     * the same offsets from the start and from the end, so only the lines between are looked for.
     * Falls back on {@link #of(String)} when the diff does not fit (other lines, a carriage return).
     */
    static Lines of(String text, Lines other, io.diffpress.history.LineEdits edits) {
        int n = other.size;
        int runs = edits.runs();
        if (runs == 0 || n == 0 || other.first != 0 || edits.oldLines() != n
                || other.text.indexOf('\r') >= 0 || text.indexOf('\r') >= 0) {
            return of(text);
        }
        int m = edits.newLines();
        int head = edits.oldStart(0);
        int last = runs - 1;
        int tail = n - edits.oldStart(last) - edits.oldCount(last);
        if (head != edits.newStart(0) || tail != m - edits.newStart(last) - edits.newCount(last) || head > m || tail < 0
                || head + tail > Math.min(n, m)) {
            return of(text);
        }
        int shift = text.length() - other.text.length();
        int[] starts = new int[m + 1];
        System.arraycopy(other.starts, 0, starts, 0, head + 1);
        int line = head;
        int at = other.starts[head];
        if (tail > 0) {
            // the lines between end with the line feed just before the tail
            int tailStart = other.starts[n - tail] + shift;
            if (tailStart < 1 || tailStart > text.length() || text.charAt(tailStart - 1) != '\n') {
                return of(text);
            }
            while (at < tailStart) {
                int end = text.indexOf('\n', at);
                if (end < 0 || end >= tailStart || line + 1 > m - tail) {
                    return of(text);
                }
                starts[++line] = at = end + 1;
            }
            if (line != m - tail || at != tailStart) {
                return of(text);
            }
            for (int k = 1; k <= tail; k++) {
                starts[line + k] = other.starts[n - tail + k] + shift;
            }
        } else {
            while (at < text.length()) {
                int end = text.indexOf('\n', at);
                if (line + 1 > m) {
                    return of(text);
                }
                starts[++line] = at = end < 0 ? text.length() + 1 : end + 1;
            }
            if (line != m) {
                return of(text);
            }
        }
        return new Lines(text, starts, null, 0, m);
    }

    /**
     * These lines with line i taken out: its text cut out of the page's, the other lines read in place as before
     * (copying every line out would cost more than the comparison it serves).
     */
    Lines without(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        int from = starts[first + i];
        int to = starts[first + i + 1];
        int end = Math.min(starts[first + size], text.length());
        String cut;
        int length;
        if (to > text.length()) {
            // the last line, with no line feed: the line before ends with its own
            cut = text.substring(starts[first], from);
            length = 0;
        } else {
            cut = new StringBuilder(end - starts[first] - (to - from)).append(text, starts[first], from).append(text, to, end).toString();
            length = to - from;
        }
        int base = starts[first];
        int[] s = new int[size];
        for (int k = 0; k <= i; k++) {
            s[k] = starts[first + k] - base;
        }
        for (int k = i + 1; k < size; k++) {
            s[k] = starts[first + k + 1] - base - length;
        }
        return new Lines(cut, s, null, 0, size - 1);
    }

    /** The given lines as Lines: themselves when they are, else joined into one text. */
    static Lines of(List<String> lines) {
        if (lines instanceof Lines l) {
            return l;
        }
        if (lines.isEmpty()) {
            return EMPTY;
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[lines.size() + 1];
        String[] made = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = text.length();
            made[i] = lines.get(i);
            text.append(made[i]).append('\n');
        }
        starts[lines.size()] = text.length();
        return new Lines(text.toString(), starts, made, 0, lines.size());
    }

    @Override
    public String get(int i) {
        if (made == null) {
            made = new String[first + size];
        }
        String line = made[first + i];
        if (line == null) {
            line = made[first + i] = text.substring(start(i), end(i));
        }
        return line;
    }

    @Override
    public int size() {
        return size;
    }

    /** Lines [from, to) as Lines of the same text (and its characters, once made). */
    Lines sub(int from, int to) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException(from + ".." + to + " of " + size);
        }
        Lines sub = new Lines(text, starts, made, first + from, to - from);
        sub.chars = chars;
        return sub;
    }

    /** The text the lines are in; line i is text[start(i), end(i)). */
    String text() {
        return text;
    }

    int start(int i) {
        return starts[first + i];
    }

    int end(int i) {
        return starts[first + i + 1] - 1;
    }

    int length(int i) {
        return starts[first + i + 1] - 1 - starts[first + i];
    }

    /** Whether line i equals line j of other: in the texts themselves unless both have their characters made. */
    boolean same(int i, Lines other, int j) {
        int n = length(i);
        if (n != other.length(j)) {
            return false;
        }
        if (chars != null && other.chars != null) {
            return Arrays.equals(chars, start(i), start(i) + n, other.chars, other.start(j), other.start(j) + n);
        }
        return text.regionMatches(start(i), other.text, other.start(j), n);
    }

    /**
     * How many lines at the start of these and of other are the same: the texts are compared at
     * once, not line by line, a block of characters at a time through two small buffers, so the
     * common head (most of a changed page) is never copied out whole.
     */
    int sameHead(Lines other) {
        int n = Math.min(size, other.size);
        if (n == 0) {
            return 0;
        }
        int from = start(0);
        int otherFrom = other.start(0);
        int at = mismatch(text, from, Math.min(text.length(), starts[first + n]),
                other.text, otherFrom, Math.min(other.text.length(), other.starts[other.first + n]));
        int same = 0;
        if (at < 0) {
            return n;
        }
        // a line whose line feed too is before the first difference is the same on both sides
        while (same < n && starts[first + same + 1] <= from + at) {
            same++;
        }
        while (same < n && same(same, other, same)) {
            same++;
        }
        return same;
    }

    /**
     * How many of the last max lines of these and of other are the same (max at most either size):
     * the texts are compared from their ends a block of characters at a time, as {@link #sameHead}.
     */
    int sameTail(Lines other, int max) {
        if (max <= 0) {
            return 0;
        }
        // the last max lines on each side, without the last line's line feed (one side may lack it)
        int from = start(size - max);
        int to = end(size - 1);
        int common = commonSuffix(text, from, to, other.text, other.start(other.size - max), other.end(other.size - 1));
        int same = 0;
        // a line that, with the line feed before it, is within the common end is the same on both sides
        while (same < max && to - start(size - 1 - same) < common) {
            same++;
        }
        while (same < max && same(size - 1 - same, other, other.size - 1 - same)) {
            same++;
        }
        return same;
    }

    /** How many characters at the ends of a[aFrom, aTo) and b[bFrom, bTo) are the same, read in blocks. */
    private static int commonSuffix(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        char[] x = new char[BLOCK];
        char[] y = new char[BLOCK];
        int n = Math.min(aTo - aFrom, bTo - bFrom);
        for (int done = 0; done < n; done += BLOCK) {
            int k = Math.min(BLOCK, n - done);
            a.getChars(aTo - done - k, aTo - done, x, 0);
            b.getChars(bTo - done - k, bTo - done, y, 0);
            if (!Arrays.equals(x, 0, k, y, 0, k)) {
                int i = k - 1;
                while (x[i] == y[i]) {
                    i--;
                }
                return done + k - 1 - i;
            }
        }
        return n;
    }

    private static final int BLOCK = 256;

    /** Arrays.mismatch of a[aFrom, aTo) and b[bFrom, bTo), read in blocks of characters. */
    private static int mismatch(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        char[] x = new char[BLOCK];
        char[] y = new char[BLOCK];
        int n = Math.min(aTo - aFrom, bTo - bFrom);
        for (int done = 0; done < n; done += BLOCK) {
            int k = Math.min(BLOCK, n - done);
            a.getChars(aFrom + done, aFrom + done + k, x, 0);
            b.getChars(bFrom + done, bFrom + done + k, y, 0);
            int at = Arrays.mismatch(x, 0, k, y, 0, k);
            if (at >= 0) {
                return done + at;
            }
        }
        return aTo - aFrom == bTo - bFrom ? -1 : n;
    }

    /** Characters holding lines [from, to): line i of them starts at start(i) - base in chars. */
    record Window(char[] chars, int base) {
    }

    /**
     * The characters of lines [from, to): those of the whole text when they are made or the lines
     * are most of it (an added page), else a copy of just these lines.
     */
    Window window(int from, int to) {
        if (from < to && chars == null && 2 * (end(to - 1) - start(from)) > text.length()) {
            return new Window(chars(), 0);
        }
        return window(from, to, new char[0]);
    }

    /**
     * The characters of lines [from, to): those of the whole text when they are made, else the lines
     * copied into buffer when it is long enough (the caller must be done with them before it is
     * used again), else into a new array.
     */
    Window window(int from, int to, char[] buffer) {
        if (from >= to) {
            return new Window(buffer, 0);
        }
        if (chars != null) {
            return new Window(chars, 0);
        }
        int s = start(from);
        int e = end(to - 1);
        char[] out = buffer.length >= e - s ? buffer : new char[e - s];
        text.getChars(s, e, out, 0);
        return new Window(out, s);
    }

    /** The characters of the text, made when first asked for: arrays compare ranges many characters at a time. */
    char[] chars() {
        if (chars == null) {
            chars = text.toCharArray();
        }
        return chars;
    }

    /** Whether any of lines [from, to) holds a or b. */
    boolean containsAny(char a, char b, int from, int to) {
        if (from >= to) {
            return false;
        }
        int s = start(from);
        int e = end(to - 1);
        int at = next(0, a, s);
        if (at >= 0 && at < e) {
            return true;
        }
        at = next(1, b, s);
        return at >= 0 && at < e;
    }

    /**
     * Per memo slot (0 and 1): the character searched for, the offset searched from, and where it was
     * found (-1: nowhere after). Chunks are asked about in text order, so each character's searches in
     * all take one pass over the text, by String.indexOf.
     */
    private char memoChar0;
    private char memoChar1;
    private int memoFrom0 = Integer.MAX_VALUE;
    private int memoFrom1 = Integer.MAX_VALUE;
    private int memoAt0;
    private int memoAt1;

    /** text.indexOf(c, from), answered from the last search for c when it tells. */
    private int next(int slot, char c, int from) {
        if (slot == 0) {
            if (memoChar0 == c && memoFrom0 <= from && (memoAt0 < 0 || memoAt0 >= from)) {
                return memoAt0;
            }
            memoChar0 = c;
            memoFrom0 = from;
            return memoAt0 = text.indexOf(c, from);
        }
        if (memoChar1 == c && memoFrom1 <= from && (memoAt1 < 0 || memoAt1 >= from)) {
            return memoAt1;
        }
        memoChar1 = c;
        memoFrom1 = from;
        return memoAt1 = text.indexOf(c, from);
    }
}
