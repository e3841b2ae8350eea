package io.diffpress.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Who writes the report text: the built-in writer (facts of the diff, offline) or a language model
 * fed with those facts.
 *
 * @param provider {@code builtin} or {@code llm}
 * @param llm      the model settings, present when {@code provider} is {@code llm}
 */
public record InsightConfig(String provider, Optional<Llm> llm) {

    public static InsightConfig builtin() {
        return new InsightConfig("builtin", Optional.empty());
    }

    /**
     * An OpenAI-compatible chat-completions endpoint.
     *
     * @param api         {@code openai} (base URL + model) or {@code azure} (resource URL + deployment + api-version)
     * @param endpoint    e.g. {@code https://api.openai.com/v1} or {@code https://RESOURCE.openai.azure.com}
     * @param model       the model (OpenAI) or deployment name (Azure)
     * @param apiVersion  Azure's api-version query parameter
     * @param apiKeyEnv   name of the environment variable holding the key (the key never goes in site.yml)
     * @param timeoutSeconds per request
     * @param maxParallel requests in flight at once
     * @param cacheDir    answers cached by model and prompt hash, so a rerun never pays twice
     * @param promptDir   folder whose system.txt / user.txt override the built-in prompts
     */
    public record Llm(String api, String endpoint, String model, String apiVersion, String apiKeyEnv,
                      int timeoutSeconds, int maxParallel, Path cacheDir, Optional<Path> promptDir, String apiKeyEnvAt) {
    }
}
