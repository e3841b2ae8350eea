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
        List<ReportDocument> reports = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            String source = content.relativize(file).toString().replace('\\', '/');
            try {
                Path real = file.toRealPath();
                if (!real.startsWith(realRoot)) {
                    errors.add(Stage.CONTENT.label() + ": content/" + source + ": is a link to " + real + ", outside the content folder; refused");
                    continue;
                }
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(real)) {
                    continue;
                }
                reports.add(ReportReader.read(source, Files.readAllBytes(real)));
            } catch (DiffpressException e) {
                errors.add(e.userMessage());
            } catch (IOException e) {
                errors.add(Stage.CONTENT.label() + ": content/" + source + ": cannot read (" + e.getMessage() + ")");
            }
        }
        if (!errors.isEmpty()) {
            throw new DiffpressException(Stage.CONTENT, DiffpressException.Kind.BUILD,
                    errors.size() + (errors.size() == 1 ? " report has" : " reports have") + " errors:\n  "
                            + String.join("\n  ", errors));
        }
        return reports;
    }
}
