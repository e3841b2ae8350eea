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
        Path siteYml = portal.resolve("site.yml");
        if (Files.exists(siteYml)) {
            throw DiffpressException.input(Stage.CONFIG, siteYml + " already exists; init never overwrites files");
        }
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(siteYml, resource("site.yml").replace("{repositoryPath}", repositoryPath)
                .replace("{portalExclude}", portalDir.equals(".") ? "" : ", \"" + portalDir.replace("\"", "\\\"") + "/**\""));
        files.put(portal.resolve("content/.gitkeep"), "");
        String workflow = resource("pages.yml").replace("{portalDir}", portalDir)
                .replace("{publicDir}", portalDir.equals(".") ? "public" : portalDir + "/public")
                .replace("{cacheDir}", portalDir.equals(".") ? ".diffpress" : portalDir + "/.diffpress");
        Path workflowFile = root.resolve(".github/workflows/pages.yml");
        // a repository that already deploys to Pages keeps its workflow; ours goes beside it, where GitHub does not run it
        Path aside = workflowFile.resolveSibling("pages.yml.diffpress-new");
        boolean keptWorkflow = Files.exists(workflowFile);
        if (!keptWorkflow) {
            files.put(workflowFile, workflow);
        } else if (!Files.exists(aside)) {
            files.put(aside, workflow);
        }
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            spec.commandLine().getOut().println("created " + file.getKey());
        }
        ignore(portal.resolve(".gitignore"));
        if (keptWorkflow) {
            spec.commandLine().getOut().println("kept " + workflowFile + " (it exists); the workflow diffpress would write is "
                    + aside + ": merge the two by hand (GitHub runs only files ending in .yml)");
        }
        spec.commandLine().getOut().println("next: edit " + portal.resolve("site.yml") + ", put diffpress.jar next to it, then run: "
                + "java -jar diffpress.jar build --config " + portal.resolve("site.yml"));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** What the portal's .gitignore must hold: the built site, the trees a build swaps it with, caches and the lock. */
    static final java.util.List<String> IGNORED = java.util.List.of("public/", ".public.*/", ".diffpress/", ".diffpress.lock");

    /** Writes the portal's .gitignore, or adds to an existing one the lines it lacks (and changes nothing else). */
    private void ignore(Path file) throws IOException {
        String header = "# built site, the trees a build swaps it with, render cache and the lock of a running diffpress\n";
        if (!Files.exists(file)) {
            Files.writeString(file, header + String.join("\n", IGNORED) + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            spec.commandLine().getOut().println("created " + file);
            return;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        java.util.Set<String> present = new java.util.HashSet<>(text.lines().map(String::strip).toList());
        java.util.List<String> missing = IGNORED.stream().filter(line -> !present.contains(line)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String addition = (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + header + String.join("\n", missing) + "\n";
        Files.writeString(file, addition, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        spec.commandLine().getOut().println("added " + String.join(", ", missing) + " to " + file);
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
