package io.diffpress.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small static file server for previews, bound to 127.0.0.1 only. It serves the output
 * folder under the site's base path and refuses any path that resolves outside that folder.
 */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"), Map.entry("gz", "application/gzip"));

    private final HttpServer server;
    private final ExecutorService pool;

    private StaticServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    static StaticServer start(Path root, String basePath, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        Path realRoot = root.toAbsolutePath().normalize();
        server.createContext("/", exchange -> handle(exchange, realRoot, basePath));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        server.setExecutor(pool);
        server.start();
        return new StaticServer(server, pool);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /**
     * @param basePath the site's base path as in its URLs, percent-encoded ("/%E6%96%87%E6%9B%B8/"); requests are
     *                 compared with it decoded, as their paths are
     */
    private static void handle(HttpExchange exchange, Path root, String basePath) throws IOException {
        String decodedBase = URI.create(basePath).getPath();
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes());
                return;
            }
            URI requested = exchange.getRequestURI();
            String raw = requested.getRawPath();
            if (requested.getScheme() == null && requested.getRawAuthority() != null) {
                // "//repo/x" is read as host "repo" and path "/x": the path as sent is "//repo/x"
                raw = "//" + requested.getRawAuthority() + (raw == null ? "" : raw);
            }
            raw = raw == null ? null : raw.replaceAll("/{2,}", "/"); // "a//b" is "a/b", as static hosts take it
            String path = raw == null ? null : URI.create(raw).getPath(); // decodes %2e%2e and friends before the check below
            // a redirect keeps the query, as static hosts do: a search shared as /search?q=… must still search
            String query = requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery();
            if (path != null && !basePath.equals("/") && (path.equals("/") || (path + "/").equals(decodedBase))) {
                // the server's root and the base path without its slash lead to the site
                exchange.getResponseHeaders().set("Location", basePath + query);
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            if (path == null || !path.startsWith(decodedBase) || path.contains("\0")) {
                notFound(exchange, root);
                return;
            }
            String relative = path.substring(decodedBase.length());
            Path target = root.resolve(relative.isEmpty() ? "." : relative).normalize();
            if (!target.startsWith(root)) {
                send(exchange, 403, "text/plain; charset=utf-8", "forbidden\n".getBytes());
                return;
            }
            if (Files.isDirectory(target)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", raw + "/" + query);
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                target = target.resolve("index.html");
            } else if (path.endsWith("/")) {
                notFound(exchange, root); // a file is no folder: GitHub Pages answers 404 for "page.html/"
                return;
            }
            if (!Files.isRegularFile(target) || !target.toRealPath().startsWith(root.toRealPath())) {
                notFound(exchange, root);
                return;
            }
            send(exchange, 200, type(target), Files.readAllBytes(target));
        }
    }

    private static void notFound(HttpExchange exchange, Path root) throws IOException {
        Path page = root.resolve("404.html");
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page) : "not found\n".getBytes();
        send(exchange, 404, "text/html; charset=utf-8", body);
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(), "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        if (head) {
            // what a GET would send, without the body (-1 below means no body, which would otherwise say length 0)
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
        }
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
