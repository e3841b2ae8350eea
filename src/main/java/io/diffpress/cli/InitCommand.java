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
import java.util.Optional;
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
        Path portal = dir.toAbsolutePath().normalize();
        // GitHub runs workflows only from the repository root: the portal may be a subfolder of the
        // documented repository (its history is then reported) or the root of one.
        Path root = workTreeOf(portal).orElse(portal);
        String portalDir = root.equals(portal) ? "." : root.relativize(portal).toString().replace('\\', '/');
        String repositoryPath = root.equals(portal) ? "." : portal.relativize(root).toString().replace('\\', '/');
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(portal.resolve("site.yml"), resource("site.yml").replace("{repositoryPath}", repositoryPath)
                .replace("{portalExclude}", portalDir.equals(".") ? "" : ", \"" + portalDir.replace("\"", "\\\"") + "/**\""));
        files.put(portal.resolve("content/.gitkeep"), "");
        files.put(portal.resolve(".gitignore"), "# built site, the trees a build swaps it with, render cache and the lock of a running diffpress\n"
                + "public/\n.public.*/\n.diffpress/\n.diffpress.lock\n");
        files.put(root.resolve(".github/workflows/pages.yml"), resource("pages.yml").replace("{portalDir}", portalDir)
                .replace("{publicDir}", portalDir.equals(".") ? "public" : portalDir + "/public")
                .replace("{cacheDir}", portalDir.equals(".") ? ".diffpress" : portalDir + "/.diffpress"));
        for (Path file : files.keySet()) {
            if (Files.exists(file)) {
                throw DiffpressException.input(Stage.CONFIG, file + " already exists; init never overwrites files");
            }
        }
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("created " + file.getKey());
        }
        spec.commandLine().getOut().println("next: edit " + portal.resolve("site.yml") + ", put diffpress.jar next to it, then run: "
                + "java -jar diffpress.jar build --config " + portal.resolve("site.yml"));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The nearest folder at or above {@code dir} that holds {@code .git} (a folder, or a file in a linked work tree). */
    private static Optional<Path> workTreeOf(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
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
