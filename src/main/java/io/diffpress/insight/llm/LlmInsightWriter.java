package io.diffpress.insight.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import io.diffpress.config.InsightConfig;
import io.diffpress.history.FileChange;
import io.diffpress.insight.ChangeType;
import io.diffpress.insight.FileInsight;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Asks a language model for a file's type, title and explanation, grounded in the built-in
 * writer's facts and the diff. The answer must be JSON of a fixed shape; an invalid answer is
 * asked again once and then replaced by the built-in text, so a report is always complete and
 * always says which writer wrote each text.
 */
public final class LlmInsightWriter {

    static final int MAX_TITLE = 100;
    static final int MAX_EXPLANATION = 4000;
    static final int MAX_DIFF_CHARS = 12_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InsightConfig.Llm config;
    private final ChatClient client;
    private final ResponseCache cache;
    private final String systemTemplate;
    private final String userTemplate;
    private final String locale;

    /** What a file's text is and who wrote it: "builtin" or "llm:MODEL". */
    public record Attributed(FileInsight insight, String writer) {
    }

    LlmInsightWriter(InsightConfig.Llm config, String apiKey, String locale, long backoffMillis) {
        this.config = config;
        this.client = new ChatClient(config, apiKey, backoffMillis);
        this.cache = new ResponseCache(config.cacheDir());
        this.systemTemplate = prompt("system.txt");
        this.userTemplate = prompt("user.txt");
        this.locale = locale;
    }

    /** A writer whose key comes from the environment variable named in site.yml. */
    public static LlmInsightWriter fromEnvironment(InsightConfig.Llm config, String locale, Map<String, String> env) {
        String key = env.get(config.apiKeyEnv());
        if (key == null || key.isBlank()) {
            throw DiffpressException.input(Stage.INSIGHT, (config.apiKeyEnvAt().isEmpty() ? "" : config.apiKeyEnvAt() + ": ")
                    + "insight.llm.apiKeyEnv names " + config.apiKeyEnv() + ", but that environment variable is not set");
        }
        return new LlmInsightWriter(config, key, locale, 1000);
    }

    /**
     * The model's text for one change, or the built-in text when the model gives no valid answer
     * (asked again once), cannot be reached, or is no longer asked in this run (see {@link #warning()}).
     */
    public Attributed explain(FileChange change, FileInsight builtin) {
        String system = systemTemplate.replace("{locale}", locale);
        String user = fill(userTemplate, change, builtin);
        String key = ResponseCache.key(config.model(), system, user);
        for (int attempt = 0; attempt < 2; attempt++) {
            // Every answer is kept, an invalid one too, under its attempt: a rerun asks nothing that was asked before
            // and gives the same text.
            String attemptKey = attempt == 0 ? key : key + "-again";
            Optional<String> answer = cache.get(attemptKey);
            if (answer.isEmpty()) {
                try {
                    answer = client.complete(system, user);
                } catch (ChatClient.ChatException e) {
                    break; // retried inside the client already
                }
                answer.ifPresent(a -> cache.put(attemptKey, a));
            }
            Optional<FileInsight> parsed = answer.flatMap(a -> parse(a, builtin));
            if (parsed.isPresent()) {
                return new Attributed(parsed.get(), "llm:" + config.model());
            }
        }
        return new Attributed(builtin, "builtin");
    }

    /**
     * One warning for the whole run when the model stopped being asked (the key was refused, or
     * requests kept failing), so the rest of the files got the built-in text.
     */
    public Optional<String> warning() {
        return client.stoppedBecause().map(reason -> "the language model was not asked for the rest of this run ("
                + reason + "); those files have the built-in text");
    }

    /**
     * A line that would change the report's structure around the explanation, which goes into its Markdown as it is:
     * a heading (a section of its own), a code fence (everything after it code), an HTML block, a setext underline.
     */
    private static final java.util.regex.Pattern STRUCTURE = java.util.regex.Pattern.compile("(?m)^ {0,3}(#|```|~~~|<|=+[ \t]*$|-+[ \t]*$)");

    /**
     * A valid answer: one of the four types, a bounded title, a bounded non-empty explanation that is paragraphs and
     * lists, not {@link #STRUCTURE}.
     */
    static Optional<FileInsight> parse(String answer, FileInsight builtin) {
        try {
            JsonNode node = JSON.readTree(answer);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            Optional<ChangeType> type = ChangeType.fromWord(node.path("type").asText(""));
            String title = node.path("title").asText("").strip();
            String explanation = node.path("explanation").asText("").strip();
            if (type.isEmpty() || title.isEmpty() || title.length() > MAX_TITLE || title.contains("\n")
                    || explanation.isEmpty() || explanation.length() > MAX_EXPLANATION || STRUCTURE.matcher(explanation).find()) {
                return Optional.empty();
            }
            return Optional.of(builtin.withText(type.get(), title, explanation));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String fill(String template, FileChange change, FileInsight builtin) {
        String diff = change.diff().length() > MAX_DIFF_CHARS ? change.diff().substring(0, MAX_DIFF_CHARS) + "\n[diff cut]" : change.diff();
        return template.replace("{path}", change.path())
                .replace("{status}", change.status().word() + change.oldPath().map(p -> " from " + p).orElse(""))
                .replace("{additions}", String.valueOf(change.additions()))
                .replace("{deletions}", String.valueOf(change.deletions()))
                .replace("{type}", builtin.type().word())
                .replace("{facts}", String.join("\n", builtin.facts().stream().map(f -> "- " + f).toList()))
                .replace("{diff}", change.binary() ? "(binary file)" : diff);
    }

    private String prompt(String name) {
        if (config.promptDir().isPresent()) {
            Path own = config.promptDir().get().resolve(name);
            if (Files.isRegularFile(own)) {
                try {
                    return Files.readString(own, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw DiffpressException.input(Stage.INSIGHT, "cannot read prompt " + own + ": " + e.getMessage());
                }
            }
        }
        try (InputStream in = LlmInsightWriter.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("built-in prompt " + name + " is missing", e);
        }
    }
}
