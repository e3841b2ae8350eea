package io.diffpress.cli;

import picocli.CommandLine;

import java.io.StringWriter;

/** Runs the CLI in-process and captures its exit code and output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = DiffpressCommand.commandLine(out, err);
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
