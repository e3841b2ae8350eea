package io.diffpress.content;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reports folder. Writes generated reports without ever overwriting one a person
 * edited: a report whose generated hash no longer matches its text is kept as it is.
 */
public final class ContentStore {

    /** What happened to one report. */
    public enum Outcome {
        /** Newly written, or an untouched report of an outdated or forced range rewritten. */
        WRITTEN,
        /** Already there with the same range: nothing to do. */
        UP_TO_DATE,
        /** Edited by a person (or not made by this tool): kept, not overwritten. */
        KEPT_EDITED
    }

    private static final Pattern RANGE_KEY = Pattern.compile("(?m)^  key: (\\S+)$");
    private static final Pattern RANGE_HEAD = Pattern.compile("(?m)^  head: [0-9a-f]{40}$");
    private static final Pattern RANGE_LABEL = Pattern.compile("(?m)^  label: (.+)$");
    /** The locale a report was written in (ReportWriter: a top-level key of the front matter, a bare token). */
    private static final Pattern LOCALE = Pattern.compile("(?m)^locale: ([A-Za-z]{2,3}(?:_[A-Za-z0-9]+)*)$");

    /** A report this tool wrote (its front matter names its range's head commit), and whether a person has edited it since. */
    public record Generated(boolean edited, String label) {
    }

    private final Path root;

    public ContentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * A report left as it is ({@link #existing}), and whether it was written in another locale than the one asked for: an
     * untouched report up to date for its range that records another one (reports of diffpress before 2026-12-07 record
     * none, and are not judged), which {@code generate --force} would write again in the new locale.
     */
    public record Existing(Outcome outcome, boolean otherLocale) {
    }

    /**
     * What {@link #store} would do with a report of this range at this path, decided without
     * generating it: UP_TO_DATE or KEPT_EDITED when the report can be left as it is, empty when it
     * must be generated (missing, of an outdated range, or untouched and forced). It lets
     * {@code generate} skip the history and insight work of ranges whose reports exist. An up-to-date report also tells
     * whether it was written in another locale than {@code locale}.
     */
    public Optional<Existing> existing(String relativePath, String rangeKey, boolean force, String locale) {
        Path target = target(relativePath);
        if (!Files.isRegularFile(target)) {
            return Optional.empty();
        }
        try {
            String existing = Files.readString(target, StandardCharsets.UTF_8);
            if (!GeneratedHash.untouched(existing)) {
                return Optional.of(new Existing(Outcome.KEPT_EDITED, false));
            }
            if (force || !rangeKey.equals(rangeKey(existing))) {
                return Optional.empty();
            }
            Matcher written = LOCALE.matcher(existing);
            return Optional.of(new Existing(Outcome.UP_TO_DATE, !locale.isEmpty() && written.find() && !written.group(1).equals(locale)));
        } catch (java.nio.charset.MalformedInputException e) {
            return Optional.of(new Existing(Outcome.KEPT_EDITED, false));
        } catch (IOException e) {
            throw DiffpressException.build(Stage.CONTENT, "cannot read " + target + ": " + e.getMessage(), e);
        }
    }

    /** Stores a report; with {@code force} untouched reports are regenerated even when up to date. */
    public Outcome store(GeneratedReport report, boolean force) {
        Path target = target(report.relativePath());
        try {
            if (Files.exists(target)) {
                String existing = Files.readString(target, StandardCharsets.UTF_8);
                if (!GeneratedHash.untouched(existing)) {
                    return Outcome.KEPT_EDITED;
                }
                if (existing.equals(report.text())) {
                    return Outcome.UP_TO_DATE;
                }
                if (!force && report.rangeKey().equals(rangeKey(existing))) {
                    return Outcome.UP_TO_DATE;
                }
            }
            write(target, report.text());
            return Outcome.WRITTEN;
        } catch (java.nio.charset.MalformedInputException e) {
            return Outcome.KEPT_EDITED;
        } catch (IOException e) {
            throw DiffpressException.build(Stage.CONTENT, "cannot write " + target + ": " + reason(target, e), e);
        }
    }

    /**
     * Why a report cannot be written, said plainly: a file where its folder should be (an audit found only the path
     * in the message), else what the file system said and the kind of its refusal.
     */
    private static String reason(Path target, IOException e) {
        Optional<Path> file = io.diffpress.FileNames.fileAbove(target);
        if (file.isPresent()) {
            return file.get() + " is a file, not a folder: move it away so that the reports can be written there";
        }
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return (kind.isEmpty() || kind.equals("IO") ? "" : kind + ": ") + e.getMessage();
    }

    /** A plain YAML scalar as written: quotes taken off ('' inside single quotes is one quote). */
    private static String unquoted(String scalar) {
        String s = scalar.strip();
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            return s.substring(1, s.length() - 1).replace("''", "'");
        }
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** The folders right in the reports folder (each a section's, when configured), sorted; hidden ones left out. */
    public List<String> folders() {
        return names(root, f -> Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS), n -> !n.startsWith("."));
    }

    /** The reports ({@code *.md}, not hidden) right in {@code folder} of the reports folder, as paths relative to it, sorted. */
    public List<String> reports(String folder) {
        return names(target(folder + "/x.md").getParent(), f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS),
                n -> n.endsWith(".md") && !n.startsWith(".")).stream().map(n -> folder + "/" + n).toList();
    }

    /** The names of the entries of {@code dir} (not followed if a link) that {@code kind} and {@code named} keep, sorted. */
    private static List<String> names(Path dir, java.util.function.Predicate<Path> kind, java.util.function.Predicate<String> named) {
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(kind).map(f -> f.getFileName().toString()).filter(named).sorted().toList();
        } catch (IOException e) {
            throw DiffpressException.build(Stage.CONTENT, "cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether a report this tool wrote (its front matter names its range's head) was edited; empty for other files. */
    public Optional<Generated> generated(String relativePath) {
        Path target = target(relativePath);
        try {
            String text = Files.readString(target, StandardCharsets.UTF_8);
            int end = text.indexOf("\n---\n", 3);
            Matcher head = RANGE_HEAD.matcher(text);
            if (!text.startsWith("---\n") || end < 0 || !head.region(0, end).find()) {
                return Optional.empty();
            }
            return Optional.of(new Generated(!GeneratedHash.untouched(text), rangeLabel(text, end)));
        } catch (java.nio.charset.MalformedInputException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw DiffpressException.build(Stage.CONTENT, "cannot read " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a report (one this tool wrote, untouched, whose range is gone from the history). */
    public void remove(String relativePath) {
        Path target = target(relativePath);
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw DiffpressException.build(Stage.CONTENT, "cannot delete " + target + ": " + e.getMessage(), e);
        }
    }

    private Path target(String relativePath) {
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw DiffpressException.input(Stage.CONTENT, "report path " + relativePath + " would leave " + root);
        }
        // A folder below the reports folder that is a link would take the report elsewhere, where build never looks
        // (it refuses such links): not written through. The reports folder itself may be a link.
        Path folder = root;
        for (Path part : root.relativize(target.getParent())) {
            folder = folder.resolve(part);
            if (Files.isSymbolicLink(folder)) {
                throw DiffpressException.input(Stage.CONTENT, root.getFileName() + "/" + root.relativize(folder).toString().replace('\\', '/')
                        + " is a link to a folder: reports are not written through it; make it a folder, or link the content folder itself");
            }
            if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                break;
            }
        }
        return target;
    }

    /**
     * The reports of a section a person renamed (a file name {@code generated} does not match) that this tool wrote: by
     * their range's key and by its label (the day, the week, the tag), the first of two copies by name. A range that
     * grew since (more commits that day) has another key and the same label: its renamed report is still its report.
     */
    public Renamed renamedReports(String folder, java.util.function.Predicate<String> generated) {
        Map<String, String> byKey = new java.util.TreeMap<>();
        Map<String, String> byLabel = new java.util.TreeMap<>();
        for (String path : reports(folder)) {
            String label = path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length());
            boolean generatedName = generated.test(label);
            try {
                // a name the strategy gives is renamed too when its front matter names another range (2025-01-14.md
                // renamed 2025-01-09.md, an audit: it was written again, and the renamed one pruned as stale); only its
                // front matter is read, at the top of the file
                String text = generatedName ? head(target(path)) : Files.readString(target(path), StandardCharsets.UTF_8);
                int end = text.indexOf("\n---\n", 3);
                Matcher key = RANGE_KEY.matcher(text);
                if (generatedName && end < 0 && !(key.find() && RANGE_LABEL.matcher(text).find())) {
                    text = Files.readString(target(path), StandardCharsets.UTF_8); // its range further down: all of it
                    end = text.indexOf("\n---\n", 3);
                    key = RANGE_KEY.matcher(text);
                }
                end = end < 0 && generatedName ? text.length() : end; // a head of front matter only
                if (text.startsWith("---\n") && end > 0 && key.region(0, end).find()) {
                    String rangeLabel = rangeLabel(text, end);
                    if (generatedName && (rangeLabel.isEmpty() || rangeLabel.equals(label))) {
                        continue; // its own range's report, under its own name
                    }
                    byKey.putIfAbsent(key.group(1), path); // names sorted: the first of two copies
                    if (!rangeLabel.isEmpty()) {
                        byLabel.putIfAbsent(rangeLabel, path);
                    }
                }
            } catch (java.nio.charset.MalformedInputException e) {
                // not a report this tool could have written
            } catch (IOException e) {
                throw DiffpressException.build(Stage.CONTENT, "cannot read " + target(path) + ": " + e.getMessage(), e);
            }
        }
        return new Renamed(byKey, byLabel);
    }

    /**
     * The first 4 KB of a file as UTF-8: a report this tool wrote names its range near the top of its front matter, before
     * the list of its files, so a generate over thousands of reports reads a page of each, not all of it.
     */
    private static String head(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
    }

    /** Renamed reports by range key and by range label (each maps to the report's path under content/). */
    public record Renamed(Map<String, String> byKey, Map<String, String> byLabel) {

        public static final Renamed NONE = new Renamed(Map.of(), Map.of());
    }

    /** The front matter's range.label (the front matter ends at {@code end}), quotes taken off; "" when it has none. */
    private static String rangeLabel(String text, int end) {
        Matcher label = RANGE_LABEL.matcher(text);
        return label.region(0, end).find() ? unquoted(label.group(1)) : "";
    }

    /** The range key a report's front matter names, "" for none (a report written by hand, or by another tool). */
    /** Whether the report at this path is as generate wrote it (no person edited it); false when it cannot be read. */
    public boolean untouched(String relativePath) {
        try {
            return GeneratedHash.untouched(Files.readString(target(relativePath), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    public String rangeKeyOf(String relativePath) {
        try {
            return rangeKey(Files.readString(target(relativePath), StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException e) {
            return "";
        } catch (IOException e) {
            throw DiffpressException.build(Stage.CONTENT, "cannot read " + target(relativePath) + ": " + e.getMessage(), e);
        }
    }

    private static String rangeKey(String text) {
        Matcher m = RANGE_KEY.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** The temporary file {@link #write} makes: ".diffpress-REPORT.md.PID.THREAD.tmp", and nothing else a person named alike. */
    private static final java.util.regex.Pattern LEFTOVER = java.util.regex.Pattern.compile("\\.diffpress-.+\\.md\\.[0-9]+\\.[0-9]+\\.tmp");

    /**
     * Deletes the temporary files a killed run left in the reports folder ({@code .diffpress-NAME.PID.THREAD.tmp}, see
     * {@link #write}), so they are not committed with the reports. Call it holding the portal's lock: then no other
     * run is writing one. Returns how many were deleted.
     */
    /** Makes the content folder when it is missing: generate's folder exists after it ran, reports or not. */
    public void createRoot() {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw DiffpressException.build(Stage.CONTENT, "cannot create " + root + ": " + e.getMessage(), e);
        }
    }

    public int removeLeftovers() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            List<Path> leftovers = files.filter(p -> p.getFileName() != null && LEFTOVER.matcher(p.getFileName().toString()).matches()
                    && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
            return leftovers.size();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // only litter: the reports themselves are whole either way
        }
    }

    /** Writes through a temporary file and a rename, so a killed run never leaves half a report. */
    private static void write(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        // Not createTempFile, which makes the file readable by its owner only (0600): a report is shared and
        // committed, so it gets the mode of any new file (the umask's); the name is the target's and this run's.
        Path temp = target.resolveSibling(".diffpress-" + target.getFileName() + "." + ProcessHandle.current().pid()
                + "." + Thread.currentThread().getId() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
