package io.diffpress.config;

import io.diffpress.DiffpressException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private static final String MINIMAL = "title: Docs\nbaseURL: https://o.github.io/r/\n";

    private SiteConfig parse(String yaml) {
        return ConfigLoader.parse(dir.resolve("site.yml"), yaml);
    }

    private String error(String yaml) {
        DiffpressException e = assertThrows(DiffpressException.class, () -> parse(yaml));
        assertEquals(DiffpressException.Kind.INPUT, e.kind());
        return e.userMessage();
    }

    @Test
    void permalinksMayHaveLiteralFoldersAndSeveralNamesInAFolder() {
        for (String ok : new String[]{"{path}/", "reports/{path}/", "r/{section}/{slug}/", "{section}/{year}-{month}-{day}/",
            "{year}{month}/v1.{slug}/", "a_b/{slug}/c/"}) {
            assertTrue(ConfigLoader.validPermalinks(ok), ok);
        }
        for (String bad : new String[]{"reports/", "../{slug}/", "./{slug}/", "{slug}", "/{slug}/", "{slug}//", "Reports/{slug}/",
            "{slug}/../", "{unknown}/", "{slug}/-/"}) {
            assertFalse(ConfigLoader.validPermalinks(bad), bad);
        }
        assertTrue(error(MINIMAL + "permalinks: 'reports/'\n").contains("with at least one of those names in all"));
    }

    /** The reports' folder is walked, written and cleaned: never the portal's own folder, one above it, or the disk's root. */
    @Test
    void contentIsAFolderOfItsOwn() {
        assertTrue(error(MINIMAL + "content: .\n").contains("is the portal's own folder"), error(MINIMAL + "content: .\n"));
        String above = error(MINIMAL + "content: ..\n");
        assertTrue(above.contains("site.yml:3") && above.contains("a folder that holds the portal"), above);
        assertTrue(error(MINIMAL + "content: /\n").contains("the file system's root"));
        assertEquals(dir.resolve("../reports").normalize(), parse(MINIMAL + "content: ../reports\n").content(), "a folder beside the portal is fine");
    }

    /** GitHub Pages serves a site with a custom domain at that domain's root: a baseURL elsewhere breaks every link. */
    @Test
    void cnameMustBeTheBaseUrlsHostAtItsRoot() {
        String subpath = error(MINIMAL + "cname: docs.example.com\n");
        assertTrue(subpath.contains("site.yml:3"), subpath);
        assertTrue(subpath.contains("set baseURL: https://docs.example.com/"), subpath);
        assertTrue(error("title: Docs\nbaseURL: https://docs.example.com/r/\ncname: docs.example.com\n").contains("baseURL is https://docs.example.com/r/"));
        assertTrue(error("title: Docs\nbaseURL: https://other.example.com/\ncname: docs.example.com\n").contains("cname 'docs.example.com'"));
        assertEquals(java.util.Optional.of("Docs.Example.com"),
                parse("title: Docs\nbaseURL: https://docs.example.com/\ncname: Docs.Example.com\n").publishing().cname());
    }

    @Test
    void fullConfigBecomesRecords() {
        SiteConfig config = parse("""
                title: Azure AI docs changes
                description: Daily
                baseURL: https://owner.github.io/repo
                locale: ja_JP
                timeZone: Asia/Tokyo
                repository:
                  path: ../docs
                  branch: origin/main
                  compareUrl: https://github.com/o/r/compare/{base}...{head}
                sections:
                  openai: articles/ai-services/openai/**
                  speech:
                    include: [articles/speech/**]
                    exclude: ["**/includes/**"]
                reportTitle: "[{locale}] Diff Insight Report - {section}"
                ranges:
                  strategy: daily
                  since: 2025-01-01
                output: site
                pageSize: 5
                historyPageSize: 50
                """);
        assertEquals("Azure AI docs changes", config.title());
        assertEquals("https://owner.github.io/repo/", config.baseURL().toString());
        // written percent-encoded, as the sitemap protocol asks and the pages' own segments are
        SiteConfig japanese = parse("title: Docs\nbaseURL: https://example.org/ドキュメント/a%20b\n");
        assertEquals("https://example.org/%E3%83%89%E3%82%AD%E3%83%A5%E3%83%A1%E3%83%B3%E3%83%88/a%20b/", japanese.baseURL().toString());
        assertEquals("/%E3%83%89%E3%82%AD%E3%83%A5%E3%83%A1%E3%83%B3%E3%83%88/a%20b/", japanese.basePath());
        assertEquals("/repo/", config.basePath());
        assertEquals(ZoneId.of("Asia/Tokyo"), config.timeZone());
        assertEquals(dir.getParent().resolve("docs"), config.repository().orElseThrow().path());
        assertEquals("origin/main", config.repository().orElseThrow().branch());
        assertEquals("https://github.com/o/r/compare/a1...b2", config.repository().orElseThrow().compareUrl("a1", "b2").orElseThrow());
        assertEquals(2, config.sections().size());
        SectionConfig speech = config.sections().get(1);
        assertTrue(speech.matches("articles/speech/a.md"));
        assertFalse(speech.matches("articles/speech/includes/a.md"));
        assertTrue(speech.matches("articles/speech/new\nline.md"), "a name with a newline is still in its section");
        assertTrue(new SectionConfig("all", List.of("**"), List.of()).matches("a/b\nc/d.md"));
        assertTrue(config.sections().get(0).matches("articles/ai-services/openai/concepts/model-retirements.md"));
        assertFalse(config.sections().get(0).matches("articles/ai-services/speech/x.md"));
        assertEquals("2025-01-01", config.ranges().since().orElseThrow());
        assertEquals(dir.resolve("site"), config.output());
        assertEquals(5, config.pageSize());
        assertEquals(50, config.historyPageSize());
    }

    @Test
    void defaultsFillTheRest() {
        SiteConfig config = parse(MINIMAL);
        assertEquals("en_US", config.locale());
        assertEquals(ZoneId.of("UTC"), config.timeZone());
        assertTrue(config.repository().isEmpty());
        assertEquals("all", config.sections().get(0).name());
        assertEquals(dir.resolve("public"), config.output());
        assertEquals(dir.resolve("content"), config.content());
        assertEquals("[{locale}] Diff Insight Report - {section}", config.reportTitle());
        assertEquals(20, config.pageSize());
        assertEquals(100, config.historyPageSize());
    }

    /**
     * A portal without sections reports the whole repository as "all", less the portal's own folder inside it (its reports
     * and jar were reported as changes: an audit); a portal beside the repository, or at its root, leaves nothing out.
     */
    @Test
    void theAllSectionLeavesThePortalsFolderOut() {
        SiteConfig inside = ConfigLoader.parse(dir.resolve("docs/changelog/site.yml"), MINIMAL + "repository:\n  path: ../..\n");
        assertEquals(List.of("docs/changelog/**"), inside.sections().get(0).exclude());
        assertFalse(inside.sections().get(0).matches("docs/changelog/content/all/2025-06-21.md"));
        assertTrue(inside.sections().get(0).matches("docs/index.md"));
        SiteConfig beside = ConfigLoader.parse(dir.resolve("portal/site.yml"), MINIMAL + "repository:\n  path: ../repo\n");
        assertEquals(List.of(), beside.sections().get(0).exclude());
        SiteConfig root = ConfigLoader.parse(dir.resolve("site.yml"), MINIMAL + "repository:\n  path: .\n");
        assertEquals(List.of(), root.sections().get(0).exclude());
    }

    @Test
    void malformedYamlNamesLineAndColumn() {
        String message = error("title: Docs\nbaseURL: https://x.io/\nsections: [a, b\n");
        assertTrue(message.matches("config: .*site\\.yml:\\d+:\\d+: malformed YAML: .*"), message);
    }

    @Test
    void unknownKeySuggestsTheClosest() {
        String message = error(MINIMAL + "timezone: UTC\n");
        assertTrue(message.contains("site.yml:3:1: unknown key 'timezone' (did you mean 'timeZone'?)"), message);
        String nested = error(MINIMAL + "repository:\n  brnch: main\n");
        assertTrue(nested.contains("site.yml:4:3: unknown key 'brnch' (did you mean 'branch'?)"), nested);
    }

    @Test
    void wrongTypesAreNamed() {
        assertTrue(error("title: [a, b]\nbaseURL: https://x.io/\n").contains("site.yml:1:8: title must be a single value, not a list"));
        assertTrue(error(MINIMAL + "repository: here\n").contains("repository must be a mapping"));
        assertTrue(error(MINIMAL + "pageSize: many\n").contains("site.yml:3:11: pageSize must be a positive whole number"));
        assertTrue(error(MINIMAL + "pageSize: 0\n").contains("pageSize must be a positive whole number"));
        assertTrue(error(MINIMAL + "historyPageSize: -3\n").contains("site.yml:3:18: historyPageSize must be a positive whole number"));
    }

    @Test
    void badValuesAreRefused() {
        assertTrue(error("title: Docs\nbaseURL: /docs/\n").contains("site.yml:2:10: baseURL '/docs/' must be an absolute http(s) URL"));
        assertTrue(error("title: Docs\nbaseURL: 'https://exa mple.com/'\n").contains("is not a valid URL"));
        assertTrue(error("title: Docs\nbaseURL: 'http://example.com:99999/docs/'\n").contains(
            "site.yml:2:10: baseURL 'http://example.com:99999/docs/' is not a valid URL (port 99999 is not 1 to 65535)"));
        assertTrue(error(MINIMAL + "docsBaseURL: 'https://learn.example:0/'\n").contains("(port 0 is not 1 to 65535)"));
        assertEquals(8080, parse("title: Docs\nbaseURL: 'http://localhost:8080/docs/'\n").baseURL().getPort());
        String brace = error(MINIMAL + "sections:\n  docs:\n    include: ['docs/{a1.md,a2.md']\n");
        assertTrue(brace.contains("site.yml:5:15: path glob 'docs/{a1.md,a2.md' has a '{' that is never closed"), brace);
        assertTrue(error(MINIMAL + "sections:\n  docs:\n    include: ['docs/**']\n    exclude: ['docs/{a2.md']\n")
            .contains("path glob 'docs/{a2.md' has a '{' that is never closed"));
        assertEquals(List.of("docs/a}.md", "docs/{a,b}/**"), parse(MINIMAL + "sections:\n  docs: ['docs/a}.md', 'docs/{a,b}/**']\n")
            .sections().get(0).include(), "a '}' alone is a character of a name");
        String credentials = error("title: Docs\nbaseURL: 'https://user:pw@a.b/'\n");
        assertTrue(credentials.contains("site.yml:2:10: baseURL 'https://…@a.b/' must not hold a user name or password"), credentials);
        assertFalse(credentials.contains("pw"), "the password is not repeated in the message: " + credentials);
        assertTrue(error(MINIMAL + "timeZone: Mars/Olympus\n").contains("site.yml:3:11: timeZone 'Mars/Olympus' is not a time zone"));
        assertTrue(error(MINIMAL + "timeZone: utc\n").contains("timeZone 'utc' is not a time zone (did you mean 'UTC'?)"));
        assertTrue(error(MINIMAL + "timeZone: europe/pariss\n").contains("(did you mean 'Europe/Paris'?)"));
        String est = error(MINIMAL + "timeZone: EST\n");
        assertTrue(est.contains("timeZone 'EST' is an abbreviation; write the region's name (like America/New_York or Asia/Tokyo)"
                + " or a fixed offset (EST is -05:00)"), est);
        assertTrue(error(MINIMAL + "ranges:\n  since: '2025-1-5'\n").contains(
                "ranges.since '2025-1-5' is a date with too few digits: write it as YYYY-MM-DD, like 2025-01-05"));
        assertTrue(error(MINIMAL + "pageSize: 99999999999\n").contains("site.yml:3:11: pageSize is too large: 99999999999 (at most 2147483647)"));
        assertTrue(error(MINIMAL + "feeds:\n  size: -1\n").contains("site.yml:4:9: feeds.size must be a positive whole number, not -1"));
        assertTrue(error(MINIMAL + "locale: english\n").contains("locale 'english' is not of the form en_US, ja_JP or zh_CN"));
        assertTrue(error(MINIMAL + "locale: en_us\n").endsWith("locale 'en_us' is not of the form en_US, ja_JP or zh_CN (did you mean 'en_US'?)"),
                error(MINIMAL + "locale: en_us\n"));
        assertTrue(error(MINIMAL + "locale: ja-JP\n").endsWith("(did you mean 'ja_JP'?)"));
        assertTrue(error(MINIMAL + "ranges:\n  strategy: dayly\n").contains("unknown ranges.strategy 'dayly' (did you mean 'daily'?)"));
        assertTrue(error(MINIMAL + "ranges:\n  since: 2025-13-01\n").contains("ranges.since '2025-13-01' is not a valid date"));
        assertTrue(error(MINIMAL + "ranges:\n  strategy: explicit\n").contains("needs ranges.list"));
        assertTrue(error(MINIMAL + "ranges:\n  strategy: explicit\n  list: [main]\n").contains("range 'main' must look like BASE...HEAD"));
        assertTrue(error(MINIMAL + "repository:\n  compareUrl: https://x/{base}\n").contains("compareUrl must contain both {base} and {head}"));
        assertTrue(error(MINIMAL + "sections:\n  Bad Name: x/**\n").contains("section name 'Bad Name'"));
        assertTrue(error(MINIMAL + "sections:\n  a: /abs/**\n").contains("must be relative to the repository root"));
        // an empty include list matches no file: said where it stands, as a missing one is
        assertTrue(error(MINIMAL + "sections:\n  docs: []\n").contains(
                "site.yml:4:9: section 'docs' has an empty list of include globs: it would match no file"));
        assertTrue(error(MINIMAL + "sections:\n  docs:\n    include: []\n").contains(
                "site.yml:5:14: section 'docs' has an empty list of include globs"));
        assertTrue(error(MINIMAL + "sections:\n  other:\n    exclude: ['**']\n").contains("section 'other' needs 'include' globs"));
        assertEquals(List.of(), parse(MINIMAL + "sections:\n  docs:\n    include: [a/**]\n    exclude: []\n").sections().get(0).exclude(),
                "an empty exclude list excludes nothing");
        assertTrue(error(MINIMAL + "theme: ../evil\n").contains("theme '../evil'"));
        assertTrue(error(MINIMAL + "pagination: stabel\n").contains("site.yml:3:13: unknown pagination 'stabel' (did you mean 'stable'?)"));
        String oldest = error(MINIMAL + "pagination: oldest\n");
        assertTrue(oldest.contains("unknown pagination 'oldest' (supported: newest-first, stable)"), oldest);
        assertEquals(io.diffpress.config.Pagination.NEWEST_FIRST, parse(MINIMAL).pagination(), "the default");
        assertEquals(io.diffpress.config.Pagination.STABLE, parse(MINIMAL + "pagination: stable\n").pagination());
        assertTrue(error(MINIMAL + "ranges:\n  strategy: weekly\n  fromRoot: true\n")
                .contains("site.yml:5:13: ranges.fromRoot is only used with strategy: tags"));
        assertTrue(error(MINIMAL + "ranges:\n  tags: 'v*'\n").contains("site.yml:4:9: ranges.tags is only used with strategy: tags"),
                "daily, the default strategy, has no tags");
        assertTrue(parse(MINIMAL + "ranges:\n  strategy: tags\n  tags: 'v*'\n  fromRoot: true\n").ranges().fromRoot());
        String hourly = error(MINIMAL + "ranges:\n  strategy: hourly\n");
        assertTrue(hourly.contains("unknown ranges.strategy 'hourly' (supported: commits, daily,") && !hourly.contains("valid keys"), hourly);
        assertTrue(error(MINIMAL + "ranges:\n  since: 2025-01-20\n  until: 2025-01-13\n")
                .contains("site.yml:4:10: ranges.since 2025-01-20 is after ranges.until 2025-01-13"));
        assertEquals("2025-01-13", parse(MINIMAL + "ranges:\n  since: 2025-01-13\n  until: 2025-01-13\n").ranges().since().orElseThrow(),
                "one day is a valid span");
    }

    @Test
    void theContentFolderIsNoFile() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "a file\n");
        assertTrue(error(MINIMAL + "content: notes.txt\n").contains("site.yml:3:10: content " + dir.resolve("notes.txt")
                + " is a file, not a folder"));
        assertEquals(dir.resolve("reports"), parse(MINIMAL + "content: reports\n").content(), "a folder not made yet is fine");
        // nor is there a file above it, where no folder can be made (an audit: found only when generate wrote)
        assertTrue(error(MINIMAL + "content: notes.txt/reports\n").contains("site.yml:3:10: content " + dir.resolve("notes.txt/reports")
                + " cannot be made: " + dir.resolve("notes.txt") + " is a file, not a folder"));
    }

    @Test
    void aLocaleNeedsInterfaceStringsAndAThemeNeedsItsFolder() throws Exception {
        for (String locale : List.of("en_US", "ja_JP", "zh_CN")) {
            assertEquals(locale, parse(MINIMAL + "locale: " + locale + "\n").locale());
        }
        String french = error(MINIMAL + "locale: fr_FR\n");
        assertTrue(french.contains("site.yml:3:9: locale 'fr_FR' has no interface strings: diffpress has en_US, ja_JP, zh_CN")
                && french.contains(dir.resolve("themes/default/i18n/fr_FR.properties").toString()), french);
        // a portal that brings the strings may use the locale
        Files.createDirectories(dir.resolve("themes/default/i18n"));
        Files.writeString(dir.resolve("themes/default/i18n/fr_FR.properties"), "nav.reports=Rapports\n");
        assertEquals("fr_FR", parse(MINIMAL + "locale: fr_FR\n").locale());

        String fancy = error(MINIMAL + "theme: fancy\n");
        assertTrue(fancy.contains("site.yml:3:8: theme 'fancy' has no folder " + dir.resolve("themes/fancy"))
                && fancy.contains("the built-in theme is 'default'"), fancy);
        Files.createDirectories(dir.resolve("themes/fancy"));
        assertEquals("fancy", parse(MINIMAL + "theme: fancy\n").theme());
        assertEquals("default", parse(MINIMAL).theme(), "the built-in theme needs no folder");
    }

    @Test
    void languageModelSettings() {
        SiteConfig config = parse(MINIMAL + """
                insight:
                  provider: llm
                  llm:
                    api: azure
                    endpoint: https://res.openai.azure.com/
                    model: gpt-4o-mini
                    apiVersion: 2024-10-21
                    apiKeyEnv: AZURE_OPENAI_KEY
                """);
        InsightConfig.Llm llm = config.insight().llm().orElseThrow();
        assertEquals("https://res.openai.azure.com", llm.endpoint());
        assertEquals(dir.resolve(".diffpress/llm-cache"), llm.cacheDir());
        assertEquals("builtin", parse(MINIMAL).insight().provider());
        assertTrue(error(MINIMAL + "insight:\n  provider: llm\n").contains("needs an 'llm' block"));
        assertTrue(error(MINIMAL + "insight:\n  provider: gpt\n").contains("must be 'builtin' or 'llm'"));
        assertTrue(error(MINIMAL + "insight:\n  provider: llm\n  llm:\n    endpoint: https://x.io\n    model: m\n    apiKeyEnv: sk-123abc\n")
                .contains("never the key itself"));
        String noPrompts = error(MINIMAL + "insight:\n  provider: llm\n  llm:\n    endpoint: https://x.io\n    model: m\n    apiKeyEnv: K\n"
                + "    prompts: my-prompts\n");
        assertTrue(noPrompts.contains("site.yml:9:14: insight.llm.prompts names the folder") && noPrompts.contains("does not exist"), noPrompts);
        try {
            Files.writeString(dir.resolve("my-prompts"), "a file");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String filePrompts = error(MINIMAL + "insight:\n  provider: llm\n  llm:\n    endpoint: https://x.io\n    model: m\n    apiKeyEnv: K\n"
                + "    prompts: my-prompts\n");
        assertTrue(filePrompts.contains("my-prompts, which is a file"), filePrompts);
        String query = error(MINIMAL + "insight:\n  provider: llm\n  llm:\n    endpoint: https://x.io/v1?x=1\n    model: m\n    apiKeyEnv: K\n");
        assertTrue(query.contains("site.yml:6:15: insight.llm.endpoint must not have a query"), query);
        // an audit's endpoints: the whole path, a password in it, no scheme; an llm block without a provider, or unused
        String llmBlock = "  llm:\n    endpoint: %s\n    model: m\n    apiKeyEnv: K\n";
        String whole = error(MINIMAL + "insight:\n  provider: llm\n" + llmBlock.formatted("https://x.io/v1/chat/completions"));
        assertTrue(whole.contains("site.yml:6:15: insight.llm.endpoint ends in /chat/completions, which is added to it"), whole);
        String password = error(MINIMAL + "insight:\n  provider: llm\n" + llmBlock.formatted("http://admin:hunter2pw@127.0.0.1:8080/v1"));
        assertTrue(password.contains("must not hold a user name or password"), password);
        String noScheme = error(MINIMAL + "insight:\n  provider: llm\n" + llmBlock.formatted("127.0.0.1:8080/v1"));
        assertTrue(noScheme.contains("it needs http:// or https:// in front"), noScheme);
        String noProvider = error(MINIMAL + "insight:\n" + llmBlock.formatted("https://x.io/v1"));
        assertTrue(noProvider.contains("site.yml:5:") && noProvider.contains("insight.llm is set but insight.provider is not"), noProvider);
        String unusedButWrong = error(MINIMAL + "insight:\n  provider: builtin\n  llm:\n    endpoint: https://x.io/v1\n    model: m\n"
                + "    apiKeyEnv: K\n    timeoutSeconds: -4\n");
        assertTrue(unusedButWrong.contains("insight.llm.timeoutSeconds"), "a block kept unused is still checked: " + unusedButWrong);
        assertEquals("builtin", parse(MINIMAL + "insight:\n  provider: builtin\n" + llmBlock.formatted("https://x.io/v1")).insight().provider());
        String portalCache = error(MINIMAL + "insight:\n  provider: llm\n" + llmBlock.formatted("https://x.io/v1") + "    cache: .\n");
        assertTrue(portalCache.contains("insight.llm.cache names the portal folder itself"), portalCache);
        // answer files among the reports, or published with the site (an audit): refused with the line
        for (String[] inside : new String[][]{{"public/llm", "inside the output folder"}, {"content/.cache", "inside the content folder"},
            {"themes/default/cache", "inside the themes folder"}, {"site/out", "inside the output folder"}}) {
            String extra = inside[0].startsWith("site/") ? "output: site\n" : "";
            String refused = error(MINIMAL + extra + "insight:\n  provider: llm\n" + llmBlock.formatted("https://x.io/v1") + "    cache: "
                    + inside[0] + "\n");
            assertTrue(refused.contains("insight.llm.cache ") && refused.contains(inside[1]) && refused.contains(".diffpress/llm-cache"),
                    inside[0] + ": " + refused);
            assertTrue(refused.matches("(?s).*site\\.yml:\\d+:.*"), "with its line: " + refused);
        }
        assertEquals("llm", parse(MINIMAL + "insight:\n  provider: llm\n" + llmBlock.formatted("https://x.io/v1")
                + "    cache: cache/llm\n").insight().provider(), "a folder of its own is taken");
        String azureKey = "0123456789abcdef0123456789abcdef";
        String keyError = error(MINIMAL + "insight:\n  provider: llm\n  llm:\n    endpoint: https://x.io\n    model: m\n    apiKeyEnv: "
                + azureKey + "\n");
        assertTrue(keyError.contains("never the key itself") && !keyError.contains(azureKey), "the key is not repeated: " + keyError);
        // keys with an '_' (Groq's "gsk_…", "sk_live_…"): refused, not repeated (an audit found one printed as a name)
        for (String key : new String[]{"gsk_AbCdEf0123456789XyZwVu", "sk_live_51HxYzAbCdEf0123", "ghp_abcdefghijklmnopqrstuvwxyz0123"}) {
            String named = error(MINIMAL + "insight:\n  provider: llm\n  llm:\n    endpoint: https://x.io\n    model: m\n    apiKeyEnv: " + key + "\n");
            assertTrue(named.contains("never the key itself") && !named.contains(key), key + ": " + named);
        }
        for (String name : new String[]{"OPENAI_API_KEY", "azure_openai_key_2", "DOCS_PORTAL_OPENAI_KEY_2024", "openai_key",
            "SK_OPENAI_API_KEY", "PK_AZURE_OPENAI_KEY", "MyTeam_AzureOpenAI_Key1"}) {
            assertEquals(name, parse(MINIMAL + "insight:\n  provider: llm\n  llm:\n    endpoint: https://x.io\n    model: m\n    apiKeyEnv: "
                    + name + "\n").insight().llm().orElseThrow().apiKeyEnv(), "a name");
        }
        assertEquals("A_RATHER_LONG_NAME_FOR_THE_DOCS_PORTAL_KEY", parse(MINIMAL + "insight:\n  provider: llm\n  llm:\n"
                + "    endpoint: https://x.io\n    model: m\n    apiKeyEnv: A_RATHER_LONG_NAME_FOR_THE_DOCS_PORTAL_KEY\n")
                .insight().llm().orElseThrow().apiKeyEnv());
        assertTrue(error(MINIMAL + "insight:\n  provider: llm\n  llm:\n    api: azure\n    endpoint: https://x.io\n    model: m\n    apiKeyEnv: K\n")
                .contains("apiVersion is required for Azure"));
    }

    @Test
    void missingRequiredKeysAndEmptyFiles() {
        assertTrue(error("baseURL: https://x.io/\n").contains("site.yml:1:1: missing required key 'title'"));
        assertTrue(error("title: Docs\n").contains("missing required key 'baseURL'"));
        assertTrue(error("").contains("the file is empty"));
        assertTrue(error("title: a\ntitle: b\nbaseURL: https://x.io/\n").contains("site.yml:2:1: duplicate key 'title'"));
    }

    /** An unclosed quote is reported by SnakeYAML where the next quote is, lines later: the message points back to it. */
    @Test
    void anUnclosedQuoteIsPointedAt() {
        String message = error("title: \"My docs\nbaseURL: https://e.org/\n# a \"comment\"\nlocale: en_US\n");
        assertTrue(message.contains("site.yml:3:6: malformed YAML: expected <block end>, but found '<scalar>' (the quote opened on line 1 is not closed?)"),
                message);
        String fine = error("title: \"It's \\\"fine\\\"\"\ndescription: 'it''s' # x\nbaseURL: [\n");
        assertFalse(fine.contains("is not closed"), "closed quotes with escapes are not suspected: " + fine);
    }

    /** A raw control character (pasted from a terminal) is named with its line and the way YAML writes it. */
    @Test
    void aControlCharacterIsToldWithItsLine() throws Exception {
        Path bad = dir.resolve("ctl.yml");
        Files.writeString(bad, "baseURL: https://example.org/\ntitle: \"Red \u001b[31m\"\n");
        DiffpressException e = assertThrows(DiffpressException.class, () -> ConfigLoader.load(bad));
        assertTrue(e.userMessage().contains("ctl.yml:2: malformed YAML: the character U+001B is not allowed in YAML; "
                + "in a double-quoted string write it as \"\\u001B\""), e.userMessage());
        // positions count code points: characters beyond the BMP (two chars each in Java) before it do not move the line
        Files.writeString(bad, "title: " + "\uD83D\uDE80".repeat(40) + "\n#\n#\n#\ndescription: \"\u0007\"\n");
        DiffpressException emoji = assertThrows(DiffpressException.class, () -> ConfigLoader.load(bad));
        assertTrue(emoji.userMessage().contains("ctl.yml:5: malformed YAML: the character U+0007"), emoji.userMessage());
    }

    @Test
    void missingFileAndInvalidUtf8() throws Exception {
        DiffpressException missing = assertThrows(DiffpressException.class, () -> ConfigLoader.load(dir.resolve("nope.yml")));
        assertTrue(missing.userMessage().contains("nope.yml: no such file"), missing.userMessage());
        Path bad = dir.resolve("bad.yml");
        Files.write(bad, new byte[]{'#', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xff, '\n'});
        DiffpressException utf = assertThrows(DiffpressException.class, () -> ConfigLoader.load(bad));
        assertTrue(utf.userMessage().contains("bad.yml:2: not valid UTF-8 (byte 0xff at offset 9)"), utf.userMessage());
    }

    @Test
    void globsFollowTheDocumentedRules() {
        assertTrue(new SectionConfig("s", java.util.List.of("*.md"), java.util.List.of()).matches("README.md"));
        assertFalse(new SectionConfig("s", java.util.List.of("*.md"), java.util.List.of()).matches("docs/README.md"));
        assertTrue(new SectionConfig("s", java.util.List.of("**/*.md"), java.util.List.of()).matches("README.md"));
        assertTrue(new SectionConfig("s", java.util.List.of("**/*.md"), java.util.List.of()).matches("a/b/c.md"));
        assertTrue(new SectionConfig("s", java.util.List.of("docs/**"), java.util.List.of()).matches("docs/a/b.png"));
        assertTrue(new SectionConfig("s", java.util.List.of("{a,b}/*.md"), java.util.List.of()).matches("b/x.md"));
        assertFalse(new SectionConfig("s", java.util.List.of("a?.md"), java.util.List.of()).matches("a/.md"));
        assertTrue(new SectionConfig("s", java.util.List.of("a+b (1).md"), java.util.List.of()).matches("a+b (1).md"));
    }
}
