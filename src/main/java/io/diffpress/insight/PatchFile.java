package io.diffpress.insight;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import io.diffpress.history.ChangeStatus;
import io.diffpress.history.FileChange;
import io.diffpress.history.FileKind;
import io.diffpress.history.ModeChange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unified diff ({@code diff -u}) or git patch ({@code git diff}, {@code git format-patch}) read
 * into file changes, so a change can be explained without its repository. Only the hunks are
 * known: the changes carry no full texts, so their facts come from the lines the hunks show
 * (and say so). Hunks are read by the line counts of their {@code @@} headers, as {@code git apply}
 * does, so a mail signature ({@code -- }) after the last hunk is not taken for a removed line.
 */
public final class PatchFile {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*$");
    private static final Pattern SIMILARITY = Pattern.compile("^(?:similarity|dissimilarity) index (\\d+)%$");
    private static final Pattern MODE = Pattern.compile("^(?:new file mode|deleted file mode|new mode|old mode) (\\d+)$");
    private static final Pattern INDEX_MODE = Pattern.compile("^index [0-9a-f]+\\.\\.[0-9a-f]+ (\\d+)$");
    private static final String NO_FILE = "/dev/null";

    private final String name;
    private final String[] lines;
    private final List<FileChange> changes = new ArrayList<>();
    private Entry entry;

    private PatchFile(String name, String text) {
        this.name = name;
        this.lines = text.replace("\r\n", "\n").split("\n", -1);
    }

    /** Reads a patch file; a missing, unreadable or malformed file is an error naming the file and line. */
    public static List<FileChange> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw error(file + ": no such file");
        } catch (IOException e) {
            throw error(file + ": cannot read the patch: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw error(file + ": is not valid UTF-8 text, so it is not a patch diffpress can read");
        }
        return parse(file.toString(), text);
    }

    /** The file changes of a patch's text; {@code name} names it in errors. */
    public static List<FileChange> parse(String name, String text) {
        return new PatchFile(name, text).changes();
    }

    /** What the headers of one file's section say, and its hunks so far. */
    private static final class Entry {
        final int line;
        final boolean git;
        String oldPath;
        String newPath;
        boolean added;
        boolean removed;
        String movedFrom;
        boolean copied;
        int similarity = 100;
        String mode = "";
        String oldMode = "";
        boolean binary;
        boolean headerDone;
        /** The "diff --git" line named no "b/" path: only a ---/+++ pair or rename lines may name the file then. */
        boolean namesUnsure;
        final StringBuilder hunks = new StringBuilder();
        int additions;
        int deletions;

        Entry(int line, boolean git) {
            this.line = line;
            this.git = git;
        }
    }

    private List<FileChange> changes() {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("diff --git ")) {
                finish();
                entry = new Entry(i + 1, true);
                gitPaths(line.substring("diff --git ".length()));
            } else if (line.startsWith("--- ") && i + 1 < lines.length && lines[i + 1].startsWith("+++ ")) {
                if (entry == null || !entry.git || entry.headerDone || entry.hunks.length() > 0) {
                    finish();
                    entry = new Entry(i + 1, false);
                }
                entry.oldPath = headerPath(line.substring(4), i + 1);
                entry.newPath = headerPath(lines[i + 1].substring(4), i + 2);
                entry.headerDone = true;
                i++;
            } else if (line.startsWith("--- ") && entry != null && entry.hunks.length() == 0 && !entry.headerDone) {
                // a '---' line whose '+++' line is missing: a patch cut short (an audit found it read as "modified, 0 lines")
                throw error(name + ":" + (i + 1) + ": a '---' line without the '+++' line after it; is the patch cut short?");
            } else if (entry != null && line.startsWith("@@")) {
                i = hunk(i);
            } else if (entry != null && entry.hunks.length() == 0) {
                header(line);
            }
        }
        finish();
        if (changes.isEmpty()) {
            throw error(name + ": no file diffs found: expected a unified diff or git patch "
                    + "(lines '--- a/PATH' and '+++ b/PATH', then '@@ -1,2 +1,3 @@' hunks)");
        }
        return List.copyOf(changes);
    }

    /** The extended header lines of git: new/deleted file, renames, copies, modes, binary. */
    private void header(String line) {
        Matcher m;
        if (line.startsWith("new file mode ")) {
            entry.added = true;
        } else if (line.startsWith("deleted file mode ")) {
            entry.removed = true;
        } else if (line.startsWith("rename from ") || line.startsWith("copy from ")) {
            entry.movedFrom = unquote(line.substring(line.indexOf(" from ") + 6));
            entry.copied = line.startsWith("copy");
        } else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
            entry.newPath = unquote(line.substring(line.indexOf(" to ") + 4));
        } else if ((m = SIMILARITY.matcher(line)).matches()) {
            // git's dissimilarity index (a rewrite, -B) is the share that changed: the similarity is what is left
            entry.similarity = line.startsWith("dissimilarity") ? 100 - percent(m.group(1)) : percent(m.group(1));
        } else if (line.startsWith("Binary files ") || line.equals("GIT binary patch")) {
            entry.binary = true;
        }
        if ((m = MODE.matcher(line)).matches() && line.startsWith("old mode")) {
            entry.oldMode = m.group(1);
        } else if (m.matches()) {
            entry.mode = m.group(1);
        } else if ((m = INDEX_MODE.matcher(line)).matches()) {
            entry.mode = m.group(1);
        }
    }

    /** A similarity index, which git writes from 0 to 100: anything above is taken as 100. */
    private static int percent(String digits) {
        try {
            return Math.min(100, Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            return 100; // more digits than an int holds
        }
    }

    /** A line count of the hunk header at {@code start}: a patch cannot hold more lines than an int counts. */
    private int count(String digits, int start) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw error(name + ":" + (start + 1) + ": malformed hunk header '" + lines[start] + "': the line count " + digits
                    + " is too large");
        }
    }

    /** Reads the hunk whose header is at {@code start} by its line counts; returns the index of its last line. */
    private int hunk(int start) {
        Matcher m = HUNK.matcher(lines[start]);
        if (!m.matches()) {
            throw error(name + ":" + (start + 1) + ": malformed hunk header '" + lines[start]
                    + "' (expected '@@ -OLD,COUNT +NEW,COUNT @@')");
        }
        int oldLeft = m.group(2) == null ? 1 : count(m.group(2), start);
        int newLeft = m.group(4) == null ? 1 : count(m.group(4), start);
        entry.hunks.append(lines[start]).append('\n');
        int i = start + 1;
        while (oldLeft > 0 || newLeft > 0) {
            // the last element of the split is what follows the final newline: not a line
            if (i >= lines.length - 1 && (i >= lines.length || lines[i].isEmpty())) {
                throw hunkEndsEarly(start, oldLeft, newLeft);
            }
            String line = lines[i];
            char kind = line.isEmpty() ? ' ' : line.charAt(0); // an empty line is context whose space was stripped
            switch (kind) {
                case ' ' -> { oldLeft--; newLeft--; }
                case '-' -> { oldLeft--; entry.deletions++; }
                case '+' -> { newLeft--; entry.additions++; }
                case '\\' -> { }
                default -> throw hunkEndsEarly(start, oldLeft, newLeft);
            }
            if (oldLeft < 0 || newLeft < 0) {
                throw error(name + ":" + (i + 1) + ": the hunk at line " + (start + 1) + " has more lines than its header counts");
            }
            entry.hunks.append(line.isEmpty() ? " " : line).append('\n');
            i++;
        }
        if (i < lines.length && lines[i].startsWith("\\")) {
            entry.hunks.append(lines[i]).append('\n'); // "\ No newline at end of file" after the last line
            i++;
        }
        if (i < lines.length && looksLikeHunkLine(lines[i])) {
            throw error(name + ":" + (i + 1) + ": the hunk at line " + (start + 1) + " has more lines than its header counts");
        }
        return i - 1;
    }

    /** A changed or context line right after a complete hunk: its header undercounts. A mail signature "-- " is not one. */
    private static boolean looksLikeHunkLine(String line) {
        return line.startsWith("+") || line.startsWith(" ")
                || (line.startsWith("-") && !line.equals("-- ") && !line.startsWith("--- "));
    }

    private DiffpressException hunkEndsEarly(int start, int oldLeft, int newLeft) {
        return error(name + ":" + (start + 1) + ": the hunk ends early: its header counts " + oldLeft
                + " more old and " + newLeft + " more new lines than follow");
    }

    private void finish() {
        Entry e = entry;
        entry = null;
        if (e == null) {
            return;
        }
        if (e.namesUnsure && !e.headerDone && e.movedFrom == null) {
            // "diff --git a/doc" and nothing after it to name the file: a line cut short, not a file "a/doc" (an audit)
            throw error(name + ":" + e.line + ": a 'diff --git' line without the new file's name ('a/PATH b/PATH'); is the patch cut short?");
        }
        boolean added = e.added || NO_FILE.equals(e.oldPath);
        boolean removed = e.removed || NO_FILE.equals(e.newPath);
        String oldPath = e.movedFrom != null ? e.movedFrom : e.oldPath;
        String path = removed ? oldPath : e.newPath;
        if (path == null || path.isEmpty() || path.equals(NO_FILE)) {
            throw error(name + ":" + e.line + ": a file diff without a file name");
        }
        ChangeStatus status = added ? ChangeStatus.ADDED : removed ? ChangeStatus.REMOVED
                : e.movedFrom != null ? (e.copied ? ChangeStatus.COPIED : ChangeStatus.RENAMED) : ChangeStatus.MODIFIED;
        boolean moved = status == ChangeStatus.RENAMED || status == ChangeStatus.COPIED;
        FileKind kind = switch (e.mode) {
            case "120000" -> FileKind.SYMLINK;
            case "160000" -> FileKind.SUBMODULE;
            default -> FileKind.FILE;
        };
        changes.add(new FileChange(path, moved ? Optional.ofNullable(oldPath) : Optional.empty(), status,
                moved ? e.similarity : 100, kind, e.binary, e.additions, e.deletions, e.hunks.toString(), false,
                Optional.empty(), Optional.empty()).withMode(modeChange(e)));
    }

    /** The "old mode" and "new mode" lines' change; none without both, or with digits that are not an octal mode. */
    private static ModeChange modeChange(Entry e) {
        if (e.oldMode.isEmpty() || e.mode.isEmpty() || e.oldMode.length() > 7 || e.mode.length() > 7) {
            return ModeChange.NONE;
        }
        try {
            return ModeChange.of(Integer.parseInt(e.oldMode, 8), Integer.parseInt(e.mode, 8));
        } catch (NumberFormatException notOctal) {
            return ModeChange.NONE;
        }
    }

    /** The paths of a "diff --git a/X b/Y" line; the ---/+++ or rename lines, when present, replace them. */
    private void gitPaths(String rest) {
        String oldPath;
        String newPath;
        if (rest.startsWith("\"")) {
            int end = closingQuote(rest);
            oldPath = unquote(rest.substring(0, end + 1));
            newPath = unquote(rest.substring(end + 1).strip());
        } else if (rest.endsWith("\"")) {
            int open = rest.lastIndexOf(" \"");
            oldPath = rest.substring(0, Math.max(0, open));
            newPath = unquote(rest.substring(open + 1));
        } else {
            // "a/P b/P": without a rename both halves are the same path, which may contain spaces
            int half = (rest.length() - 1) / 2;
            if (rest.length() % 2 == 1 && rest.charAt(half) == ' '
                    && rest.substring(2, half).equals(rest.substring(half + 3))) {
                oldPath = rest.substring(0, half);
                newPath = rest.substring(half + 1);
            } else {
                int space = rest.indexOf(" b/");
                oldPath = space < 0 ? rest : rest.substring(0, space);
                newPath = space < 0 ? rest : rest.substring(space + 1);
                entry.namesUnsure = space < 0;
            }
        }
        entry.oldPath = stripPrefix(oldPath, "a/");
        entry.newPath = stripPrefix(newPath, "b/");
    }

    /** A ---/+++ file name: timestamps after a TAB dropped, C quotes undone, a/ and b/ prefixes removed. */
    private String headerPath(String field, int line) {
        int tab = field.indexOf('\t');
        String path = unquote(tab >= 0 ? field.substring(0, tab) : field.strip());
        if (path.isEmpty()) {
            throw error(name + ":" + line + ": a '---' or '+++' line without a file name");
        }
        if (path.equals(NO_FILE)) {
            return path;
        }
        return stripPrefix(stripPrefix(path, "a/"), "b/");
    }

    private static String stripPrefix(String path, String prefix) {
        return path.startsWith(prefix) && path.length() > prefix.length() ? path.substring(prefix.length()) : path;
    }

    private static int closingQuote(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        return s.length() - 1;
    }

    /** Undoes git's C-style quoting of names with special characters ("a/\346\227\245.md"). */
    static String unquote(String field) {
        if (field.length() < 2 || !field.startsWith("\"") || !field.endsWith("\"")) {
            return field;
        }
        byte[] raw = field.substring(1, field.length() - 1).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '\\' || i + 1 >= raw.length) {
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
                    // three octal digits, the first up to 3 (a byte); anything else (\399, which git never writes) as written
                    if (c >= '0' && c <= '3' && i + 2 < raw.length && raw[i + 1] >= '0' && raw[i + 1] <= '7'
                            && raw[i + 2] >= '0' && raw[i + 2] <= '7') {
                        bytes.write(Integer.parseInt(new String(raw, i, 3, StandardCharsets.US_ASCII), 8));
                        i += 2;
                    } else {
                        bytes.write(raw[i]);
                    }
                }
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static DiffpressException error(String message) {
        return DiffpressException.input(Stage.INSIGHT, "patch " + message);
    }
}
