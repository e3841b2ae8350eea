package io.diffpress.insight.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diffpress.config.InsightConfig;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * A chat-completions client for OpenAI and Azure OpenAI endpoints: bounded parallel requests,
 * a timeout per request, retries with exponential backoff (honouring Retry-After) on 429 and 5xx,
 * and a {@link CircuitBreaker} that stops asking a service that keeps failing or refuses the key.
 */
final class ChatClient {

    static final int MAX_ATTEMPTS = 4;
    /**
     * The most an answer may hold: a file's title and explanation take a few kilobytes. A server that sent hundreds of
     * megabytes had the JVM run out of memory and hang (an audit); past this the answer is cut off and counted invalid.
     */
    static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InsightConfig.Llm config;
    /** Asked for when a request is built: a run that sends none needs no key. */
    private final java.util.function.Supplier<String> apiKey;
    private final HttpClient http;
    private final Semaphore inFlight;
    private final long backoffMillis;
    private final CircuitBreaker breaker = new CircuitBreaker();

    ChatClient(InsightConfig.Llm config, java.util.function.Supplier<String> apiKey, long backoffMillis) {
        this.config = config;
        this.apiKey = apiKey;
        this.backoffMillis = backoffMillis;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(config.timeoutSeconds())).build();
        this.inFlight = new Semaphore(config.maxParallel());
    }

    /** Thrown when the service could not give an answer (after retries); the caller falls back to built-in text. */
    static final class ChatException extends Exception {
        ChatException(String message) {
            super(message);
        }
    }

    /**
     * The assistant message for a system and a user prompt; empty when the service answered 200
     * without a {@code choices[0].message.content} (an invalid answer, which the caller may ask again).
     *
     * @throws ChatException when no answer came after retries, the request was refused, or the breaker is open
     */
    Optional<String> complete(String system, String user) throws ChatException {
        return complete(system, List.of(user));
    }

    /**
     * As {@link #complete(String, String)}, for a conversation: the user's messages alternate with the assistant's
     * answers ({@code turns} is user, assistant, user, …).
     */
    Optional<String> complete(String system, List<String> turns) throws ChatException {
        String body = requestBody(system, turns);
        ChatException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            long wait = backoffMillis * (1L << (attempt - 1));
            HttpResponse<String> response;
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChatException("interrupted");
            }
            // the breaker is read and updated while holding the slot, so a request queued behind the one
            // that opens it stays home
            try {
                if (breaker.isOpen()) {
                    throw new ChatException("not asked: " + breaker.reason().orElse(""));
                }
                response = send(body);
                record(response.statusCode());
            } catch (HttpTimeoutException e) {
                last = new ChatException("no answer within " + config.timeoutSeconds() + " s from " + config.endpoint());
                breaker.failed(last.getMessage());
                response = null;
            } catch (AnswerTooLarge e) {
                last = new ChatException(e.getMessage() + " from " + config.endpoint());
                breaker.failed(last.getMessage());
                response = null;
            } catch (IOException e) {
                last = new ChatException("cannot reach " + config.endpoint() + ": " + reason(e));
                breaker.failed(last.getMessage());
                response = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChatException("interrupted");
            } finally {
                inFlight.release();
            }
            if (response != null) {
                int status = response.statusCode();
                if (status == 200) {
                    return content(response.body());
                }
                last = new ChatException("HTTP " + status + " from " + config.endpoint());
                if (status != 429 && status < 500) {
                    throw last; // a client error does not get better by asking again
                }
                if (status == 429 && response.body().contains("insufficient_quota")) {
                    // OpenAI says 429 for a used-up quota too, which no waiting mends
                    breaker.open("HTTP 429 from " + config.endpoint() + ": the quota of the key in " + config.apiKeyEnv() + " is used up");
                    throw last;
                }
                wait = Math.max(wait, response.headers().firstValue("Retry-After").map(ChatClient::seconds).orElse(0L) * 1000);
            }
            if (attempt < MAX_ATTEMPTS && !breaker.isOpen()) {
                sleep(Math.min(wait, 60_000));
            }
        }
        throw last;
    }

    /**
     * One exchange, the whole of it within the timeout: the request's own timeout ends when the headers arrive (on
     * Java 17), so a server that sends them and then stalls would hold a slot of {@code maxParallel} for ever.
     */
    private HttpResponse<String> send(String body) throws IOException, InterruptedException {
        java.util.concurrent.CompletableFuture<HttpResponse<String>> exchange =
                http.sendAsync(request(body), info -> new BoundedBody(MAX_ANSWER_BYTES));
        try {
            return exchange.get(config.timeoutSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("no whole answer within " + config.timeoutSeconds() + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io; // HttpTimeoutException among them
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        }
    }

    /** An answer cut off at {@link #MAX_ANSWER_BYTES}. */
    static final class AnswerTooLarge extends IOException {
        AnswerTooLarge(String message) {
            super(message);
        }
    }

    /**
     * An answer's body as text, refused past {@code limit} bytes: the exchange then fails with an IOException and the rest
     * is not read. (HttpClient's own string handler keeps whatever the server sends.)
     */
    static final class BoundedBody implements HttpResponse.BodySubscriber<String> {
        private final int limit;
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private final java.util.concurrent.CompletableFuture<String> result = new java.util.concurrent.CompletableFuture<>();
        private java.util.concurrent.Flow.Subscription subscription;

        BoundedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public java.util.concurrent.CompletionStage<String> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<java.nio.ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (java.nio.ByteBuffer item : items) {
                if (bytes.size() + item.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new AnswerTooLarge("an answer of more than " + limit / (1024 * 1024) + " MB"));
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toString(StandardCharsets.UTF_8));
        }
    }

    /**
     * What an HTTP status says about the service: there (a 200, or a 429: busy), failing (5xx, or another 4xx: a request
     * it will refuse every time, say a prompt it cannot take), or refusing this run (401, 403, 404).
     */
    private void record(int status) {
        if (status == 401 || status == 403) {
            breaker.open("HTTP " + status + " from " + config.endpoint() + ": the key in " + config.apiKeyEnv() + " was refused");
        } else if (status == 404) {
            breaker.open("HTTP 404 from " + config.endpoint() + ": no model or deployment '" + config.model() + "' there");
        } else if (status >= 400 && status != 429) {
            breaker.failed("HTTP " + status + " from " + config.endpoint());
        } else {
            breaker.answered();
        }
    }

    /** Why the client stopped asking, once its breaker opened. */
    Optional<String> stoppedBecause() {
        return breaker.reason();
    }

    private HttpRequest request(String body) {
        URI uri;
        HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(Duration.ofSeconds(config.timeoutSeconds()))
                .header("Content-Type", "application/json");
        if (config.api().equals("azure")) {
            uri = URI.create(config.endpoint() + "/openai/deployments/" + URLEncoder.encode(config.model(), StandardCharsets.UTF_8)
                    + "/chat/completions?api-version=" + URLEncoder.encode(config.apiVersion(), StandardCharsets.UTF_8));
            builder.header("api-key", apiKey.get());
        } else {
            uri = URI.create(config.endpoint() + "/chat/completions");
            builder.header("Authorization", "Bearer " + apiKey.get());
        }
        return builder.uri(uri).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    String requestBody(String system, String user) {
        return requestBody(system, List.of(user));
    }

    String requestBody(String system, List<String> turns) {
        ObjectNode root = JSON.createObjectNode();
        if (!config.api().equals("azure")) {
            root.put("model", config.model());
        }
        ArrayNode messages = root.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        for (int i = 0; i < turns.size(); i++) {
            messages.addObject().put("role", i % 2 == 0 ? "user" : "assistant").put("content", turns.get(i));
        }
        root.put("temperature", 0);
        root.putObject("response_format").put("type", "json_object");
        return root.toString();
    }

    private static Optional<String> content(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode content = node == null ? null : node.path("choices").path(0).path("message").path("content");
            return content != null && content.isTextual() ? Optional.of(content.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Retry-After in seconds: a number of them, or an HTTP date (RFC 9110 allows both; an audit found dates ignored). */
    static long seconds(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException notSeconds) {
            try {
                java.time.ZonedDateTime when = java.time.ZonedDateTime.parse(header.trim(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(0, java.time.Duration.between(java.time.Instant.now(), when.toInstant()).toSeconds() + 1);
            } catch (java.time.format.DateTimeParseException notADate) {
                return 0;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What went wrong, in words: the first message along the causes (the HTTP client's own exception for a refused
     * connection has none, its cause has), else the kind of failure.
     */
    static String reason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return e instanceof java.net.ConnectException ? "connection refused" : e.getClass().getSimpleName();
    }
}
