package io.diffpress.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
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

    /** What the server answers to one request; location is the redirect's target, or null. */
    private record Reply(int status, String type, String location, byte[] body) {

        static Reply notFound(Path root) throws IOException {
            Path page = root.resolve("404.html");
            byte[] body;
            try {
                body = Files.isRegularFile(page) ? Files.readAllBytes(page) : "not found\n".getBytes();
            } catch (NoSuchFileException e) {
                body = "not found\n".getBytes(); // swapped away between the look and the read
            }
            return new Reply(404, "text/html; charset=utf-8", null, body);
        }

        static Reply redirect(String location) {
            return new Reply(301, "text/plain; charset=utf-8", location, new byte[0]);
        }
    }

    /**
     * @param basePath the site's base path as in its URLs, percent-encoded ("/%E6%96%87%E6%9B%B8/"); requests are
     *                 compared with it decoded, as their paths are
     */
    private static void handle(HttpExchange exchange, Path root, String basePath) throws IOException {
        try (exchange) {
            Reply reply;
            int attempt = 0;
            while (true) {
                // A build swaps the new site in with two renames: for that instant the output folder is missing, and
                // a file looked up meanwhile is not found although both sites have it. A "not found" is trusted only
                // when the output folder stayed the same folder (same inode) from before the look to after it.
                Object before = awaitRoot(root);
                reply = reply(exchange, root, basePath);
                if (reply.status() != 404 || ++attempt > 10 || Objects.equals(before, rootKey(root))) {
                    break;
                }
            }
            if (reply.location() != null) {
                exchange.getResponseHeaders().set("Location", reply.location());
            }
            send(exchange, reply.status(), reply.type(), reply.body());
        }
    }

    /** The output folder's identity (inode), or null while it is missing. */
    private static Object rootKey(Path root) {
        try {
            return Files.readAttributes(root, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** The output folder's identity, waited for up to two seconds while it is missing (a swap takes microseconds). */
    private static Object awaitRoot(Path root) {
        Object key = rootKey(root);
        for (int i = 0; key == null && i < 200; i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            key = rootKey(root);
        }
        return key;
    }

    private static Reply reply(HttpExchange exchange, Path root, String basePath) throws IOException {
        String decodedBase = URI.create(basePath).getPath();
        if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
            return new Reply(405, "text/plain; charset=utf-8", null, "method not allowed\n".getBytes());
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
            return Reply.redirect(basePath + query);
        }
        if (path == null || !path.startsWith(decodedBase) || path.contains("\0")) {
            return Reply.notFound(root);
        }
        String relative = path.substring(decodedBase.length());
        Path target = root.resolve(relative.isEmpty() ? "." : relative).normalize();
        if (!target.startsWith(root)) {
            return new Reply(403, "text/plain; charset=utf-8", null, "forbidden\n".getBytes());
        }
        if (Files.isDirectory(target)) {
            if (!path.endsWith("/")) {
                return Reply.redirect(raw + "/" + query);
            }
            target = target.resolve("index.html");
        } else if (path.endsWith("/")) {
            return Reply.notFound(root); // a file is no folder: GitHub Pages answers 404 for "page.html/"
        }
        try {
            if (!Files.isRegularFile(target) || !target.toRealPath().startsWith(root.toRealPath())) {
                return Reply.notFound(root);
            }
            return new Reply(200, type(target), null, Files.readAllBytes(target));
        } catch (NoSuchFileException e) {
            return Reply.notFound(root); // swapped away between the look and the read
        }
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
