package io.diffpress.config;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import io.diffpress.Utf8;
import io.diffpress.YamlProblems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code site.yml} into a {@link SiteConfig}. Works on SnakeYAML's node tree rather
 * than on maps so every error can name the file, line and column of the offending value.
 */
public final class ConfigLoader {

    static final Set<String> TOP_KEYS = Set.of("title", "description", "baseURL", "locale", "timeZone",
            "repository", "sections", "reportTitle", "ranges", "output", "content", "theme", "pageSize", "historyPageSize", "pagination",
            "maxDiffLines", "permalinks", "docsBaseURL", "cname", "feeds", "insight", "search");
    static final Set<String> SEARCH_KEYS = Set.of("maxPartBytes");
    static final Set<String> INSIGHT_KEYS = Set.of("provider", "llm");
    /**
     * Whether a would-be variable name is more likely a key: an Azure key (32 hex digits, or 84 letters and digits) fits
     * the pattern of a name, and names that long have an '_'; keys with an '_' ("gsk_…", "sk_live_…", an audit found one
     * taken for a name and printed) have a run of 16 small and capital letters and digits mixed, as no word of a name
     * has, or the small-letter prefix they are issued with.
     */
    static boolean looksLikeKey(String name) {
        if (name.length() >= 32 && name.indexOf('_') < 0) {
            return true;
        }
        for (String run : name.split("_")) {
            if (run.length() >= 16 && run.chars().anyMatch(Character::isLowerCase) && run.chars().anyMatch(Character::isUpperCase)
                    && run.chars().anyMatch(Character::isDigit)) {
                return true; // random letters and digits, as no word of a name is
            }
        }
        // the prefixes keys are issued with are small letters; names are mostly capitals ("SK_OPENAI_KEY" is a name)
        return name.matches("(sk|gsk|pk|rk|ghp|gho|github_pat|xox[abp])_[A-Za-z0-9_]{12,}");
    }

    static final Set<String> LLM_KEYS = Set.of("api", "endpoint", "model", "apiVersion", "apiKeyEnv", "timeoutSeconds",
            "maxParallel", "cache", "prompts");
    static final Set<String> FEED_KEYS = Set.of("size", "content");
    /** One folder of a permalinks pattern: names and URL-safe characters. */
    private static final Pattern PERMALINK_FOLDER = Pattern.compile("([a-z0-9_.-]|\\{(path|section|year|month|day|slug)\\})+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
    static final Set<String> REPOSITORY_KEYS = Set.of("path", "branch", "compareUrl", "missingObjects");
    static final Set<String> RANGES_KEYS = Set.of("strategy", "since", "until", "tags", "fromRoot", "list");
    static final Set<String> SECTION_KEYS = Set.of("include", "exclude");
    static final Set<String> STRATEGIES = Set.of("daily", "weekly", "monthly", "tags", "commits", "explicit");
    static final String DEFAULT_REPORT_TITLE = "[{locale}] Diff Insight Report - {section}";
    /** What a report's title may name: as ReportWriter fills them in. */
    private static final Set<String> TITLE_PLACEHOLDERS = Set.of("locale", "section", "date", "label");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
    /** The locales the built-in theme has interface strings for (themes/default/i18n). */
    private static final List<String> BUILT_IN_LOCALES = List.of("en_US", "ja_JP", "zh_CN");
    private static final String BUILT_IN_THEME = "default";
    private static final Pattern SECTION_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final Path file;

    private ConfigLoader(Path file) {
        this.file = file;
    }

    /** Loads and validates a {@code site.yml}; every problem is a {@link DiffpressException} of kind INPUT. */
    public static SiteConfig load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(absolute);
        } catch (NoSuchFileException e) {
            throw DiffpressException.input(Stage.CONFIG, absolute + ": no such file (create one with 'diffpress init DIR' or pass --config PATH)");
        } catch (IOException e) {
            throw DiffpressException.input(Stage.CONFIG, absolute + ": cannot read (" + e.getMessage() + ")");
        }
        int bad = Utf8.firstMalformedByte(bytes);
        if (bad >= 0) {
            throw DiffpressException.input(Stage.CONFIG, absolute + ":" + Utf8.line(bytes, bad) + ": not valid UTF-8 (byte "
                    + String.format("0x%02x at offset %d); save it as UTF-8", bytes[bad] & 0xff, bad));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return new ConfigLoader(absolute).parse(text);
    }

    /** Parses the text of a {@code site.yml} as if it were stored at {@code file}. */
    public static SiteConfig parse(Path file, String text) {
        return new ConfigLoader(file.toAbsolutePath().normalize()).parse(text);
    }

    /**
     * The portal's folder inside the documented repository ("changelog"), when it is a folder of it: the "all" section of a
     * portal without sections leaves it out, or its own reports and jar were reported as changes (an audit).
     */
    static Optional<String> portalFolder(Optional<RepositoryConfig> repository, Path portalDir) {
        if (repository.isEmpty() || portalDir == null) {
            return Optional.empty();
        }
        Path root = repository.get().path().toAbsolutePath().normalize();
        Path portal = portalDir.toAbsolutePath().normalize();
        if (!portal.startsWith(root) || portal.equals(root)) {
            return Optional.empty();
        }
        return Optional.of(root.relativize(portal).toString().replace('\\', '/'));
    }

    private SiteConfig parse(String text) {
        Node root = compose(text);
        if (root == null) {
            throw error(null, "the file is empty; it needs at least 'title' and 'baseURL'");
        }
        MappingNode top = mapping(root, "the top level");
        Map<String, Node> keys = keys(top, TOP_KEYS);
        Path portalDir = file.getParent();

        String title = requiredString(keys, "title", top);
        String description = optionalString(keys, "description").orElse("");
        URI baseURL = baseURL(requiredNode(keys, "baseURL", top));
        String locale = optionalString(keys, "locale").orElse("en_US");
        if (!LOCALE.matcher(locale).matches()) {
            Optional<String> meant = java.util.stream.Stream.of("en_US", "ja_JP", "zh_CN")
                    .filter(l -> l.equalsIgnoreCase(locale.replace('-', '_'))).findFirst();
            throw error(keys.get("locale"), "locale '" + locale + "' is not of the form en_US, ja_JP or zh_CN"
                    + meant.map(m -> " (did you mean '" + m + "'?)").orElse(""));
        }
        ZoneId zone = zone(keys.get("timeZone"));
        Optional<RepositoryConfig> repository = keys.containsKey("repository")
                ? Optional.of(repository(keys.get("repository"), portalDir)) : Optional.empty();
        List<SectionConfig> sections = keys.containsKey("sections")
                ? sections(keys.get("sections"))
                : List.of(new SectionConfig("all", List.of("**"), portalFolder(repository, portalDir).map(f -> f + "/**").stream().toList()));
        String reportTitle = optionalString(keys, "reportTitle").orElse(DEFAULT_REPORT_TITLE);
        if (reportTitle.isBlank()) {
            // every report untitled, a list of links without text (an audit)
            throw error(keys.get("reportTitle"), "reportTitle is empty: every report would be untitled; leave it out for the default '"
                    + DEFAULT_REPORT_TITLE + "'");
        }
        java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("\\{([A-Za-z]+)}").matcher(reportTitle);
        while (placeholder.find()) {
            // a mistyped one would stay as written in every report's title
            if (!TITLE_PLACEHOLDERS.contains(placeholder.group(1))) {
                throw error(keys.get("reportTitle"), "reportTitle has no placeholder '{" + placeholder.group(1) + "}'"
                        + closest(placeholder.group(1), TITLE_PLACEHOLDERS).map(c -> " (did you mean '{" + c + "}'?)").orElse("")
                        + ": it takes {locale}, {section}, {date} and {label}");
            }
        }
        RangesConfig ranges = keys.containsKey("ranges") ? ranges(keys.get("ranges")) : RangesConfig.daily();
        Path output = portalDir.resolve(optionalString(keys, "output").orElse("public")).normalize();
        Path content = portalDir.resolve(optionalString(keys, "content").orElse("content")).normalize();
        // the folder of the reports: a file there is a mistake to tell now, not a failed write later (the output
        // folder's own checks, before a build writes it, tell such a file)
        if (Files.exists(content) && !Files.isDirectory(content)) {
            throw error(keys.get("content"), "content " + content + " is a file, not a folder");
        }
        Optional<Path> fileAbove = io.diffpress.FileNames.fileAbove(content);
        if (fileAbove.isPresent()) {
            throw error(keys.get("content"), "content " + content + " cannot be made: " + fileAbove.get() + " is a file, not a folder");
        }
        // generate writes reports and clears its own leftovers under content/, and build reads every .md there: a folder
        // holding the portal (or the whole disk) would take in site.yml's folder, the site and whatever else lies around
        Path absoluteContent = content.toAbsolutePath().normalize();
        Path absolutePortal = portalDir.toAbsolutePath().normalize();
        if (absolutePortal.startsWith(absoluteContent)) {
            String what = absoluteContent.getParent() == null ? "the file system's root"
                    : absoluteContent.equals(absolutePortal) ? "the portal's own folder" : "a folder that holds the portal";
            throw error(keys.get("content"), "content " + content + " is " + what + "; the reports need a folder of their own, such as content");
        }
        String theme = optionalString(keys, "theme").orElse("default");
        if (!SECTION_NAME.matcher(theme).matches()) {
            throw error(keys.get("theme"), "theme '" + theme + "' must be a folder name of lowercase letters, digits, '-' or '_'");
        }
        Path themeDir = portalDir.resolve("themes").resolve(theme);
        // only the built-in theme may be named without a folder: another name is a typo or a missing folder
        if (!theme.equals(BUILT_IN_THEME) && !Files.isDirectory(themeDir)) {
            throw error(keys.get("theme"), "theme '" + theme + "' has no folder " + themeDir
                    + "; the built-in theme is '" + BUILT_IN_THEME + "', or create that folder with the templates to override");
        }
        // the site's interface words need strings for the locale: built in, or the portal's theme's own
        if (!BUILT_IN_LOCALES.contains(locale) && !Files.isRegularFile(themeDir.resolve("i18n").resolve(locale + ".properties"))) {
            throw error(keys.get("locale"), "locale '" + locale + "' has no interface strings: diffpress has "
                    + String.join(", ", BUILT_IN_LOCALES) + " (report text in en_US and ja_JP; other locales get en_US text); "
                    + "for another locale add " + themeDir.resolve("i18n").resolve(locale + ".properties"));
        }
        int pageSize = positiveInt(keys, "pageSize", 20);
        int historyPageSize = positiveInt(keys, "historyPageSize", 100);
        String paginationName = optionalString(keys, "pagination").orElse(Pagination.NEWEST_FIRST.key());
        Pagination pagination = Pagination.of(paginationName).orElseThrow(() -> error(keys.get("pagination"),
                "unknown pagination '" + paginationName + "'" + suggestion(paginationName, Pagination.keys(), "supported")));
        int maxDiffLines = positiveInt(keys, "maxDiffLines", 5000);
        return new SiteConfig(file, portalDir, title, description, baseURL, locale, zone, repository, sections,
                reportTitle, ranges, output, content, theme, pageSize, historyPageSize, pagination, maxDiffLines, publishing(keys, baseURL),
                keys.containsKey("insight") ? insight(keys.get("insight"), portalDir, output, content) : InsightConfig.builtin(), where(keys.get("content")), where(keys.get("output")));
    }

    private InsightConfig insight(Node node, Path portalDir, Path output, Path content) {
        Map<String, Node> keys = keys(mapping(node, "insight"), INSIGHT_KEYS);
        String provider = optionalString(keys, "provider").orElse("builtin");
        if (!provider.equals("builtin") && !provider.equals("llm")) {
            throw error(keys.get("provider"), "insight.provider must be 'builtin' or 'llm', not '" + provider + "'");
        }
        if (keys.containsKey("llm") && !keys.containsKey("provider")) {
            // an llm block alone used to mean the built-in writer without a word (an audit): say which is meant
            throw error(keys.get("llm"), "insight.llm is set but insight.provider is not: add 'provider: llm' to have the"
                    + " language model write the texts, or 'provider: builtin' to keep the block unused");
        }
        if (provider.equals("builtin")) {
            if (keys.containsKey("llm")) {
                llm(keys.get("llm"), portalDir, output, content); // kept for later, and checked now: a mistake shows before it is switched on
            }
            return InsightConfig.builtin();
        }
        if (!keys.containsKey("llm")) {
            throw error(node, "insight.provider llm needs an 'llm' block with endpoint, model and apiKeyEnv");
        }
        return new InsightConfig("llm", Optional.of(llm(keys.get("llm"), portalDir, output, content)));
    }

    /** @param output and content: folders the cache must not be in (published, or read as reports) */
    private InsightConfig.Llm llm(Node llmNode, Path portalDir, Path output, Path content) {
        Map<String, Node> llm = keys(mapping(llmNode, "insight.llm"), LLM_KEYS);
        String api = optionalString(llm, "api").orElse("openai");
        if (!api.equals("openai") && !api.equals("azure")) {
            throw error(llm.get("api"), "insight.llm.api must be 'openai' or 'azure', not '" + api + "'");
        }
        String endpoint = requiredString(llm, "endpoint", llmNode);
        httpUrl(llm.get("endpoint"), "insight.llm.endpoint", endpoint);
        if (endpoint.contains("?") || endpoint.contains("#")) {
            throw error(llm.get("endpoint"), "insight.llm.endpoint must not have a query or fragment: /chat/completions is added"
                    + " to it (Azure's api-version goes in insight.llm.apiVersion)");
        }
        if (endpoint.replaceAll("/+$", "").endsWith("/chat/completions")) {
            throw error(llm.get("endpoint"), "insight.llm.endpoint ends in /chat/completions, which is added to it: give the"
                    + " base, e.g. https://api.openai.com/v1");
        }
        if (URI.create(endpoint).getRawUserInfo() != null) {
            // it would be shown in every message that names the endpoint; the key goes in the environment
            throw error(llm.get("endpoint"), "insight.llm.endpoint must not hold a user name or password (the key is read"
                    + " from the variable insight.llm.apiKeyEnv names)");
        }
        String model = requiredString(llm, "model", llmNode);
        String apiVersion = optionalString(llm, "apiVersion").orElse("");
        if (api.equals("azure") && apiVersion.isBlank()) {
            throw error(llmNode, "insight.llm.apiVersion is required for Azure OpenAI (e.g. 2024-10-21)");
        }
        String keyEnv = requiredString(llm, "apiKeyEnv", llmNode);
        if (!keyEnv.matches("[A-Za-z_][A-Za-z0-9_]*") || looksLikeKey(keyEnv)) {
            throw error(llm.get("apiKeyEnv"), "insight.llm.apiKeyEnv names an environment variable (like OPENAI_API_KEY), "
                    + "never the key itself");
        }
        int timeout = positiveInt(llm, "timeoutSeconds", "insight.llm.timeoutSeconds", 60);
        int parallel = positiveInt(llm, "maxParallel", "insight.llm.maxParallel", 4);
        Path cache = portalDir.resolve(optionalString(llm, "cache").orElse(".diffpress/llm-cache")).normalize();
        if (cache.equals(portalDir.normalize()) || Files.isRegularFile(cache)) {
            // "" filled the portal folder itself with answer files; a file cannot hold them (an audit)
            throw error(llm.get("cache"), "insight.llm.cache names " + (Files.isRegularFile(cache) ? "the file " + cache
                    : "the portal folder itself") + ": give a folder of its own, e.g. .diffpress/llm-cache");
        }
        Map<Path, String> notInside = new java.util.LinkedHashMap<>();
        notInside.put(output, "the output folder " + output + ", which is replaced on every build and published with the site");
        notInside.put(content, "the content folder " + content + ", which holds the reports");
        notInside.put(portalDir.resolve("themes").normalize(), "the themes folder, whose files are copied into the site");
        notInside.forEach((folder, what) -> {
            if (cache.startsWith(folder)) {
                throw error(llm.get("cache"), "insight.llm.cache " + cache + " is inside " + what
                        + ": give a folder of its own, e.g. .diffpress/llm-cache");
            }
        });
        Optional<Path> prompts = optionalString(llm, "prompts").map(p -> portalDir.resolve(p).normalize());
        if (prompts.isPresent() && !Files.isDirectory(prompts.get())) {
            throw error(llm.get("prompts"), "insight.llm.prompts names the folder " + prompts.get() + ", which "
                    + (Files.exists(prompts.get()) ? "is a file" : "does not exist")
                    + " (it holds system.txt, user.txt and retry.txt to use instead of the built-in prompts)");
        }
        return new InsightConfig.Llm(api, endpoint.replaceAll("/+$", ""), model,
                apiVersion, keyEnv, timeout, parallel, cache, prompts, where(llm.get("apiKeyEnv")));
    }

    private PublishingConfig publishing(Map<String, Node> keys, URI baseURL) {
        String permalinks = optionalString(keys, "permalinks").orElse(PublishingConfig.DEFAULT_PERMALINKS);
        if (!validPermalinks(permalinks)) {
            throw error(keys.get("permalinks"), "permalinks '" + permalinks + "' must be folders, each ending in '/', made of {path}, "
                    + "{section}, {year}, {month}, {day}, {slug} and lowercase letters, digits, '-', '_' or '.', with at least one of "
                    + "those names in all (e.g. {section}/{year}/{month}/{day}/ or reports/{year}-{month}-{day}/)");
        }
        Optional<String> docs = optionalString(keys, "docsBaseURL").map(v -> {
            URI uri = httpUrl(keys.get("docsBaseURL"), "docsBaseURL", v);
            return v.endsWith("/") ? v.substring(0, v.length() - 1) : uri.toString();
        });
        Optional<String> cname = optionalString(keys, "cname");
        if (cname.isPresent() && !HOST.matcher(cname.get()).matches()) {
            throw error(keys.get("cname"), "cname '" + cname.get() + "' is not a host name like docs.example.com");
        }
        // with a custom domain GitHub Pages serves the site at the domain's root: links made for another address break there
        if (cname.isPresent() && (!cname.get().equalsIgnoreCase(baseURL.getHost()) || !"/".equals(baseURL.getRawPath()))) {
            throw error(keys.get("cname"), "cname '" + cname.get() + "' makes GitHub Pages serve the site at https://" + cname.get()
                    + "/, but baseURL is " + baseURL + ", which every link and feed is made for; set baseURL: https://"
                    + cname.get() + "/ (or remove cname)");
        }
        int feedSize = 20;
        boolean full = false;
        if (keys.containsKey("feeds")) {
            Map<String, Node> feeds = keys(mapping(keys.get("feeds"), "feeds"), FEED_KEYS);
            feedSize = positiveInt(feeds, "size", "feeds.size", 20);
            String contentMode = optionalString(feeds, "content").orElse("summary");
            if (!contentMode.equals("summary") && !contentMode.equals("full")) {
                throw error(feeds.get("content"), "feeds.content must be 'summary' or 'full', not '" + contentMode + "'");
            }
            full = contentMode.equals("full");
        }
        long partBytes = PublishingConfig.DEFAULT_SEARCH_PART_BYTES;
        if (keys.containsKey("search")) {
            Map<String, Node> search = keys(mapping(keys.get("search"), "search"), SEARCH_KEYS);
            partBytes = positiveInt(search, "maxPartBytes", "search.maxPartBytes", (int) PublishingConfig.DEFAULT_SEARCH_PART_BYTES);
            if (partBytes < 10_000) {
                throw error(search.get("maxPartBytes"), "search.maxPartBytes must be at least 10000");
            }
        }
        return new PublishingConfig(permalinks, docs, cname, feedSize, full, partBytes);
    }

    /** java.net.URI takes any number as a port: one out of range would be published in every link. */
    private void checkPort(Node node, String key, String value, URI uri) {
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw error(node, key + " '" + value + "' is not a valid URL (port " + uri.getPort() + " is not 1 to 65535)");
        }
    }

    private URI httpUrl(Node node, String key, String value) {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw error(node, key + " '" + value + "' must be an absolute http(s) URL");
            }
            checkPort(node, key, value, uri);
            return uri;
        } catch (URISyntaxException e) {
            // "127.0.0.1:8080/v1" reads as a scheme "127.0.0.1": say what is missing
            String hint = value.contains("://") ? "" : "; it needs http:// or https:// in front";
            throw error(node, key + " '" + value + "' is not a valid URL (" + e.getReason() + ")" + hint);
        }
    }

    private Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        try (Reader reader = new StringReader(text)) {
            return new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw located(mark, "malformed YAML: " + problem.trim() + YamlProblems.unclosedQuoteHint(text, mark == null ? 1 : mark.getLine() + 1));
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            throw DiffpressException.input(Stage.CONFIG, file + ":" + YamlProblems.lineAt(text, e.getPosition()) + ": malformed YAML: "
                    + YamlProblems.unprintable(e.getCodePoint()));
        } catch (YAMLException e) {
            throw DiffpressException.input(Stage.CONFIG, file + ": malformed YAML: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private RepositoryConfig repository(Node node, Path portalDir) {
        MappingNode map = mapping(node, "repository");
        Map<String, Node> keys = keys(map, REPOSITORY_KEYS);
        Path path = portalDir.resolve(optionalString(keys, "path").orElse(".")).normalize();
        String branch = optionalString(keys, "branch").orElse("HEAD");
        Optional<String> compare = optionalString(keys, "compareUrl");
        if (compare.isPresent()) {
            String template = compare.get();
            if (!template.contains("{base}") || !template.contains("{head}")) {
                throw error(keys.get("compareUrl"), "compareUrl must contain both {base} and {head}");
            }
            if (!template.startsWith("https://") && !template.startsWith("http://")) {
                throw error(keys.get("compareUrl"), "compareUrl must be an http(s) URL");
            }
        }
        String missing = optionalString(keys, "missingObjects").orElse("fail");
        if (!missing.equals("fail") && !missing.equals("skip")) {
            throw error(keys.get("missingObjects"), "repository.missingObjects must be 'fail' or 'skip', not '" + missing + "'");
        }
        return new RepositoryConfig(path, branch, compare, missing.equals("skip"), where(keys.get("path")), where(keys.get("branch")));
    }

    private List<SectionConfig> sections(Node node) {
        MappingNode map = mapping(node, "sections");
        List<SectionConfig> sections = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            String name = scalar(tuple.getKeyNode(), "a section name");
            if (!SECTION_NAME.matcher(name).matches()) {
                throw error(tuple.getKeyNode(), "section name '" + name + "' must be lowercase letters, digits, '-' or '_' (it becomes part of URLs)");
            }
            Node value = tuple.getValueNode();
            if (value instanceof MappingNode sectionMap) {
                Map<String, Node> keys = keys(sectionMap, SECTION_KEYS);
                if (!keys.containsKey("include")) {
                    throw error(value, "section '" + name + "' needs 'include' globs");
                }
                sections.add(new SectionConfig(name, includeGlobs(name, keys.get("include")),
                        keys.containsKey("exclude") ? globs(keys.get("exclude")) : List.of(), where(tuple.getKeyNode())));
            } else {
                sections.add(new SectionConfig(name, includeGlobs(name, value), List.of(), where(tuple.getKeyNode())));
            }
        }
        if (sections.isEmpty()) {
            throw error(node, "sections is empty; remove it to report on the whole repository");
        }
        return sections;
    }

    /** A section's include globs: at least one, as a section that can match no file would only ever be empty. */
    private List<String> includeGlobs(String section, Node node) {
        List<String> globs = globs(node);
        if (globs.isEmpty()) {
            throw error(node, "section '" + section + "' has an empty list of include globs: it would match no file");
        }
        return globs;
    }

    private List<String> globs(Node node) {
        List<String> globs = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                globs.add(glob(item));
            }
        } else {
            globs.add(glob(node));
        }
        return globs;
    }

    private String glob(Node node) {
        String glob = scalar(node, "a path glob");
        if (glob.isBlank() || glob.startsWith("/")) {
            throw error(node, "path glob '" + glob + "' must be relative to the repository root, like articles/**");
        }
        // the matcher would close it at the end: "docs/{a.md,b.md" would quietly match "docs/a.md" (an audit)
        if (SectionConfig.unclosedBraces(glob) > 0) {
            throw error(node, "path glob '" + glob + "' has a '{' that is never closed ({a,b} lists alternatives)");
        }
        return glob;
    }

    private RangesConfig ranges(Node node) {
        MappingNode map = mapping(node, "ranges");
        Map<String, Node> keys = keys(map, RANGES_KEYS);
        String strategy = optionalString(keys, "strategy").orElse("daily");
        if (!STRATEGIES.contains(strategy)) {
            throw error(keys.get("strategy"), "unknown ranges.strategy '" + strategy + "'" + suggestion(strategy, STRATEGIES, "supported"));
        }
        String tags = optionalString(keys, "tags").orElse("*");
        boolean fromRoot = keys.containsKey("fromRoot") && bool(keys.get("fromRoot"), "ranges.fromRoot");
        List<String> list = new ArrayList<>();
        List<String> listAt = new ArrayList<>();
        if (keys.containsKey("list")) {
            Node listNode = keys.get("list");
            if (!(listNode instanceof SequenceNode seq)) {
                throw error(listNode, "ranges.list must be a list of ranges like v1.0...v1.1");
            }
            for (Node item : seq.getValue()) {
                String range = scalar(item, "a range");
                if (!range.contains("..") || range.startsWith(".") || range.endsWith(".")) {
                    throw error(item, "range '" + range + "' must look like BASE...HEAD or BASE..HEAD");
                }
                list.add(range);
                listAt.add(where(item));
            }
        }
        if (strategy.equals("explicit") && list.isEmpty()) {
            throw error(node, "ranges.strategy explicit needs ranges.list, e.g. list: [v1.0...v1.1]");
        }
        if (!strategy.equals("explicit") && !list.isEmpty()) {
            throw error(keys.get("list"), "ranges.list is only used with strategy: explicit");
        }
        // like list: a key of another strategy would be silently without effect
        for (String key : List.of("tags", "fromRoot")) {
            if (!strategy.equals("tags") && keys.containsKey(key)) {
                throw error(keys.get(key), "ranges." + key + " is only used with strategy: tags");
            }
        }
        Optional<String> since = bound(keys, "since");
        Optional<String> until = bound(keys, "until");
        if (since.isPresent() && until.isPresent() && isDate(since.get()) && isDate(until.get())
                && LocalDate.parse(since.get()).isAfter(LocalDate.parse(until.get()))) {
            throw error(keys.get("since"), "ranges.since " + since.get() + " is after ranges.until " + until.get()
                    + ": no range could be reported");
        }
        return new RangesConfig(strategy, since, until, tags, fromRoot, list, where(keys.get("since")), where(keys.get("until")), listAt);
    }

    private static boolean isDate(String bound) {
        return bound.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    /** A bound is an ISO date or a revision (tag, branch, commit); revisions are checked against the repository later. */
    private Optional<String> bound(Map<String, Node> keys, String key) {
        Optional<String> value = optionalString(keys, key);
        value.ifPresent(v -> {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    LocalDate.parse(v);
                } catch (DateTimeException e) {
                    throw error(keys.get(key), "ranges." + key + " '" + v + "' is not a valid date");
                }
            } else if (v.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = v.split("-");
                throw error(keys.get(key), "ranges." + key + " '" + v + "' is a date with too few digits: write it as YYYY-MM-DD, like "
                        + p[0] + "-" + (p[1].length() == 1 ? "0" : "") + p[1] + "-" + (p[2].length() == 1 ? "0" : "") + p[2]
                        + " (to name a tag called so, write refs/tags/" + v + ")");
            } else if (v.isBlank() || v.contains("..") || v.chars().anyMatch(c -> c <= ' ' || c == ':')) {
                throw error(keys.get(key), "ranges." + key + " '" + v + "' is neither a date like 2025-06-21 nor a tag, branch or commit");
            }
        });
        return value;
    }

    private boolean bool(Node node, String what) {
        String value = scalar(node, what);
        if (value.equals("true") || value.equals("false")) {
            return value.equals("true");
        }
        throw error(node, what + " must be true or false, not '" + value + "'");
    }

    /**
     * Whether a permalinks pattern is folders ending in '/', each of names and URL-safe characters, a literal one with
     * a letter or digit (no "." or ".." folder), and at least one name in all (a pattern of literals alone would give
     * every report one page).
     */
    static boolean validPermalinks(String pattern) {
        if (!pattern.endsWith("/") || pattern.startsWith("/") || !pattern.contains("{")) {
            return false;
        }
        for (String folder : pattern.substring(0, pattern.length() - 1).split("/", -1)) {
            if (!PERMALINK_FOLDER.matcher(folder).matches() || (!folder.contains("{") && !folder.matches(".*[a-z0-9].*"))) {
                return false;
            }
        }
        return true;
    }

    private URI baseURL(Node node) {
        String value = scalar(node, "baseURL");
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw error(node, "baseURL '" + value + "' must be an absolute http(s) URL such as https://OWNER.github.io/REPO/");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                // the site's address: every link is made from it, and a query or fragment would end up in each (an audit
                // found the message above said nothing of what was wrong with such a URL)
                throw error(node, "baseURL '" + value + "' must not have a " + (uri.getRawQuery() != null ? "query ('?" + uri.getRawQuery() + "')"
                        : "fragment ('#" + uri.getRawFragment() + "')") + ": it is the site's address, such as https://OWNER.github.io/REPO/");
            }
            checkPort(node, "baseURL", value, uri);
            if (uri.getRawUserInfo() != null) {
                // every page, feed and the sitemap would publish them
                throw error(node, "baseURL '" + value.replace(uri.getRawUserInfo() + "@", "…@")
                        + "' must not hold a user name or password: every page and feed of the site would publish it");
            }
            // written percent-encoded in every page, feed and sitemap ("/文書/" as "/%E6%96%87%E6%9B%B8/"), as the
            // pages' own segments are: the sitemap protocol asks for escaped URLs
            return new URI((value.endsWith("/") ? uri : new URI(value + "/")).toASCIIString());
        } catch (URISyntaxException e) {
            throw error(node, "baseURL '" + value + "' is not a valid URL (" + e.getReason() + ")");
        }
    }

    private ZoneId zone(Node node) {
        if (node == null) {
            return ZoneId.of("UTC");
        }
        String value = scalar(node, "timeZone");
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            String abbreviation = ZoneId.SHORT_IDS.keySet().stream().filter(k -> k.equalsIgnoreCase(value)).findFirst().orElse(null);
            if (abbreviation != null) {
                // EST, PST, JST…: Java reads them only through a table, and EST has no daylight saving time where it is used
                throw error(node, "timeZone '" + value + "' is an abbreviation; write the region's name (like America/New_York"
                        + " or Asia/Tokyo) or a fixed offset (" + abbreviation + " is " + ZoneId.SHORT_IDS.get(abbreviation) + ")");
            }
            if (value.isBlank()) {
                throw error(node, "timeZone is empty: leave it out for UTC, or write a region's name such as Europe/Paris");
            }
            throw error(node, "timeZone '" + value + "' is not a time zone" + closest(value, ZoneId.getAvailableZoneIds())
                    .map(best -> " (did you mean '" + best + "'?)").orElse("; use a name like UTC, Europe/Paris or America/Los_Angeles"));
        }
    }

    private int positiveInt(Map<String, Node> keys, String key, int fallback) {
        return positiveInt(keys, key, key, fallback);
    }

    /** The whole number at {@code key}, named in errors as {@code name} (its path from the top of site.yml). */
    private int positiveInt(Map<String, Node> keys, String key, String name, int fallback) {
        Node node = keys.get(key);
        if (node == null) {
            return fallback;
        }
        String value = scalar(node, name);
        if (value.matches("\\+?[0-9]+") && new java.math.BigInteger(value.replace("+", "")).bitLength() > 31) {
            throw error(node, name + " is too large: " + value + " (at most " + Integer.MAX_VALUE + ")");
        }
        try {
            int n = Integer.parseInt(value);
            if (n <= 0) {
                throw error(node, name + " must be a positive whole number, not " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(node, name + " must be a positive whole number, not '" + value + "'");
        }
    }

    private Map<String, Node> keys(MappingNode map, Set<String> allowed) {
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (!allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown key '" + key + "'" + suggestion(key, allowed));
            }
            if (keys.containsKey(key)) {
                throw error(tuple.getKeyNode(), "duplicate key '" + key + "' (it is also on line "
                        + (keys.get(key).getStartMark().getLine() + 1) + ")");
            }
            keys.put(key, tuple.getValueNode());
        }
        return keys;
    }

    private Node requiredNode(Map<String, Node> keys, String key, Node parent) {
        Node node = keys.get(key);
        if (node == null) {
            throw error(parent, "missing required key '" + key + "'");
        }
        return node;
    }

    private String requiredString(Map<String, Node> keys, String key, Node parent) {
        String value = scalar(requiredNode(keys, key, parent), key);
        if (value.isBlank()) {
            throw error(keys.get(key), key + " must not be empty");
        }
        return value;
    }

    private Optional<String> optionalString(Map<String, Node> keys, String key) {
        Node node = keys.get(key);
        return node == null ? Optional.empty() : Optional.of(scalar(node, key));
    }

    private MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode map) {
            return map;
        }
        throw error(node, what + " must be a mapping of keys to values, not " + describe(node));
    }

    private String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            String tag = scalar.getTag().getValue();
            if (tag.endsWith(":null")) {
                throw error(node, what + " has no value");
            }
            return scalar.getValue();
        }
        throw error(node, what + " must be a single value, not " + describe(node));
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "a single value";
    }

    /** " (did you mean 'x'?)" for the closest allowed word within a small edit distance, else "". */
    static String suggestion(String word, Set<String> allowed) {
        return suggestion(word, allowed, "valid keys");
    }

    /** As {@link #suggestion(String, Set)}, the list of allowed words introduced by {@code what}. */
    static String suggestion(String word, Set<String> allowed, String what) {
        return closest(word, allowed).map(best -> " (did you mean '" + best + "'?)")
                .orElse(" (" + what + ": " + String.join(", ", allowed.stream().sorted().toList()) + ")");
    }

    /** The allowed word a mistyped one most likely meant: the nearest, ignoring case, within a small edit distance. */
    public static Optional<String> closest(String word, java.util.Collection<String> allowed) {
        Optional<String> best = allowed.stream()
                .min(Comparator.comparingInt((String a) -> distance(word.toLowerCase(), a.toLowerCase())).thenComparing(a -> a));
        return best.filter(b -> distance(word.toLowerCase(), b.toLowerCase()) <= Math.max(2, word.length() / 3));
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** "site.yml:6:9" for a value's node, "" for a value left to its default. */
    private String where(Node node) {
        return node == null ? "" : where(node.getStartMark());
    }

    private String where(Mark mark) {
        return file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    private DiffpressException error(Node node, String message) {
        return located(node == null ? null : node.getStartMark(), message);
    }

    private DiffpressException located(Mark mark, String message) {
        return DiffpressException.input(Stage.CONFIG, (mark == null ? file.toString() : where(mark)) + ": " + message);
    }
}
