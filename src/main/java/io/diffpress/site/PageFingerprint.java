package io.diffpress.site;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A digest of everything a rendered page depends on, so a rebuild can keep the previous build's page instead
 * of rendering it again (the {@link io.diffpress.publish.Publisher} records it with each page). It covers:
 * <ul>
 *   <li>the program: the diffpress jar it runs from (templates of the built-in theme included), or, run from
 *       a classes folder, the classes that turn a context into a page and the built-in theme's files;</li>
 *   <li>every file of the portal's theme folder;</li>
 *   <li>the template (or for a feed, its kind) and the page's whole context: strings, numbers, maps, lists and records, walked
 *       component by component. A report body stands in by its render cache key ({@link Fingerprinted}).
 *       Any other kind of value is refused with an exception, so a new field can never be silently left out.</li>
 * </ul>
 * (The theme folder and its subfolders may be links: they are followed, as the template loader does.)
 * Values shared by many pages (a report's view, a tag's list) are digested once per build, by identity:
 * contexts hold only immutable records and lists, and maps that are not changed after the build starts. A report's
 * view and a row of a document's history are moreover looked up in the {@link Memory} of the builds before, by value.
 */
final class PageFingerprint {

    private static final int FORMAT = 1;
    private static final List<Class<?>> RENDERING = List.of(Theme.class, PageFingerprint.class, ReportView.class,
            ArticleView.class, ListPage.class, PageLink.class, SiteView.class, ReportHtml.class, SiteBuilder.class,
            FeedHtml.class, io.diffpress.feed.FeedWriter.class, io.diffpress.feed.FeedChannel.class, io.diffpress.feed.FeedEntry.class);

    /**
     * Values many pages show (a history row: its document's page and one page of its history): digested once.
     * Smaller ones are cheaper to digest again than to look up.
     */
    private static final java.util.Set<Class<?>> SHARED = java.util.Set.of(ReportView.class, ListPage.class, ArticleView.class,
            ArticleView.Change.class);
    /**
     * Values whose digest the {@link Memory} keeps for the next build. Their equality stands for their digest's: records
     * made of strings, numbers, lists of such records and report bodies (equal by their render cache key), no sets or
     * maps, whose equality would ignore an order a template shows. Larger values (a tag's list of thousands of reports)
     * are left out, as comparing them would cost more than digesting what they hold, whose digests are kept.
     */
    static final java.util.Set<Class<?>> REMEMBERED = java.util.Set.of(ReportView.class, ArticleView.Change.class);
    /** The accessors of each record class, found once: looking them up is slower than calling them. */
    private static final ClassValue<java.lang.reflect.Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method[] computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getAccessor)
                    .toArray(java.lang.reflect.Method[]::new);
        }
    };

    private final byte[] base;
    private final Map<Identity, byte[]> memo;
    private final Memory.Build remembered;

    PageFingerprint(Path portalTheme) {
        this(portalTheme, new Memory());
    }

    /** Fingerprints of one build, which takes from {@code memory} the digests the build before it made. */
    PageFingerprint(Path portalTheme, Memory memory) {
        remembered = memory.nextBuild();
        // sized for as many values as the last build digested, of which those remembered are most: no resizing on the way
        int expected = remembered.expected();
        memo = new ConcurrentHashMap<>(expected + expected / 8 + 16);
        MessageDigest sha = CodeDigest.sha256();
        sha.update((byte) FORMAT);
        sha.update(programDigest());
        sha.update(folderDigest(portalTheme));
        base = sha.digest();
    }

    /** The fingerprint of the page {@code template} makes from {@code context}. */
    String of(String template, Map<String, Object> context) {
        Out out = new Out();
        out.bytes(base);
        out.text(template);
        feed(out, context, false);
        return HexFormat.of().formatHex(out.digest());
    }

    private void feed(Out sha, Object value, boolean shared) {
        if (value == null) {
            sha.tag(0);
        } else if (value instanceof String s) {
            sha.tag(1);
            sha.text(s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            sha.tag(2);
            sha.number(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            sha.tag(b ? 3 : 4);
        } else if (value instanceof Double || value instanceof Float) {
            sha.tag(5);
            sha.text(value.toString());
        } else if (value instanceof Optional<?> o) {
            sha.tag(6);
            feed(sha, o.orElse(null), true);
        } else if (value instanceof Fingerprinted f) {
            sha.tag(7);
            sha.text(f.fingerprint());
        } else if (value instanceof Map<?, ?> || value instanceof Collection<?> || value instanceof Record) {
            if (!shared || !(value instanceof Map<?, ?> || SHARED.contains(value.getClass()))) {
                composite(sha, value);
            } else {
                // Shared values are digested once; the page digest takes their digest. (Not computeIfAbsent:
                // digesting a value memoizes the values inside it, and the map must not be changed from within.)
                Identity id = new Identity(value);
                byte[] digest = memo.get(id);
                if (digest == null) {
                    digest = digestOf(value);
                    memo.putIfAbsent(id, digest);
                }
                sha.bytes(digest);
            }
        } else {
            throw new IllegalArgumentException("a page fingerprint cannot include a " + value.getClass().getName()
                    + ": add it to PageFingerprint or make it Fingerprinted");
        }
    }

    /** A shared value's own digest, taken from the build before when it had an equal value. */
    private byte[] digestOf(Object value) {
        if (!REMEMBERED.contains(value.getClass())) {
            return ownDigest(value);
        }
        return remembered.digest(new Memory.Key(value), this::ownDigest);
    }

    private byte[] ownDigest(Object value) {
        Out own = new Out();
        composite(own, value);
        return own.digest();
    }

    /** At the end of a build: what the build before showed and this one did not is let go. */
    void finish() {
        remembered.finish();
    }

    /**
     * The digests of report views and history rows from one build to the next of a process that builds again and again
     * ({@code serve}): a rebuild makes these values anew, most of them equal to the last build's, and looking one up
     * by value costs a fraction of digesting it again (its strings mostly the same objects, kept by the session's
     * reports). Builds may follow one another from any thread, one at a time; within a build, pages are digested in parallel.
     * <p>
     * What is kept is sized for one build and outlives it, so it is made not to hold the build's objects: a value equal
     * to one the build before kept is kept as that older object (the new one dies with its build, young, instead of being
     * kept and copied by the collector from build to build), and a report view is kept without its body's render cache
     * and Markdown ({@link ReportView#detached}), which belong to the build that made it. When a build finishes, what the
     * build before kept is let go: only one build's values stay between builds.
     */
    static final class Memory {
        private Build last = new Build(Map.of());

        /** The memory a new build takes from and adds to; the one before it becomes what it recalls. */
        synchronized Build nextBuild() {
            Build next = new Build(last.kept);
            last = next;
            return next;
        }

        /** For tests: how many digests the last build kept, and how many it took from the build before. */
        synchronized int lastBuildKept() {
            return last.kept.size();
        }

        synchronized int lastBuildRecalled() {
            return last.recalled.intValue();
        }

        /** For tests: the values the last build kept, as kept. */
        synchronized List<Object> lastBuildValues() {
            return last.kept.keySet().stream().map(k -> k.value).toList();
        }

        /** For tests: how many values of the build before the last one it still holds (none once it finished). */
        synchronized int lastBuildHoldsBefore() {
            return last.before.size();
        }

        /** What one build recalls (the last build's digests, read only) and keeps (its own, for the next). */
        static final class Build {
            private volatile Map<Key, Key> before;
            private final Map<Key, Key> kept;
            private final java.util.concurrent.atomic.LongAdder recalled = new java.util.concurrent.atomic.LongAdder();

            private Build(Map<Key, Key> before) {
                this.before = before;
                this.kept = new ConcurrentHashMap<>(before.size() + 16);
            }

            int expected() {
                return before.size();
            }

            /** The digest of the key's value: kept this build, else recalled from the build before, else made and kept. */
            byte[] digest(Key key, java.util.function.Function<Object, byte[]> digester) {
                Key known = kept.get(key);
                if (known != null) {
                    return known.digest;
                }
                known = before.get(key);
                if (known != null) {
                    if (kept.putIfAbsent(known, known) == null) {
                        recalled.increment();
                    }
                    return known.digest;
                }
                Key made = new Key(retained(key.value), key.hash, digester.apply(key.value));
                Key raced = kept.putIfAbsent(made, made);
                return raced != null ? raced.digest : made.digest;
            }

            void finish() {
                before = Map.of();
            }

            /** The form of a value kept past its build: equal to it, holding nothing of the build itself. */
            private static Object retained(Object value) {
                return value instanceof ReportView view ? view.detached() : value;
            }
        }

        /** A value by equality, its hash taken once (a record's is computed from all its components on each call). */
        static final class Key {
            private final Object value;
            private final int hash;
            /** The value's digest, once kept; a key made to look a value up has none. */
            private final byte[] digest;

            Key(Object value) {
                this(value, value.hashCode(), null);
            }

            private Key(Object value, int hash, byte[] digest) {
                this.value = value;
                this.hash = hash;
                this.digest = digest;
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && k.hash == hash && k.value.equals(value);
            }

            @Override
            public int hashCode() {
                return hash;
            }
        }
    }

    private void composite(Out sha, Object value) {
        if (value instanceof Map<?, ?> map) {
            sha.tag(8);
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put((String) k, v));
            sha.number(sorted.size());
            sorted.forEach((k, v) -> {
                sha.text(k);
                feed(sha, v, true);
            });
        } else if (value instanceof Collection<?> list) {
            sha.tag(9);
            sha.number(list.size());
            for (Object item : list) {
                feed(sha, item, true);
            }
        } else {
            Record r = (Record) value;
            sha.tag(10);
            sha.text(r.getClass().getName());
            for (java.lang.reflect.Method accessor : ACCESSORS.get(r.getClass())) {
                try {
                    feed(sha, accessor.invoke(r), true);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + accessor.getName() + " of " + r.getClass().getName(), e);
                }
            }
        }
    }

    /**
     * What a digest is taken of, gathered in one buffer: one call to SHA-256 per page or shared value rather
     * than one per string, which cost more than the hashing.
     */
    private static final class Out {
        private byte[] buffer = new byte[1024];
        private int size;

        void tag(int tag) {
            ensure(1);
            buffer[size++] = (byte) tag;
        }

        void number(long n) {
            ensure(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                buffer[size++] = (byte) (n >>> shift);
            }
        }

        /**
         * The string's length, then each character: one byte below 0x80, else a byte of 0x80 and its two bytes. One
         * string has one form and the length says where it ends, so two strings make the same bytes only when they are
         * equal; written straight into the buffer, as encoding each string to UTF-8 first made a copy of every one.
         */
        void text(String s) {
            int n = s.length();
            number(n);
            ensure(3 * n);
            byte[] b = buffer;
            int at = size;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    b[at++] = (byte) c;
                } else {
                    b[at++] = (byte) 0x80;
                    b[at++] = (byte) (c >>> 8);
                    b[at++] = (byte) c;
                }
            }
            size = at;
        }

        void bytes(byte[] b) {
            number(b.length);
            ensure(b.length);
            System.arraycopy(b, 0, buffer, size, b.length);
            size += b.length;
        }

        byte[] digest() {
            MessageDigest sha = CodeDigest.sha256();
            sha.update(buffer, 0, size);
            return sha.digest();
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }
    }

    /** The running program does not change while it runs: its jar is hashed once a process, not once a build (serve). */
    private static volatile byte[] program;

    /** The jar diffpress runs from; or, from a classes folder, the rendering classes and the built-in theme. */
    private static byte[] programDigest() {
        byte[] digest = program;
        if (digest == null) {
            program = digest = readProgramDigest();
        }
        return digest;
    }

    private static byte[] readProgramDigest() {
        try {
            CodeSource source = PageFingerprint.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location != null && Files.isRegularFile(location)) {
                MessageDigest sha = CodeDigest.sha256();
                try (InputStream in = Files.newInputStream(location)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                }
                return sha.digest();
            }
            MessageDigest sha = CodeDigest.sha256();
            sha.update(CodeDigest.of(RENDERING, List.of("META-INF/maven/io.pebbletemplates/pebble/pom.properties",
                    "META-INF/maven/com.rometools/rome/pom.properties")));
            if (location != null) {
                sha.update(folderDigest(location.resolve("themes").resolve("default")));
                // every class that may shape a page's bytes, not only those listed
                for (String pkg : List.of("site", "feed", "search", "publish")) {
                    sha.update(folderDigest(location.resolve("io").resolve("diffpress").resolve(pkg)));
                }
            }
            return sha.digest();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the program to fingerprint pages: " + e.getMessage(), e);
        }
    }

    /** Every file below {@code dir}: relative path and bytes, in path order; nothing when it does not exist. */
    static byte[] folderDigest(Path dir) {
        MessageDigest sha = CodeDigest.sha256();
        if (!Files.isDirectory(dir)) {
            return sha.digest();
        }
        try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            files.sort(null);
            for (Path p : files) {
                byte[] name = dir.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8);
                byte[] bytes = Files.readAllBytes(p);
                sha.update(name);
                sha.update((byte) 0);
                sha.update(java.nio.ByteBuffer.allocate(8).putLong(bytes.length).array());
                sha.update(bytes);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the theme " + dir + ": " + e.getMessage(), e);
        }
        return sha.digest();
    }
}
