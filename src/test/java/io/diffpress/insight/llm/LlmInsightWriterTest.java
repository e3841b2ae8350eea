package io.diffpress.insight.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.diffpress.DiffpressException;
import io.diffpress.config.InsightConfig;
import io.diffpress.history.ChangeStatus;
import io.diffpress.history.FileChange;
import io.diffpress.history.FileKind;
import io.diffpress.insight.ChangeType;
import io.diffpress.insight.FileInsight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The language-model writer against a local server that speaks the chat-completions format. */
class LlmInsightWriterTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Reply> replies = Collections.synchronizedList(new ArrayList<>());

    private record Reply(int status, String content, long delayMillis) {
    }

    private static final FileChange CHANGE = new FileChange("articles/responses.md", Optional.empty(), ChangeStatus.MODIFIED, 100,
            FileKind.FILE, false, 2, 0, "@@ -1,2 +1,4 @@\n- a\n+- polandcentral\n+- switzerlandnorth\n", false,
            Optional.of("- a\n"), Optional.of("- a\n- polandcentral\n- switzerlandnorth\n"));
    private static final FileInsight BUILTIN = new FileInsight(ChangeType.NEW_FEATURE, "Added 2 list items to responses.md",
            "Two list items were added.", List.of("list items added: polandcentral, switzerlandnorth"));

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private InsightConfig.Llm start(String api) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        return new InsightConfig.Llm(api, "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "test-model",
                "2024-10-21", "TEST_KEY", 1, 2, dir.resolve("cache"), Optional.empty());
    }

    private void answer(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " auth=" + exchange.getRequestHeaders().getFirst("Authorization")
                + " api-key=" + exchange.getRequestHeaders().getFirst("api-key") + "\n" + body);
        Reply reply = replies.isEmpty() ? new Reply(500, "", 0) : replies.size() == 1 ? replies.get(0) : replies.remove(0);
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String json = reply.status() == 200
                ? new ObjectMapper().createObjectNode().set("choices", new ObjectMapper().createArrayNode()
                .add(new ObjectMapper().createObjectNode().set("message", new ObjectMapper().createObjectNode()
                        .put("role", "assistant").put("content", reply.content())))).toString()
                : "{\"error\":\"busy\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (reply.status() == 429) {
            exchange.getResponseHeaders().set("Retry-After", "0");
        }
        try {
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up (timeout test)
        }
    }

    private LlmInsightWriter writer(InsightConfig.Llm config) {
        return new LlmInsightWriter(config, "secret-key", "en_US", 5);
    }

    private static String good() {
        return "{\"type\":\"new feature\",\"title\":\"Regions polandcentral and switzerlandnorth added\","
                + "\"explanation\":\"The list of regions gains `polandcentral` and `switzerlandnorth`.\"}";
    }

    @Test
    void aGoodAnswerIsUsedAndRecorded() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(200, good(), 0));
        LlmInsightWriter.Attributed result = writer(config).explain(CHANGE, BUILTIN);
        assertEquals("llm:test-model", result.writer());
        assertEquals(ChangeType.NEW_FEATURE, result.insight().type());
        assertEquals("Regions polandcentral and switzerlandnorth added", result.insight().title());
        assertEquals(BUILTIN.facts(), result.insight().facts(), "the facts stay the parser's");
        String request = requests.get(0);
        assertTrue(request.startsWith("POST /v1/chat/completions auth=Bearer secret-key"), request);
        JsonNode body = new ObjectMapper().readTree(request.substring(request.indexOf('\n') + 1));
        assertEquals("test-model", body.get("model").asText());
        String user = body.get("messages").get(1).get("content").asText();
        assertTrue(user.contains("list items added: polandcentral, switzerlandnorth"), "grounded in the facts: " + user);
        assertTrue(user.contains("+- switzerlandnorth"), "and the diff");
    }

    @Test
    void azureEndpointsUseDeploymentsApiVersionAndApiKey() throws Exception {
        InsightConfig.Llm config = start("azure");
        replies.add(new Reply(200, good(), 0));
        assertEquals("llm:test-model", writer(config).explain(CHANGE, BUILTIN).writer());
        assertTrue(requests.get(0).startsWith("POST /v1/openai/deployments/test-model/chat/completions?api-version=2024-10-21 auth=null api-key=secret-key"),
                requests.get(0));
    }

    @Test
    void malformedJsonIsAskedAgainOnceThenTheBuiltInTextIsUsed() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(200, "this is not json", 0));
        LlmInsightWriter.Attributed result = writer(config).explain(CHANGE, BUILTIN);
        assertEquals("builtin", result.writer());
        assertEquals(BUILTIN, result.insight());
        assertEquals(2, calls.get(), "one retry for an invalid answer");
    }

    @Test
    void aWrongTypeOrAnOverlongTitleIsInvalid() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(200, "{\"type\":\"improvement\",\"title\":\"x\",\"explanation\":\"y\"}", 0));
        replies.add(new Reply(200, "{\"type\":\"bug fix\",\"title\":\"" + "t".repeat(101) + "\",\"explanation\":\"y\"}", 0));
        assertEquals("builtin", writer(config).explain(CHANGE, BUILTIN).writer());
        assertEquals(2, calls.get());
        assertTrue(LlmInsightWriter.parse("{\"type\":\"bug fix\",\"title\":\"Fixed a link\",\"explanation\":\"The link now points to x.\"}", BUILTIN).isPresent());
        assertTrue(LlmInsightWriter.parse("[1,2]", BUILTIN).isEmpty());
        assertTrue(LlmInsightWriter.parse("{\"type\":\"bug fix\",\"title\":\"\",\"explanation\":\"y\"}", BUILTIN).isEmpty());
    }

    @Test
    void tooManyRequestsIsRetriedAfterBackoff() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(429, "", 0));
        replies.add(new Reply(200, good(), 0));
        assertEquals("llm:test-model", writer(config).explain(CHANGE, BUILTIN).writer());
        assertEquals(2, calls.get());
    }

    @Test
    void serverErrorsAreRetriedThenTheBuiltInTextIsUsed() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(500, "", 0));
        assertEquals("builtin", writer(config).explain(CHANGE, BUILTIN).writer());
        assertEquals(ChatClient.MAX_ATTEMPTS, calls.get());
    }

    @Test
    void aTimeoutFallsBackToTheBuiltInText() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(200, good(), 3000));
        long start = System.nanoTime();
        assertEquals("builtin", writer(config).explain(CHANGE, BUILTIN).writer());
        assertTrue((System.nanoTime() - start) / 1e9 < 15, "bounded by timeout × attempts");
    }

    @Test
    void theCachePreventsASecondCall() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(200, good(), 0));
        assertEquals("llm:test-model", writer(config).explain(CHANGE, BUILTIN).writer());
        assertEquals("llm:test-model", writer(config).explain(CHANGE, BUILTIN).writer());
        assertEquals(1, calls.get(), "a rerun never pays twice");
        try (var files = Files.walk(dir.resolve("cache"))) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void promptsCanBeOverriddenByThePortal() throws Exception {
        InsightConfig.Llm base = start("openai");
        Path prompts = Files.createDirectories(dir.resolve("prompts"));
        Files.writeString(prompts.resolve("system.txt"), "CUSTOM SYSTEM {locale}");
        InsightConfig.Llm config = new InsightConfig.Llm(base.api(), base.endpoint(), base.model(), base.apiVersion(),
                base.apiKeyEnv(), base.timeoutSeconds(), base.maxParallel(), base.cacheDir(), Optional.of(prompts));
        replies.add(new Reply(200, good(), 0));
        writer(config).explain(CHANGE, BUILTIN);
        assertTrue(requests.get(0).contains("CUSTOM SYSTEM en_US"), requests.get(0));
    }

    @Test
    void theKeyComesFromTheNamedEnvironmentVariable() throws Exception {
        InsightConfig.Llm config = start("openai");
        DiffpressException e = assertThrows(DiffpressException.class, () -> LlmInsightWriter.fromEnvironment(config, "en_US", Map.of()));
        assertTrue(e.getMessage().contains("TEST_KEY") && e.getMessage().contains("not set"), e.getMessage());
        assertEquals(DiffpressException.Kind.INPUT, e.kind());
        LlmInsightWriter.fromEnvironment(config, "en_US", Map.of("TEST_KEY", "k"));
    }
}
