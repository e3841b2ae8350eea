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
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
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
        if (Files.exists(portal) && !Files.isDirectory(portal)) {
            throw DiffpressException.input(Stage.CONFIG, portal + " is a file; init makes a portal in a folder (a new one, or one without site.yml)");
        }
        Optional<Path> fileAbove = io.diffpress.FileNames.fileAbove(portal);
        if (fileAbove.isPresent()) {
            throw DiffpressException.input(Stage.CONFIG, portal + " cannot be made: " + fileAbove.get() + " is a file, not a folder");
        }
        for (Path p = portal; p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals(".git")) {
                throw DiffpressException.input(Stage.CONFIG, portal + " is inside git's own folder " + p + "; choose a folder of the work tree");
            }
        }
        refuseDocumentation(portal, root);
        // a backslash in a name (where it is no separator) would be read as one, as the paths are written with '/'
        boolean backslash = java.io.File.separatorChar != '\\' && !root.equals(portal) && root.relativize(portal).toString().contains("\\");
        if (portalDir.chars().anyMatch(Character::isISOControl) || portalDir.contains("${{") || backslash
                || portalDir.matches("(?s)[!#].*|.*[*?\\[\\]{}].*")) {
            // the folder's name goes into the workflow, where GitHub reads "${{ … }}" as an expression, and the cache's
            // path and site.yml's exclude as globs ("*" matches other folders, "{a,b}" either, a leading "!" excludes,
            // a leading "#" is a comment)
            throw DiffpressException.input(Stage.CONFIG, "the portal folder's path " + portalDir.replaceAll("\\p{Cntrl}", "?")
                    + " has a control character, '${{', a glob character (* ? [ ] { } \\) or a leading ! or #: the GitHub"
                    + " workflow could not name it safely; choose another folder name");
        }
        Path siteYml = portal.resolve("site.yml");
        if (Files.exists(siteYml)) {
            throw DiffpressException.input(Stage.CONFIG, siteYml + " already exists; init never overwrites files");
        }
        // Everything is decided and read before anything is written: a refusal leaves the folder as it was.
        Map<Path, String> files = new LinkedHashMap<>();
        // the branch the work tree has checked out ("master" in older repositories), else main
        String branch = workTreeOf(portal).flatMap(InitCommand::currentBranch).orElse("main");
        files.put(siteYml, resource("site.yml").replace("{repositoryPath}", repositoryPath).replace("{branch}", yamlQuoted(branch))
                // the portal's own files are no documentation: at the repository's root, its reports and site (an audit
                // found a report, once committed, listed as a changed file of the next)
                .replace("{portalExclude}", portalDir.equals(".") ? ", \"content/**\", \"public/**\""
                        : ", \"" + portalDir.replace("\"", "\\\"") + "/**\""));
        Path content = portal.resolve("content");
        if (!Files.isDirectory(content)) {
            files.put(content.resolve(".gitkeep"), ""); // an existing reports folder is the portal's already
        }
        // quoted: a folder named "#hash", "*star" or "a: b" is YAML syntax written plain
        String workflow = resource("pages.yml").replace("{portalDirComment}", portalDir).replace("{portalDir}", yamlQuoted(portalDir))
                .replace("{branch}", yamlQuoted(filterPattern(branch)))
                .replace("{publicDir}", yamlQuoted(portalDir.equals(".") ? "public" : portalDir + "/public"))
                .replace("{cacheDir}", yamlQuoted(portalDir.equals(".") ? ".diffpress" : portalDir + "/.diffpress"))
                // letters, digits and - . _ only: a key is no YAML to quote, and two portals' keys never share a prefix
                .replace("{cacheKey}", portalDir.equals(".") ? "root" : "dir-" + portalDir.replaceAll("[^A-Za-z0-9._]+", "_")
                        + "-" + io.diffpress.Sha256.hex(portalDir).substring(0, 8));
        Path workflows = root.resolve(".github/workflows");
        Optional<Path> existing = java.util.stream.Stream.of("pages.yml", "pages.yaml").map(workflows::resolve)
                .filter(Files::exists).findFirst();
        // A repository that already deploys to Pages keeps its workflow; ours goes beside it, named for the portal,
        // with an ending GitHub does not run.
        Path aside = workflows.resolve(portalDir.equals(".") ? "pages.yml.diffpress-new"
                : "pages-" + portalDir.replaceAll("[^A-Za-z0-9._-]+", "-") + ".yml.diffpress-new");
        if (existing.isEmpty()) {
            files.put(workflows.resolve("pages.yml"), workflow);
        } else if (!Files.exists(aside)) {
            files.put(aside, workflow);
        }
        Path gitignore = portal.resolve(".gitignore");
        for (Path file : java.util.stream.Stream.concat(files.keySet().stream(), java.util.stream.Stream.of(gitignore)).toList()) {
            refuseLinks(root, file);
        }
        Optional<byte[]> ignoreAddition = ignoreAddition(gitignore);
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            spec.commandLine().getOut().println("created " + file.getKey());
        }
        if (ignoreAddition.isPresent()) {
            boolean created = !Files.exists(gitignore);
            Files.write(gitignore, ignoreAddition.get(), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            spec.commandLine().getOut().println((created ? "created " : "added the lines diffpress needs to ") + gitignore);
        }
        if (existing.isPresent()) {
            spec.commandLine().getOut().println("kept " + existing.get() + " (it exists); " + (files.containsKey(aside)
                    ? "diffpress's workflow for this portal is " + aside + ": merge the two by hand (GitHub runs only files ending in .yml or .yaml)"
                    : aside + " exists already and was kept too"));
        }
        // the jar next to site.yml, and the command run from there: as the workflow runs it (an audit followed the hint
        // from another folder, where "java -jar diffpress.jar" found no jar)
        spec.commandLine().getOut().println("next: edit " + portal.resolve("site.yml") + ", put diffpress.jar next to it, then run: "
                + "cd " + shellQuoted(portal.toString()) + " && java -jar diffpress.jar build");
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** A word a POSIX shell reads back as {@code value}: as it is when it is plain, else in single quotes. */
    static String shellQuoted(String value) {
        return value.matches("[A-Za-z0-9_./@%+=:,-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }

    /**
     * A branch name as a GitHub workflow's branch filter matches it literally: "*", "+", "?", "!" and brackets are
     * pattern characters there ("release+1.x" would never match itself), escaped with a backslash.
     */
    static String filterPattern(String branch) {
        return branch.replaceAll("([*+?!\\[\\]\\\\])", "\\\\$1");
    }

    /**
     * Refuses a portal folder that holds documentation: the portal's folder is left out of the reports (its reports and
     * site are no documentation), so pages in it would never be reported, and a {@code content/} of pages without front
     * matter (a Hugo site's) would be read as reports (an audit). Pages of the portal's own, reports with front
     * matter, are fine: a portal whose site.yml was lost.
     */
    private static void refuseDocumentation(Path portal, Path root) throws IOException {
        Path content = portal.resolve("content");
        boolean atRoot = portal.equals(root);
        // at the repository's root only the reports' folder is the portal's; elsewhere the whole folder is
        Path walked = atRoot ? content : portal;
        if (!Files.isDirectory(walked)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(walked)) {
            Optional<Path> page = walk.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md"))
                    .filter(p -> Files.isRegularFile(p) && !p.startsWith(portal.resolve("public")) && !p.startsWith(portal.resolve("themes")))
                    .filter(p -> p.startsWith(content) ? !startsWithFrontMatter(p)
                            : !(p.getParent().equals(portal) && p.getFileName().toString().equalsIgnoreCase("README.md")))
                    .sorted().findFirst();
            if (page.isPresent()) {
                throw DiffpressException.input(Stage.CONFIG, portal + " holds documentation (" + portal.relativize(page.get())
                        + (page.get().startsWith(content) ? ", a page without front matter where the reports go" : "")
                        + "): a portal's folder is left out of its reports; make the portal in a folder of its own, such as "
                        + (atRoot ? "changelog" : portal.getFileName() + "-changelog"));
            }
        }
    }

    private static boolean startsWithFrontMatter(Path file) {
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String first = in.readLine();
            return first != null && first.strip().equals("---");
        } catch (IOException e) {
            return false;
        }
    }

    /** A YAML single-quoted scalar: only the quote itself is escaped, by doubling it. */
    static String yamlQuoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * Refuses to write a file through a symbolic link between the repository's root and it (.github, .github/workflows,
     * the portal's .gitignore): init would write or append outside the repository, where the link leads (an audit).
     */
    private static void refuseLinks(Path root, Path file) {
        Path top = root.toAbsolutePath().normalize();
        for (Path p = file.toAbsolutePath().normalize(); p != null && p.startsWith(top) && !p.equals(top); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw DiffpressException.input(Stage.CONFIG, p + " is a symbolic link: init writes " + file
                        + " only inside the repository, never through a link; remove the link or write the file by hand");
            }
        }
    }

    /** What the portal's .gitignore must hold: the built site, the trees a build swaps it with, caches and the lock. */
    static final java.util.List<String> IGNORED = java.util.List.of("/public/", "/.public.*/", "/.diffpress/", "/.diffpress.lock");
    // anchored to the portal's folder: "public/" alone kept every documentation folder named public out of git (an audit)

    /**
     * The bytes to add at the end of the portal's .gitignore (all of it for a new one): the lines of {@link #IGNORED}
     * it lacks, in its own line ending; empty when it has them all. An existing file is read as bytes, so one in any
     * encoding is kept as it is; "/public" or ".diffpress" count as the same patterns.
     */
    private static Optional<byte[]> ignoreAddition(Path file) throws IOException {
        String header = "# built site, the trees a build swaps it with, render cache and the lock of a running diffpress";
        byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        String text = new String(bytes, StandardCharsets.ISO_8859_1); // every byte a char: the patterns are ASCII
        java.util.Set<String> present = new java.util.HashSet<>();
        text.lines().map(InitCommand::pattern).forEach(present::add);
        java.util.List<String> missing = IGNORED.stream().filter(line -> !present.contains(pattern(line))).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        String addition = (text.isEmpty() || text.endsWith("\n") ? "" : eol) + header + eol + String.join(eol, missing) + eol;
        return Optional.of(addition.getBytes(StandardCharsets.US_ASCII));
    }

    /** A .gitignore line as a pattern to compare: without spaces at the ends, a leading or a trailing slash. */
    private static String pattern(String line) {
        String p = line.strip();
        p = p.startsWith("/") ? p.substring(1) : p;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** The branch checked out in a work tree; empty for a detached HEAD, a branch not born yet, or an unreadable one. */
    private static Optional<String> currentBranch(Path workTree) {
        try (org.eclipse.jgit.lib.Repository repository = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .findGitDir(workTree.toFile()).setMustExist(true).build()) {
            org.eclipse.jgit.lib.Ref head = repository.exactRef(org.eclipse.jgit.lib.Constants.HEAD);
            String name;
            if (head != null && head.isSymbolic()) {
                name = org.eclipse.jgit.lib.Repository.shortenRefName(head.getTarget().getName());
            } else {
                // a detached HEAD (a CI checkout): the remote's default branch, else the only local branch
                org.eclipse.jgit.lib.Ref remoteHead = repository.exactRef("refs/remotes/origin/HEAD");
                var locals = repository.getRefDatabase().getRefsByPrefix(org.eclipse.jgit.lib.Constants.R_HEADS);
                if (remoteHead != null && remoteHead.isSymbolic()) {
                    name = remoteHead.getTarget().getName().substring("refs/remotes/origin/".length());
                } else if (locals.size() == 1) {
                    name = org.eclipse.jgit.lib.Repository.shortenRefName(locals.get(0).getName());
                } else {
                    return Optional.empty();
                }
            }
            // a name the workflow and site.yml can hold as it is (no control characters, no "${{")
            return name.chars().anyMatch(Character::isISOControl) || name.contains("${{") ? Optional.empty() : Optional.of(name);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
