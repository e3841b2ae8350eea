package io.diffpress.cli;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import io.diffpress.config.SiteConfig;
import io.diffpress.history.HistoryReader;
import io.diffpress.history.RangeSpec;

/**
 * The {@code --range} option, checked before any work: a range given where nothing is generated, or one that cannot be
 * read, is a usage error (exit 2). It was ignored, or, in {@code serve}, told as a build error to fix and save, which
 * no saved file can do (an audit).
 */
final class RangeOption {

    private RangeOption() {
    }

    /** Refuses a range with {@code --no-generate} or without a repository, and one that is no range. */
    static void check(String range, boolean noGenerate, SiteConfig config) {
        if (range == null) {
            return;
        }
        if (noGenerate) {
            throw DiffpressException.input(Stage.CONFIG, "--range chooses what generate reports, and --no-generate generates"
                    + " nothing: leave one of them out");
        }
        if (config.repository().isEmpty()) {
            throw DiffpressException.input(Stage.CONFIG, "--range chooses what generate reports, and " + config.file()
                    + " names no repository ('repository:'), so nothing is generated");
        }
        RangeSpec.parse(range);
    }

    /**
     * As {@link #check}, and the range's revisions name commits of the repository. A repository that cannot be opened is
     * left to the build, which says why (a site.yml to fix and save while serve runs).
     */
    static void resolve(String range, boolean noGenerate, SiteConfig config) {
        check(range, noGenerate, config);
        if (range == null) {
            return;
        }
        HistoryReader history;
        try {
            history = HistoryReader.open(config.repository().get(), config.timeZone(), config.maxDiffLines());
        } catch (DiffpressException e) {
            return;
        }
        try (history) {
            history.plan(RangeSpec.parse(range));
        } catch (DiffpressException e) {
            throw DiffpressException.input(Stage.CONFIG, "--range " + range + ": " + e.getMessage());
        }
    }
}
