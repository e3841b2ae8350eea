package io.diffpress.site;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import io.diffpress.content.ReportDocument;
import io.diffpress.content.ReportReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads every report under {@code content/}. All malformed files are reported at once, so
 * a user fixes them in one go; a symlink leading out of the content folder is refused.
 */
final class ContentLoader {

    private ContentLoader() {
    }

    static List<ReportDocument> load(Path content) {
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        List<Path> files;
        Path realRoot;
        try (Stream<Path> walk = Files.walk(content)) {
            realRoot = content.toRealPath();
            files = walk.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !content.relativize(p).toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw DiffpressException.build(Stage.CONTENT, "cannot list " + content + ": " + e.getMessage(), e);
        }
        // Files are independent: read and parse them on every core, keeping results and errors in file order.
        Loaded[] results = new Loaded[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> results[i] = read(content, realRoot, files.get(i)));
        List<ReportDocument> reports = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Loaded result : results) {
            result.report().ifPresent(reports::add);
            result.error().ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new DiffpressException(Stage.CONTENT, DiffpressException.Kind.BUILD,
                    errors.size() + (errors.size() == 1 ? " report has" : " reports have") + " errors:\n  "
                            + String.join("\n  ", errors));
        }
        return reports;
    }

    /** What one file gave: a report, an error naming it, or neither (not a regular file). */
    private record Loaded(Optional<ReportDocument> report, Optional<String> error) {

        static Loaded of(ReportDocument report) {
            return new Loaded(Optional.of(report), Optional.empty());
        }

        static Loaded failed(String error) {
            return new Loaded(Optional.empty(), Optional.of(error));
        }
    }

    private static Loaded read(Path content, Path realRoot, Path file) {
        String source = content.relativize(file).toString().replace('\\', '/');
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot)) {
                return Loaded.failed(Stage.CONTENT.label() + ": content/" + source + ": is a link to " + real
                        + ", outside the content folder; refused");
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(real)) {
                return new Loaded(Optional.empty(), Optional.empty());
            }
            return Loaded.of(ReportReader.read(source, Files.readAllBytes(real)));
        } catch (DiffpressException e) {
            return Loaded.failed(e.userMessage());
        } catch (IOException e) {
            return Loaded.failed(Stage.CONTENT.label() + ": content/" + source + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
