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
 *   <li>the template and the page's whole context: strings, numbers, maps, lists and records, walked
 *       component by component. A report body stands in by its render cache key ({@link Fingerprinted}).
 *       Any other kind of value is refused with an exception, so a new field can never be silently left out.</li>
 * </ul>
 * Values shared by many pages (a report's view, a tag's list) are digested once per build, by identity:
 * contexts hold only immutable records and lists, and maps that are not changed after the build starts.
 */
final class PageFingerprint {

    private static final int FORMAT = 1;
    private static final List<Class<?>> RENDERING = List.of(Theme.class, PageFingerprint.class, ReportView.class,
            ArticleView.class, ListPage.class, PageLink.class, SiteView.class, ReportHtml.class);

    /** Values many pages show: digested once. Smaller ones are cheaper to digest again than to look up. */
    private static final java.util.Set<Class<?>> SHARED = java.util.Set.of(ReportView.class, ListPage.class, ArticleView.class);
    /** The accessors of each record class, found once: looking them up is slower than calling them. */
    private static final ClassValue<java.lang.reflect.Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method[] computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getAccessor)
                    .toArray(java.lang.reflect.Method[]::new);
        }
    };

    private final byte[] base;
    private final Map<Identity, byte[]> memo = new ConcurrentHashMap<>();

    PageFingerprint(Path portalTheme) {
        MessageDigest sha = CodeDigest.sha256();
        sha.update((byte) FORMAT);
        sha.update(programDigest());
        sha.update(folderDigest(portalTheme));
        base = sha.digest();
    }

    /** The fingerprint of the page {@code template} makes from {@code context}. */
    String of(String template, Map<String, Object> context) {
        MessageDigest sha = CodeDigest.sha256();
        sha.update(base);
        text(sha, template);
        feed(sha, context, false);
        return HexFormat.of().formatHex(sha.digest());
    }

    private void feed(MessageDigest sha, Object value, boolean shared) {
        if (value == null) {
            sha.update((byte) 0);
        } else if (value instanceof String s) {
            sha.update((byte) 1);
            text(sha, s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            sha.update((byte) 2);
            text(sha, value.toString());
        } else if (value instanceof Boolean b) {
            sha.update((byte) (b ? 3 : 4));
        } else if (value instanceof Double || value instanceof Float) {
            sha.update((byte) 5);
            text(sha, value.toString());
        } else if (value instanceof Optional<?> o) {
            sha.update((byte) 6);
            feed(sha, o.orElse(null), true);
        } else if (value instanceof Fingerprinted f) {
            sha.update((byte) 7);
            text(sha, f.fingerprint());
        } else if (value instanceof Map<?, ?> || value instanceof Collection<?> || value instanceof Record) {
            if (!shared || !(value instanceof Map<?, ?> || SHARED.contains(value.getClass()))) {
                composite(sha, value);
            } else {
                // Shared values are digested once; the page digest takes their digest. (Not computeIfAbsent:
                // digesting a value memoizes the values inside it, and the map must not be changed from within.)
                Identity id = new Identity(value);
                byte[] digest = memo.get(id);
                if (digest == null) {
                    MessageDigest own = CodeDigest.sha256();
                    composite(own, value);
                    digest = own.digest();
                    memo.putIfAbsent(id, digest);
                }
                sha.update(digest);
            }
        } else {
            throw new IllegalArgumentException("a page fingerprint cannot include a " + value.getClass().getName()
                    + ": add it to PageFingerprint or make it Fingerprinted");
        }
    }

    private void composite(MessageDigest sha, Object value) {
        if (value instanceof Map<?, ?> map) {
            sha.update((byte) 8);
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put((String) k, v));
            length(sha, sorted.size());
            sorted.forEach((k, v) -> {
                text(sha, k);
                feed(sha, v, true);
            });
        } else if (value instanceof Collection<?> list) {
            sha.update((byte) 9);
            length(sha, list.size());
            for (Object item : list) {
                feed(sha, item, true);
            }
        } else {
            Record r = (Record) value;
            sha.update((byte) 10);
            text(sha, r.getClass().getName());
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
     * Strings as UTF-8 with their length. A lone surrogate becomes '?' here as it does in the page's bytes, so
     * two strings this cannot tell apart make the same page.
     */
    private static void text(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        length(sha, bytes.length);
        sha.update(bytes);
    }

    private static void length(MessageDigest sha, int n) {
        sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    }

    /** The jar diffpress runs from; or, from a classes folder, the rendering classes and the built-in theme. */
    private static byte[] programDigest() {
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
            sha.update(CodeDigest.of(RENDERING, List.of("META-INF/maven/io.pebbletemplates/pebble/pom.properties")));
            if (location != null) {
                sha.update(folderDigest(location.resolve("themes").resolve("default")));
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
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            files.sort(null);
            for (Path p : files) {
                text(sha, dir.relativize(p).toString().replace('\\', '/'));
                byte[] bytes = Files.readAllBytes(p);
                length(sha, bytes.length);
                sha.update(bytes);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the theme " + dir + ": " + e.getMessage(), e);
        }
        return sha.digest();
    }

    /** A key that is equal only to itself: shared values are recognised by identity, not by equals. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
