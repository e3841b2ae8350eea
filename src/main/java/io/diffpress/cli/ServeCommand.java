package io.diffpress.cli;

import io.diffpress.publish.PortalLock;

import io.diffpress.DiffpressException;
import io.diffpress.config.SiteConfig;
import io.diffpress.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code diffpress serve}: build, serve on 127.0.0.1 and rebuild when the portal's files change. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Build, serve the site on 127.0.0.1, rebuild when content/, themes/ or site.yml change.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "1313", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--range", paramLabel = "BASE...HEAD", description = "Generate only this compare range before building.")
    String range;

    @Option(names = "--no-generate", description = "Only render content/; do not read the repository.")
    boolean noGenerate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port " + port + " is not a port: 1 to 65535, or 0 for a free one");
        }
        SiteConfig config = options.load();
        RangeOption.resolve(range, noGenerate, config);
        SiteConfig served = config; // what the server answers with: its base path and folder are fixed when it starts
        SiteBuilder.Session session = new SiteBuilder.Session(); // the reports stay read between rebuilds
        // The port is taken before the work: one in use is said at once, before a generate and build that could not be served.
        // Until the build is done the server answers from what the output folder holds (the last site, or nothing).
        try (StaticServer server = listen(config)) {
            boolean retry = false; // the last rebuild found the portal locked by another run: try again until it is free
            // Rebuilds only render content/, but generate again until one has generated: after a first build that failed
            // (a site.yml to fix and save: its reports were never written, an audit), and when a saved site.yml asks for
            // other reports (its repository, sections or ranges changed).
            boolean generatePending = !noGenerate && config.repository().isPresent();
            try {
                BuildCommand.run(config, range, noGenerate, options.quiet, out, err, session);
                generatePending = false;
            } catch (PortalLock.Busy e) {
                retry = true;
                err.println("error: " + e.userMessage() + " (serving what " + config.output() + " holds; trying again until it is free)");
                err.flush();
            } catch (DiffpressException e) {
                // a broken report is fixed while serve runs, as hugo server lets one: the next save builds the site
                err.println("error: " + e.userMessage() + " (serving what " + config.output() + " holds; fix it and save: serve builds again)");
                err.flush();
            }
            out.printf("serving %s at http://127.0.0.1:%d%s (Ctrl+C to stop)%n", config.output(), server.port(), config.basePath());
            out.flush();
            ChangeWatcher watcher = watcher(config); // before the stamp: a change in between is not missed
            rehearse(config, session, watcher, out);
            long stamp = watcher.notified() ? 0 : stamp(config);
            // the output folder is missing and a build tried to make it (or the first build failed before it had one)
            boolean goneTried = !java.nio.file.Files.isDirectory(config.output());
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    // an output folder deleted while serving (rm -rf public) is built again, once until it exists again
                    boolean there = java.nio.file.Files.isDirectory(config.output());
                    goneTried = goneTried && !there;
                    boolean gone = !there && !goneTried;
                    if (!watcher.await(500) && !retry && !gone) {
                        continue; // nothing happened: no walk over the reports
                    }
                    goneTried = goneTried || gone;
                    if (!watcher.notified() && !gone) {
                        // Polling: only a walk over the files tells whether anything changed. (With notifications the
                        // watcher has said so already, and the walk over ten thousand reports would only delay the rebuild.)
                        long now;
                        try {
                            now = stamp(config); // site.yml is in it: a changed configuration is seen too
                        } catch (IOException e) {
                            continue; // a file went away while it was looked at: look again next time
                        }
                        if (now == stamp && !retry) {
                            continue;
                        }
                        stamp = now;
                    }
                    boolean waiting = retry;
                    retry = false;
                    try {
                        SiteConfig next = options.load(); // a site.yml broken while serving is an error like a broken report
                        if (!watched(next).equals(watched(config))) {
                            watcher.close();
                            watcher = watcher(next);
                        }
                        if (!next.basePath().equals(config.basePath()) || !next.output().equals(config.output())) {
                            // the server answers at the path and from the folder it started with
                            err.printf("warning: site.yml now puts the site in %s at %s; this serve still serves %s at %s:"
                                    + " restart serve to see it%n", next.output(), next.basePath(), served.output(), served.basePath());
                            err.flush();
                        }
                        if (!noGenerate && next.repository().isPresent() && (!next.repository().equals(config.repository())
                                || !next.sections().equals(config.sections()) || !next.ranges().equals(config.ranges()))) {
                            generatePending = true;
                        }
                        config = next;
                        boolean generating = generatePending && config.repository().isPresent();
                        BuildCommand.run(config, generating ? range : null, !generating, options.quiet, out, err, session);
                        generatePending = false;
                    } catch (PortalLock.Busy e) {
                        retry = true;
                        if (!waiting) { // said once, not every half second while the other run works
                            err.println("error: " + e.userMessage() + " (still serving the last good site; trying again until it is free)");
                            err.flush();
                        }
                    } catch (DiffpressException e) {
                        err.println("error: " + e.userMessage() + (java.nio.file.Files.isDirectory(config.output())
                                ? " (still serving the last good site)" : " (nothing to serve until a build succeeds)"));
                        err.flush();
                    }
                }
            } finally {
                watcher.close();
            }
        }
        return 0;
    }

    /**
     * While nothing changes, rebuilds the site twice without writing the portal ({@link SiteBuilder#rehearse}), so that the JIT
     * has compiled a rebuild's code before the first change: in a fresh JVM the first rebuilds of 10,000 reports took
     * 2.6–2.9 s against 1.5–1.9 s for the third. Only where changes are notified: a change stops it at once.
     */
    private void rehearse(SiteConfig config, SiteBuilder.Session session, ChangeWatcher watcher, PrintWriter out) {
        if (!watcher.notified()) {
            return;
        }
        long start = System.nanoTime();
        int passes = 0;
        try {
            passes = SiteBuilder.rehearse(config, session, watcher::changed, 2);
        } catch (DiffpressException e) {
            // a report broken meanwhile: the rebuild that follows says so
        }
        if (!options.quiet) {
            out.printf("ready: rebuild rehearsed %d times in %d ms%n", passes, (System.nanoTime() - start) / 1_000_000);
            out.flush();
        }
    }

    private StaticServer listen(SiteConfig config) throws IOException {
        try {
            return StaticServer.start(config.output(), config.basePath(), port);
        } catch (java.net.BindException e) {
            throw DiffpressException.input(io.diffpress.Stage.PUBLISH, "port " + port + " on 127.0.0.1 is in use (another serve?): "
                    + "stop what holds it, or choose another port with --port (0 picks a free one)");
        }
    }

    /** The folders whose files a rebuild reads: the reports and the portal's themes. */
    private static List<Path> watched(SiteConfig config) {
        return List.of(config.content(), config.portalDir().resolve("themes"));
    }

    private static ChangeWatcher watcher(SiteConfig config) {
        return new ChangeWatcher(config.file(), watched(config));
    }

    /** A number that changes when any watched file changes (modification times and sizes). */
    private static long stamp(SiteConfig config) throws IOException {
        long stamp = Files.getLastModifiedTime(config.file()).toMillis();
        for (Path dir : new Path[]{config.content(), config.portalDir().resolve("themes")}) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted().toList()) {
                        stamp = stamp * 31 + p.hashCode() + Files.getLastModifiedTime(p).toMillis() + Files.size(p);
                    }
                }
            }
        }
        return stamp;
    }
}
