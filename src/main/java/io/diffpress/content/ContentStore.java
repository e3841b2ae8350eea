package io.diffpress.content;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    private final Path root;

    public ContentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * What {@link #store} would do with any report of this range at this path, when that does not
     * depend on the report's text: kept when a person edited it, up to date when it covers the same
     * range (and not {@code force}). Lets generate skip writing text, and asking a language model,
     * for reports that are already settled.
     */
    public java.util.Optional<Outcome> settled(String relativePath, String rangeKey, boolean force) {
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root) || !Files.exists(target)) {
            return java.util.Optional.empty();
        }
        try {
            String existing = Files.readString(target, StandardCharsets.UTF_8);
            if (!GeneratedHash.untouched(existing)) {
                return java.util.Optional.of(Outcome.KEPT_EDITED);
            }
            return !force && rangeKey.equals(rangeKey(existing)) ? java.util.Optional.of(Outcome.UP_TO_DATE) : java.util.Optional.empty();
        } catch (java.nio.charset.MalformedInputException e) {
            return java.util.Optional.of(Outcome.KEPT_EDITED);
        } catch (IOException e) {
            return java.util.Optional.empty(); // store will report what is wrong
        }
    }

    /** Stores a report; with {@code force} untouched reports are regenerated even when up to date. */
    public Outcome store(GeneratedReport report, boolean force) {
        Path target = root.resolve(report.relativePath()).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw DiffpressException.input(Stage.CONTENT, "report path " + report.relativePath() + " would leave " + root);
        }
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
            throw DiffpressException.build(Stage.CONTENT, "cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static String rangeKey(String text) {
        Matcher m = RANGE_KEY.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** Writes through a temporary file and a rename, so a killed run never leaves half a report. */
    private static void write(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".diffpress-", ".tmp");
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
