package io.diffpress.site;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import io.diffpress.content.ReportBody;
import io.diffpress.content.ReportDocument;
import io.diffpress.content.ReportReader;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every report under {@code content/}. All malformed files are reported at once, so
 * a user fixes them in one go; a symlink leading out of the content folder is refused.
 * A file whose {@link FileStamp} is the one in the {@link ContentCache} is not read: its metadata and
 * the digest of its search prose come from the cache, and its body is read only if a page, or the search
 * part that holds it, needs it. Bodies are never kept in memory: each loaded report reads its body again
 * from its file when asked.
 */
final class ContentLoader {

    /**
     * The reports, the search prose of each (by source), how many files were read rather than taken from the
     * cache on their stamp, and how many of those were parsed (the others had the bytes the cache knew).
     */
    /** @param skipped files that look like reports but are not read: a hidden name, or "Notes.MD" (content-relative paths) */
    record Content(List<ReportDocument> reports, Map<String, ProseText> prose, int read, int parsed, List<String> skipped) {
        Content(List<ReportDocument> reports, Map<String, ProseText> prose, int read, int parsed) {
            this(reports, prose, read, parsed, List.of());
        }
    }

    private ContentLoader() {
    }

    static List<ReportDocument> load(Path content) {
        return load(content, ContentCache.none()).reports();
    }

    static Content load(Path content, ContentCache cache) {
        return load(content, cache, "content/");
    }

    /**
     * Reads the reports of {@code content}; {@code shown} is how messages name that folder ("content/", or as the
     * portal's site.yml names another one).
     */
    static Content load(Path content, ContentCache cache, String shown) {
        if (!Files.isDirectory(content)) {
            return new Content(List.of(), Map.of(), 0, 0);
        }
        List<Listed> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = content.toRealPath();
            // Every path the walk gives starts with the root's: cut, not relativized (a tenth of a second a build).
            int rootLength = realRoot.toString().length() + (realRoot.getParent() == null ? 0 : 1);
            // The content folder may itself be a link: walked where it leads, its files named from it. The walk's own
            // look at each file says whether it is a link or a regular file: no second look.
            Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    String relative = p.toString().substring(rootLength);
                    String name = p.getFileName().toString();
                    String lower = name.toLowerCase(java.util.Locale.ROOT);
                    boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown");
                    if (relative.startsWith(".")) {
                        // in a hidden folder of the root, or hidden itself: told when it looks like a report (an audit)
                        if (markdown && relative.indexOf('/') < 0 && attrs.isRegularFile()) {
                            skipped.add(relative);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    if (markdown && attrs.isRegularFile() && (name.startsWith(".") || !name.endsWith(".md"))) {
                        skipped.add(relative); // ".draft.md", "Notes.MD", "a.markdown": left out, and said so
                    }
                    if (name.endsWith(".md") && !name.startsWith(".")) {
                        files.add(new Listed(content.resolve(relative), attrs.isSymbolicLink(), attrs.isRegularFile(), false));
                    } else if (attrs.isSymbolicLink() && Files.isDirectory(p)) {
                        // its reports would be missed, or read twice
                        files.add(new Listed(content.resolve(relative), true, false, true));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            files.sort(Comparator.comparing(Listed::path));
        } catch (IOException e) {
            throw DiffpressException.build(Stage.CONTENT, "cannot list " + content + ": " + e.getMessage(), e);
        }
        cache.begin();
        // Files are independent: read and parse them on every core, keeping results and errors in file order.
        Instant start = Instant.now(); // before any file is looked at: see FileStamp.settled
        long now = start.getEpochSecond() * 1_000_000_000L + start.getNano();
        Loaded[] results = new Loaded[files.size()];
        Parallel.forEachIndex(files.size(), i -> results[i] = read(content, realRoot, files.get(i), cache, now));
        List<ReportDocument> reports = new ArrayList<>();
        Map<String, ProseText> prose = new HashMap<>();
        List<String> errors = new ArrayList<>();
        int read = 0;
        int parsed = 0;
        for (Loaded result : results) {
            result.report().ifPresent(r -> {
                reports.add(r.report());
                prose.put(r.report().source(), r.prose());
            });
            // the reader names a report under "content/": the folder as the portal names it
            String prefix = Stage.CONTENT.label() + ": content/";
            result.error().map(e -> e.startsWith(prefix) ? Stage.CONTENT.label() + ": " + shown + e.substring(prefix.length()) : e)
                    .ifPresent(errors::add);
            read += result.read() != Read.NO ? 1 : 0;
            parsed += result.read() == Read.PARSED ? 1 : 0;
        }
        if (!errors.isEmpty()) {
            throw new DiffpressException(Stage.CONTENT, DiffpressException.Kind.BUILD,
                    errors.size() + (errors.size() == 1 ? " report has" : " reports have") + " errors:\n  "
                            + String.join("\n  ", errors));
        }
        cache.save(prose.keySet());
        skipped.sort(null);
        return new Content(reports, prose, read, parsed, List.copyOf(skipped));
    }

    /** How much of a file was looked at: only its stamp, its bytes (hashed), or its bytes parsed. */
    private enum Read { NO, CHECKED, PARSED }

    /** What one file gave: a report, an error naming it, or neither (not a regular file); and how it was read. */
    private record Loaded(Optional<ContentCache.Entry> report, Optional<String> error, Read read) {

        static Loaded of(ContentCache.Entry report, Read read) {
            return new Loaded(Optional.of(report), Optional.empty(), read);
        }

        static Loaded failed(String error) {
            return new Loaded(Optional.empty(), Optional.of(error), Read.PARSED);
        }
    }

    /** A file the walk found, with what the walk saw of it (links not followed). */
    private record Listed(Path path, boolean link, boolean regular, boolean folderLink) {
    }

    private static Loaded read(Path content, Path realRoot, Listed listed, ContentCache cache, long now) {
        Path file = listed.path();
        String source = content.relativize(file).toString().replace('\\', '/');
        if (listed.folderLink()) {
            return Loaded.failed(Stage.CONTENT.label() + ": content/" + source + ": is a link to a folder; refused (generate"
                    + " does not write through it either): make it a folder, or link the content folder itself");
        }
        try {
            Path real = file;
            if (listed.link()) {
                // A walk that follows no links stays inside the folder: only a link can lead out of it.
                real = file.toRealPath();
                if (!real.startsWith(realRoot)) {
                    return Loaded.failed(Stage.CONTENT.label() + ": content/" + source + ": is a link to " + real
                            + ", outside the content folder; refused");
                }
            }
            if (listed.link() ? !Files.isRegularFile(real) : !listed.regular()) {
                return new Loaded(Optional.empty(), Optional.empty(), Read.NO);
            }
            Path from = real;
            FileStamp stamp = FileStamp.of(from);
            Optional<ContentCache.Entry> cached = cache.get(source);
            if (cached.isPresent() && cached.get().sameFile(stamp)) {
                ContentCache.Entry e = cached.get();
                return Loaded.of(withBody(e, source, from, stamp, now), Read.NO);
            }
            byte[] bytes = Files.readAllBytes(from);
            String fileHash = ReportBody.sha256(bytes);
            if (cached.isPresent() && cached.get().fileHash().equals(fileHash)) {
                // The same bytes as last time: what was parsed from them still holds; the stamp is trusted once settled.
                ContentCache.Entry e = cached.get();
                ContentCache.Entry checked = withBody(new ContentCache.Entry(stamp, now, fileHash, e.report(), e.prose()),
                        source, from, stamp, now);
                cache.put(source, checked);
                return Loaded.of(checked, Read.CHECKED);
            }
            ReportDocument doc = ReportReader.read(source, bytes);
            ContentCache.Entry parsed = new ContentCache.Entry(stamp, now, fileHash, doc, ProseText.of(ReportProse.of(doc.body())));
            // kept with its body by hash only, read again when a page needs it: 10,000 bodies are 250 MB
            ContentCache.Entry entry = withBody(parsed, source, from, stamp, now);
            cache.put(source, entry);
            return Loaded.of(entry, Read.PARSED);
        } catch (DiffpressException e) {
            return Loaded.failed(e.userMessage());
        } catch (IOException e) {
            return Loaded.failed(Stage.CONTENT.label() + ": content/" + source + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The entry with its body, and its prose if the cache had only its digest, read again from {@code file} when asked for. */
    private static ContentCache.Entry withBody(ContentCache.Entry e, String source, Path file, FileStamp stamp, long now) {
        ReportDocument report = e.report().withBody(body(source, file, e.report().markdown().hash(), stamp, now));
        return new ContentCache.Entry(e.stamp(), e.readAt(), e.fileHash(), report, e.prose().from(report));
    }

    /**
     * The body of {@code file}, read again when asked for. It is the body the hash was taken of if the file
     * still has the stamp it had then and that stamp had settled (see {@link FileStamp#settled}); otherwise the
     * text read is hashed and compared.
     */
    private static ReportBody body(String source, Path file, String hash, FileStamp stamp, long now) {
        return ReportBody.stored(source, hash, () -> {
            try {
                return ReportReader.body(source, Files.readAllBytes(file));
            } catch (IOException e) {
                throw DiffpressException.build(Stage.CONTENT, "content/" + source + ": cannot read (" + e.getMessage() + ")", e);
            }
        }, () -> {
            try {
                return stamp.changedNanos() >= 0 && stamp.settled(now) && FileStamp.of(file).equals(stamp);
            } catch (IOException e) {
                return false;
            }
        });
    }
}
