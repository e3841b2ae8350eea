package io.diffpress.site;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A report body as HTML, made only when a page is rendered: taken from the {@link RenderCache}, else
 * rendered from the Markdown (which is then read from its file) and cached with its page. Not kept in memory: a site's
 * bodies as HTML would be most of its size. In a {@link PageFingerprint} it counts by its render cache key,
 * which covers everything the HTML depends on.
 */
final class ReportHtml implements Fingerprinted {

    private final String key;
    private final RenderCache cache;
    private final Supplier<String> render;
    /** The body rendered this build until it is cached: with its page once that is written. */
    private volatile String fresh;
    /** The body taken from the cache for its page, until the page is written and the entry moves to it. */
    private volatile String taken;

    ReportHtml(String key, RenderCache cache, Supplier<String> render) {
        this.key = key;
        this.cache = cache;
        this.render = render;
        cache.keep(key);
    }

    /** A body only to compare and fingerprint, which cannot be rendered: see {@link #detached}. */
    private ReportHtml(String key) {
        this.key = key;
        this.cache = null;
        this.render = null;
    }

    /**
     * This body as far as equality and fingerprints see it, without the render cache and the Markdown of the build that
     * made it: for what outlives the build ({@link PageFingerprint.Memory}). It cannot be rendered.
     */
    ReportHtml detached() {
        return cache == null ? this : new ReportHtml(key);
    }

    String html() {
        if (cache == null) {
            throw new IllegalStateException("a detached report body is not rendered: " + key);
        }
        String made = fresh;
        if (made != null) {
            return made;
        }
        Optional<String> cached = cache.get(key);
        if (cached.isPresent()) {
            taken = cached.get();
            return taken;
        }
        made = render.get();
        fresh = made;
        return made;
    }

    /**
     * After its page is written to {@code file}: the body goes into the cache as part of that page
     * ({@link RenderCache#put(String, String, byte[], Optional)}), also one taken from the cache, whose entry then
     * follows the site to its new page rather than keep the page before alive.
     */
    void written(byte[] page, Optional<Path> file) {
        String made = fresh != null ? fresh : taken;
        fresh = null;
        taken = null;
        if (made != null) {
            cache.put(key, made, page, file);
        }
    }

    /** At the end of a build: a body rendered without its page being written (for a feed, say) is cached alone. */
    void flush() {
        String made = fresh;
        fresh = null;
        taken = null;
        if (made != null) {
            cache.put(key, made);
        }
    }

    @Override
    public String fingerprint() {
        return key;
    }

    /**
     * Two bodies are equal when their render cache keys are: the key covers everything the HTML depends on. (So
     * that a report's view equals the last build's when nothing of it changed: {@link PageFingerprint.Memory}.)
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ReportHtml other && other.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return "ReportHtml[" + key + "]";
    }
}
