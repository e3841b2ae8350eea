package io.diffpress.cli;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code diffpress init DIR}: scaffolds a new portal without touching existing files. */
@Command(name = "init", mixinStandardHelpOptions = true,
        header = "Scaffold a new portal: a commented site.yml, content/ and a GitHub Pages workflow.")
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of the new portal (created if missing).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("site.yml", resource("site.yml"));
        files.put("content/.gitkeep", "");
        files.put(".gitignore", "# built site, render cache and the lock of a running diffpress\npublic/\n.diffpress/\n.diffpress.lock\n");
        files.put(".github/workflows/pages.yml", resource("pages.yml"));
        for (String name : files.keySet()) {
            if (Files.exists(dir.resolve(name))) {
                throw DiffpressException.input(Stage.CONFIG, dir.resolve(name) + " already exists; init never overwrites files");
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("created " + target);
        }
        spec.commandLine().getOut().println("next: edit " + dir.resolve("site.yml") + ", then run: diffpress build --config "
                + dir.resolve("site.yml"));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream("init/" + name)) {
            if (in == null) {
                throw new IOException("missing built-in template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
