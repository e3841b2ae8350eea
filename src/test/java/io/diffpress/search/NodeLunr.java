package io.diffpress.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs lunr.js 2.3.9 in Node for the compatibility tests (script: lunr-reference.js, which builds with the
 * pipeline functions of the site's search.js).
 *
 * <p>Node is {@code $DIFFPRESS_NODE} or {@code node} on the PATH; lunr is the package directory in
 * {@code $DIFFPRESS_LUNR_DIR}, else {@code node_modules/lunr} in the project directory (CI runs
 * {@code npm install --no-save lunr@2.3.9} there). A missing Node or lunr fails the test: the compatibility
 * claim is unproven without them.
 */
final class NodeLunr implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String SETUP_HINT =
        "Install them before running the tests: `npm install --no-save --no-package-lock lunr@2.3.9` in the project"
        + " root (or set DIFFPRESS_LUNR_DIR to a lunr 2.3.9 package directory, DIFFPRESS_NODE to the node binary).";

    private final Process process;
    private final OutputStream requests;
    private final BufferedReader responses;

    private NodeLunr(Process process) {
        this.process = process;
        this.requests = process.getOutputStream();
        this.responses = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts one Node process that answers requests one line at a time. */
    static NodeLunr start(Path workDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(node(), script(workDir).toString(), lunrDir().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(workDir.resolve("node-stderr.txt").toFile());
        return new NodeLunr(pb.start());
    }

    JsonNode request(ObjectNode request) throws IOException {
        // Bytes, not a String through a Writer: Jackson's UTF-8 output escapes lone surrogates, which a
        // Writer would turn into '?'.
        requests.write(JSON.writeValueAsBytes(request));
        requests.write('\n');
        requests.flush();
        String line = responses.readLine();
        if (line == null) {
            throw new IllegalStateException("Node exited without answering; exit code " + waitForExit());
        }
        return checked(JSON.readTree(line));
    }

    /** Runs Node once on a request file, the way the compatibility test documents it. */
    static JsonNode runOnce(Path requestFile, Path workDir) throws IOException, InterruptedException {
        Path stdout = workDir.resolve("node-stdout.json");
        Path stderr = workDir.resolve("node-stderr.txt");
        Process p = new ProcessBuilder(node(), script(workDir).toString(), lunrDir().toString(), requestFile.toString())
            .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("lunr-reference.js did not finish within 120 s");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("lunr-reference.js failed with exit code " + p.exitValue() + ":\n"
                + Files.readString(stderr));
        }
        return checked(JSON.readTree(stdout.toFile()));
    }

    private static JsonNode checked(JsonNode response) {
        if (response.has("fatal")) {
            throw new AssertionError("lunr-reference.js failed: " + response.get("fatal").asText());
        }
        if (!LunrIndexBuilder.LUNR_VERSION.equals(response.path("version").asText())) {
            throw new AssertionError("Expected lunr " + LunrIndexBuilder.LUNR_VERSION + " but Node loaded "
                + response.path("version").asText() + ". " + SETUP_HINT);
        }
        return response;
    }

    /** A request for the reference script. */
    static ObjectNode request(LunrIndexBuilder builder, List<SearchDocument> docs, List<String> queries) {
        return request(builder.refField(), builder.fields(), docs, builder.toJsonString(), queries);
    }

    /** A request that compares {@code ourIndex}, built elsewhere, with lunr.js on the same documents. */
    static ObjectNode request(String refField, List<SearchField> fieldList, List<SearchDocument> docs, String ourIndex,
                              List<String> queries) {
        ObjectNode req = JSON.createObjectNode();
        req.put("refField", refField);
        ArrayNode fields = req.putArray("fields");
        for (SearchField field : fieldList) {
            fields.addObject().put("name", field.name()).put("boost", field.boost());
        }
        ArrayNode documents = req.putArray("documents");
        for (SearchDocument doc : docs) {
            ObjectNode d = documents.addObject();
            d.put("ref", doc.ref());
            d.put("boost", doc.boost());
            ObjectNode texts = d.putObject("fields");
            doc.fields().forEach(texts::put);
        }
        req.put("ourIndex", ourIndex);
        ArrayNode q = req.putArray("queries");
        queries.forEach(q::add);
        return req;
    }

    /**
     * Runs search-analysis.js: search.js's word and CJK characters over every code point, its segmentation and
     * trimming of {@code tokens}, and the ASCII strings that it trims differently from lunr.trimmer.
     */
    static JsonNode analysis(Path workDir, List<String> tokens) throws IOException, InterruptedException {
        Path script = copyResource("search-analysis.js", workDir);
        Path search = copyResource("search.js", workDir);
        Path requestFile = workDir.resolve("analysis-request.json");
        ObjectNode request = JSON.createObjectNode();
        tokens.forEach(request.putArray("tokens")::add);
        Files.write(requestFile, JSON.writeValueAsBytes(request));
        Path stdout = workDir.resolve("analysis-stdout.json");
        Path stderr = workDir.resolve("analysis-stderr.txt");
        Process p = new ProcessBuilder(node(), script.toString(), lunrDir().toString(), search.toString(),
            requestFile.toString()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("search-analysis.js did not finish within 120 s");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("search-analysis.js failed with exit code " + p.exitValue() + ":\n"
                + Files.readString(stderr));
        }
        return JSON.readTree(stdout.toFile());
    }

    static String node() {
        String configured = System.getenv("DIFFPRESS_NODE");
        String node = configured != null && !configured.isBlank() ? configured : "node";
        try {
            Process p = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return node;
            }
        } catch (IOException e) {
            // reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("Node.js is required for the lunr compatibility tests but `" + node
            + " --version` failed. " + SETUP_HINT);
    }

    static Path lunrDir() {
        String configured = System.getenv("DIFFPRESS_LUNR_DIR");
        Path dir;
        if (configured != null && !configured.isBlank()) {
            dir = Path.of(configured);
        } else {
            String base = System.getProperty("basedir", System.getProperty("user.dir"));
            dir = Path.of(base, "node_modules", "lunr");
        }
        if (!Files.isRegularFile(dir.resolve("lunr.js")) || !Files.isRegularFile(dir.resolve("package.json"))) {
            throw new AssertionError("lunr.js 2.3.9 not found at " + dir.toAbsolutePath() + ". " + SETUP_HINT);
        }
        return dir.toAbsolutePath();
    }

    /** Copies the script, and the site's search.js that it uses, out of the classpath so that Node can run it. */
    private static Path script(Path workDir) throws IOException {
        copyResource("lunr-reference.js", workDir);
        copyResource("search.js", workDir);
        return workDir.resolve("lunr-reference.js");
    }

    /** Copies a resource of this package (main or test) into {@code dir} under its own name, unless there. */
    static Path copyResource(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        if (!Files.exists(target)) {
            try (InputStream in = NodeLunr.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " missing from the classpath");
                }
                Files.copy(in, target);
            }
        }
        return target;
    }

    private int waitForExit() {
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            requests.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
