package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One thing that is true of a diff, small enough to state in one sentence. Every fact carries
 * the names it is about (rows, items, headings, fields) exactly as the diff has them, its own
 * impact under the rules in {@code docs/insight-rules.md}, and its sentence in a locale.
 */
sealed interface Fact {

    /** The modification type this fact alone would give its file. */
    ChangeType impact();

    /** The fact as one sentence of Markdown; names from the diff are code spans. */
    String sentence(Phrasing p);

    /** The names from the diff this fact mentions, for finding names shared by several files. */
    default List<String> names() {
        return List.of();
    }

    /** Context facts (counts) support the text but are not listed as changes of their own. */
    default boolean context() {
        return false;
    }

    /** A short title for a file whose lead fact this is. */
    default Optional<String> title(Phrasing p, String file) {
        return Optional.empty();
    }

    /** A value as code, or the word that stands for its absence ("none", "the top level"): an empty code span shows nothing. */
    private static String codeOr(Phrasing p, String value, String wordKey) {
        return value.isEmpty() ? p.get(wordKey) : p.code(value);
    }

    /** A field without a value to show (null in YAML, or only spaces). */
    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * "{name} changed from {before} to {after}" under messageKey; a value that was or became empty is told as
     * filled in (messageKey + ".filled") or emptied (".emptied"): as a code span it would be a blank one.
     */
    private static String changedValue(Phrasing p, String messageKey, String name, String before, String after) {
        return changedValue(p, messageKey, p.code(name), name, before, after);
    }

    private static String changedValue(Phrasing p, String messageKey, String shownName, String name, String before, String after) {
        if (isBlank(before) != isBlank(after)) {
            return isBlank(before) ? p.get(messageKey + ".filled", shownName, "", p.code(after))
                    : p.get(messageKey + ".emptied", shownName, p.code(before));
        }
        // a long value cut short from its first difference would show an insertion as text replaced: say what went in
        // (or out) instead, when one value is the other with one stretch of words more
        String a = InlineCode.flatten(before, Integer.MAX_VALUE);
        String b = InlineCode.flatten(after, Integer.MAX_VALUE);
        if (Math.max(a.length(), b.length()) > InlineCode.MAX_CHARS) {
            Optional<String> inserted = insertion(a, b);
            if (inserted.isPresent()) {
                return p.get(messageKey + ".inserted", shownName, p.code(inserted.get()));
            }
            Optional<String> cut = insertion(b, a);
            if (cut.isPresent()) {
                return p.get(messageKey + ".cut", shownName, p.code(cut.get()));
            }
        }
        String[] values = p.changed(before, after);
        return p.get(messageKey, shownName, values[0], values[1]);
    }

    /**
     * The words {@code longer} has where {@code shorter} has none, when {@code longer} is {@code shorter} with one
     * stretch put in at a word's edge (a clause, an item of a list); else empty.
     */
    static Optional<String> insertion(String shorter, String longer) {
        if (longer.length() <= shorter.length()) {
            return Optional.empty();
        }
        int prefix = 0;
        while (prefix < shorter.length() && shorter.charAt(prefix) == longer.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter.length() - prefix
                && shorter.charAt(shorter.length() - 1 - suffix) == longer.charAt(longer.length() - 1 - suffix)) {
            suffix++;
        }
        if (prefix + suffix != shorter.length()) {
            return Optional.empty();
        }
        // the same text put in one or more places earlier reads the same ("java -jar" → "java -XX:+A -jar": "XX:+A -" after
        // "java -", or "-XX:+A " after "java "): the place that starts and ends at a space is the one a person typed (an
        // audit found "gained `XX:+UseParallelGC … -`")
        int length = longer.length() - suffix - prefix;
        int start = prefix;
        int best = prefix;
        int bestScore = spaced(longer, prefix, length);
        while (start > 0 && longer.charAt(start - 1) == longer.charAt(start - 1 + length)) {
            start--;
            int score = spaced(longer, start, length);
            if (score > bestScore) {
                best = start;
                bestScore = score;
            }
        }
        prefix = best;
        suffix = longer.length() - prefix - length;
        String chunk = longer.substring(prefix, longer.length() - suffix);
        boolean edgeBefore = prefix == 0 || !Character.isLetterOrDigit(longer.charAt(prefix - 1))
                || !Character.isLetterOrDigit(chunk.charAt(0));
        boolean edgeAfter = suffix == 0 || !Character.isLetterOrDigit(longer.charAt(longer.length() - suffix))
                || !Character.isLetterOrDigit(chunk.charAt(chunk.length() - 1));
        String words = chunk.strip();
        return edgeBefore && edgeAfter && words.codePoints().anyMatch(Character::isLetterOrDigit)
                ? Optional.of(words) : Optional.empty();
    }

    /** How many ends of the stretch [start, start + length) of a text meet a space (or the text's end): 0, 1 or 2. */
    private static int spaced(String text, int start, int length) {
        int end = start + length;
        boolean before = start == 0 || Character.isWhitespace(text.charAt(start - 1)) || Character.isWhitespace(text.charAt(start));
        boolean after = end == text.length() || Character.isWhitespace(text.charAt(end)) || Character.isWhitespace(text.charAt(end - 1));
        return (before ? 1 : 0) + (after ? 1 : 0);
    }

    /** The values of a list as FlatData writes one ("[a, b]"), or null for any other value. */
    private static List<String> listItems(String value) {
        if (value == null || value.length() < 2 || value.charAt(0) != '[' || value.charAt(value.length() - 1) != ']') {
            return null;
        }
        String inner = value.substring(1, value.length() - 1).strip();
        return inner.isEmpty() ? List.of() : List.of(inner.split(",\\s*"));
    }

    /** Where a field lives: front matter of a Markdown file, or the keys of a JSON/YAML file. */
    enum Scope {
        FRONT_MATTER, DATA;

        String key(String what) {
            return (this == FRONT_MATTER ? "fact.frontMatter." : "fact.data.") + what;
        }
    }

    /** How one cell of a table row changed. */
    record CellChange(String column, String before, String after) {
    }

    // ---- the file as a whole ----

    /** A file added; {@code kind} is "file", or "symlink" or "submodule" for an entry that is no file (word.KIND). */
    record FileAdded(String path, String kind) implements Fact {
        FileAdded(String path) {
            this(path, "file");
        }
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) {
            return kind.equals("file") ? p.get("fact.fileAdded", p.code(path)) : p.get("fact.entryAdded", p.code(path), p.get("word." + kind));
        }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(kind.equals("file") ? p.get("title.fileAdded", file) : p.get("title.entryAdded", file, p.get("word." + kind)));
        }
    }

    /** A file removed; {@code kind} as for {@link FileAdded}. */
    /** A file kept, all of its text deleted: what linked to it finds nothing there. */
    record FileEmptied(int lines) implements Fact {
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) { return p.count("fact.fileEmptied", lines, lines); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.fileEmptied", file)); }
    }

    /** A file that was empty, now with text. */
    record FileFilled(int lines) implements Fact {
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) { return p.count("fact.fileFilled", lines, lines); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.fileFilled", file)); }
    }

    record FileRemoved(String path, String kind) implements Fact {
        FileRemoved(String path) {
            this(path, "file");
        }
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) {
            return kind.equals("file") ? p.get("fact.fileRemoved", p.code(path)) : p.get("fact.entryRemoved", p.code(path), p.get("word." + kind));
        }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(kind.equals("file") ? p.get("title.fileRemoved", file) : p.get("title.entryRemoved", file, p.get("word." + kind)));
        }
    }

    /** A rename moves the published page, so links to the old path stop working. */
    record FileMoved(String oldPath, String path, int similarity, boolean copied) implements Fact {
        public ChangeType impact() { return copied ? ChangeType.NEW_FEATURE : ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) {
            return p.get(copied ? "fact.fileCopied" : "fact.fileRenamed", p.code(path), p.code(oldPath), similarity);
        }
        public Optional<String> title(Phrasing p, String file) {
            String oldFolder = folder(oldPath);
            String newFolder = folder(path);
            String oldName = oldPath.substring(oldFolder.isEmpty() ? 0 : oldFolder.length() + 1);
            String newName = path.substring(newFolder.isEmpty() ? 0 : newFolder.length() + 1);
            if (oldName.equals(newName)) {
                // the same name in another folder: the folders, told where they differ
                // ("src/main/…" to "src/test/…"), say more than a path cut short after 32 characters
                String[] where = oldFolder.isEmpty() || newFolder.isEmpty() ? new String[]{oldFolder, newFolder}
                        : differingFolders(oldFolder, newFolder);
                return Optional.of(p.get(copied ? "title.fileCopiedTo" : "title.fileMoved", file,
                        where[0].isEmpty() ? p.get("word.topFolder") : p.brief(where[0]),
                        where[1].isEmpty() ? p.get("word.topFolder") : p.brief(where[1])));
            }
            // in the same folder, the names are enough; else the paths, both (an audit found "Renamed `docs/old-page.md`
            // to `overview.md`" of a page moved to docs/legacy/)
            boolean sameFolder = oldFolder.equals(newFolder);
            if (sameFolder) {
                return Optional.of(p.get(copied ? "title.fileCopied" : "title.fileRenamed", p.brief(oldName), file));
            }
            // the folders both paths start with left out, so that both fit a title and tell the two apart
            int common = 0;
            for (int k = 0; k < Math.min(oldPath.length(), path.length()) && oldPath.charAt(k) == path.charAt(k); k++) {
                common = oldPath.charAt(k) == '/' ? k + 1 : common;
            }
            String cut = common > 0 ? "…/" : "";
            return Optional.of(p.get(copied ? "title.fileCopied" : "title.fileRenamed", p.brief(cut + oldPath.substring(common)),
                    p.brief(cut + path.substring(common))));
        }

        private static String folder(String path) {
            int slash = path.lastIndexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }

        /**
         * Two folders less the segments they share at the end, and at the start when they are long, "…" standing for those left out:
         * {@code src/main/java/x} and {@code src/test/java/x} give {@code src/main/…} and {@code src/test/…};
         * {@code docs/speech/how-to} and {@code docs/speech/concepts} give {@code …/how-to} and {@code …/concepts}.
         */
        private static String[] differingFolders(String a, String b) {
            String[] x = a.split("/", -1);
            String[] y = b.split("/", -1);
            int end = 0;
            while (end < x.length - 1 && end < y.length - 1 && x[x.length - 1 - end].equals(y[y.length - 1 - end])) {
                end++;
            }
            int start = 0;
            // the shared start only when a title would cut it short anyway
            boolean longer = Math.max(String.join("/", java.util.Arrays.copyOf(x, x.length - end)).length(),
                    String.join("/", java.util.Arrays.copyOf(y, y.length - end)).length()) + (end > 0 ? 2 : 0) > Phrasing.BRIEF_CHARS;
            while (longer && start < x.length - end - 1 && start < y.length - end - 1 && x[start].equals(y[start])) {
                start++;
            }
            String head = start > 0 ? "…/" : "";
            String tail = end > 0 ? "/…" : "";
            return new String[]{head + String.join("/", java.util.Arrays.copyOfRange(x, start, x.length - end)) + tail,
                    head + String.join("/", java.util.Arrays.copyOfRange(y, start, y.length - end)) + tail};
        }
    }

    record LinesChanged(int added, int deleted, String language) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public boolean context() { return true; }
        public String sentence(Phrasing p) {
            String counts = p.count("fact.lines.added", added, added) + p.count("fact.lines.deleted", deleted, deleted);
            return language.isEmpty() ? p.get("fact.lines", counts) : p.get("fact.lines.language", counts, language);
        }
    }

    /** The file's contents were missing from the repository (a partial clone) and skipped: nothing is known of its lines. */
    record ContentsMissing() implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.contentsMissing"); }
    }

    /**
     * A binary file added, removed or replaced; status "becameBinary" or "becameText" for a file that was text and is
     * binary now, or the other way round, with the lines of its text version.
     */
    record BinaryChanged(String status, boolean image, int textLines) implements Fact {
        BinaryChanged(String status, boolean image) {
            this(status, image, 0);
        }
        public ChangeType impact() {
            return switch (status) {
                case "added" -> ChangeType.NEW_FEATURE;
                case "removed" -> ChangeType.BREAKING_CHANGE;
                default -> ChangeType.MINOR_UPDATE;
            };
        }
        public String sentence(Phrasing p) {
            return status.startsWith("became")
                    ? p.count("fact.binary." + status, textLines, p.get(image ? "word.image" : "word.binary"), textLines)
                    : p.get("fact.binary." + status, p.get(image ? "word.image" : "word.binary"));
        }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get("title.binary." + status, p.get(image ? "word.image" : "word.binary"), file));
        }
    }

    /** A symbolic link pointed at another path: as a link retargeted, a bug fix. */
    record SymlinkRetargeted(String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.BUG_FIX; }
        public String sentence(Phrasing p) { return p.get("fact.symlinkRetargeted", p.code(before), p.code(after)); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.symlinkRetargeted", file, p.brief(after))); }
    }

    /**
     * A submodule that records another commit (git's "Subproject commit" line changed): the two commits, their first
     * 12 hex digits. What changed between them is in the submodule's own repository, which the report does not read.
     */
    record SubmoduleMoved(String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.submoduleMoved", p.code(before), p.code(after)); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.submoduleMoved", file, p.code(after))); }
    }

    /** A symlink or submodule entry: git records a target, not lines. */

    record EntryChanged(String kind, String status) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.entry", p.get("word." + kind), p.get("status." + status)); }
    }

    /**
     * The front matter became YAML again, or stopped being YAML (a stray quote, a line indented by mistake): the
     * site's generator reads it as YAML, so a page whose front matter it cannot read may lose its title and date.
     */
    record FrontMatterValidity(boolean validNow) implements Fact {
        public ChangeType impact() { return validNow ? ChangeType.BUG_FIX : ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get(validNow ? "fact.frontMatter.repaired" : "fact.frontMatter.broken"); }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get(validNow ? "title.frontMatter.repaired" : "title.frontMatter.broken", file));
        }
    }

    /**
     * A fence line (fence, as written) added at or removed from a line (1-based, in the version that holds it) in a
     * section, after which the page ends inside a code block no fence closes (openNow), or no longer does; fencesAfter
     * fence lines and linesAfter lines follow it. The fences after it pair up the other way, so text and code swap
     * places down to the end (all of it code, or text again, when no fence follows): see {@link FenceFlip}.
     */
    record FenceFlipped(String section, String fence, boolean added, int line, boolean openNow, int fencesAfter,
                        int linesAfter) implements Fact {
        public ChangeType impact() { return openNow ? ChangeType.BREAKING_CHANGE : ChangeType.BUG_FIX; }
        public String sentence(Phrasing p) {
            String where = p.get(added ? "fact.fenceFlipped.added" : "fact.fenceFlipped.removed", p.code(fence), line, p.section(section));
            String key = openNow ? "fact.fenceFlipped.open" : "fact.fenceFlipped.closed";
            return fencesAfter == 0 ? p.count(key, linesAfter, where, linesAfter)
                    : p.count(key + ".swap", fencesAfter, where, fencesAfter, linesAfter);
        }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get(openNow ? "title.fenceFlipped.open" : "title.fenceFlipped.closed", file));
        }
    }

    /** How the file's lines end ("LF", "CRLF" or "mixed") changed: every line shows in the diff, but no word did. */
    record LineEndingsChanged(String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.lineEndings", p.get("word.endings." + before), p.get("word.endings." + after)); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.lineEndings", file)); }
    }

    /** A UTF-8 byte order mark put at the start of the file, or taken from it: no text of the page, which reads the same. */
    record ByteOrderMarkChanged(boolean added) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get(added ? "fact.byteOrderMark.added" : "fact.byteOrderMark.removed"); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get(added ? "title.byteOrderMark.added" : "title.byteOrderMark.removed", file)); }
    }

    /** Lines of a file that mixes CRLF and LF endings whose text stayed and whose ending changed, either way. */
    record LineEndingsEdited(int toLf, int toCrlf) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            String toLfSentence = toLf == 0 ? "" : p.count("fact.lineEndingsEdited.toLf", toLf, toLf);
            String toCrlfSentence = toCrlf == 0 ? "" : p.count("fact.lineEndingsEdited.toCrlf", toCrlf, toCrlf);
            return toLfSentence.isEmpty() ? toCrlfSentence : toCrlfSentence.isEmpty() ? toLfSentence
                    : toLfSentence + p.get("sentence.separator") + toCrlfSentence;
        }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.lineEndings", file)); }
    }

    /**
     * The file's mode changed: the one thing a tree records of a file besides its contents, whether it is executable.
     * {@code change} says which way (NONE when the way is not known: a patch without its "old mode" line);
     * {@code alone} when the file's texts are the same, so the mode is all that changed and titles the file.
     */
    record ModeChanged(io.diffpress.history.ModeChange change, boolean alone) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return p.get(switch (change) {
                case MADE_EXECUTABLE -> alone ? "fact.madeExecutableAlone" : "fact.madeExecutable";
                case MADE_NOT_EXECUTABLE -> alone ? "fact.madeNotExecutableAlone" : "fact.madeNotExecutable";
                case NONE -> "fact.modeChanged";
            });
        }
        public Optional<String> title(Phrasing p, String file) {
            if (!alone) {
                return Optional.empty(); // the change of contents titles the file
            }
            return Optional.of(p.get(switch (change) {
                case MADE_EXECUTABLE -> "title.madeExecutable";
                case MADE_NOT_EXECUTABLE -> "title.madeNotExecutable";
                case NONE -> "title.modeChanged";
            }, file));
        }
    }

    /**
     * A Git LFS pointer (the text git keeps in place of a large file stored elsewhere): the stored file's object id
     * (its first 12 hex digits) and size in bytes, before and after; an empty id where that side has no pointer.
     */
    /**
     * @param moved whether the file stayed and only its storage changed: a pointer where its bytes were (moved into Git
     *              LFS) or its bytes where a pointer was (moved out of it), not a file added or removed
     */
    record LfsPointerChanged(String oldObject, long oldSize, String newObject, long newSize, boolean moved) implements Fact {
        LfsPointerChanged(String oldObject, long oldSize, String newObject, long newSize) {
            this(oldObject, oldSize, newObject, newSize, false);
        }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            if (oldObject.isEmpty()) {
                return p.get(moved ? "fact.lfs.movedIn" : "fact.lfs.added", p.code(newObject), newSize);
            }
            if (newObject.isEmpty()) {
                return p.get(moved ? "fact.lfs.movedOut" : "fact.lfs.removed", p.code(oldObject), oldSize);
            }
            return p.get("fact.lfs.changed", p.code(oldObject), oldSize, p.code(newObject), newSize);
        }
        public Optional<String> title(Phrasing p, String file) {
            // "Updated (Git LFS)" had been said of a file that left LFS (an audit)
            String key = !moved ? "title.lfs" : oldObject.isEmpty() ? "title.lfs.movedIn" : "title.lfs.movedOut";
            return Optional.of(p.get(key, file));
        }
    }

    record FinalNewline(boolean added) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get(added ? "fact.newline.added" : "fact.newline.removed"); }
    }

    /** The file is too large to read as structure; only line counts are stated. */
    record StructureSkipped(int lines, int limit) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public boolean context() { return true; }
        public String sentence(Phrasing p) { return p.get("fact.skipped", lines, limit); }
    }

    /**
     * A data file's keys were not compared: it has {@code limit} keys or more (tooMany), or only the lines of its diff were
     * available, which do not show what a key belongs to.
     */
    record KeysNotCompared(String format, boolean tooMany, int limit) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public boolean context() { return true; }
        public String sentence(Phrasing p) {
            return tooMany ? p.get("fact.keysNotCompared.tooMany", format, limit) : p.get("fact.keysNotCompared.hunks", format);
        }
    }

    /** Only the diff hunks were available, so facts describe those lines only; cutHunks were not read as structure. */
    record FromHunksOnly(int cutHunks) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public boolean context() { return true; }
        public String sentence(Phrasing p) {
            String s = p.get("fact.hunksOnly");
            return cutHunks == 0 ? s : s + p.get("sentence.separator") + p.count("fact.hunksCut", cutHunks, cutHunks);
        }
    }

    /** Which versions of a data file could not be parsed: one sentence for both. */
    record DataUnreadable(String format, boolean oldVersion, boolean newVersion, boolean otherEmpty) implements Fact {
        /** One version unreadable, the other one data. */
        public DataUnreadable(String format, boolean newVersion) {
            this(format, !newVersion, newVersion, false);
        }
        public DataUnreadable(String format, boolean oldVersion, boolean newVersion) {
            this(format, oldVersion, newVersion, false);
        }
        /**
         * A data file that no longer parses breaks whatever reads it (a table of contents, a build): a breaking change;
         * one that parses again was repaired: a bug fix; neither version parsing says nothing of either, nor does one
         * whose other version is empty ({@code otherEmpty}: a file added or removed unreadable broke or repaired nothing
         * that worked).
         */
        public ChangeType impact() {
            return oldVersion == newVersion || otherEmpty ? ChangeType.MINOR_UPDATE
                    : newVersion ? ChangeType.BREAKING_CHANGE : ChangeType.BUG_FIX;
        }
        public String sentence(Phrasing p) {
            return p.get(oldVersion && newVersion ? "fact.unreadable.both" : newVersion ? "fact.unreadable.new" : "fact.unreadable.old", format);
        }
        public Optional<String> title(Phrasing p, String file) {
            return oldVersion == newVersion || otherEmpty ? Optional.empty()
                    : Optional.of(p.get(newVersion ? "title.unreadable.broken" : "title.unreadable.repaired", file, format));
        }
    }

    /** More facts of the listed kinds exist than one explanation states. */
    /** Sections whose line counts an explanation leaves out, past the most edited ones it gives. */
    record MoreSectionsEdited(int sections) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public boolean context() { return true; }
        public String sentence(Phrasing p) { return p.count("fact.moreSections", sections, sections); }
    }

    record MoreFacts(int count) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public boolean context() { return true; }
        public String sentence(Phrasing p) { return p.count("fact.more", count, count); }
    }

    // ---- fields: front matter and data keys ----

    /** An element of a keyed list added whole (a redirect): list is its path, element its identity's value, keys its keys. */
    /**
     * An element of a list added whole, with its keys and, for each, its value ("" when it is long, spans lines or is the
     * element's name): a redirect added says where it leads (`redirect_url: /azure/get-started`), not only its keys' names.
     */
    record DataElementAdded(String list, String element, List<String> keys, List<String> values) implements Fact {
        public DataElementAdded {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }
        DataElementAdded(String list, String element, List<String> keys) {
            this(list, element, keys, List.of());
        }
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) {
            // a file whose top level is the list (a JSON array) gives the list no path
            String shown = keysShown(p, element, keys, values);
            return list.isEmpty() ? p.get("fact.data.elementAdded.top", p.code(element), shown)
                    : p.get("fact.data.elementAdded", p.code(element), p.code(list), shown);
        }
        public List<String> names() { return List.of(element); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.elementAdded", p.brief(element), file)); }
    }

    /** An element of a list removed whole, with its keys and their values as {@link DataElementAdded} has them. */
    record DataElementRemoved(String list, String element, List<String> keys, List<String> values) implements Fact {
        public DataElementRemoved {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }
        DataElementRemoved(String list, String element, List<String> keys) {
            this(list, element, keys, List.of());
        }
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) {
            String shown = keysShown(p, element, keys, values);
            return list.isEmpty() ? p.get("fact.data.elementRemoved.top", p.code(element), shown)
                    : p.get("fact.data.elementRemoved", p.code(element), p.code(list), shown);
        }
        public List<String> names() { return List.of(element); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.elementRemoved", p.brief(element), file)); }
    }

    /** An element's keys as code spans, each with its value when it has one to show (`redirect_url: /azure/new`). */
    private static String keysShown(Phrasing p, String element, List<String> keys, List<String> values) {
        List<String> shown = new java.util.ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            String value = i < values.size() ? values.get(i) : "";
            shown.add(value.isEmpty() ? keys.get(i) : keys.get(i) + ": " + value);
        }
        return p.names(shown);
    }

    /**
     * The value of an element's key as {@link DataElementAdded} shows it: "" when long, on several lines, or the element's
     * name or a word of it (a Kubernetes object is named by its kind and name: `Service azure-vote-back`).
     */
    static String shownValue(String value, String element) {
        return value == null || value.isBlank() || value.length() > 80 || value.indexOf('\n') >= 0 || value.equals(element)
                || java.util.Arrays.asList(element.split(" ")).contains(value) ? "" : value;
    }

    /**
     * Elements of a list that no field names, put in another place in it (found equal in both versions, not in the same
     * order): list is its path ("" for the file's top-level list), elements their names ({@link ListAlignment#describe}).
     */
    record DataElementsMoved(String list, List<String> elements) implements Fact {
        public DataElementsMoved { elements = List.copyOf(elements); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return list.isEmpty() ? p.count("fact.data.elementsMoved.top", elements.size(), elements.size(), p.names(elements))
                    : p.count("fact.data.elementsMoved", elements.size(), elements.size(), p.code(list), p.names(elements));
        }
        public List<String> names() { return elements; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.elementsMoved", p.brief(elements), file)); }
    }

    record FieldAdded(Scope scope, String key, String value) implements Fact {
        public ChangeType impact() { return scope == Scope.DATA ? ChangeType.NEW_FEATURE : ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            // an empty value as code would be a blank span: "(value ` `)"
            return isBlank(value) ? p.get(scope.key("addedEmpty"), p.key(key)) : p.get(scope.key("added"), p.key(key), p.code(value));
        }
        public List<String> names() { return List.of(key); }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get(scope == Scope.DATA ? "title.keyAdded" : "title.fieldAdded", p.briefKey(key), file));
        }
    }

    record FieldRemoved(Scope scope, String key, String value) implements Fact {
        public ChangeType impact() { return scope == Scope.DATA ? ChangeType.BREAKING_CHANGE : ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return isBlank(value) ? p.get(scope.key("removedEmpty"), p.key(key)) : p.get(scope.key("removed"), p.key(key), p.code(value));
        }
        public List<String> names() { return List.of(key); }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get(scope == Scope.DATA ? "title.keyRemoved" : "title.fieldRemoved", p.briefKey(key), file));
        }
    }

    /** A data key under another name with the same value (found as one key removed and one added beside it). */
    record KeyRenamed(String before, String after, String value) implements Fact {
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) { return p.get("fact.data.renamed", p.key(before), p.key(after), p.code(value)); }
        public List<String> names() { return List.of(before, after); }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get("title.keyRenamed", p.briefKey(before), p.briefKey(after), file));
        }
    }

    record FieldChanged(Scope scope, String key, String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            // a list of values ("[build-2024, ignite-2024]") by the values it gained and lost, not both lists whole
            List<String> a = listItems(before);
            List<String> b = listItems(after);
            if (a != null && b != null) {
                List<String> gained = MarkdownComparison.minus(b, a);
                List<String> lost = MarkdownComparison.minus(a, b);
                if (!gained.isEmpty() || !lost.isEmpty()) {
                    String which = gained.isEmpty() ? "listLost" : lost.isEmpty() ? "listGained" : "listBoth";
                    return p.get(scope.key(which), p.key(key), p.names(gained), p.names(lost));
                }
            }
            return changedValue(p, scope.key("changed"), p.key(key), key, before, after);
        }
        public List<String> names() { return List.of(key); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.fieldChanged", p.briefKey(key), file)); }
    }

    // ---- headings and sections ----

    /** A section added; {@code moved} of its lines were on the page before, elsewhere (text moved into it). */
    /**
     * A section added; of its lines, {@code kept} the diff kept where they stood (text now under the new heading) and
     * {@code moved} found with the text of lines removed elsewhere (moved into it). An audit found kept lines told as
     * "moved into it", of a heading put over a table whose row was corrected on the way.
     */
    record SectionAdded(int level, String title, int lines, int kept, int moved) implements Fact {
        public SectionAdded(int level, String title, int lines) {
            this(level, title, lines, 0, 0);
        }
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) {
            String added = p.count("fact.sectionAdded", lines, p.code(title), level, lines);
            if (kept == 0 && moved == 0) {
                return added;
            }
            String before = kept == 0 ? p.count("fact.sectionAdded.moved", moved, moved)
                    : moved == 0 ? p.count("fact.sectionAdded.kept", kept, kept)
                    : p.count("fact.sectionAdded.keptAndMoved", kept, kept, moved);
            return added + p.get("sentence.separator") + before;
        }
        public List<String> names() { return List.of(title); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.sectionAdded", p.brief(title), file)); }
    }

    /**
     * A heading put over text already on the page: a section split in two, the new section's lines (its body, heading
     * not counted) taken from section fromSection, none of them new but blank ones. Nothing was added or removed for a reader.
     */
    record HeadingAdded(int level, String title, int lines, String fromSection) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.headingAdded", lines, p.code(title), level, lines, p.section(fromSection)); }
        public List<String> names() { return List.of(title); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.headingAdded", p.brief(title), file)); }
    }

    /** A heading removed over text that stays on the page: its section joined the one above it (two sections made one). */
    record HeadingRemoved(int level, String title, int lines, String intoSection) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.headingRemoved", lines, p.code(title), level, lines, p.section(intoSection)); }
        public List<String> names() { return List.of(title); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.headingRemoved", p.brief(title), file)); }
    }

    record SectionRemoved(int level, String title, int lines) implements Fact {
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) { return p.count("fact.sectionRemoved", lines, p.code(title), level, lines); }
        public List<String> names() { return List.of(title); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.sectionRemoved", p.brief(title), file)); }
    }

    record HeadingRenamed(int level, String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.headingRenamed", p.code(before), p.code(after)); }
        public List<String> names() { return List.of(before, after); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.headingRenamed", p.brief(after), file)); }
    }

    /** The same heading one or more levels up or down ("## Setup" → "### Setup"): the page's outline changed, not its text. */
    record HeadingLevelChanged(String text, int before, int after) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.headingLevelChanged", p.code(text), before, after); }
        public List<String> names() { return List.of(text); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.headingLevelChanged", p.brief(text), file)); }
    }

    /** A tab added to a tab group ({@code # [Java](#tab/java)}) in a section kept. */
    record TabAdded(String section, String tab) implements Fact {
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) { return p.get("fact.tabAdded", p.code(tab), p.section(section)); }
        public List<String> names() { return List.of(tab); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tabAdded", p.brief(tab), file)); }
    }

    /** A tab of a section kept whose name changed, its #tab/ id the same. */
    record TabRenamed(String section, String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.tabRenamed", p.code(before), p.code(after), p.section(section)); }
        public List<String> names() { return List.of(before, after); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tabRenamed", p.brief(after), file)); }
    }

    /** A tab taken out of a tab group in a section kept: what it showed is gone from the page. */
    record TabRemoved(String section, String tab) implements Fact {
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) { return p.get("fact.tabRemoved", p.code(tab), p.section(section)); }
        public List<String> names() { return List.of(tab); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tabRemoved", p.brief(tab), file)); }
    }

    /** A section put elsewhere on the page (sections reordered); follows is the heading now before it, or empty at the top. */
    record SectionMoved(int level, String title, String follows) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return follows.isEmpty() ? p.get("fact.sectionMoved.top", p.code(title))
                    : p.get("fact.sectionMoved", p.code(title), p.code(follows));
        }
        public List<String> names() { return List.of(title); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.sectionMoved", p.brief(title), file)); }
    }

    record SectionEdited(String section, int added, int deleted) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public boolean context() { return true; }
        public String sentence(Phrasing p) {
            return p.get("fact.sectionEdited", p.section(section),
                    p.count("fact.lines.added", added, added) + p.count("fact.lines.deleted", deleted, deleted));
        }
    }

    // ---- tables ----

    record TableAdded(String section, List<String> columns, List<String> rows) implements Fact {
        public TableAdded { columns = List.copyOf(columns); rows = List.copyOf(rows); }
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) {
            return p.count("fact.tableAdded", rows.size(), p.section(section), p.columns(columns, Phrasing.MAX_NAMES), rows.size());
        }
        public List<String> names() { return rows; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tableAdded", file)); }
    }

    record TableRemoved(String section, List<String> columns, List<String> rows) implements Fact {
        public TableRemoved { columns = List.copyOf(columns); rows = List.copyOf(rows); }
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) {
            return p.count("fact.tableRemoved", rows.size(), p.section(section), p.columns(columns, Phrasing.MAX_NAMES), rows.size());
        }
        public List<String> names() { return rows; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tableRemoved", file)); }
    }

    /** The same columns in another order (each row's cells moved with them). */
    record ColumnsReordered(String section, List<String> columns) implements Fact {
        public ColumnsReordered { columns = List.copyOf(columns); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.columnsReordered", p.section(section), p.columns(columns, columns.size())); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.columnsReordered", file)); }
    }

    /** A column kept in its place under another header: its cells mostly the same. */
    record ColumnRenamed(String section, String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { // a header cell left empty (a column of row labels) has no name to quote
            String key = before.isBlank() ? "fact.columnNamed" : after.isBlank() ? "fact.columnUnnamed" : "fact.columnRenamed";
            return p.get(key, p.code(before), p.code(after), p.section(section)); }
        public List<String> names() { return List.of(before, after); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.columnRenamed", p.brief(after), file)); }
    }

    record ColumnsAdded(String section, List<String> columns) implements Fact {
        public ColumnsAdded { columns = List.copyOf(columns); }
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) { return p.count("fact.columnsAdded", columns.size(), p.columns(columns, Phrasing.MAX_NAMES), p.section(section)); }
        public List<String> names() { return columns; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.columnsAdded", columns.size(), p.brief(columns), file)); }
    }

    record ColumnsRemoved(String section, List<String> columns) implements Fact {
        public ColumnsRemoved { columns = List.copyOf(columns); }
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) { return p.count("fact.columnsRemoved", columns.size(), p.columns(columns, Phrasing.MAX_NAMES), p.section(section)); }
        public List<String> names() { return columns; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.columnsRemoved", columns.size(), p.brief(columns), file)); }
    }

    /** Rows named by their first cell; a name repeats when several rows share it. */
    /**
     * A list made a table ({@code toTable}), or a table made a list, in one section, with the same {@code entries}: the
     * same content shown another way.
     */
    record ListTableSwapped(String section, boolean toTable, int entries, List<String> columns) implements Fact {
        public ListTableSwapped { columns = List.copyOf(columns); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return p.count(toTable ? "fact.listMadeTable" : "fact.tableMadeList", entries, entries, p.section(section), p.names(columns));
        }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get(toTable ? "title.listMadeTable" : "title.tableMadeList", file));
        }
    }

    /** A paragraph cut into a list of its sentences (toList), or a list joined into one paragraph, of the same words. */
    record ParagraphListed(String section, boolean toList, int items, String opening) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return p.count(toList ? "fact.paragraphMadeList" : "fact.listMadeParagraph", items, items, p.section(section), p.code(opening));
        }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get(toList ? "title.paragraphMadeList" : "title.listMadeParagraph", file));
        }
    }

    /**
     * Two list items joined into one (joined), or one item cut in two: the two by their openings, and the one. Their words
     * are still on the page: a minor update.
     */
    record ItemsJoined(String section, boolean joined, String first, String second, String one, String wordBefore, String wordAfter)
            implements Fact {
        ItemsJoined(String section, boolean joined, String first, String second, String one) {
            this(section, joined, first, second, one, "", "");
        }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            String told = p.get(joined ? "fact.itemsJoined" : "fact.itemSplit", p.section(section), p.code(first), p.code(second), p.code(one));
            // a word replaced on the way ("Disabled" → "Enabled") is said, not hidden by "joined"
            return wordBefore.isEmpty() ? told : told + p.get("sentence.separator") + p.get("fact.itemsJoined.word", p.code(wordBefore), p.code(wordAfter));
        }
        public List<String> names() { return List.of(first, second); }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get(joined ? "title.itemsJoined" : "title.itemSplit", file));
        }
    }

    record RowsAdded(String section, List<String> rows) implements Fact {
        public RowsAdded { rows = List.copyOf(rows); }
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) {
            return p.count("fact.rowsAdded", rows.size(), rows.size(), p.section(section), p.counted(rows, "word.rows"));
        }
        public List<String> names() { return distinct(rows); }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.count("title.rowsAdded", distinct(rows).size(), p.brief(distinct(rows)), file));
        }
    }

    record RowsRemoved(String section, List<String> rows) implements Fact {
        public RowsRemoved { rows = List.copyOf(rows); }
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) {
            return p.count("fact.rowsRemoved", rows.size(), rows.size(), p.section(section), p.counted(rows, "word.rows"));
        }
        public List<String> names() { return distinct(rows); }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.count("title.rowsRemoved", distinct(rows).size(), p.brief(distinct(rows)), file));
        }
    }

    /**
     * Cells of a row that is still there under the same first cell: a corrected value; or, when every cell only gained
     * text (filled in, or its old text kept whole in the new), information added to the row, a minor update.
     */
    /**
     * Rows removed from the table of one section and added, by the same name, to the table of another. A breaking change
     * when the section moved to names its rows retired, deprecated or unsupported ({@link FactRereading#retired}): the
     * rows left what is current; else a minor update (the same entries filed elsewhere, a preview made generally available).
     */
    record RowsMoved(String from, String to, List<String> rows, boolean retired) implements Fact {
        public RowsMoved { rows = List.copyOf(rows); }
        public ChangeType impact() { return retired ? ChangeType.BREAKING_CHANGE : ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return p.count("fact.rowsMoved", rows.size(), rows.size(), p.section(from), p.section(to), p.counted(rows, "word.rows"));
        }
        public List<String> names() { return distinct(rows); }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.count("title.rowsMoved", distinct(rows).size(), p.brief(distinct(rows)), p.brief(to), file));
        }
    }

    record RowChanged(String section, String row, List<CellChange> cells) implements Fact {
        public RowChanged { cells = List.copyOf(cells); }
        public ChangeType impact() { return onlyAdded() ? ChangeType.MINOR_UPDATE : ChangeType.BUG_FIX; }
        /**
         * Whether every cell only gained text (a note added to a value): an update. Not the cell that names the row: "East
         * US" → "East US 2" names another region, a correction (an audit).
         */
        boolean onlyAdded() {
            return cells.stream().allMatch(c -> !c.after().isBlank() && !c.after().equals(c.before())
                    && (c.before().isBlank() || inserted(c.before(), c.after()) && !c.before().equals(row)));
        }

        /**
         * Whether {@code after} is {@code before} with text put in at one place (its start, its end or between two of its
         * words: "eps zeta" → "eps and more zeta" had been told as a corrected row, an audit), the text holding a letter:
         * digits alone put into a number ("10" → "10000") change a value.
         */
        static boolean inserted(String before, String after) {
            if (after.length() <= before.length()) {
                return false;
            }
            int[] ends = TextEdit.sharedEnds(before, after);
            int prefix = ends[0];
            int suffix = ends[1];
            if (prefix + suffix < before.length()) {
                return false;
            }
            String put = after.substring(prefix, after.length() - suffix);
            return put.codePoints().anyMatch(Character::isLetter);
        }
        public String sentence(Phrasing p) {
            List<String> parts = new ArrayList<>();
            for (CellChange c : cells.subList(0, Math.min(3, cells.size()))) {
                parts.add(changedValue(p, "fact.cell", p.column(c.column()), c.column(), c.before(), c.after()));
            }
            if (cells.size() > 3) {
                parts.add(p.count("list.more", cells.size() - 3, cells.size() - 3));
            }
            return p.get("fact.rowChanged", p.code(row), p.section(section), p.messages().joinClauses(parts));
        }
        public List<String> names() { return List.of(row); }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get(onlyAdded() ? "title.rowExtended" : "title.rowChanged", p.brief(row), file));
        }
    }

    /**
     * A check mark in a row's cell set or cleared ("✅" → "❌", or a dash or empty cell ↔ a mark): a model made available
     * in a region, or taken away from it; not a correction of a value.
     */
    record CellChecked(String section, String row, String column, boolean checked, String before, String after) implements Fact {
        public ChangeType impact() { return checked ? ChangeType.NEW_FEATURE : ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) {
            return p.get(checked ? "fact.cellChecked" : "fact.cellCleared", p.code(row), p.section(section), p.column(column),
                    codeOr(p, before.strip(), "word.emptyCell"), codeOr(p, after.strip(), "word.emptyCell"));
        }
        public List<String> names() { return List.of(row); }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get(checked ? "title.cellChecked" : "title.cellCleared", p.briefColumn(column), p.brief(row), file));
        }
    }

    /** Every row is still there; only spacing or separator lines changed. */
    record TableReformatted(String section, int rows) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.tableReformatted", rows, p.section(section), rows); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tableReformatted", file)); }
    }

    // ---- lists, paragraphs and edits ----

    record ItemsAdded(String section, List<String> items) implements Fact {
        public ItemsAdded { items = List.copyOf(items); }
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) { return p.count("fact.itemsAdded", items.size(), items.size(), p.section(section), p.names(items)); }
        public List<String> names() { return items; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.itemsAdded", p.brief(items), file)); }
    }

    record ItemsRemoved(String section, List<String> items) implements Fact {
        public ItemsRemoved { items = List.copyOf(items); }
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) { return p.count("fact.itemsRemoved", items.size(), items.size(), p.section(section), p.names(items)); }
        public List<String> names() { return items; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.itemsRemoved", p.brief(items), file)); }
    }

    /**
     * Paragraphs with no counterpart, named by the bold terms and code spans they contain, or,
     * when they have none, by their opening words.
     */
    /** An alert ({@code > [!IMPORTANT]}, a note, tip, warning or caution) added: told by its kind and its first words. */
    record AlertAdded(String section, String kind, String opening) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.alertAdded", p.get("alert." + kind), p.section(section), p.code(opening)); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.alertAdded", p.get("alert." + kind), file)); }
    }

    /** An alert of one kind made another ("> [!NOTE]" → "> [!IMPORTANT]"), its text the same. */
    /** An alert made another kind; {@code textSame} when that is all that changed (else its rewording is told beside it). */
    record AlertKindChanged(String section, String before, String after, String opening, boolean textSame) implements Fact {
        /** The alert kinds a reworded paragraph's only words replaced may name. */
        static final java.util.Set<String> KINDS = java.util.Set.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION");

        AlertKindChanged(String section, String before, String after, String opening) {
            this(section, before, after, opening, true);
        }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return p.get(textSame ? "fact.alertKindChanged" : "fact.alertKindChanged.reworded", p.code(opening), p.section(section),
                    p.get("alert." + before), p.get("alert." + after));
        }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get("title.alertKindChanged", p.get("alert." + before), p.get("alert." + after), file));
        }

        /**
         * The alert kind change a rewording is, when its only words replaced are one kind for another ("NOTE → IMPORTANT"):
         * an audit found it told as "the paragraph … was reworded", none of whose words changed.
         */
        static Optional<Fact> of(TextRewritten r) {
            if (r.words().size() != 1 || !r.codeAdded().isEmpty() || !r.codeRemoved().isEmpty() || !r.sentencesAdded().isEmpty()
                    || !r.sentencesRemoved().isEmpty() || !r.was().isEmpty()) {
                return Optional.empty();
            }
            String[] pair = r.words().get(0).split(" → ", -1);
            return pair.length == 2 && KINDS.contains(pair[0]) && KINDS.contains(pair[1])
                    ? Optional.of(new AlertKindChanged(r.section(), pair[0], pair[1], r.opening())) : Optional.empty();
        }
    }

    record AlertRemoved(String section, String kind, String opening) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.alertRemoved", p.get("alert." + kind), p.section(section), p.code(opening)); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.alertRemoved", p.get("alert." + kind), file)); }
    }

    record ProseAdded(String section, int paragraphs, List<String> terms, List<String> openings) implements Fact {
        public ProseAdded { terms = List.copyOf(terms); openings = List.copyOf(openings); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return proseSentence(p, "fact.proseAdded", section, paragraphs, terms, openings); }
        public List<String> names() { return terms; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(proseTitle(p, "title.proseAdded", section, terms, file)); }
    }

    record ProseRemoved(String section, int paragraphs, List<String> terms, List<String> openings) implements Fact {
        public ProseRemoved { terms = List.copyOf(terms); openings = List.copyOf(openings); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return proseSentence(p, "fact.proseRemoved", section, paragraphs, terms, openings); }
        public List<String> names() { return terms; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(proseTitle(p, "title.proseRemoved", section, terms, file)); }
    }

    /**
     * A paragraph or item reworded beyond a typo; named by its opening words, the words replaced ("old → new",
     * when at most three were and the rest kept) and the code spans it gained or lost. {@code was} is the whole old
     * text of a short list item whose replaced words cannot be shown (words added or dropped: "West US" → "West US 3",
     * another region, which "reworded" hid), and then {@code opening} is its whole new text; else empty.
     */
    record TextRewritten(String section, boolean item, String opening, List<String> words, List<String> codeAdded,
                         List<String> codeRemoved, String was, List<String> sentencesAdded, List<String> sentencesRemoved) implements Fact {
        public TextRewritten {
            words = List.copyOf(words); codeAdded = List.copyOf(codeAdded); codeRemoved = List.copyOf(codeRemoved);
            sentencesAdded = List.copyOf(sentencesAdded); sentencesRemoved = List.copyOf(sentencesRemoved);
        }
        public TextRewritten(String section, boolean item, String opening, List<String> words, List<String> codeAdded,
                             List<String> codeRemoved, String was) {
            this(section, item, opening, words, codeAdded, codeRemoved, was, List.of(), List.of());
        }
        public TextRewritten(String section, boolean item, String opening, List<String> words, List<String> codeAdded,
                             List<String> codeRemoved) {
            this(section, item, opening, words, codeAdded, codeRemoved, "");
        }
        public ChangeType impact() { return corrected().isPresent() ? ChangeType.BUG_FIX : ChangeType.MINOR_UPDATE; }

        /**
         * The first words replaced that correct what the text states: a number changed ("10 → 5", a limit; a version,
         * "3.8 → 3.10", is an update) or a negation put in or taken out ("is not → is"). An audit found such edits told as a
         * rewording, a minor update, where the same value changed in a table's cell is a corrected row.
         */
        Optional<String[]> corrected() {
            for (String w : words) {
                int arrow = w.indexOf(" → ");
                if (arrow < 0) {
                    continue;
                }
                String a = w.substring(0, arrow);
                String b = w.substring(arrow + 3);
                boolean numbers = NUMBER.matcher(a).matches() && NUMBER.matcher(b).matches()
                        && !(VERSION.matcher(a).matches() && VERSION.matcher(b).matches());
                if (numbers || NEGATION.matcher(a).find() != NEGATION.matcher(b).find()) {
                    return Optional.of(new String[]{a, b});
                }
            }
            return Optional.empty();
        }

        /** A number, with a short unit: "10", "1,000", "30 days", "5 GB", "99.9%"; not a name holding digits ("gpt-4o"). */
        private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
                "[~$€£<>≤≥]?\\d[\\d,.]*\\s*(?:%|[A-Za-z]{1,8})?");
        /** A version, which a page brings up to date: "3.8", "1.2.0". */
        private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)+");
        private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile(
                "(?i)\\b(?:not|no|never|cannot)\\b|n't\\b");

        public String sentence(Phrasing p) {
            String s = was.isEmpty()
                    ? p.get(item ? "fact.rewritten.item" : "fact.rewritten.paragraph", p.code(opening), p.section(section))
                    : p.get("fact.rewritten.shortItem", p.code(was), p.section(section), p.code(opening));
            if (!words.isEmpty()) {
                s += p.get("fact.rewritten.words", p.names(words));
            }
            if (!codeAdded.isEmpty()) {
                s += p.get("fact.rewritten.gained", p.names(codeAdded));
            }
            if (!codeRemoved.isEmpty()) {
                s += p.get("fact.rewritten.lost", p.names(codeRemoved));
            }
            // a sentence edited far from its start is one gained and one lost that start alike: each such pair is shown
            // from shortly before where the two differ, or both read the same once cut (an audit)
            List<String> shownAdded = new ArrayList<>();
            List<String> shownRemoved = new ArrayList<>();
            boolean[] paired = new boolean[sentencesRemoved.size()];
            for (String added : sentencesAdded) {
                int partner = -1;
                for (int r = 0; r < sentencesRemoved.size() && partner < 0; r++) {
                    if (!paired[r] && alike(added, sentencesRemoved.get(r))) {
                        partner = r;
                    }
                }
                if (partner < 0) {
                    shownAdded.add(p.code(added));
                } else {
                    paired[partner] = true;
                    String[] both = p.changed(sentencesRemoved.get(partner), added);
                    shownAdded.add(both[1]);
                    shownRemoved.add(both[0]);
                }
            }
            for (int r = 0; r < sentencesRemoved.size(); r++) {
                if (!paired[r]) {
                    shownRemoved.add(p.code(sentencesRemoved.get(r)));
                }
            }
            if (!shownAdded.isEmpty()) {
                s += p.count("fact.rewritten.sentencesAdded", shownAdded.size(), p.shown(shownAdded));
            }
            if (!shownRemoved.isEmpty()) {
                s += p.count("fact.rewritten.sentencesRemoved", shownRemoved.size(), p.shown(shownRemoved));
            }
            return s + p.get("sentence.end");
        }

        /** Whether two sentences start or end with the same 24 characters or more: one edited, not two. */
        private static boolean alike(String a, String b) {
            int[] ends = TextEdit.sharedEnds(a, b);
            return ends[0] >= 24 || ends[1] >= 24;
        }
        public List<String> names() {
            List<String> all = new ArrayList<>(codeAdded);
            all.addAll(codeRemoved);
            return all;
        }
        public Optional<String> title(Phrasing p, String file) {
            Optional<String[]> value = corrected();
            if (value.isPresent()) {
                return Optional.of(p.get("title.rewritten.value", p.code(value.get()[0]), p.code(value.get()[1]), file));
            }
            return Optional.of(codeAdded.isEmpty()
                    ? proseTitle(p, "title.rewritten", section, List.of(), file)
                    : p.get("title.rewritten.gained", p.brief(codeAdded), file));
        }
    }

    /** Paragraphs that are only an image, added to a section: the images, by target. */
    record ImagesAdded(String section, List<String> images) implements Fact {
        public ImagesAdded { images = List.copyOf(images); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.imagesAdded", images.size(), images.size(), p.section(section), p.names(images)); }
        public List<String> names() { return images; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.imagesAdded", images.size(), p.brief(images), file)); }
    }

    /** Paragraphs that were only an image, removed from a section. */
    record ImagesRemoved(String section, List<String> images) implements Fact {
        public ImagesRemoved { images = List.copyOf(images); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.imagesRemoved", images.size(), images.size(), p.section(section), p.names(images)); }
        public List<String> names() { return images; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.imagesRemoved", images.size(), p.brief(images), file)); }
    }

    /** An image kept (the same target) whose alt text, the words a screen reader says for it, changed. */
    record ImageAltChanged(String section, String image, String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return p.get("fact.imageAlt", p.code(image), p.section(section), codeOr(p, before, "word.noAlt"), codeOr(p, after, "word.noAlt"));
        }
        public List<String> names() { return List.of(image); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.imageAlt", file)); }
    }

    /** Words whose spelling changed by at most two letters, nothing else in the block. */
    record TyposFixed(String section, List<String> fixes) implements Fact {
        public TyposFixed { fixes = List.copyOf(fixes); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.typos", fixes.size(), p.section(section), p.names(fixes)); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.typos", fixes.size(), file)); }
    }

    record WhitespaceOnly(String section, int blocks) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.whitespace", blocks, blocks, p.section(section)); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.whitespace", file)); }
    }

    /** Only emphasis, code or strike-through marks changed, and the old markup was well formed. */
    record FormattingOnly(String section, int blocks) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.formatting", blocks, blocks, p.section(section)); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.formatting", file)); }
    }

    /** Unbalanced markup (an odd number of backticks or emphasis marks) made balanced, text unchanged. */
    record MarkupFixed(String section, String mark, List<String> codeNow) implements Fact {
        public MarkupFixed { codeNow = List.copyOf(codeNow); }
        public ChangeType impact() { return ChangeType.BUG_FIX; }
        public String sentence(Phrasing p) {
            String s = p.get("fact.markupFixed", p.code(mark), p.section(section));
            return codeNow.isEmpty() ? s + p.get("sentence.end") : s + p.get("fact.markupFixed.code", p.names(codeNow));
        }
        public List<String> names() { return codeNow; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.markupFixed", p.brief(mark), file)); }
    }

    /**
     * Balanced markup made unbalanced (a backtick or emphasis mark dropped), the words the same: the page now shows the
     * mark as text, and {@code codeBefore} no longer as code.
     */
    record MarkupBroken(String section, String mark, List<String> codeBefore) implements Fact {
        public MarkupBroken { codeBefore = List.copyOf(codeBefore); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            String s = p.get("fact.markupBroken", p.code(mark), p.section(section));
            return codeBefore.isEmpty() ? s + p.get("sentence.end") : s + p.get("fact.markupBroken.code", p.names(codeBefore));
        }
        public List<String> names() { return codeBefore; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.markupBroken", p.brief(mark), file)); }
    }

    // ---- code blocks ----

    record CodeBlockAdded(String section, String language, int lines) implements Fact {
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) { return p.count("fact.codeAdded", lines, languageName(p, language), lines, p.section(section)); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.codeAdded", languageName(p, language), file)); }
    }

    record CodeBlockRemoved(String section, String language, int lines) implements Fact {
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) { return p.count("fact.codeRemoved", lines, languageName(p, language), lines, p.section(section)); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.codeRemoved", languageName(p, language), file)); }
    }

    /**
     * The same code, under the same language tag, now in another section: a heading moved past it, or the block moved. Its
     * code still reads as it did, so it is neither removed from one section (a breaking change) nor new in the other.
     */
    record CodeBlockMoved(String from, String to, String language, int lines) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return p.count("fact.codeMoved", lines, languageName(p, language), lines, p.section(from), p.section(to));
        }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.codeMoved", languageName(p, language), file)); }
    }

    /** A code block moved to another section and edited on the way: the code changed, so a correction as any block changed. */
    record CodeBlockMovedAndChanged(String from, String to, String language, int added, int deleted) implements Fact {
        public ChangeType impact() { return ChangeType.BUG_FIX; }
        public String sentence(Phrasing p) {
            return p.get("fact.codeMovedChanged", languageName(p, language), p.section(from), p.section(to),
                    p.count("fact.lines.added", added, added) + p.count("fact.lines.deleted", deleted, deleted));
        }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.codeChanged", languageName(p, language), file)); }
    }

    /** A code block cut in two blocks of its lines (split), or two blocks joined into one: the same code. */
    record CodeBlockSplit(String section, String language, boolean split, int lines) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return p.count(split ? "fact.codeSplit" : "fact.codeJoined", lines, lines, p.section(section), languageName(p, language));
        }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get(split ? "title.codeSplit" : "title.codeJoined", file));
        }
    }

    record CodeBlockChanged(String section, String language, int added, int deleted) implements Fact {
        public ChangeType impact() { return ChangeType.BUG_FIX; }
        public String sentence(Phrasing p) {
            return p.get("fact.codeChanged", languageName(p, language), p.section(section),
                    p.count("fact.lines.added", added, added) + p.count("fact.lines.deleted", deleted, deleted));
        }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.codeChanged", languageName(p, language), file)); }
    }

    /**
     * One line of a code block changed in a few values ("contoso-ai==1.2.0" → "contoso-ai==1.3.0"), named: a reader wants
     * to know what to type now. Version numbers (and API versions, which are dates) changed alone are an update; any
     * other value is a correction, as any code block changed is.
     */
    record CodeValuesChanged(String section, String language, List<String> values) implements Fact {
        public CodeValuesChanged { values = List.copyOf(values); }
        public ChangeType impact() { return versionsOnly(values) ? ChangeType.MINOR_UPDATE : ChangeType.BUG_FIX; }
        public String sentence(Phrasing p) {
            return p.count("fact.codeValues", values.size(), values.size(), languageName(p, language), p.section(section), p.names(values));
        }
        public List<String> names() { return values; }
        public Optional<String> title(Phrasing p, String file) {
            String[] first = values.get(0).split(" → ", 2);
            return Optional.of(versionsOnly(values) ? p.get("title.codeVersions", p.brief(first[1]), file)
                    : p.get("title.codeValues", p.brief(first[0]), p.brief(first[1]), file));
        }

        private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile(
                "[vV]\\d+(?:\\.\\d+){0,3}(?:[-+][0-9A-Za-z.]+)?|\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.]+)?"
                        + "|\\d{4}-\\d{2}-\\d{2}(?:-preview)?");

        /**
         * Whether every "old → new" pair is one version number for another: three numbers (1.2.0 → 1.3.0), a "v" and one
         * to four (v1 → v2), or an API version (2024-02-01, 2024-10-01-preview: the dates in documentation's code are
         * mostly these). Two numbers are a decimal as often as a version (temperature 0.7 → 0.2), four an IP address
         * (10.0.0.1): those are values.
         */
        static boolean versionsOnly(List<String> values) {
            for (String pair : values) {
                String[] two = pair.split(" → ", 2);
                if (two.length < 2 || !VERSION.matcher(two[0]).matches() || !VERSION.matcher(two[1]).matches()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The same code under another language tag (``` → ```python, ```bash → ```azurecli): how it is shown changed. */
    record CodeBlockLanguageChanged(String section, String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return p.get("fact.codeLanguageChanged", p.section(section), languageName(p, before), languageName(p, after));
        }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get("title.codeLanguageChanged", languageName(p, after), file));
        }
    }

    // ---- links ----

    /** HTML anchors ({@code <a name="quota"></a>}) removed: links to them from other pages no longer land there. */
    record AnchorsRemoved(List<String> anchors) implements Fact {
        public AnchorsRemoved { anchors = List.copyOf(anchors); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.anchorsRemoved", anchors.size(), anchors.size(), p.names(anchors)); }
        public List<String> names() { return anchors; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.anchorsRemoved", anchors.size(), p.brief(anchors), file)); }
    }

    /** HTML anchors added: new targets for links into the page. */
    record AnchorsAdded(List<String> anchors) implements Fact {
        public AnchorsAdded { anchors = List.copyOf(anchors); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.anchorsAdded", anchors.size(), anchors.size(), p.names(anchors)); }
        public List<String> names() { return anchors; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.anchorsAdded", anchors.size(), p.brief(anchors), file)); }
    }

    /** A zone ({@code ::: zone pivot="x"}) or moniker range ({@code ::: moniker range="x"}) opened where it was not: content for that choice or version. */
    record ConditionalAdded(String kind, String value) implements Fact {
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) { return p.get("fact.conditionalAdded." + kind, p.code(value)); }
        public List<String> names() { return List.of(value); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.conditionalAdded." + kind, p.brief(value), file)); }
    }

    /**
     * Zones or moniker ranges of a value opened fewer times: with none left ({@code left} 0), what readers of that choice
     * or version saw is gone; else one of its blocks is.
     */
    record ConditionalRemoved(String kind, String value, int left) implements Fact {
        public ChangeType impact() { return left == 0 ? ChangeType.BREAKING_CHANGE : ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.conditionalRemoved." + kind + (left == 0 ? "" : ".some"), p.code(value), left); }
        public List<String> names() { return List.of(value); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.conditionalRemoved." + kind, p.brief(value), file)); }
    }

    /** Zones or moniker ranges (kind "zone" or "moniker") put in another order: each value once, where it first opens. */
    record ZonesReordered(String kind, List<String> before, List<String> after) implements Fact {
        public ZonesReordered { before = List.copyOf(before); after = List.copyOf(after); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.zonesReordered." + kind, p.names(before, 8), p.names(after, 8)); }
        public List<String> names() { return after; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.zonesReordered." + kind, file)); }
    }

    /** Learn's {@code [!INCLUDE [name](path)]} added: a shared file's content now on the page. */
    record IncludeAdded(String name, String path) implements Fact {
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) { return p.get("fact.includeAdded", p.code(name), p.code(path)); }
        public List<String> names() { return List.of(name); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.includeAdded", p.brief(name), file)); }
    }

    /** An include taken out: with no other include of its file left, the content it embedded is gone from the page. */
    record IncludeRemoved(String name, String path, int left) implements Fact {
        public ChangeType impact() { return left == 0 ? ChangeType.BREAKING_CHANGE : ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get(left == 0 ? "fact.includeRemoved" : "fact.includeRemoved.some", p.code(name), p.code(path), left); }
        public List<String> names() { return List.of(name); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.includeRemoved", p.brief(name), file)); }
    }

    /** An include of the same name that embeds another file: the page shows other content there. */
    record IncludeChanged(String name, String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.includeChanged", p.code(name), p.code(after), p.code(before)); }
        public List<String> names() { return List.of(name); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.includeChanged", p.brief(name), file)); }
    }

    /** Learn's code sample ({@code [!code-csharp[name](path)]}, {@code :::code source="path":::}) added: code from another file now shown. */
    record CodeSampleAdded(String language, String name, String source) implements Fact {
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) { return p.get("fact.codeSampleAdded", sample(p, language, name), p.code(source)); }
        public List<String> names() { return List.of(source); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.codeSampleAdded", languageName(p, language), file)); }
    }

    /** A code sample taken out: with no other sample of that file left (left 0), code readers may follow is gone. */
    record CodeSampleRemoved(String language, String name, String source, int left) implements Fact {
        public ChangeType impact() { return left == 0 ? ChangeType.BREAKING_CHANGE : ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return p.get(left == 0 ? "fact.codeSampleRemoved" : "fact.codeSampleRemoved.some", sample(p, language, name), p.code(source), left);
        }
        public List<String> names() { return List.of(source); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.codeSampleRemoved", languageName(p, language), file)); }
    }

    /** A code sample of the same name and language that shows another file or part of one: the code shown was corrected. */
    record CodeSampleChanged(String language, String name, String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.BUG_FIX; }
        public String sentence(Phrasing p) {
            String[] sources = p.changed(before, after);
            return p.get("fact.codeSampleChanged", sample(p, language, name), sources[0], sources[1]);
        }
        public List<String> names() { return List.of(after); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.codeSampleChanged", languageName(p, language), file)); }
    }

    /** "The C# code sample `Main`", or without a name "The C# code sample". */
    private static String sample(Phrasing p, String language, String name) {
        return name.isBlank() ? p.get("word.codeSample", languageName(p, language)) : p.get("word.codeSampleNamed", languageName(p, language), p.code(name));
    }

    /** Learn's video ({@code > [!VIDEO url]}) added. */
    record VideoAdded(String url) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.videoAdded", p.code(url)); }
        public List<String> names() { return List.of(url); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.videoAdded", file)); }
    }

    record VideoRemoved(String url) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.videoRemoved", p.code(url)); }
        public List<String> names() { return List.of(url); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.videoRemoved", file)); }
    }

    /** A video taken out where another was put in: the page shows another video. */
    record VideoReplaced(String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            String[] urls = p.changed(before, after);
            return p.get("fact.videoReplaced", urls[0], urls[1]);
        }
        public List<String> names() { return List.of(after); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.videoReplaced", file)); }
    }

    /** Images a page shows, by target, that it did not (told apart from links: an image is no link a reader follows). */
    record ImageTargetsAdded(List<String> targets) implements Fact {
        public ImageTargetsAdded { targets = List.copyOf(targets); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.imageTargetsAdded", targets.size(), targets.size(), p.names(targets, 4)); }
        public List<String> names() { return targets; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.imagesAdded", targets.size(), p.brief(targets), file)); }
    }

    /** Images a page no longer shows, by target. */
    record ImageTargetsRemoved(List<String> targets) implements Fact {
        public ImageTargetsRemoved { targets = List.copyOf(targets); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.imageTargetsRemoved", targets.size(), targets.size(), p.names(targets, 4)); }
        public List<String> names() { return targets; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.imagesRemoved", targets.size(), p.brief(targets), file)); }
    }

    record LinksAdded(List<String> targets) implements Fact {
        public LinksAdded { targets = List.copyOf(targets); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.linksAdded", targets.size(), targets.size(), p.names(targets, 4)); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.linksAdded", targets.size(), file)); }
    }

    record LinksRemoved(List<String> targets) implements Fact {
        public LinksRemoved { targets = List.copyOf(targets); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.linksRemoved", targets.size(), targets.size(), p.names(targets, 4)); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.linksRemoved", targets.size(), file)); }
    }

    /** An image kept under its alt text that shows another file: a screenshot or diagram replaced. */
    record ImageRetargeted(String alt, String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            String[] targets = p.changed(before, after);
            return p.get("fact.imageRetargeted", p.code(alt), targets[0], targets[1]);
        }
        public List<String> names() { return List.of(alt); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.imageRetargeted", p.brief(alt), file)); }
    }

    /**
     * A paragraph that was one image now shows another file under alike alt text (both changed): a new version of a
     * diagram. The alt text's change is told with it, when there is one.
     */
    record ImageReplaced(String section, String before, String after, String altBefore, String altAfter) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            String[] targets = p.changed(before, after);
            return altBefore.equals(altAfter)
                    ? p.get("fact.imageReplaced", targets[0], p.section(section), targets[1])
                    : p.get("fact.imageReplacedAlt", targets[0], p.section(section), targets[1], p.code(altBefore), p.code(altAfter));
        }
        public List<String> names() { return List.of(after); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.imageRetargeted", p.brief(altAfter), file)); }
    }

    /** The same link text now points elsewhere: a fixed link. */
    record LinkRetargeted(String text, String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.BUG_FIX; }
        public String sentence(Phrasing p) {
            String[] targets = p.changed(before, after);
            return p.get("fact.linkRetargeted", p.code(text), targets[0], targets[1]);
        }
        public List<String> names() { return List.of(text); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.linkRetargeted", p.brief(text), file)); }
    }

    // ---- tables of contents ----

    record TocEntriesAdded(List<String> entries) implements Fact {
        public TocEntriesAdded { entries = List.copyOf(entries); }
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) { return p.count("fact.tocAdded", entries.size(), entries.size(), p.names(entries)); }
        public List<String> names() { return entries; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tocAdded", p.brief(entries), file)); }
    }

    record TocEntriesRemoved(List<String> entries) implements Fact {
        public TocEntriesRemoved { entries = List.copyOf(entries); }
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) { return p.count("fact.tocRemoved", entries.size(), entries.size(), p.names(entries)); }
        public List<String> names() { return entries; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tocRemoved", p.brief(entries), file)); }
    }

    record TocEntryRetargeted(String name, String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.BUG_FIX; }
        public String sentence(Phrasing p) {
            String[] targets = p.changed(before, after);
            return p.get("fact.tocRetargeted", p.code(name), targets[0], targets[1]);
        }
        public List<String> names() { return List.of(name); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tocRetargeted", p.brief(name), file)); }
    }

    /**
     * A page's entry whose place (the same parent, the same index among its entries) now holds another page of alike
     * name (its name's or its file name's words mostly kept): likely the same page renamed, a minor update.
     */
    record TocEntryReplaced(String before, String beforeTarget, String after, String afterTarget) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return p.get("fact.tocReplaced", p.code(before), p.code(beforeTarget), p.code(after), p.code(afterTarget));
        }
        public List<String> names() { return List.of(before, after); }
        public Optional<String> title(Phrasing p, String file) {
            return Optional.of(p.get("title.tocReplaced", p.brief(before), p.brief(after), file));
        }
    }

    /** A group of the toc (an entry without href or uid) removed while every page under it stays in the toc, elsewhere. */
    record TocGroupRemoved(String group, List<String> entries) implements Fact {
        public TocGroupRemoved { entries = List.copyOf(entries); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.tocGroupRemoved", entries.size(), p.code(group), entries.size(), p.names(entries)); }
        public List<String> names() { return List.of(group); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tocGroupRemoved", p.brief(group), file)); }
    }

    /** A group added to the toc over pages it already listed. */
    record TocGroupAdded(String group, List<String> entries) implements Fact {
        public TocGroupAdded { entries = List.copyOf(entries); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.tocGroupAdded", entries.size(), p.code(group), entries.size(), p.names(entries)); }
        public List<String> names() { return List.of(group); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tocGroupAdded", p.brief(group), file)); }
    }

    /** An entry kept (the same href) under another parent; a parent path is its names joined by " > ", "" at the top. */
    record TocEntryMoved(String name, String href, String from, String to) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            String key = from.isEmpty() ? "fact.tocMoved.fromTop" : to.isEmpty() ? "fact.tocMoved.toTop" : "fact.tocMoved";
            return p.get(key, p.code(name), p.code(href), p.code(from), p.code(to));
        }
        public List<String> names() { return List.of(name); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tocMoved", p.brief(name), file)); }
    }

    /** The search keywords ({@code displayName}) of a table of contents entry gained or lost words. */
    record TocKeywordsChanged(String entry, List<String> added, List<String> removed) implements Fact {
        public TocKeywordsChanged { added = List.copyOf(added); removed = List.copyOf(removed); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            if (removed.isEmpty()) {
                return p.get("fact.tocKeywords.added", p.code(entry), p.names(added));
            }
            return added.isEmpty() ? p.get("fact.tocKeywords.removed", p.code(entry), p.names(removed))
                    : p.get("fact.tocKeywords", p.code(entry), p.names(added), p.names(removed));
        }
        public List<String> names() { return List.of(entry); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tocKeywords", p.brief(entry), file)); }
    }

    /** @param grown for a group (no href): whether pages were added under it too, so its pages are not "the same" */
    record TocEntryRenamed(String href, String before, String after, boolean grown) implements Fact {
        TocEntryRenamed(String href, String before, String after) {
            this(href, before, after, false);
        }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            // a group has no href: it is known by the pages under it
            String key = !href.isEmpty() ? "fact.tocRenamed" : grown ? "fact.tocRenamed.groupGrown" : "fact.tocRenamed.group";
            return p.get(key, p.code(before), p.code(after), p.code(href));
        }
        public List<String> names() { return List.of(before, after); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tocRenamed", p.brief(after), file)); }
    }

    // ---- source code files ----

    record DefinitionsAdded(String language, List<String> definitions) implements Fact {
        public DefinitionsAdded { definitions = List.copyOf(definitions); }
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) { return p.count("fact.definitionsAdded", definitions.size(), language, p.names(definitions)); }
        public List<String> names() { return definitions; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.definitionsAdded", p.brief(definitions), file)); }
    }

    record DefinitionsRemoved(String language, List<String> definitions) implements Fact {
        public DefinitionsRemoved { definitions = List.copyOf(definitions); }
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) { return p.count("fact.definitionsRemoved", definitions.size(), language, p.names(definitions)); }
        public List<String> names() { return definitions; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.definitionsRemoved", p.brief(definitions), file)); }
    }

    /** List items of a section put in another order: the items moved (see {@link Reordering}). */
    record ItemsReordered(String section, List<String> items) implements Fact {
        public ItemsReordered { items = List.copyOf(items); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.itemsReordered", items.size(), items.size(), p.section(section), p.names(items)); }
        public List<String> names() { return items; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.itemsReordered", items.size(), p.brief(items), file)); }
    }

    /** A nested list item moved to stand under another item ({@code from} or {@code to} "" for the list's top level). */
    record ItemMovedUnder(String section, String item, String from, String to) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            return from.isEmpty() ? p.get("fact.itemMovedUnder.fromTop", p.code(item), p.section(section), p.code(to))
                    : to.isEmpty() ? p.get("fact.itemMovedUnder.toTop", p.code(item), p.section(section), p.code(from))
                    : p.get("fact.itemMovedUnder", p.code(item), p.section(section), p.code(from), p.code(to));
        }
        public List<String> names() { return List.of(item); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.itemsReordered", 1, p.brief(item), file)); }
    }

    /** Rows of a table put in another order: the rows moved, by their first cell. */
    record RowsReordered(String section, List<String> rows) implements Fact {
        public RowsReordered { rows = List.copyOf(rows); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.rowsReordered", rows.size(), rows.size(), p.section(section), p.names(rows)); }
        public List<String> names() { return rows; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.count("title.rowsReordered", rows.size(), p.brief(rows), file)); }
    }

    /** Table of contents entries put in another order among the entries beside them (same parent): the entries moved. */
    record TocEntriesReordered(List<String> entries) implements Fact {
        public TocEntriesReordered { entries = List.copyOf(entries); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.tocReordered", entries.size(), entries.size(), p.names(entries)); }
        public List<String> names() { return entries; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.tocReordered", p.brief(entries), file)); }
    }

    /** A public definition's declaration changed (its parameters, modifiers or type): code that calls it may break. */
    record SignatureChanged(String language, String name, String before, String after) implements Fact {
        public ChangeType impact() { return ChangeType.BREAKING_CHANGE; }
        public String sentence(Phrasing p) {
            // two long declarations are shown from shortly before their first difference: cut at 80 characters, a
            // parameter added on the next line had been told as "changed from X to X" (an audit)
            String[] both = p.changed(before, after);
            return p.get("fact.signatureChanged", language, p.code(name), both[0], both[1]);
        }
        public List<String> names() { return List.of(name); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.signatureChanged", p.brief(name), file)); }
    }

    /**
     * A public type's declaration changed without a parameter list of its own (`class Quota` -> `final class Quota`, a base
     * type dropped): {@code narrowed} when code that extends, creates or uses it as before may break (made final, sealed or
     * abstract, less visible, a base type or type parameter changed), else it only opens it further (a base type added,
     * `final` dropped).
     */
    record TypeDeclarationChanged(String language, String name, String before, String after, boolean narrowed) implements Fact {
        public ChangeType impact() { return narrowed ? ChangeType.BREAKING_CHANGE : ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) {
            String[] both = p.changed(before, after);
            return p.get("fact.typeDeclarationChanged", language, p.code(name), both[0], both[1]);
        }
        public List<String> names() { return List.of(name); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.typeDeclarationChanged", p.brief(name), file)); }
    }

    /**
     * A public definition given more parameters after its old ones, each optional (a default value, `name?` in
     * TypeScript, `*args`): code that calls it as before still works, so it is no breaking change (an audit).
     */
    record OptionalParametersAdded(String language, String name, List<String> parameters, String before, String after) implements Fact {
        public OptionalParametersAdded { parameters = List.copyOf(parameters); }
        public ChangeType impact() { return ChangeType.NEW_FEATURE; }
        public String sentence(Phrasing p) {
            return p.count("fact.optionalParametersAdded", parameters.size(), language, p.code(name), parameters.size(), p.names(parameters));
        }
        public List<String> names() { return List.of(name); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.optionalParametersAdded", p.brief(name), file)); }
    }

    /** Definitions added that are private (a helper of the file or type): no reader's code can call them. */
    record PrivateDefinitionsAdded(String language, List<String> definitions) implements Fact {
        public PrivateDefinitionsAdded { definitions = List.copyOf(definitions); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.privateDefinitionsAdded", definitions.size(), language, p.names(definitions)); }
        public List<String> names() { return definitions; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.privateDefinitionsAdded", p.brief(definitions), file)); }
    }

    /**
     * A name defined more or fewer times than before, in both versions (an overload added or removed, or one of several
     * methods of that name in other types): which one came or went cannot be told from lines, so both counts are given.
     */
    record DefinitionCountChanged(String language, String name, int before, int after) implements Fact {
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.get("fact.definitionCountChanged", language, p.code(name), before, after); }
        public List<String> names() { return List.of(name); }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.definitionCountChanged", p.brief(name), file)); }
    }

    /** Definitions removed that were private (a helper of the file or type): no reader's code could call them. */
    record PrivateDefinitionsRemoved(String language, List<String> definitions) implements Fact {
        public PrivateDefinitionsRemoved { definitions = List.copyOf(definitions); }
        public ChangeType impact() { return ChangeType.MINOR_UPDATE; }
        public String sentence(Phrasing p) { return p.count("fact.privateDefinitionsRemoved", definitions.size(), language, p.names(definitions)); }
        public List<String> names() { return definitions; }
        public Optional<String> title(Phrasing p, String file) { return Optional.of(p.get("title.privateDefinitionsRemoved", p.brief(definitions), file)); }
    }

    /** "N paragraphs were added in X, mentioning `a`", else "… starting `First words …`", else the count alone. */
    private static String proseSentence(Phrasing p, String key, String section, int paragraphs, List<String> terms,
                                        List<String> openings) {
        if (!terms.isEmpty()) {
            return p.count(key, paragraphs, paragraphs, p.section(section)) + p.get("fact.mentioning", p.names(terms));
        }
        if (!openings.isEmpty()) {
            List<String> shown = new ArrayList<>();
            openings.forEach(o -> shown.add(p.code(o)));
            if (paragraphs > openings.size()) {
                shown.add(p.count("list.more", paragraphs - openings.size(), paragraphs - openings.size()));
            }
            return p.count(key + ".opening", paragraphs, paragraphs, p.section(section), p.messages().join(shown));
        }
        return p.count(key, paragraphs, paragraphs, p.section(section)) + p.get("sentence.end");
    }

    /** Paragraphs named by their opening words in one sentence. */
    int MAX_OPENINGS = 3;

    /** "Added text on `term` to `file`", else "… to section `s` of `file`", else "… to `file`". */
    private static String proseTitle(Phrasing p, String key, String section, List<String> terms, String file) {
        // a bold number ("**0.76**", "**41.6 s**") says nothing of what the text is about: the first term that is more
        // a word than a number names it ("gpt-4o", "o3")
        Optional<String> term = terms.stream().filter(Fact::wordLike).findFirst();
        if (term.isPresent()) {
            return p.get(key + ".terms", p.brief(term.get()), file);
        }
        return section.isEmpty() ? p.get(key + ".top", file) : p.get(key, p.brief(section), file);
    }

    /** Letters, and at least as many of them as digits. */
    private static boolean wordLike(String term) {
        long letters = term.codePoints().filter(Character::isLetter).count();
        return letters > 0 && letters >= term.codePoints().filter(Character::isDigit).count();
    }

    private static String languageName(Phrasing p, String language) {
        return language.isEmpty() ? p.get("word.plainCode") : p.code(language);
    }

    private static List<String> distinct(List<String> names) {
        return names.stream().distinct().toList();
    }
}
