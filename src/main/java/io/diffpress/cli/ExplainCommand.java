package io.diffpress.cli;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import io.diffpress.config.ConfigLoader;
import io.diffpress.config.RepositoryConfig;
import io.diffpress.config.SiteConfig;
import io.diffpress.history.FileChange;
import io.diffpress.insight.InsightWriter;
import io.diffpress.insight.PatchFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code diffpress explain}: the built-in writer's facts, type, title and explanation of one
 * file in one range, or of the files of a patch, so the rules can be seen and tuned.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Show the facts, type, title and explanation the built-in rules give one changed file.",
        customSynopsis = {
                "diffpress explain [-c PATH | --repo PATH] [--locale LOCALE] RANGE [--] PATH",
                "diffpress explain --patch FILE [-c PATH] [--locale LOCALE] [[--] PATH]"},
        description = {
                "RANGE is BASE..HEAD (BASE with HEAD), BASE...HEAD (their merge base with HEAD) or one revision REV "
                        + "(REV^..REV; the empty tree for a root commit).",
                "The repository and locale come from site.yml. With --repo or --patch, site.yml is read only when "
                        + "--config is given; the locale is then en_US unless --locale says otherwise.",
                "A language model configured in site.yml is not asked: this shows the built-in rules."})
final class ExplainCommand implements Callable<Integer> {

    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");

    @Mixin
    SiteOptions options;

    @Option(names = "--repo", paramLabel = "PATH", description = "The repository (a work tree, a subfolder of one, or a bare repository).")
    Path repo;

    @Option(names = "--patch", paramLabel = "FILE", description = "Explain the files of a unified diff or git patch instead of a range.")
    Path patch;

    @Option(names = "--locale", paramLabel = "LOCALE", description = "Locale of the text: en_US or ja_JP.")
    String locale;

    @Parameters(arity = "0..*", paramLabel = "RANGE PATH", description = "The range and the file (after --, like git).")
    List<String> arguments = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<SiteConfig> config = siteConfig();
        InsightWriter writer = new InsightWriter(locale(config));
        ExplanationPrinter printer = new ExplanationPrinter(writer, spec.commandLine().getOut());
        if (patch != null) {
            if (arguments.size() > 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "with --patch, give at most one PATH (got " + String.join(" ", arguments) + ")");
            }
            List<FileChange> changes = PatchFile.read(patch);
            if (!arguments.isEmpty()) {
                changes = List.of(ChangeLookup.find(changes, arguments.get(0), "the patch " + patch));
            }
            if (!options.quiet) {
                printer.printPatch(patch, changes);
            }
            return 0;
        }
        if (arguments.size() > 2) {
            throw DiffpressException.input(Stage.CONFIG, "explain takes one range and one path (got "
                    + String.join(" ", arguments) + "); run it once per file");
        }
        if (arguments.size() != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "explain needs a range and a path, like: diffpress explain main~1..main -- docs/index.md");
        }
        RepositoryConfig repository = repository(config);
        int maxDiffLines = config.map(SiteConfig::maxDiffLines).orElse(5000);
        ChangeLookup.Found found = ChangeLookup.inRange(repository,
                config.map(SiteConfig::timeZone).orElse(ZoneOffset.UTC), maxDiffLines, arguments.get(0), arguments.get(1));
        if (!options.quiet) {
            printer.printRange(found.range(), found.change());
        }
        return 0;
    }

    /** site.yml, unless --repo or --patch stand in for it and --config was not given. */
    private Optional<SiteConfig> siteConfig() {
        boolean configGiven = spec.commandLine().getParseResult().hasMatchedOption("--config");
        if ((repo != null || patch != null) && !configGiven) {
            return Optional.empty();
        }
        if (!configGiven && !java.nio.file.Files.exists(options.config)) {
            throw noPortal(options.config);
        }
        return Optional.of(ConfigLoader.load(options.config));
    }

    /** Outside a portal, the repository at hand is what a person means: said so (an audit found only init suggested). */
    static io.diffpress.DiffpressException noPortal(java.nio.file.Path config) {
        return io.diffpress.DiffpressException.input(io.diffpress.Stage.CONFIG, config.toAbsolutePath().normalize()
                + ": no such file; explain a change of the repository here with --repo . (or --repo PATH), a patch with"
                + " --patch FILE, or pass --config PATH");
    }

    private Locale locale(Optional<SiteConfig> config) {
        if (locale != null && !LOCALE.matcher(locale).matches()) {
            throw DiffpressException.input(Stage.CONFIG, "--locale '" + locale + "' is not of the form en_US or ja_JP");
        }
        if (locale != null && !locale.equals("en_US") && !locale.equals("ja_JP")) {
            // the text is written in these two; any other would silently come out in English
            throw DiffpressException.input(Stage.CONFIG, "--locale '" + locale + "': the text is written in en_US or ja_JP");
        }
        String tag = locale != null ? locale : config.map(SiteConfig::locale).orElse("en_US");
        return Locale.forLanguageTag(tag.replace('_', '-'));
    }

    private RepositoryConfig repository(Optional<SiteConfig> config) {
        if (repo != null) {
            Optional<String> compareUrl = config.flatMap(SiteConfig::repository).flatMap(RepositoryConfig::compareUrl);
            return new RepositoryConfig(repo.toAbsolutePath().normalize(), "HEAD", compareUrl);
        }
        SiteConfig site = config.orElseThrow();
        return site.repository().orElseThrow(() -> DiffpressException.input(Stage.CONFIG,
                site.file() + ": has no 'repository'; add one or pass --repo PATH"));
    }
}
