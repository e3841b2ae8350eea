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
import java.util.List;
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
    /** How much of an invalid answer is sent back with the question again. */
    private static final int MAX_ECHO = 6_000;
    /** Trailing text after the answer's object ("{…} Hope this helps") makes it invalid. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final InsightConfig.Llm config;
    private final ChatClient client;
    private final ResponseCache cache;
    private final String systemTemplate;
    private final String userTemplate;
    private final String retryTemplate;
    private final String locale;

    /** What a file's text is and who wrote it: "builtin" or "llm:MODEL". */
    public record Attributed(FileInsight insight, String writer) {
    }

    LlmInsightWriter(InsightConfig.Llm config, String apiKey, String locale, long backoffMillis) {
        this(config, () -> apiKey, locale, backoffMillis);
    }

    private LlmInsightWriter(InsightConfig.Llm config, java.util.function.Supplier<String> apiKey, String locale, long backoffMillis) {
        this.config = config;
        this.client = new ChatClient(config, apiKey, backoffMillis);
        this.cache = new ResponseCache(config.cacheDir());
        this.systemTemplate = prompt("system.txt");
        this.userTemplate = prompt("user.txt");
        this.retryTemplate = prompt("retry.txt");
        this.locale = locale;
    }

    /**
     * A writer whose key comes from the environment variable named in site.yml. The key is asked for only when a
     * request is to be sent: a run whose reports exist, or whose answers are all in the cache, needs none (a build
     * of a pull request from a fork has no secrets). A key that is there must be one an HTTP header can carry; it is
     * never shown in a message.
     */
    public static LlmInsightWriter fromEnvironment(InsightConfig.Llm config, String locale, Map<String, String> env) {
        String where = config.apiKeyEnvAt().isEmpty() ? "" : config.apiKeyEnvAt() + ": ";
        String key = env.get(config.apiKeyEnv());
        // a key pasted into a CI secret often ends in a line break
        String stripped = key == null ? "" : key.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                throw DiffpressException.input(Stage.INSIGHT, where + "the value of " + config.apiKeyEnv()
                        + " (insight.llm.apiKeyEnv) holds a character an HTTP header cannot carry (a line break, a space or a"
                        + " non-ASCII character, at position " + (i + 1) + "); the value is not shown");
            }
        }
        java.util.function.Supplier<String> supplier = () -> {
            if (stripped.isEmpty()) {
                throw DiffpressException.input(Stage.INSIGHT, where + "insight.llm.apiKeyEnv names " + config.apiKeyEnv()
                        + ", but that environment variable is " + (key == null ? "not set" : "empty")
                        + ", and the language model is to be asked about changes not reported yet");
            }
            return stripped;
        };
        return new LlmInsightWriter(config, supplier, locale, 1000);
    }

    /**
     * The model's text for one change, or the built-in text when the model gives no valid answer
     * (asked again once), cannot be reached, or is no longer asked in this run (see {@link #warnings()}).
     */
    public Attributed explain(FileChange change, FileInsight builtin) {
        String system = io.diffpress.Placeholders.fill(systemTemplate, Map.of("locale", locale));
        String user = io.diffpress.Placeholders.fill(userTemplate, placeholders(change, builtin));
        List<String> turns = new java.util.ArrayList<>(List.of(user));
        for (int attempt = 0; attempt < 2; attempt++) {
            // Every answer is kept, an invalid one too, under the conversation that asked it: a rerun asks nothing that
            // was asked before and gives the same text.
            String attemptKey = ResponseCache.key(config.model(), system, String.join("\n\u0000\n", turns));
            Optional<String> answer = cache.get(attemptKey);
            if (answer.isEmpty()) {
                try {
                    answer = client.complete(system, turns);
                } catch (ChatClient.ChatException e) {
                    if (client.stoppedBecause().isEmpty()) { // (once stopped, one warning says so for all)
                        unanswered.incrementAndGet();
                        lastFailure.set(e.getMessage());
                    }
                    return new Attributed(builtin, "builtin"); // retried inside the client already
                }
                // an answer without choices[0].message.content is kept as "", which is no valid answer either
                cache.put(attemptKey, answer.orElse(""));
            }
            Checked checked = check(answer.orElse(""), builtin);
            if (checked.insight().isPresent()) {
                return new Attributed(checked.insight().get(), "llm:" + config.model());
            }
            // asked again with what was wrong, not the same question (at temperature 0 that mostly got the same answer)
            turns.add(answer.orElse("").length() > MAX_ECHO ? answer.get().substring(0, MAX_ECHO) + "…" : answer.orElse(""));
            turns.add(io.diffpress.Placeholders.fill(retryTemplate, Map.of("problem", checked.problem())));
        }
        invalid.incrementAndGet();
        return new Attributed(builtin, "builtin");
    }

    /** Files of this run that got the built-in text though the model was asked: no answer came, or none valid. */
    private final java.util.concurrent.atomic.AtomicInteger unanswered = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger invalid = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicReference<String> lastFailure = new java.util.concurrent.atomic.AtomicReference<>("");

    /**
     * The warnings of the whole run, each once: the model stopped being asked (the key was refused, or requests kept
     * failing), so the rest of the files got the built-in text; answers could not be stored in the cache.
     */
    public List<String> warnings() {
        List<String> warnings = new java.util.ArrayList<>();
        client.stoppedBecause().ifPresent(reason -> warnings.add("the language model was not asked for the rest of this run ("
                + reason + "); those files have the built-in text"));
        // each file that fell back is said, not only a stopped model: a report written with the built-in text is not
        // asked about again without --force (an audit found 429s, 5xx and invalid answers replaced without a word)
        if (unanswered.get() > 0) {
            warnings.add(unanswered.get() + " file(s) have the built-in text: the language model gave no answer after "
                    + ChatClient.MAX_ATTEMPTS + " attempts (last: " + lastFailure.get() + "); run generate --force to ask again");
        }
        if (invalid.get() > 0) {
            warnings.add(invalid.get() + " file(s) have the built-in text: the language model's answer was invalid twice"
                    + " (not JSON of the shape the prompt asks for); its answers are in the cache");
        }
        cache.failure().ifPresent(warnings::add);
        return warnings;
    }

    /** Control characters other than line breaks and tabs: they have no place in a page, and YAML writes them as binary. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\n\t\r]]");

    /**
     * A valid answer: one JSON object and nothing after it, with one of the four types, a title of at most
     * {@link #MAX_TITLE} characters on one line that is text and code spans ({@link ModelText#isTitle}), a bounded
     * non-empty explanation that is paragraphs and lists of text ({@link ModelText#isProse}: no heading, fence, HTML,
     * setext underline, thematic break or link reference definition at any depth of its lists, no inline HTML or
     * attributes), all three strings without control characters.
     */
    static Optional<FileInsight> parse(String answer, FileInsight builtin) {
        return check(answer, builtin).insight();
    }

    /** An answer's text, or what is wrong with it (told to the model when it is asked again). */
    record Checked(Optional<FileInsight> insight, String problem) {

        static Checked invalid(String problem) {
            return new Checked(Optional.empty(), problem);
        }
    }

    static Checked check(String answer, FileInsight builtin) {
        JsonNode node;
        try {
            node = answer.isBlank() ? null : JSON.readTree(answer);
        } catch (IOException e) {
            return Checked.invalid("it is not one JSON object and nothing else");
        }
        if (node == null || !node.isObject()) {
            return Checked.invalid("it is not one JSON object and nothing else");
        }
        for (String field : List.of("type", "title", "explanation")) {
            if (!node.path(field).isTextual()) {
                return Checked.invalid("its field \"" + field + "\" is missing or not a string");
            }
        }
        Optional<ChangeType> type = ChangeType.fromWord(node.path("type").asText());
        String title = node.path("title").asText().strip();
        // line breaks as the report writes them: a CRLF answer is fine, a lone CR (written raw into the Markdown) is not
        String explanation = node.path("explanation").asText().replace("\r\n", "\n").strip();
        if (type.isEmpty()) {
            return Checked.invalid("\"type\" must be one of \"new feature\", \"breaking change\", \"bug fix\", \"minor update\"");
        }
        if (title.isEmpty() || title.codePointCount(0, title.length()) > MAX_TITLE) {
            return Checked.invalid("\"title\" must have 1 to " + MAX_TITLE + " characters");
        }
        if (title.contains("\n") || title.contains("\r") || CONTROL.matcher(title).find() || !ModelText.isTitle(title)) {
            return Checked.invalid("\"title\" must be one line of plain text and whole `code` spans that starts no Markdown"
                    + " block and holds no HTML");
        }
        if (explanation.isEmpty() || explanation.length() > MAX_EXPLANATION) {
            return Checked.invalid("\"explanation\" must have 1 to " + MAX_EXPLANATION + " characters");
        }
        if (CONTROL.matcher(explanation).find() || !ModelText.isProse(explanation)) {
            return Checked.invalid("\"explanation\" must be paragraphs and lists of plain Markdown text: no headings, code"
                    + " blocks, HTML, tables, images from the web or link definitions");
        }
        return new Checked(Optional.of(builtin.withText(type.get(), title, explanation)), "");
    }

    private static Map<String, String> placeholders(FileChange change, FileInsight builtin) {
        String diff = change.diff().length() > MAX_DIFF_CHARS ? change.diff().substring(0, MAX_DIFF_CHARS) + "\n[diff cut]" : change.diff();
        return Map.of("path", change.path(),
                "status", change.status().word() + change.oldPath().map(p -> " from " + p).orElse(""),
                "additions", String.valueOf(change.additions()),
                "deletions", String.valueOf(change.deletions()),
                "type", builtin.type().word(),
                "facts", String.join("\n", builtin.facts().stream().map(f -> "- " + f).toList()),
                "diff", change.binary() ? "(binary file)" : diff);
    }

    private String prompt(String name) {
        if (config.promptDir().isPresent()) {
            Path own = config.promptDir().get().resolve(name);
            if (Files.isDirectory(own)) {
                throw DiffpressException.input(Stage.INSIGHT, "prompt " + own + " is a folder, not a file");
            }
            misnamed(config.promptDir().get(), name);
            if (Files.isRegularFile(own)) {
                try {
                    return checked(own, Files.readString(own, StandardCharsets.UTF_8), switch (name) {
                        case "system.txt" -> List.of("locale");
                        case "retry.txt" -> List.of("problem");
                        default -> List.of("path", "status", "additions", "deletions", "type", "facts", "diff");
                    });
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw DiffpressException.input(Stage.INSIGHT, "prompt " + own + " is not valid UTF-8");
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

    /** A placeholder as a portal may mistype it: a word in braces, underscores and digits too ("{diff_text}"). */
    private static final java.util.regex.Pattern PLACEHOLDER_LIKE = java.util.regex.Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    /**
     * A portal's prompt whose placeholders are all known: a mistyped one ("{stauts}") was sent to the model as written,
     * without a word (an audit).
     */
    private static String checked(Path file, String text, List<String> known) {
        java.util.regex.Matcher m = PLACEHOLDER_LIKE.matcher(text);
        while (m.find()) {
            if (!known.contains(m.group(1))) {
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                String near = io.diffpress.config.ConfigLoader.closest(m.group(1), known).map(k -> " (did you mean {" + k + "}?)").orElse("");
                throw DiffpressException.input(Stage.INSIGHT, "prompt " + file + ":" + line + ": unknown placeholder {" + m.group(1) + "}"
                        + near + "; " + file.getFileName() + " can use " + String.join(", ", known.stream().map(k -> "{" + k + "}").toList()));
            }
        }
        return text;
    }

    /** A file of the prompts folder named like a prompt but not quite ("User.txt", "system.md"): it would be ignored. */
    private static void misnamed(Path folder, String name) {
        String stem = name.substring(0, name.indexOf('.'));
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (!n.equals(name) && (n.equalsIgnoreCase(name) || n.toLowerCase(java.util.Locale.ROOT).startsWith(stem + "."))) {
                    throw DiffpressException.input(Stage.INSIGHT, "prompt " + f + ": only files named exactly system.txt, user.txt and retry.txt are"
                            + " read from the prompts folder; rename it to " + name);
                }
            }
        } catch (IOException e) {
            throw DiffpressException.input(Stage.INSIGHT, "cannot read the prompts folder " + folder + ": " + e.getMessage());
        }
    }
}
