package io.diffpress.cli;

import io.diffpress.Diffpress;
import io.diffpress.config.SiteConfig;
import io.diffpress.publish.Publisher;
import io.diffpress.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code diffpress build}: generate, then render the site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Generate missing reports, then render the whole site into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Option(names = "--range", paramLabel = "BASE...HEAD", description = "Generate only this compare range before building.")
    String range;

    @Option(names = "--no-generate", description = "Only render content/; do not read the repository.")
    boolean noGenerate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SiteConfig config = options.load();
        RangeOption.check(range, noGenerate, config);
        PrintWriter out = spec.commandLine().getOut();
        run(config, range, noGenerate, options.quiet, out, spec.commandLine().getErr(), new SiteBuilder.Session());
        if (!options.quiet) {
            // not the index file itself: every link starts with the base URL's path, which file:// does not have
            out.printf("browse it: java -jar %s serve --no-generate --config %s (serves it at http://127.0.0.1:1313%s)%n",
                    runningJar(), InitCommand.shellQuoted(options.config.toString()), config.basePath());
            out.flush();
        }
        return 0;
    }

    /** The jar this runs from, as a shell word to paste ("diffpress.jar" when it runs from classes, as in the tests). */
    static String runningJar() {
        try {
            java.nio.file.Path jar = java.nio.file.Path.of(BuildCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.toString().endsWith(".jar") ? InitCommand.shellQuoted(jar.toString()) : "diffpress.jar";
        } catch (Exception e) {
            return "diffpress.jar";
        }
    }

    /** @param session what earlier builds of this process read ({@code serve} builds again and again) */
    static void run(SiteConfig config, String range, boolean noGenerate, boolean quiet, PrintWriter out, PrintWriter err,
                    SiteBuilder.Session session) {
        Diffpress.checkOutput(config);
        if (!noGenerate && config.repository().isPresent()) {
            GenerateCommand.run(config, range, false, false, quiet, out, err);
        }
        long start = System.nanoTime();
        Publisher.Result result = Diffpress.build(config, session);
        if (!quiet) {
            out.printf("build: %d files (%d written, %d unchanged) in %s in %d ms%n", result.files(), result.written(),
                    result.unchanged(), config.output(), (System.nanoTime() - start) / 1_000_000);
            result.keptUserFiles().forEach(f -> out.println("  kept your file " + f + " (not made by diffpress)"));
            out.flush();
            result.warnings().forEach(w -> err.println("warning: " + w)); // -q prints only errors, as generate's does
            err.flush();
        }
    }
}
