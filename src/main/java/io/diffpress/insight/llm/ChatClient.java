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
import java.util.concurrent.Semaphore;

/**
 * A chat-completions client for OpenAI and Azure OpenAI endpoints: bounded parallel requests,
 * a timeout per request, and retries with exponential backoff (honouring Retry-After) on 429 and 5xx.
 */
final class ChatClient {

    static final int MAX_ATTEMPTS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InsightConfig.Llm config;
    private final String apiKey;
    private final HttpClient http;
    private final Semaphore inFlight;
    private final long backoffMillis;

    ChatClient(InsightConfig.Llm config, String apiKey, long backoffMillis) {
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

    /** The assistant message for a system and a user prompt. */
    String complete(String system, String user) throws ChatException {
        String body = requestBody(system, user);
        ChatException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            long wait = backoffMillis * (1L << (attempt - 1));
            try {
                inFlight.acquire();
                HttpResponse<String> response;
                try {
                    response = http.send(request(body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                } finally {
                    inFlight.release();
                }
                int status = response.statusCode();
                if (status == 200) {
                    return content(response.body());
                }
                last = new ChatException("HTTP " + status + " from " + config.endpoint());
                if (status != 429 && status < 500) {
                    throw last; // a client error does not get better by asking again
                }
                wait = Math.max(wait, response.headers().firstValue("Retry-After").map(ChatClient::seconds).orElse(0L) * 1000);
            } catch (HttpTimeoutException e) {
                last = new ChatException("no answer within " + config.timeoutSeconds() + " s from " + config.endpoint());
            } catch (IOException e) {
                last = new ChatException("cannot reach " + config.endpoint() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChatException("interrupted");
            }
            if (attempt < MAX_ATTEMPTS) {
                sleep(Math.min(wait, 60_000));
            }
        }
        throw last;
    }

    private HttpRequest request(String body) {
        URI uri;
        HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(Duration.ofSeconds(config.timeoutSeconds()))
                .header("Content-Type", "application/json");
        if (config.api().equals("azure")) {
            uri = URI.create(config.endpoint() + "/openai/deployments/" + URLEncoder.encode(config.model(), StandardCharsets.UTF_8)
                    + "/chat/completions?api-version=" + URLEncoder.encode(config.apiVersion(), StandardCharsets.UTF_8));
            builder.header("api-key", apiKey);
        } else {
            uri = URI.create(config.endpoint() + "/chat/completions");
            builder.header("Authorization", "Bearer " + apiKey);
        }
        return builder.uri(uri).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    String requestBody(String system, String user) {
        ObjectNode root = JSON.createObjectNode();
        if (!config.api().equals("azure")) {
            root.put("model", config.model());
        }
        ArrayNode messages = root.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        messages.addObject().put("role", "user").put("content", user);
        root.put("temperature", 0);
        root.putObject("response_format").put("type", "json_object");
        return root.toString();
    }

    private static String content(String body) throws ChatException {
        try {
            JsonNode node = JSON.readTree(body).path("choices").path(0).path("message").path("content");
            if (!node.isTextual()) {
                throw new ChatException("the answer has no choices[0].message.content");
            }
            return node.asText();
        } catch (IOException e) {
            throw new ChatException("the answer is not JSON: " + e.getMessage());
        }
    }

    private static long seconds(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
