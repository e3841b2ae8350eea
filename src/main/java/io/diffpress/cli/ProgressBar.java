package io.diffpress.cli;

import io.diffpress.Diffpress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A one-line progress bar on the terminal for long history walks: ranges done of all and
 * files per second. Silent when the output is not a terminal or with --quiet.
 */
final class ProgressBar implements Consumer<Diffpress.Progress> {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long start = System.nanoTime();
    private long lastDraw;

    private ProgressBar(PrintStream out) {
        this.out = out;
    }

    /** A bar on standard error when it is a terminal and not quiet; otherwise a no-op. */
    static Consumer<Diffpress.Progress> forTerminal(boolean quiet) {
        return quiet || !isTerminal(Path.of("/proc/self/fd/2")) ? p -> { } : new ProgressBar(System.err);
    }

    /**
     * Whether a file descriptor link ({@code /proc/self/fd/2} for standard error) points to a terminal.
     * Java 17 can only tell whether standard input and output are one (System.console()), which would
     * fill a log with bars on {@code generate 2>log}; without /proc that is the fallback.
     */
    static boolean isTerminal(Path descriptor) {
        try {
            String target = Files.readSymbolicLink(descriptor).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void accept(Diffpress.Progress p) {
        long now = System.nanoTime();
        boolean finished = p.rangesDone() == p.rangesTotal();
        if (!finished && now - lastDraw < 100_000_000L) {
            return; // at most ten redraws a second
        }
        lastDraw = now;
        out.print("\r" + line(p, (now - start) / 1e9));
        if (finished) {
            out.println();
        }
        out.flush();
    }

    static String line(Diffpress.Progress p, double seconds) {
        int filled = p.rangesTotal() == 0 ? WIDTH : (int) ((long) WIDTH * p.rangesDone() / p.rangesTotal());
        double rate = seconds > 0 ? p.files() / seconds : 0;
        return String.format("[%s%s] %d/%d ranges, %d %s, %.0f files/s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                p.rangesDone(), p.rangesTotal(), p.files(), p.files() == 1 ? "file" : "files", rate);
    }
}
