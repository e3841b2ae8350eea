package io.diffpress.site;

import java.util.function.Supplier;

/**
 * A report body as HTML, made only when a page is rendered: taken from the {@link RenderCache}, else
 * rendered from the Markdown (which is then read from its file) and cached. Not kept in memory: a site's
 * bodies as HTML would be most of its size. In a {@link PageFingerprint} it counts by its render cache key,
 * which covers everything the HTML depends on.
 */
final class ReportHtml implements Fingerprinted {

    private final String key;
    private final RenderCache cache;
    private final Supplier<String> render;

    ReportHtml(String key, RenderCache cache, Supplier<String> render) {
        this.key = key;
        this.cache = cache;
        this.render = render;
        cache.keep(key);
    }

    String html() {
        return cache.get(key).orElseGet(() -> {
            String html = render.get();
            cache.put(key, html);
            return html;
        });
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
