package io.diffpress.cli;

import io.diffpress.history.CompareRange;
import io.diffpress.history.FileChange;
import io.diffpress.insight.FileInsight;
import io.diffpress.insight.InsightWriter;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Prints what {@code diffpress explain} found: the file, its facts with their rules, type, title and explanation. */
final class ExplanationPrinter {

    /** Width of the impact column, "breaking change" plus a space. */
    private static final int IMPACT_WIDTH = 16;

    private final InsightWriter writer;
    private final PrintWriter out;

    ExplanationPrinter(InsightWriter writer, PrintWriter out) {
        this.writer = writer;
        this.out = out; // the command line's, which writes control characters as escapes (TerminalSafeWriter)
    }

    void printRange(CompareRange range, FileChange change) {
        out.println(oneLine(change.path()));
        out.println("  range:  " + ChangeLookup.describe(range));
        print(change);
        out.flush();
    }

    void printPatch(Path patch, List<FileChange> changes) {
        out.println("From the patch " + patch + ": only the lines in its hunks were seen, not the whole files.");
        for (FileChange change : changes) {
            out.println();
            out.println(oneLine(change.path()));
            print(change);
        }
        out.flush();
    }

    private void print(FileChange change) {
        out.println("  status: " + oneLine(status(change)));
        FileInsight insight = writer.explain(change);
        out.println();
        out.println("Facts (the type each gives alone; * marks the one that decided):");
        for (InsightWriter.RuledFact fact : writer.ruledFacts(insight)) {
            String impact = fact.impact().map(t -> t.word()).orElse("(context)");
            out.println("  " + (fact.decisive() ? "* " : "  ") + pad(impact) + oneLine(fact.sentence()));
        }
        out.println();
        out.println("Type:  " + insight.type().word());
        out.println("Title: " + oneLine(insight.title()));
        out.println();
        out.println("Explanation:");
        for (String line : insight.explanation().split("\n", -1)) {
            out.println(line.isEmpty() ? "" : "  " + line);
        }
    }

    private static String status(FileChange change) {
        StringBuilder s = new StringBuilder(change.status().word());
        change.oldPath().ifPresent(p -> s.append(" from ").append(p).append(" (").append(change.similarity()).append("% similar)"));
        if (change.missing()) {
            s.append(", contents missing from the repository (partial clone): no line counts");
        } else if (change.binary()) {
            s.append(", binary");
        } else {
            s.append(", ").append(GenerateCommand.count(change.additions(), "line")).append(" added, ").append(change.deletions()).append(" deleted");
        }
        return s.toString();
    }

    private static String pad(String word) {
        return word.length() >= IMPACT_WIDTH ? word + " " : word + " ".repeat(IMPACT_WIDTH - word.length());
    }

    /**
     * A value shown on one line: a line break in it (a file name may hold one) is written as {@code \n}, so that it cannot
     * print a line of its own that reads as the tool's ("Type:  breaking change"; an audit).
     */
    static String oneLine(String value) {
        return value.replace("\r", "\\r").replace("\n", "\\n");
    }
}
