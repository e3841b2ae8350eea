package io.diffpress.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered report bodies from earlier builds, in {@code .diffpress/cache/render/} of the portal,
 * so a rebuild renders only the reports that changed. An entry's key covers everything the
 * HTML depends on: the Markdown, the links it is rewritten with, and the renderer's own code,
 * so a stale entry can never be used. It is a cache: losing it only costs time.
 * <p>
 * An entry is the report's page itself where it can be: a hard link to the page file the build wrote, which
 * holds the body's bytes as they are (the publisher never writes a file in place, so they stay). Its name says
 * where: {@code KEY.OFFSET.LENGTH.CRC32.html}, the CRC telling a page a person edited in place. A body that is not
 * in its page as it is (a theme that changes it), or a page on another file system, gets a file of its own, at
 * offset 0. Writing every body a second time had cost a build from nothing a twentieth of its CPU.
 */
final class RenderCache {

    /** The classes whose code decides a report body's HTML. */
    private static final List<Class<?>> RENDERER = List.of(MarkdownRenderer.class, ReportMarkdown.class, DiffHtml.class,
            SafeHtml.class, KeptTags.class, LinkRewriter.class, io.diffpress.config.RepositoryHost.class, SiteModel.class, FastAutolink.class,
            FastText.class, SafeBody.class, UniqueIds.class, io.diffpress.content.Markdown.class, io.diffpress.content.ReportReader.class);
    private static final String RENDERER_HASH = rendererHash();

    private final Optional<Path> dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** Folders made (or found) this build: createDirectories throws and catches an exception for one that is there. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Each key's entry, by file name; the folder is read once, when first needed. */
    private Map<String, String> entries;
    /** The files the folder held when it was read, for {@link #prune}. */
    private List<Path> found = List.of();

    private RenderCache(Optional<Path> dir) {
        this.dir = dir;
    }

    static RenderCache in(Path portalDir) {
        return new RenderCache(Optional.of(portalDir.resolve(".diffpress").resolve("cache").resolve("render")));
    }

    /** No cache: every body is rendered, nothing is written. */
    static RenderCache none() {
        return new RenderCache(Optional.empty());
    }

    static String key(String... parts) {
        MessageDigest sha = sha();
        sha.update(RENDERER_HASH.getBytes(StandardCharsets.US_ASCII));
        for (String part : parts) {
            sha.update((byte) 0);
            sha.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Keeps the entry of {@code key} through {@link #prune} although this build may never read it. */
    void keep(String key) {
        used.add(key);
    }

    Optional<String> get(String key) {
        used.add(key);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        String name = entries().get(key);
        Optional<Slice> slice = name == null ? Optional.empty() : Slice.of(name);
        if (slice.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file(name));
            Slice s = slice.get();
            if (s.offset() + s.length() > bytes.length || crc(bytes, (int) s.offset(), s.length()) != s.crc()) {
                return Optional.empty(); // the page was changed in place: render the body again
            }
            return Optional.of(new String(bytes, (int) s.offset(), s.length(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps a body that has no page: in a file of its own. */
    void put(String key, String html) {
        used.add(key);
        if (dir.isPresent()) {
            putOwn(key, html.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Keeps a body as part of its page, just written to {@code pageFile}: a link to that file when the body is in it
     * as it is, else a file of its own.
     */
    void put(String key, String html, byte[] page, Optional<Path> pageFile) {
        used.add(key);
        if (dir.isEmpty()) {
            return;
        }
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        int at = pageFile.isPresent() ? indexOf(page, body) : -1;
        if (at < 0) {
            putOwn(key, body);
            return;
        }
        String name = new Slice(at, body.length, crc(body, 0, body.length)).name(key);
        Path link = file(name);
        try {
            folder(link.getParent());
            Files.deleteIfExists(link);
            Files.createLink(link, pageFile.get());
            record(key, name);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            putOwn(key, body); // no hard links here, or the page is on another file system
        }
    }

    private void putOwn(String key, byte[] body) {
        String name = new Slice(0, body.length, crc(body, 0, body.length)).name(key);
        Path file = file(name);
        try {
            folder(file.getParent());
            // A temporary name of the entry's own, not createTempFile's: drawing 10,000 secure random names cost
            // seconds. The thread's id keeps two builders of the same entry apart; prune removes leftovers.
            Path temp = file.getParent().resolve("." + key + "-" + Thread.currentThread().getId() + ".tmp");
            Files.write(temp, body);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            record(key, name);
        } catch (IOException e) {
            // Not cached: the next build renders this report again.
        }
    }

    private void folder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /** Makes {@code name} the entry of {@code key}, removing the one it replaces. */
    private void record(String key, String name) {
        String before = entries().put(key, name);
        if (before != null && !before.equals(name)) {
            try {
                Files.deleteIfExists(file(before));
            } catch (IOException e) {
                // prune removes it
            }
        }
    }

    /**
     * Removes entries no report of this build used (deleted or changed reports), and files that are no key's entry.
     * Entries are found by name in their two-letter folders, without a look at each: a rebuild of 10,000 reports
     * has 10,000 entries.
     */
    void prune() {
        if (dir.isEmpty()) {
            return;
        }
        Map<String, String> current = entries();
        for (Path p : found) {
            String name = p.getFileName().toString();
            int dot = name.indexOf('.');
            String key = dot > 0 ? name.substring(0, dot) : name;
            if (!name.equals(current.get(key)) || !used.contains(key)) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a folder where an entry should be: not ours to empty
                }
                current.remove(key, name);
            }
        }
        found = List.of();
    }

    /** Reads the folder once: each key's entry (the last by name when a killed build left two), and every file in it. */
    private synchronized Map<String, String> entries() {
        if (entries != null) {
            return entries;
        }
        Map<String, String> byKey = new ConcurrentHashMap<>();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir.orElseThrow())) {
            try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir.get())) {
                for (Path shard : shards) {
                    if (!Files.isDirectory(shard, LinkOption.NOFOLLOW_LINKS)) {
                        files.add(shard);
                        continue;
                    }
                    try (DirectoryStream<Path> names = Files.newDirectoryStream(shard)) {
                        for (Path p : names) {
                            files.add(p);
                            String name = p.getFileName().toString();
                            if (Slice.of(name).isPresent()) {
                                byKey.merge(name.substring(0, name.indexOf('.')), name, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // an unreadable cache is an empty one
            }
        }
        files.sort(null);
        found = files;
        entries = byKey;
        return entries;
    }

    private Path file(String name) {
        return dir.orElseThrow().resolve(name.substring(0, 2)).resolve(name);
    }

    /** Where {@code body} first starts in {@code page}, or -1. */
    static int indexOf(byte[] page, byte[] body) {
        if (body.length == 0) {
            return -1;
        }
        byte first = body[0];
        for (int i = 0, last = page.length - body.length; i <= last; i++) {
            if (page[i] == first && Arrays.equals(page, i, i + body.length, body, 0, body.length)) {
                return i;
            }
        }
        return -1;
    }

    private static long crc(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }

    /** Where a body lies in an entry's file, as its name tells: {@code KEY.OFFSET.LENGTH.CRC32.html}. */
    record Slice(long offset, int length, long crc) {

        String name(String key) {
            return key + "." + offset + "." + length + "." + Long.toHexString(crc) + ".html";
        }

        static Optional<Slice> of(String name) {
            String[] parts = name.split("\\.");
            if (parts.length != 5 || !parts[4].equals("html") || parts[0].length() != 64) {
                return Optional.empty();
            }
            try {
                long offset = Long.parseLong(parts[1]);
                int length = Integer.parseInt(parts[2]);
                long crc = Long.parseLong(parts[3], 16);
                return offset < 0 || length < 0 || offset > Integer.MAX_VALUE ? Optional.empty() : Optional.of(new Slice(offset, length, crc));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** The renderer's classes, nested ones included, and the versions of the libraries it hands work to. */
    private static String rendererHash() {
        return HexFormat.of().formatHex(CodeDigest.of(RENDERER, List.of(
                "META-INF/maven/com.vladsch.flexmark/flexmark/pom.properties",
                "META-INF/maven/com.vladsch.flexmark/flexmark-ext-tables/pom.properties",
                "META-INF/maven/com.vladsch.flexmark/flexmark-ext-attributes/pom.properties",
                "META-INF/maven/com.vladsch.flexmark/flexmark-ext-gfm-strikethrough/pom.properties",
                "META-INF/maven/com.vladsch.flexmark/flexmark-ext-autolink/pom.properties",
                "META-INF/maven/org.jsoup/jsoup/pom.properties")));
    }

    private static MessageDigest sha() {
        return CodeDigest.sha256();
    }
}
