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

    ReportHtml(String key, RenderCache cache, Supplier<String> render) {
        this.key = key;
        this.cache = cache;
        this.render = render;
        cache.keep(key);
    }

    String html() {
        String made = fresh;
        if (made != null) {
            return made;
        }
        return cache.get(key).orElseGet(() -> {
            String html = render.get();
            fresh = html;
            return html;
        });
    }

    /**
     * After its page is written to {@code file}: a body rendered for it goes into the cache as part of that page
     * ({@link RenderCache#put(String, String, byte[], Optional)}).
     */
    void written(byte[] page, Optional<Path> file) {
        String made = fresh;
        if (made != null) {
            fresh = null;
            cache.put(key, made, page, file);
        }
    }

    /** At the end of a build: a body rendered without its page being written (for a feed, say) is cached alone. */
    void flush() {
        String made = fresh;
        if (made != null) {
            fresh = null;
            cache.put(key, made);
        }
    }

    @Override
    public String fingerprint() {
        return key;
    }

    @Override
    public String toString() {
        return "ReportHtml[" + key + "]";
    }
}
