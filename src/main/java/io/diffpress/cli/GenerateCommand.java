package io.diffpress.cli;

import io.diffpress.Diffpress;
import io.diffpress.DiffpressException;
import io.diffpress.GenerateResult;
import io.diffpress.config.SiteConfig;
import io.diffpress.history.RangeSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code diffpress generate}: writes the missing reports into content/. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Walk the history and write any missing reports into content/.",
        description = "Reports already present for the same range are left alone; a report a person edited is never overwritten.")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Option(names = "--range", paramLabel = "BASE...HEAD",
            description = "Report only this compare range (three dots: from the merge base; two dots: from BASE).")
    String range;

    @Option(names = "--force", description = "Regenerate reports that exist and were not edited by hand.")
    boolean force;

    @Option(names = "--prune", description = "Delete the reports of ranges the history no longer has (a force push, changes undone"
            + " the same day), unless edited by hand; without it they are only listed.")
    boolean prune;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SiteConfig config = options.load();
        if (prune && range != null) {
            throw DiffpressException.input(io.diffpress.Stage.CONFIG, "--prune removes the reports of ranges the whole history no"
                    + " longer has, and --range looks at one range: leave one of them out");
        }
        RangeOption.check(range, false, config);
        run(config, range, force, prune, options.quiet, spec.commandLine().getOut(), spec.commandLine().getErr());
        return 0;
    }

    static GenerateResult run(SiteConfig config, String range, boolean force, boolean prune, boolean quiet, PrintWriter out,
                              PrintWriter err) {
        Optional<RangeSpec> spec = Optional.ofNullable(range).map(RangeSpec::parse);
        GenerateResult result = Diffpress.generate(config, spec, force, prune, ProgressBar.forTerminal(quiet), System.getenv());
        if (!quiet) {
            result.warnings().forEach(w -> err.println("warning: " + w));
            err.flush();
            out.printf("generate: %s, %s written, %d up to date, %d edited by hand and kept%s%n",
                    count(result.ranges(), "range"), count(result.written().size(), "report"), result.upToDate().size(),
                    result.keptEdited().size(), result.removed().isEmpty() ? ""
                            : ", " + result.removed().size() + " removed (their ranges are not in the history)");
            result.keptEdited().forEach(p -> out.println("  kept (edited or renamed by hand): " + config.shownContent(p)));
            result.removed().forEach(p -> out.println("  removed: " + config.shownContent(p)));
            out.flush();
        }
        return result;
    }

    /** "1 range", "2 ranges". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
