package io.diffpress.insight;

import io.diffpress.history.ChangeStatus;
import io.diffpress.history.FileChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the report text from the facts of the diff. This first version only states
 * counts and statuses; every sentence is true of the diff and nothing is invented.
 */
public final class InsightWriter {

    private final Locale locale;

    public InsightWriter(Locale locale) {
        this.locale = locale;
    }

    /** The type, title and explanation of one file change. */
    public FileInsight explain(FileChange change) {
        ChangeType type = switch (change.status()) {
            case ADDED -> ChangeType.NEW_FEATURE;
            case REMOVED -> ChangeType.BREAKING_CHANGE;
            default -> ChangeType.MINOR_UPDATE;
        };
        String title = switch (change.status()) {
            case ADDED -> "New file " + change.fileName();
            case REMOVED -> "Removed " + change.fileName();
            case RENAMED -> "Renamed to " + change.fileName();
            case COPIED -> "Copied to " + change.fileName();
            case MODIFIED -> "Updated " + change.fileName();
        };
        List<String> facts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String path = code(change.path());
        if (change.oldPath().isPresent()) {
            facts.add(change.status().word() + " from " + change.oldPath().get() + " (" + change.similarity() + "% similar)");
            text.append("The file ").append(path).append(" was ").append(change.status().word())
                    .append(" from ").append(code(change.oldPath().get()))
                    .append(" with ").append(change.similarity()).append("% similarity. ");
        } else {
            text.append("The file ").append(path).append(" was ").append(change.status().word()).append(". ");
        }
        if (change.binary()) {
            facts.add("binary");
            text.append("It is a binary file, so no lines are counted.");
        } else {
            facts.add("+" + change.additions() + " -" + change.deletions());
            text.append(lines(change.additions())).append(" added and ")
                    .append(lines(change.deletions())).append(" deleted, ")
                    .append(change.changes()).append(" changed in total.");
        }
        return new FileInsight(type, title, text.toString(), facts);
    }

    /** The report-level text for one range and section. */
    public ReportInsight summarize(String section, List<FileChange> files, List<FileInsight> insights) {
        int added = files.stream().mapToInt(FileChange::additions).sum();
        int deleted = files.stream().mapToInt(FileChange::deletions).sum();
        long newFiles = files.stream().filter(f -> f.status() == ChangeStatus.ADDED).count();
        long removed = files.stream().filter(f -> f.status() == ChangeStatus.REMOVED).count();
        String summary = files.size() + (files.size() == 1 ? " file" : " files") + " changed in " + section
                + ": " + lines(added) + " added and " + lines(deleted) + " deleted"
                + (newFiles > 0 ? ", " + newFiles + " new" : "")
                + (removed > 0 ? ", " + removed + " removed" : "") + ".";
        List<String> features = new ArrayList<>();
        List<String> breaking = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FileInsight insight = insights.get(i);
            String item = insight.title() + " (" + code(files.get(i).path()) + ")";
            switch (insight.type()) {
                case NEW_FEATURE -> features.add(item);
                case BREAKING_CHANGE -> breaking.add(item);
                default -> other.add(item);
            }
        }
        StringBuilder insightText = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            insightText.append("- ").append(code(files.get(i).path())).append(": ")
                    .append(insights.get(i).type().word()).append(", ")
                    .append(files.get(i).binary() ? "binary" : "+" + files.get(i).additions() + " -" + files.get(i).deletions())
                    .append('\n');
        }
        return new ReportInsight(summary, summary, features, breaking, other, insightText.toString().strip());
    }

    private static String lines(int n) {
        return n + (n == 1 ? " line" : " lines");
    }

    /** Inline code with a fence longer than any backtick run inside, so paths cannot break out. */
    static String code(String text) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text.replace('\n', ' ').replace('\r', ' ') + pad + fence;
    }

    Locale locale() {
        return locale;
    }
}
