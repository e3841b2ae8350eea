package io.diffpress.cli;

import io.diffpress.DiffpressException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Arrays;

/** The {@code diffpress} command: the work is in the subcommands; run bare, it is a usage error (exit 2). */
@Command(name = "diffpress", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Turns a git repository's history into a changelog portal.",
        description = "Exit codes: 0 success, 1 build error, 2 usage or configuration error.",
        subcommands = {GenerateCommand.class, BuildCommand.class, ServeCommand.class, InitCommand.class, ExplainCommand.class,
                CommandLine.HelpCommand.class})
public final class DiffpressCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // picocli prints the message and the usage on stderr and exits 2, as for any other usage error
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: generate, build, serve, init, explain or help");
    }

    static int execute(String... args) {
        return commandLine(null, null).execute(args);
    }

    /**
     * What the machine, not the input, lacks, told as such when an error's causes hold it: running out of memory (which
     * a template call wraps, so it read as a theme error) or a file name the JVM's file-name encoding cannot hold (a
     * JVM started under LC_ALL=C meeting a non-ASCII path).
     */
    static java.util.Optional<String> environmentProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return java.util.Optional.of("out of memory (the JVM may use " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                        + " MB); run java with a larger heap, e.g. java -Xmx4g -jar diffpress.jar ...");
            }
            if (t instanceof java.nio.file.InvalidPathException p && p.getReason() != null
                    && (p.getReason().contains("unmappable") || p.getReason().contains("Malformed input"))) {
                return java.util.Optional.of("the file name '" + p.getInput() + "' cannot be written in this JVM's file-name encoding ("
                        + System.getProperty("sun.jnu.encoding") + "); run it under a UTF-8 locale, e.g. LANG=C.UTF-8 java -jar diffpress.jar ...");
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The configured command line, printing to {@code out} and {@code err} (null: standard output and error, as picocli
     * opens them); tests call this to capture output. All it
     * prints goes through a {@link TerminalSafeWriter}: a file name or commit subject holding an escape sequence is
     * shown, not obeyed by the terminal.
     */
    static CommandLine commandLine(java.io.Writer out, java.io.Writer err) {
        CommandLine cli = new CommandLine(new DiffpressCommand());
        // picocli's own writers (null) keep the encoding it picks for the console; its colours are off, as the guard
        // would print their escape sequences as text
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setOut(new PrintWriter(new TerminalSafeWriter(out == null ? cli.getOut() : out), true));
        cli.setErr(new PrintWriter(new TerminalSafeWriter(err == null ? cli.getErr() : err), true));
        cli.setParameterExceptionHandler(DiffpressCommand::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = Arrays.asList(parseResult.originalArgs().toArray(new String[0])).contains("--verbose");
            // before a DiffpressException: the theme wraps a template call's errors, out of memory too, in one
            java.util.Optional<String> known = environmentProblem(e);
            if (known.isPresent()) {
                return report(commandLine.getErr(), known.get(), e, verbose, 1);
            }
            if (e instanceof DiffpressException d) {
                return report(commandLine.getErr(), d.userMessage(), d, verbose, d.kind() == DiffpressException.Kind.INPUT ? 2 : 1);
            }
            return report(commandLine.getErr(), "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (verbose ? "" : " (run with --verbose for details)"), e, verbose, 1);
        });
        return cli;
    }

    /**
     * A usage error (an unknown option, a port out of range) as every other error is told: "error: MESSAGE", then
     * picocli's "did you mean" suggestions; then how to see the command's options, or, for a bare {@code diffpress},
     * the list of commands. Exit code 2.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        // a first word that is no command: said so, not as picocli's "Unmatched argument at index 0" (an audit)
        boolean unknownCommand = e instanceof CommandLine.UnmatchedArgumentException u && command.getParent() == null
                && !u.getUnmatched().isEmpty() && args.length > 0 && u.getUnmatched().get(0).equals(args[0]) && !args[0].startsWith("-");
        err.println("error: " + (unknownCommand ? "unknown command '" + args[0] + "'" : e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        if (command.getParent() == null) {
            command.usage(err, command.getColorScheme());
        } else {
            err.println("Run 'diffpress " + command.getCommandName() + " --help' for its options.");
        }
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Prints "error: MESSAGE" (and with --verbose the stack trace) and gives the exit code. */
    private static int report(PrintWriter err, String message, Throwable e, boolean verbose, int exitCode) {
        err.println("error: " + message);
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }
}
