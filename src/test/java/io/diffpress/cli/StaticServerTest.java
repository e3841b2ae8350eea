package io.diffpress.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server: correct types, nothing outside the output folder, and no errors under load. */
class StaticServerTest {

    @TempDir
    Path dir;

    private StaticServer server;

    @BeforeEach
    void start() throws IOException {
        Path site = Files.createDirectories(dir.resolve("public"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>home</title>");
        Files.createDirectories(site.resolve("a/b"));
        Files.writeString(site.resolve("a/b/index.html"), "<!DOCTYPE html><title>page</title>");
        Files.writeString(site.resolve("index.xml"), "<rss/>");
        Files.writeString(site.resolve("style.css"), "body{}");
        Files.writeString(site.resolve("search.js"), "1");
        Files.writeString(site.resolve("index.json"), "{}");
        Files.writeString(site.resolve("404.html"), "<!DOCTYPE html><title>404</title>");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(site.resolve("leak.txt"), dir.resolve("secret.txt"));
        server = StaticServer.start(site, "/repo/", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private record Response(int status, String type, String body) {
    }

    private Response get(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + server.port() + path).openConnection();
        c.setInstanceFollowRedirects(false);
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Response(status, String.valueOf(c.getContentType()), body);
    }

    /** Sends a raw request line, so the path reaches the server exactly as written (no client normalisation). */
    private String raw(String path) throws IOException {
        return raw("GET", path);
    }

    private String raw(String method, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesPagesWithTheirContentTypes() throws IOException {
        assertEquals(new Response(200, "text/html; charset=utf-8", "<!DOCTYPE html><title>home</title>"), get("/repo/"));
        assertEquals("text/html; charset=utf-8", get("/repo/a/b/").type());
        assertEquals(301, get("/repo/a/b").status());
        assertEquals(301, get("/repo").status(), "the base path without its slash leads to the site");
        assertEquals(301, get("/").status(), "so does the server's root");
        assertEquals("application/xml", get("/repo/index.xml").type());
        assertEquals("text/css; charset=utf-8", get("/repo/style.css").type());
        assertEquals("text/javascript; charset=utf-8", get("/repo/search.js").type());
        assertEquals("application/json", get("/repo/index.json").type());
        Response missing = get("/repo/nope/");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("<title>404</title>"));
        assertEquals(404, get("/other/").status(), "outside the base path");
    }

    /** A redirect keeps the query (a search shared without its slash still searches); a file is no folder. */
    @Test
    void redirectsKeepTheQueryAndAFileWithASlashIsNotFound() throws IOException {
        assertTrue(raw("/repo/a/b?q=quota").contains("Location: /repo/a/b/?q=quota\r\n"), raw("/repo/a/b?q=quota"));
        assertTrue(raw("/repo?q=x%20y").contains("Location: /repo/?q=x%20y\r\n"), raw("/repo?q=x%20y"));
        assertTrue(raw("/repo/a/b").contains("Location: /repo/a/b/\r\n"), "no query, none added");
        assertEquals(404, get("/repo/style.css/").status(), "as GitHub Pages answers");
        assertEquals(404, get("/repo/a/b/index.html/").status());
        assertEquals(200, get("/repo/a/b/index.html").status());
    }

    @Test
    void headTellsTheLengthAGetWouldSendAndDoubleSlashesAreOne() throws IOException {
        String head = raw("HEAD", "/repo/");
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        assertTrue(head.toLowerCase().contains("content-length: " + "<!DOCTYPE html><title>home</title>".length() + "\r\n"), head);
        assertTrue(head.endsWith("\r\n\r\n"), "no body: " + head);
        assertEquals(new Response(200, "text/html; charset=utf-8", "<!DOCTYPE html><title>home</title>"), get("/repo//"));
        assertEquals("text/css; charset=utf-8", get("/repo//style.css").type());
        assertEquals(200, get("/repo/a//b/").status());
        assertFalse(raw("//repo/../secret.txt").startsWith("HTTP/1.1 200"));
        assertTrue(raw("//repo/style.css").startsWith("HTTP/1.1 200"), "a leading // too");
        assertTrue(raw("//repo//a//b//").startsWith("HTTP/1.1 200"));
    }

    @Test
    void refusesPathsOutsideTheOutputFolder() throws IOException {
        for (String path : List.of("/repo/../secret.txt", "/repo/%2e%2e/secret.txt", "/repo/%2E%2E%2Fsecret.txt",
                "/repo/a/../../secret.txt", "/repo/..%2fsecret.txt", "/repo/%252e%252e/secret.txt", "/repo/leak.txt",
                "/repo/a/%00/x", "/repo/..%5csecret.txt", "/repo/%c0%ae%c0%ae/secret.txt", "/repo/.%2e/secret.txt")) {
            String response = raw(path);
            assertFalse(response.contains("secret") && !response.contains("404") && response.startsWith("HTTP/1.1 200"), path + ":\n" + response);
            assertFalse(response.startsWith("HTTP/1.1 200"), path + ":\n" + response);
        }
    }

    /** A base path with non-ASCII characters or spaces is written percent-encoded (ConfigLoader); requests come so too. */
    @Test
    void anEncodedBasePathServesItsSite() throws IOException {
        server.close();
        server = StaticServer.start(dir.resolve("public"), "/%E6%96%87%E6%9B%B8%20x/", 0);
        assertEquals(200, get("/%E6%96%87%E6%9B%B8%20x/a/b/").status());
        assertTrue(get("/%E6%96%87%E6%9B%B8%20x/").body().contains("<title>home</title>"));
        assertTrue(raw("/").contains("Location: /%E6%96%87%E6%9B%B8%20x/"), "the root leads to the site");
        assertTrue(raw("/%E6%96%87%E6%9B%B8%20x").contains("Location: /%E6%96%87%E6%9B%B8%20x/"));
        assertEquals(404, get("/repo/").status());
    }

    @Test
    void malformedEscapesGetABadRequest() throws IOException {
        for (String path : List.of("/repo/%zz", "/repo/%", "/repo/index.html%2")) {
            String response = raw(path);
            assertTrue(response.startsWith("HTTP/1.1 400"), path + ":\n" + response);
        }
        assertTrue(raw("/repo/").startsWith("HTTP/1.1 200"), "the server still answers afterwards");
    }

    @Test
    void answersManyParallelRequestsWithoutErrors() throws Exception {
        int clients = 200;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String path = i % 2 == 0 ? "/repo/" : "/repo/a/b/";
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < until) {
                    try {
                        Response r = get(path);
                        if (r.status() == 200 && r.body().startsWith("<!DOCTYPE html>")) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(0, failed.get(), "failed requests (ok: " + ok.get() + ")");
        assertTrue(ok.get() > 1000, "requests answered in 10 s: " + ok.get());
        System.out.println("serve load: " + ok.get() + " requests from " + clients + " parallel clients in 10 s, 0 errors");
    }

    @Test
    void aRequestDuringTheSwapWaitsForTheOutputFolder() throws Exception {
        Path site = dir.resolve("public");
        Path aside = dir.resolve(".public.old");
        Files.move(site, aside); // the first rename of a swap
        Thread back = new Thread(() -> {
            try {
                Thread.sleep(300);
                Files.move(aside, site);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        back.start();
        Response r = get("/repo/a/b/");
        back.join();
        assertEquals(200, r.status(), r.body());
        assertEquals("<!DOCTYPE html><title>page</title>", r.body());
    }

    @Test
    void pagesStayFoundWhileSitesAreSwappedIn() throws Exception {
        // Swaps as a build does (live site aside, new site in, old one kept as the next staging tree), a hundred times a
        // second, with 3 ms between the two renames (a build takes microseconds: widened so that lookups fall into it),
        // while clients ask for a page both sites have: not one of them may be told "not found".
        Path site = dir.resolve("public");
        Path staging = Files.createDirectories(dir.resolve(".public.staging/a/b")).getParent().getParent();
        Files.writeString(staging.resolve("a/b/index.html"), "<!DOCTYPE html><title>page 2</title>");
        Path old = dir.resolve(".public.old");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        AtomicInteger swaps = new AtomicInteger();
        Thread swapper = new Thread(() -> {
            try {
                while (System.nanoTime() < until) {
                    Files.move(site, old);
                    Thread.sleep(3);
                    Files.move(staging, site);
                    Files.move(old, staging);
                    swaps.incrementAndGet();
                    Thread.sleep(10);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        swapper.start();
        AtomicInteger asked = new AtomicInteger();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            running.add(clients.submit(() -> {
                while (System.nanoTime() < until) {
                    String answer = raw("/repo/a/b/");
                    asked.incrementAndGet();
                    if (!answer.startsWith("HTTP/1.1 200") || !answer.contains("<!DOCTYPE html><title>page")) {
                        wrong.add(answer.lines().findFirst().orElse(""));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        swapper.join();
        assertTrue(swaps.get() > 100, "swaps: " + swaps.get());
        assertTrue(asked.get() > 200, "requests: " + asked.get());
        assertEquals(List.of(), wrong, "answers other than the page, of " + asked.get() + " requests over " + swaps.get() + " swaps");
    }
}
