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
import io.diffpress.testing.GitFixture;
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
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    /** When set, answers each request by its body instead of the queue of replies. */
    private volatile Function<String, Reply> responder;

    /** A reply: status, the assistant's content, a delay, and a raw body that replaces the whole JSON when given. */
    private record Reply(int status, String content, long delayMillis, String rawBody) {
        Reply(int status, String content, long delayMillis) {
            this(status, content, delayMillis, null);
        }
    }

    private static final FileChange CHANGE = new FileChange("articles/responses.md", Optional.empty(), ChangeStatus.MODIFIED, 100,
            FileKind.FILE, false, 2, 0, "@@ -1,2 +1,4 @@\n- a\n+- polandcentral\n+- switzerlandnorth\n", false,
            Optional.of("- a\n"), Optional.of("- a\n- polandcentral\n- switzerlandnorth\n"));
    /** Another file, another prompt: not answered from the cache of {@link #CHANGE}. */
    private static final FileChange CHANGE_TWO = new FileChange("articles/other.md", Optional.empty(), ChangeStatus.MODIFIED, 100,
            FileKind.FILE, false, 1, 0, "@@ -1 +1,2 @@\n- a\n+- b\n", false, Optional.of("- a\n"), Optional.of("- a\n- b\n"));
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
                "2024-10-21", "TEST_KEY", 1, 2, dir.resolve("cache"), Optional.empty(), "");
    }

    private void answer(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            reply(exchange);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** How long the server waits after the first byte of a body (0: it sends the body at once). */
    private volatile long bodyStallMillis;

    private void reply(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " auth=" + exchange.getRequestHeaders().getFirst("Authorization")
                + " api-key=" + exchange.getRequestHeaders().getFirst("api-key") + "\n" + body);
        Function<String, Reply> byBody = responder;
        Reply reply = byBody != null ? byBody.apply(body)
                : replies.isEmpty() ? new Reply(500, "", 0) : replies.size() == 1 ? replies.get(0) : replies.remove(0);
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String json = reply.rawBody() != null ? reply.rawBody() : reply.status() == 200
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
                if (bodyStallMillis > 0) { // the headers, a little of the body, then nothing for a while
                    out.write(bytes, 0, 1);
                    out.flush();
                    Thread.sleep(bodyStallMillis);
                }
                out.write(bytes);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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

    /** The second question says what was wrong with the first answer, after it: not the same question again. */
    @Test
    void theRetryTellsTheModelWhatWasWrongAndItsAnswerIsUsed() throws Exception {
        InsightConfig.Llm config = start("openai");
        String wrongType = "{\"type\":\"improvement\",\"title\":\"Regions\",\"explanation\":\"Two regions.\"}";
        replies.add(new Reply(200, wrongType, 0));
        replies.add(new Reply(200, good(), 0));
        LlmInsightWriter.Attributed result = writer(config).explain(CHANGE, BUILTIN);
        assertEquals("llm:test-model", result.writer());
        assertEquals("Regions polandcentral and switzerlandnorth added", result.insight().title());
        assertEquals(2, calls.get());
        com.fasterxml.jackson.databind.JsonNode first = new ObjectMapper().readTree(requests.get(0).substring(requests.get(0).indexOf('\n') + 1));
        com.fasterxml.jackson.databind.JsonNode again = new ObjectMapper().readTree(requests.get(1).substring(requests.get(1).indexOf('\n') + 1));
        assertEquals(2, first.path("messages").size());
        assertEquals(4, again.path("messages").size(), again.toString());
        assertEquals(first.path("messages").get(1), again.path("messages").get(1), "the same question first");
        assertEquals("assistant", again.path("messages").get(2).path("role").asText());
        assertEquals(wrongType, again.path("messages").get(2).path("content").asText(), "then the invalid answer");
        assertEquals("user", again.path("messages").get(3).path("role").asText());
        assertTrue(again.path("messages").get(3).path("content").asText().startsWith("Your answer is not valid: \"type\" must be one of"
                + " \"new feature\", \"breaking change\", \"bug fix\", \"minor update\". Answer again"), again.toString());
        // a rerun takes both answers from the cache: nothing is asked
        assertEquals("llm:test-model", writer(config).explain(CHANGE, BUILTIN).writer());
        assertEquals(2, calls.get());
    }

    @Test
    void eachKindOfInvalidAnswerIsNamedForTheRetry() {
        String[][] cases = {
            {"not json", "it is not one JSON object and nothing else"},
            {"{\"type\":\"bug fix\",\"title\":\"T\",\"explanation\":\"E.\"} Hope this helps", "it is not one JSON object and nothing else"},
            {"{\"type\":\"bug fix\",\"explanation\":\"E.\"}", "its field \"title\" is missing or not a string"},
            {"{\"type\":\"bug fix\",\"title\":\"" + "t".repeat(101) + "\",\"explanation\":\"E.\"}", "\"title\" must have 1 to 100 characters"},
            {"{\"type\":\"bug fix\",\"title\":\"Fixed `a\",\"explanation\":\"E.\"}", "\"title\" must be one line of plain text"},
            {"{\"type\":\"bug fix\",\"title\":\"T\",\"explanation\":\"\"}", "\"explanation\" must have 1 to 4000 characters"},
            {"{\"type\":\"bug fix\",\"title\":\"T\",\"explanation\":\"## Heading\"}", "\"explanation\" must be paragraphs and lists"},
        };
        for (String[] c : cases) {
            LlmInsightWriter.Checked checked = LlmInsightWriter.check(c[0], BUILTIN);
            assertTrue(checked.insight().isEmpty(), c[0]);
            assertTrue(checked.problem().startsWith(c[1]), c[0] + " -> " + checked.problem());
        }
        assertEquals("", LlmInsightWriter.check(good(), BUILTIN).problem());
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
        // the explanation goes into the report's Markdown: nothing that would change the report's own structure
        for (String structure : new String[]{"## Fake section", "```", "  ~~~python", "<details>", "Title\n====", "Title\n---"}) {
            assertTrue(LlmInsightWriter.parse("{\"type\":\"bug fix\",\"title\":\"Fixed\",\"explanation\":\"The link.\\n"
                    + structure.replace("\n", "\\n") + "\"}", BUILTIN).isEmpty(), structure);
        }
        assertTrue(LlmInsightWriter.parse("{\"type\":\"bug fix\",\"title\":\"Fixed\",\"explanation\":\"Two items:\\n\\n"
                + "- `a` #1\\n- b -> c\"}", BUILTIN).isPresent(), "paragraphs and lists are fine");
    }

    @Test
    void tooManyRequestsIsRetriedAfterBackoff() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(429, "", 0));
        replies.add(new Reply(200, good(), 0));
        assertEquals("llm:test-model", writer(config).explain(CHANGE, BUILTIN).writer());
        assertEquals(2, calls.get());
    }

    /** Retry-After may be a date (an audit found one ignored). */
    @Test
    void retryAfterIsReadAsSecondsOrAsADate() {
        assertEquals(7, ChatClient.seconds(" 7 "));
        String inTenSeconds = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(10));
        long wait = ChatClient.seconds(inTenSeconds);
        assertTrue(wait >= 9 && wait <= 11, String.valueOf(wait));
        assertEquals(0, ChatClient.seconds("Wed, 21 Oct 2015 07:28:00 GMT"), "a date past: no wait");
        assertEquals(0, ChatClient.seconds("soon"));
    }

    @Test
    void serverErrorsAreRetriedThenTheBuiltInTextIsUsed() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(500, "", 0));
        assertEquals("builtin", writer(config).explain(CHANGE, BUILTIN).writer());
        assertEquals(ChatClient.MAX_ATTEMPTS, calls.get());
    }

    /** An answer over the size limit is cut off and counted as no answer: a 300 MB one had the JVM run out of memory (an audit). */
    @Test
    void anAnswerTooLargeIsCutOffAndTheBuiltInTextUsed() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(200, "", 0, "{\"choices\":[{\"message\":{\"content\":\"" + "x".repeat(ChatClient.MAX_ANSWER_BYTES) + "\"}}]}"));
        LlmInsightWriter writer = writer(config);
        assertEquals("builtin", writer.explain(CHANGE, BUILTIN).writer());
        assertTrue(writer.warnings().stream().anyMatch(w -> w.contains("(last: an answer of more than 4 MB from http")), writer.warnings().toString());
        assertTrue(Files.notExists(dir.resolve("cache")) || sizeOf(dir.resolve("cache")) < 1024 * 1024, "no cut answer is cached");
    }

    private static long sizeOf(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Every fallback is said with its count, not only a stopped model (an audit found them replaced without a word). */
    @Test
    void filesThatFellBackAreCountedInAWarning() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(200, "this is not json", 0));
        LlmInsightWriter writer = writer(config);
        writer.explain(CHANGE, BUILTIN);
        writer.explain(CHANGE_TWO, BUILTIN);
        assertTrue(writer.warnings().contains("2 file(s) have the built-in text: the language model's answer was invalid twice"
                + " (not JSON of the shape the prompt asks for); its answers are in the cache"), writer.warnings().toString());
        replies.clear();
        replies.add(new Reply(503, "", 0));
        LlmInsightWriter failing = new LlmInsightWriter(start2(), "secret-key", "en_US", 5);
        assertEquals("builtin", failing.explain(CHANGE, BUILTIN).writer());
        assertTrue(failing.warnings().stream().anyMatch(w -> w.startsWith("1 file(s) have the built-in text: the language model gave no answer after 4 attempts (last: HTTP 503")),
                failing.warnings().toString());
    }

    /** A config of the same server with a cache of its own, so that answers of another test run are not reused. */
    private InsightConfig.Llm start2() {
        return new InsightConfig.Llm("openai", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "test-model",
                "2024-10-21", "TEST_KEY", 1, 2, dir.resolve("cache2"), Optional.empty(), "");
    }

    /** A 429 that says the quota is used up is not waited out: no waiting mends it (an audit). */
    @Test
    void aUsedUpQuotaStopsTheModelAtOnce() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(429, "", 0, "{\"error\":{\"code\":\"insufficient_quota\",\"message\":\"You exceeded your current quota\"}}"));
        LlmInsightWriter writer = writer(config);
        assertEquals("builtin", writer.explain(CHANGE, BUILTIN).writer());
        assertEquals("builtin", writer.explain(CHANGE_TWO, BUILTIN).writer());
        assertEquals(1, calls.get(), "asked once, then not again in this run");
        assertTrue(writer.warnings().stream().anyMatch(w -> w.contains("quota of the key in TEST_KEY is used up")), writer.warnings().toString());
    }

    @Test
    void aTimeoutFallsBackToTheBuiltInText() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(200, good(), 3000));
        long start = System.nanoTime();
        assertEquals("builtin", writer(config).explain(CHANGE, BUILTIN).writer());
        assertTrue((System.nanoTime() - start) / 1e9 < 15, "bounded by timeout × attempts");
    }

    /** The timeout covers the whole answer: headers at once and then a stalled body is no answer. */
    @Test
    void aBodyThatStallsAfterTheHeadersTimesOutToo() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(200, good(), 0));
        bodyStallMillis = 20_000;
        long start = System.nanoTime();
        assertEquals("builtin", writer(config).explain(CHANGE, BUILTIN).writer());
        assertTrue((System.nanoTime() - start) / 1e9 < 15, "bounded by timeout × attempts, not by the stall");
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

    /** A cache that cannot be written is said once (a rerun pays again), and leaves no temporary file (an audit found both). */
    @Test
    void aCacheThatCannotBeWrittenIsSaidOnce() throws Exception {
        InsightConfig.Llm base = start("openai");
        Files.writeString(dir.resolve("blocker"), "a file where the cache folder should be");
        InsightConfig.Llm config = new InsightConfig.Llm(base.api(), base.endpoint(), base.model(), base.apiVersion(),
                base.apiKeyEnv(), base.timeoutSeconds(), base.maxParallel(), dir.resolve("blocker/cache"), Optional.empty(), "");
        replies.add(new Reply(200, good(), 0));
        replies.add(new Reply(200, good(), 0));
        LlmInsightWriter writer = writer(config);
        assertEquals("llm:test-model", writer.explain(CHANGE, BUILTIN).writer(), "the answer is used all the same");
        assertEquals("llm:test-model", writer.explain(CHANGE_TWO, BUILTIN).writer());
        assertEquals(1, writer.warnings().size(), writer.warnings().toString());
        assertTrue(writer.warnings().get(0).startsWith("cannot store answers in " + dir.resolve("blocker/cache")), writer.warnings().get(0));
        // an entry whose place a folder holds: no temporary file stays beside it
        InsightConfig.Llm fine = new InsightConfig.Llm(base.api(), base.endpoint(), base.model(), base.apiVersion(),
                base.apiKeyEnv(), base.timeoutSeconds(), base.maxParallel(), dir.resolve("cache2"), Optional.empty(), "");
        replies.add(new Reply(200, good(), 0));
        LlmInsightWriter first = writer(fine);
        first.explain(CHANGE, BUILTIN);
        assertTrue(first.warnings().isEmpty(), first.warnings().toString());
        Path entry;
        try (var files = Files.walk(dir.resolve("cache2"))) {
            entry = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        Files.delete(entry);
        Files.createDirectories(entry.resolve("in-the-way"));
        replies.add(new Reply(200, good(), 0));
        LlmInsightWriter second = writer(fine);
        second.explain(CHANGE, BUILTIN);
        assertEquals(1, second.warnings().size(), second.warnings().toString());
        try (var files = Files.list(entry.getParent())) {
            assertEquals(List.of(entry.getFileName().toString()), files.map(f -> f.getFileName().toString()).toList(), "no .tmp left");
        }
    }

    @Test
    void promptsCanBeOverriddenByThePortal() throws Exception {
        InsightConfig.Llm base = start("openai");
        Path prompts = Files.createDirectories(dir.resolve("prompts"));
        Files.writeString(prompts.resolve("system.txt"), "CUSTOM SYSTEM {locale}");
        InsightConfig.Llm config = new InsightConfig.Llm(base.api(), base.endpoint(), base.model(), base.apiVersion(),
                base.apiKeyEnv(), base.timeoutSeconds(), base.maxParallel(), base.cacheDir(), Optional.of(prompts), "");
        replies.add(new Reply(200, good(), 0));
        writer(config).explain(CHANGE, BUILTIN);
        assertTrue(requests.get(0).contains("CUSTOM SYSTEM en_US"), requests.get(0));
        Files.write(prompts.resolve("system.txt"), new byte[]{'a', (byte) 0xE9, 'b'});
        DiffpressException latin1 = assertThrows(DiffpressException.class, () -> writer(config));
        assertTrue(latin1.userMessage().contains("system.txt is not valid UTF-8"), latin1.userMessage());
        Files.delete(prompts.resolve("system.txt"));
        Files.createDirectories(prompts.resolve("user.txt.d"));
        Files.move(prompts.resolve("user.txt.d"), prompts.resolve("system.txt"));
        DiffpressException folder = assertThrows(DiffpressException.class, () -> writer(config));
        assertTrue(folder.userMessage().contains("system.txt is a folder, not a file"), folder.userMessage());
        Files.delete(prompts.resolve("system.txt"));
        // a mistyped placeholder, or a file named not quite right, would be sent or skipped without a word (an audit)
        Files.writeString(prompts.resolve("user.txt"), "File {path}\nWas {stauts}\n{diff}\n");
        DiffpressException typo = assertThrows(DiffpressException.class, () -> writer(config));
        assertTrue(typo.userMessage().contains("user.txt:2: unknown placeholder {stauts} (did you mean {status}?)"), typo.userMessage());
        Files.writeString(prompts.resolve("user.txt"), "File {path} in {locale}\n");
        assertTrue(assertThrows(DiffpressException.class, () -> writer(config)).userMessage()
                .contains("user.txt:1: unknown placeholder {locale}; user.txt can use {path}, {status}"), "locale is system.txt's");
        Files.writeString(prompts.resolve("user.txt"), "Answer in JSON like {\"type\": \"bug fix\"} about {path}.\n");
        writer(config); // JSON braces are no placeholders
        Files.writeString(prompts.resolve("System.txt"), "CUSTOM");
        assertTrue(assertThrows(DiffpressException.class, () -> writer(config)).userMessage()
                .contains("System.txt: only files named exactly system.txt, user.txt and retry.txt are read from the prompts folder"));
    }

    @Test
    void theKeyComesFromTheNamedEnvironmentVariable() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(200, good(), 0));
        // no key: nothing is refused until a request is to be sent, and none is
        LlmInsightWriter keyless = LlmInsightWriter.fromEnvironment(config, "en_US", Map.of());
        DiffpressException e = assertThrows(DiffpressException.class, () -> keyless.explain(CHANGE, BUILTIN));
        assertTrue(e.getMessage().contains("TEST_KEY") && e.getMessage().contains("not set"), e.getMessage());
        assertEquals(DiffpressException.Kind.INPUT, e.kind());
        assertEquals(0, calls.get());
        DiffpressException empty = assertThrows(DiffpressException.class,
            () -> LlmInsightWriter.fromEnvironment(config, "en_US", Map.of("TEST_KEY", " ")).explain(CHANGE, BUILTIN));
        assertTrue(empty.getMessage().contains("TEST_KEY") && empty.getMessage().contains("is empty"), empty.getMessage());
        // a key pasted with a line break after it is used without it
        assertEquals("llm:test-model", LlmInsightWriter.fromEnvironment(config, "en_US", Map.of("TEST_KEY", "sk-k\n")).explain(CHANGE, BUILTIN).writer());
        assertTrue(requests.get(0).startsWith("POST /v1/chat/completions auth=Bearer sk-k api-key=null\n"), requests.get(0));
        // an answer in the cache needs no key: a build with its reports' answers cached runs without the secret
        assertEquals("llm:test-model", keyless.explain(CHANGE, BUILTIN).writer());
        assertEquals(1, calls.get());
        // a key no HTTP header can carry is refused at once, and never shown
        for (String bad : new String[]{"sk-SECRET\nMORE", "sk-SECRÉT-ключ", "sk SECRET"}) {
            DiffpressException refused = assertThrows(DiffpressException.class,
                () -> LlmInsightWriter.fromEnvironment(config, "en_US", Map.of("TEST_KEY", bad)));
            assertTrue(refused.userMessage().contains("TEST_KEY") && refused.userMessage().contains("not shown"), refused.userMessage());
            assertFalse(refused.userMessage().contains("SECRET") || refused.userMessage().contains("SECRÉT"), refused.userMessage());
        }
        // read from site.yml, the error says where the name stands
        Path portal = Files.createDirectories(dir.resolve("key-portal"));
        Files.writeString(portal.resolve("site.yml"), "title: Docs\nbaseURL: https://o.github.io/r/\ninsight:\n  provider: llm\n"
                + "  llm:\n    endpoint: " + config.endpoint() + "\n    model: m\n    apiKeyEnv: NOPE_KEY\n");
        InsightConfig.Llm loaded = io.diffpress.config.ConfigLoader.load(portal.resolve("site.yml")).insight().llm().orElseThrow();
        DiffpressException located = assertThrows(DiffpressException.class,
            () -> LlmInsightWriter.fromEnvironment(loaded, "en_US", Map.of()).explain(change(7), BUILTIN));
        assertTrue(located.userMessage().contains(portal.resolve("site.yml") + ":8:16: insight.llm.apiKeyEnv names NOPE_KEY, but that"
                + " environment variable is not set"), located.userMessage());
    }

    /** A page whose path holds a placeholder's name is sent as it is: the prompt is filled from the template only. */
    @Test
    void aPathWithAPlaceholdersNameIsSentAsItIs() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(200, good(), 0));
        FileChange braces = new FileChange("docs/{diff}.md", CHANGE.oldPath(), CHANGE.status(), 100, FileKind.FILE, false, 2, 0,
                CHANGE.diff(), false, CHANGE.oldText(), CHANGE.newText());
        writer(config).explain(braces, BUILTIN);
        String user = new ObjectMapper().readTree(requests.get(0).substring(requests.get(0).indexOf('\n') + 1))
                .get("messages").get(1).get("content").asText();
        assertTrue(user.startsWith("File: docs/{diff}.md\n"), user);
        assertEquals(1, user.split("\\+- polandcentral", -1).length - 1, "the diff once: " + user);
    }

    @Test
    void answersWithControlCharactersOrOfTheWrongShapeAreInvalid() {
        String fine = "{\"type\":\"bug fix\",\"title\":\"Fixed\",\"explanation\":\"The link.\"}";
        assertTrue(LlmInsightWriter.parse(fine, BUILTIN).isPresent());
        for (String bad : new String[]{
            "{\"type\":\"bug fix\",\"title\":\"a\\u0007b\",\"explanation\":\"The link.\"}",
            "{\"type\":\"bug fix\",\"title\":\"Fixed\",\"explanation\":\"The \\u0000link.\"}",
            "{\"type\":\"bug fix\",\"title\":\"a\\rb\",\"explanation\":\"The link.\"}",
            "{\"type\":\"bug fix\",\"title\":12345,\"explanation\":\"The link.\"}",
            "{\"type\":\"bug fix\",\"title\":\"Fixed\",\"explanation\":true}",
            "{\"type\":[\"bug fix\"],\"title\":\"Fixed\",\"explanation\":\"The link.\"}",
            fine + " and some trailing chatter"}) {
            assertTrue(LlmInsightWriter.parse(bad, BUILTIN).isEmpty(), bad);
        }
        // the title's limit counts characters: 100 emoji are a title, 101 are not
        String emoji = "\uD83D\uDE00";
        assertTrue(LlmInsightWriter.parse(fine.replace("\"Fixed\"", "\"" + emoji.repeat(100) + "\""), BUILTIN).isPresent());
        assertTrue(LlmInsightWriter.parse(fine.replace("\"Fixed\"", "\"" + emoji.repeat(101) + "\""), BUILTIN).isEmpty());
        // what only looks like structure is text; a thematic break or a link definition is structure
        for (String text : new String[]{"<5 minutes of downtime.", "#1 priority is the link.", "#tag stays.", "a *b* c"}) {
            assertTrue(LlmInsightWriter.parse(fine.replace("The link.", text), BUILTIN).isPresent(), text);
        }
        for (String text : new String[]{"The link.\\n***", "The link.\\n_ _ _", "The link.\\n[ref]: http://evil.example"}) {
            assertTrue(LlmInsightWriter.parse(fine.replace("The link.", text), BUILTIN).isEmpty(), text);
        }
    }

    /**
     * Structure at any depth of lists and quotes, inline HTML and attribute syntax are invalid in an explanation, and a
     * title is text and code spans that starts no block (an audit found each of these taking a report apart).
     */
    @Test
    void modelTextThatWouldTakeTheReportApartIsInvalid() {
        String fine = "{\"type\":\"bug fix\",\"title\":\"Fixed\",\"explanation\":\"The link.\"}";
        for (String text : new String[]{"Text.\\n\\n- ```\\n  code", "Text.\\n\\n-     ```", "- # Heading", "1. > ## Deep",
            "Text.\\n\\n- - -\\n\\nMore.", "Text <details><summary>more</summary> hidden", "Text.{#item-96db9f}",
            "Text. {#commits}", "Text {.hidden}", "Text {target=_blank}", "a <!-- comment",
            // an escaped backtick opens no code span; a quote's '>' needs no space after it (a review found both let through)
            "Text \\\\`<details>` end", "Text \\\\`{#item-96db9f}` end", ">```js", "># Heading", ">- - -", ">[x]: https://evil.example",
            // an audit's: a definition over two lines, a remote image (a tracking pixel), text reordering marks, separators, a CR
            "Text.\\n\\n[foo\\nbar]: https://evil.example/", "See ![x](https://evil.example/pixel.png).", "See ![x]( //evil.example/p.png).",
            "Text \\u202e reversed", "Line\\u2028separated", "Bare\\rreturn"}) {
            assertTrue(LlmInsightWriter.parse(fine.replace("The link.", text), BUILTIN).isEmpty(), text);
        }
        for (String text : new String[]{"Use `<details>` and `{#id}` in code.", "- one\\n- two\\n  - nested", "1. first\\n2. second",
            "> A quote.", "Costs {0} nothing: a placeholder.", "a -- b", "*Note*: x", "The image ![diagram](media/flow.png) shows it.",
            "Two lines\\r\\nin CRLF."}) {
            assertTrue(LlmInsightWriter.parse(fine.replace("The link.", text), BUILTIN).isPresent(), text);
        }
        for (String title : new String[]{"<!-- hidden", "~~~ tilde", "# Injected heading", "<style>", "- item", "> quote", "1. first",
            "Title {#item-96db9f}", "a\\\\|b", "Fixed <b>bold</b>", "| cell", "```", "Unbalanced `code", "Fixed \\u202e txt.exe"}) {
            assertTrue(LlmInsightWriter.parse(fine.replace("\"Fixed\"", "\"" + title + "\""), BUILTIN).isEmpty(), title);
        }
        for (String title : new String[]{"Fixed `<details>` in `a.md`", "2025 update of quotas", "C# samples updated", "a | b"}) {
            assertTrue(LlmInsightWriter.parse(fine.replace("\"Fixed\"", "\"" + title + "\""), BUILTIN).isPresent(), title);
        }
    }

    @Test
    void aRefusedConnectionIsToldInWords() throws Exception {
        java.net.ConnectException bare = new java.net.ConnectException();
        bare.initCause(new java.net.ConnectException("Connection refused"));
        assertEquals("Connection refused", ChatClient.reason(bare), "the first message along the causes");
        assertEquals("connection refused", ChatClient.reason(new java.net.ConnectException()));
        assertEquals("EOFException", ChatClient.reason(new java.io.EOFException()));
        // a port nothing listens on (one the test held, then let go)
        int port;
        try (java.net.ServerSocket held = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = held.getLocalPort();
        }
        InsightConfig.Llm base = start("openai");
        InsightConfig.Llm closed = new InsightConfig.Llm(base.api(), "http://127.0.0.1:" + port + "/v1", base.model(), base.apiVersion(),
                base.apiKeyEnv(), base.timeoutSeconds(), base.maxParallel(), base.cacheDir(), Optional.empty(), "");
        LlmInsightWriter writer = writer(closed);
        assertEquals("builtin", writer.explain(change(1), BUILTIN).writer());
        assertEquals("builtin", writer.explain(change(2), BUILTIN).writer()); // the failures in a row stop the asking
        String warning = writer.warnings().get(0);
        assertTrue(warning.contains("cannot reach http://127.0.0.1:" + port + "/v1: ") && !warning.contains("/v1: null"), warning);
    }

    private static FileChange change(int i) {
        return new FileChange("articles/f" + i + ".md", CHANGE.oldPath(), CHANGE.status(), 100, FileKind.FILE, false, 2, 0,
                CHANGE.diff(), false, CHANGE.oldText(), CHANGE.newText());
    }

    @Test
    void aTwoHundredWithoutMessageContentIsAnInvalidAnswerAskedAgainOnce() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(200, "", 0, "{\"choices\":[]}"));
        replies.add(new Reply(200, good(), 0));
        assertEquals("llm:test-model", writer(config).explain(CHANGE, BUILTIN).writer());
        assertEquals(2, calls.get());

        calls.set(0);
        replies.clear();
        replies.add(new Reply(200, "", 0, "{\"choices\":[{\"message\":{\"role\":\"assistant\"}}]}"));
        LlmInsightWriter.Attributed again = writer(config).explain(change(1), BUILTIN);
        assertEquals("builtin", again.writer());
        assertEquals(2, calls.get(), "asked again once, like any invalid answer, then the built-in text");
        assertEquals("builtin", writer(config).explain(change(1), BUILTIN).writer());
        assertEquals(2, calls.get(), "kept like any invalid answer: a rerun does not pay again");
    }

    @Test
    void maxParallelBoundsTheRequestsInFlight() throws Exception {
        InsightConfig.Llm config = start("openai"); // maxParallel 2, and the server has 4 threads
        replies.add(new Reply(200, good(), 300));
        LlmInsightWriter writer = writer(config);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<LlmInsightWriter.Attributed>> jobs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                FileChange c = change(i);
                jobs.add(pool.submit(() -> writer.explain(c, BUILTIN)));
            }
            for (var job : jobs) {
                assertEquals("llm:test-model", job.get().writer());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(8, calls.get());
        assertEquals(2, maxInFlight.get(), "8 files asked at once, at most maxParallel requests in flight");
    }

    @Test
    void requestsThatKeepFailingOpenTheBreakerForTheRestOfTheRun() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(500, "", 0));
        LlmInsightWriter writer = writer(config);
        assertTrue(writer.warnings().isEmpty());
        for (int i = 0; i < 4; i++) {
            assertEquals("builtin", writer.explain(change(i), BUILTIN).writer());
        }
        assertEquals(CircuitBreaker.FAILURES_TO_OPEN, calls.get(), "the first file's retries and one more request, then none");
        String warning = writer.warnings().get(0);
        assertTrue(warning.contains("not asked for the rest of this run") && warning.contains("5 requests in a row failed")
                && warning.contains("HTTP 500"), warning);

        // an answer in between resets the count
        calls.set(0);
        replies.clear();
        replies.add(new Reply(500, "", 0));
        replies.add(new Reply(500, "", 0));
        replies.add(new Reply(500, "", 0));
        replies.add(new Reply(200, good(), 0));
        replies.add(new Reply(500, "", 0));
        LlmInsightWriter fresh = writer(config);
        assertEquals("llm:test-model", fresh.explain(change(10), BUILTIN).writer());
        assertEquals("builtin", fresh.explain(change(11), BUILTIN).writer());
        assertEquals(4 + ChatClient.MAX_ATTEMPTS, calls.get());
        assertTrue(fresh.warnings().stream().noneMatch(w -> w.contains("not asked for the rest")), "4 failures in a row since the last answer: still asking");
        assertEquals(List.of("1 file(s) have the built-in text: the language model gave no answer after 4 attempts (last: HTTP 500 from "
                + config.endpoint() + "); run generate --force to ask again"), fresh.warnings(), "the file that fell back is said");
    }

    /** A request the service refuses every time (a 400: say an overridden prompt it cannot take) is a failure too. */
    @Test
    void requestsRefusedEveryTimeOpenTheBreakerWithAWarning() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(400, "", 0));
        LlmInsightWriter writer = writer(config);
        for (int i = 0; i < CircuitBreaker.FAILURES_TO_OPEN + 2; i++) {
            assertEquals("builtin", writer.explain(change(i), BUILTIN).writer());
        }
        assertEquals(CircuitBreaker.FAILURES_TO_OPEN, calls.get(), "a 400 is not asked again; after five, nothing is asked");
        assertTrue(writer.warnings().get(0).contains("HTTP 400"), writer.warnings().toString());
    }

    @Test
    void aRefusedKeyOpensTheBreakerAtOnce() throws Exception {
        InsightConfig.Llm config = start("openai");
        replies.add(new Reply(401, "", 0));
        LlmInsightWriter writer = writer(config);
        for (int i = 0; i < 3; i++) {
            assertEquals("builtin", writer.explain(change(i), BUILTIN).writer());
        }
        assertEquals(1, calls.get(), "one 401, then no more requests");
        String warning = writer.warnings().get(0);
        assertTrue(warning.contains("HTTP 401") && warning.contains("TEST_KEY"), warning);
    }

    /** The files of one range are asked about at once, up to maxParallel: one after another they ignored it (an audit). */
    @Test
    void theFilesOfOneRangeAreAskedInParallelUpToMaxParallel() throws Exception {
        InsightConfig.Llm llm = start("openai");
        GitFixture git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        git.at("2025-06-20T10:00:00Z").write("docs/seed.md", "# Seed\n").commit("first");
        GitFixture day = git.at("2025-06-21T10:00:00Z");
        for (int i = 0; i < 9; i++) {
            day.write("docs/page" + i + ".md", "# Page " + i + "\n\nText " + i + ".\n");
        }
        day.commit("nine pages");
        Path portal = llmPortal(llm, 5, 3);
        responder = body -> new Reply(200, "{\"type\":\"new feature\",\"title\":\"New page\",\"explanation\":\"A page was added.\"}", 300);
        io.diffpress.config.SiteConfig config = io.diffpress.config.ConfigLoader.load(portal.resolve("site.yml"));
        io.diffpress.Diffpress.generate(config, Optional.empty(), false, p -> { }, Map.of("TEST_KEY", "k"));
        assertEquals(10, calls.get(), "the seed page and the nine");
        assertEquals(3, maxInFlight.get(), "in flight at most, the nine of one range asked at once");
        String report = Files.readString(portal.resolve("content/all/2025-06-21.md"));
        assertTrue(report.indexOf("docs/page0.md") < report.indexOf("docs/page8.md"), "the files keep their order");
    }

    /** A portal of the repository in dir/repo whose texts the test server's model writes. */
    private Path llmPortal(InsightConfig.Llm llm, int timeoutSeconds, int maxParallel) throws IOException {
        Path portal = Files.createDirectories(dir.resolve("portal"));
        Files.writeString(portal.resolve("site.yml"), """
                title: Docs
                baseURL: https://o.github.io/r/
                repository:
                  path: ../repo
                insight:
                  provider: llm
                  llm:
                    endpoint: %s
                    model: test-model
                    apiKeyEnv: TEST_KEY
                    timeoutSeconds: %d
                    maxParallel: %d
                """.formatted(llm.endpoint(), timeoutSeconds, maxParallel));
        return portal;
    }

    @Test
    void generateWithTheLlmProviderRecordsTheWriterAndListsFilesUnderTheModelsType() throws Exception {
        InsightConfig.Llm llm = start("openai");
        GitFixture git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        git.at("2025-06-20T10:00:00Z").write("docs/responses.md", "## Regions\n\n- eastus\n- westus\n")
                .write("docs/other.md", "# Other\n\ntext\n").commit("first");
        git.at("2025-06-21T10:00:00Z").write("docs/responses.md", "## Regions\n\n- eastus\n- polandcentral\n")
                .write("docs/other.md", "# Other\n\nmore text\n").commit("second");
        Path portal = llmPortal(llm, 2, 2);
        // the model calls responses.md a minor update (the rules say breaking change: westus is gone) and never
        // gives a valid answer for other.md
        responder = body -> body.contains("docs/responses.md")
                ? new Reply(200, "{\"type\":\"minor update\",\"title\":\"Region list refreshed\","
                + "\"explanation\":\"The region list now has polandcentral in place of westus.\"}", 0)
                : new Reply(200, "not json", 0);
        io.diffpress.config.SiteConfig config = io.diffpress.config.ConfigLoader.load(portal.resolve("site.yml"));
        io.diffpress.GenerateResult result = io.diffpress.Diffpress.generate(config, Optional.empty(), false, p -> { },
                Map.of("TEST_KEY", "k"));
        // other.md fell back, in each report that has it: said once for the run
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).matches("insight: \\d file\\(s\\) have the built-in text: the language model's answer was invalid twice.*"),
                result.warnings().toString());
        Path reportFile = portal.resolve("content/all/2025-06-21.md");
        String report = Files.readString(reportFile);
        assertTrue(report.contains("- path: docs/responses.md\n"), report);
        assertTrue(report.matches("(?s).*- path: docs/other\\.md\n(  [^\n]*\n)*?  writer: builtin\n.*"), "invalid answers: built-in text");
        assertTrue(report.matches("(?s).*- path: docs/responses\\.md\n(  [^\n]*\n)*?  writer: llm:test-model\n.*"), report);
        assertTrue(report.contains("| minor update | Region list refreshed | modified |"), report);
        assertTrue(report.contains("The region list now has polandcentral in place of westus."), report);
        String breaking = section(report, "## Breaking changes");
        assertFalse(breaking.contains("responses.md"), "the model's minor update is not a breaking change: " + breaking);
        assertFalse(section(report, "## New features").contains("responses.md"), report);
        assertTrue(section(report, "## Other updates").contains("`responses.md`: 1 list item was removed"), report);
        assertEquals(6, calls.get(), "two ranges: responses.md once each, other.md asked again once each");

        // a rerun pays nothing for what was answered and writes the same bytes
        Files.delete(reportFile);
        io.diffpress.Diffpress.generate(config, Optional.empty(), false, p -> { }, Map.of("TEST_KEY", "k"));
        assertEquals(report, Files.readString(reportFile));
        assertEquals(6, calls.get(), "nothing is asked again, not even what got invalid answers (kept too)");

        // a zh_CN report: the model writes Chinese, so the report is not said to be in the built-in writer's English
        Files.writeString(portal.resolve("site.yml"), Files.readString(portal.resolve("site.yml")) + "locale: zh_CN\n");
        io.diffpress.Diffpress.generate(io.diffpress.config.ConfigLoader.load(portal.resolve("site.yml")), Optional.empty(), true,
                p -> { }, Map.of("TEST_KEY", "k"));
        String chinese = Files.readString(reportFile);
        assertTrue(chinese.contains("\nlocale: zh_CN\n") && !chinese.contains("textLocale"), chinese);
    }

    @Test
    void generateWarnsOnceWhenTheModelStopsBeingAsked() throws Exception {
        InsightConfig.Llm llm = start("openai");
        replies.add(new Reply(403, "", 0));
        GitFixture git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        git.at("2025-06-20T10:00:00Z").write("a.md", "a\n").write("b.md", "b\n").commit("one");
        git.at("2025-06-21T10:00:00Z").write("a.md", "a2\n").write("b.md", "b2\n").commit("two");
        Path portal = Files.createDirectories(dir.resolve("portal"));
        Files.writeString(portal.resolve("site.yml"), "title: D\nbaseURL: https://o.github.io/r/\nrepository:\n  path: ../repo\n"
                + "insight:\n  provider: llm\n  llm:\n    endpoint: " + llm.endpoint() + "\n    model: m\n    apiKeyEnv: TEST_KEY\n"
                + "    maxParallel: 1\n");
        io.diffpress.GenerateResult result = io.diffpress.Diffpress.generate(io.diffpress.config.ConfigLoader.load(portal.resolve("site.yml")),
                Optional.empty(), false, p -> { }, Map.of("TEST_KEY", "k"));
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).startsWith("insight: the language model was not asked for the rest of this run (HTTP 403"),
                result.warnings().get(0));
        assertEquals(1, calls.get(), "four files in two ranges (compared in parallel), one request at a time: only the first goes out\n" + requests);
        try (var reports = Files.walk(portal.resolve("content"))) {
            for (Path r : reports.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(r);
                assertFalse(text.contains("writer: llm:"), text);
            }
        }
    }

    /** The lines of a report from a heading to the next heading. */
    private static String section(String report, String heading) {
        int start = report.indexOf("\n" + heading + "\n");
        if (start < 0) {
            return "";
        }
        int end = report.indexOf("\n#", start + heading.length() + 2);
        return report.substring(start, end < 0 ? report.length() : end);
    }
}
