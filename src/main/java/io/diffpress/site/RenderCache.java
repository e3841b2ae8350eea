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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered report bodies from earlier builds, in {@code .diffpress/cache/render/} of the portal,
 * so a rebuild renders only the reports that changed. An entry's key covers everything the
 * HTML depends on: the Markdown, the links it is rewritten with, and the renderer's own code,
 * so a stale entry can never be used. It is a cache: losing it only costs time.
 */
final class RenderCache {

    /** The classes whose code decides a report body's HTML. */
    private static final List<Class<?>> RENDERER = List.of(MarkdownRenderer.class, ReportMarkdown.class, DiffHtml.class,
            SafeHtml.class, LinkRewriter.class, io.diffpress.config.RepositoryHost.class, SiteModel.class, FastAutolink.class,
            FastText.class, SafeBody.class);
    private static final String RENDERER_HASH = rendererHash();

    private final Optional<Path> dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** Folders made (or found) this build: createDirectories throws and catches an exception for one that is there. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private RenderCache(Optional<Path> dir) {
        this.dir = dir;
    }

    static RenderCache in(Path portalDir) {
        return new RenderCache(Optional.of(portalDir.resolve(".diffpress").resolve("cache").resolve("render")));
    }

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
        Path file = file(key);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void put(String key, String html) {
        used.add(key);
        if (dir.isEmpty()) {
            return;
        }
        Path file = file(key);
        try {
            Path folder = file.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            // A temporary name of the entry's own, not createTempFile's: drawing 10,000 secure random names cost
            // seconds. The thread's id keeps two builders of the same entry apart; prune removes leftovers.
            Path temp = folder.resolve("." + key + "-" + Thread.currentThread().getId() + ".tmp");
            Files.write(temp, html.getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Not cached: the next build renders this report again.
        }
    }

    /**
     * Removes entries no report of this build used (deleted or changed reports). Entries are found by name in
     * their two-letter folders, without a look at each: a rebuild of 10,000 reports has 10,000 entries.
     */
    void prune() {
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return;
        }
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir.get())) {
            for (Path shard : shards) {
                if (!Files.isDirectory(shard, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(shard);
                    continue;
                }
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(shard)) {
                    for (Path p : entries) {
                        String name = p.getFileName().toString();
                        if (!name.endsWith(".html") || !used.contains(name.substring(0, name.length() - 5))) {
                            try {
                                Files.deleteIfExists(p);
                            } catch (IOException e) {
                                // a folder where an entry should be: not ours to empty
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            // A cache that cannot be pruned only takes disk space.
        }
    }

    private Path file(String key) {
        return dir.orElseThrow().resolve(key.substring(0, 2)).resolve(key + ".html");
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
