package io.diffpress.site;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.unbescape.html.HtmlEscape;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The Pebble templates and static assets of a theme. A file in the portal's
 * {@code themes/NAME/} wins over the built-in default theme file of the same name.
 *
 * <p>Templates may call {@code reportItem(report, base, t)}: a report's entry in a list of reports
 * ({@code item.peb}), rendered once per build however many list pages show it. A list page is mostly
 * such entries, and a new report shifts every page of every list it is in.
 */
final class Theme {

    private static final String BUILT_IN = "themes/default/";

    private final Path portalTheme;
    private final PebbleEngine engine;
    /** Rendered list entries by report (by identity: each report has one view per build), base and words. */
    private final Map<List<Object>, Utf8Html> items = new ConcurrentHashMap<>();
    /** Whether list entries are the built-in item.peb's, so that {@link ReportItemHtml} writes them. */
    private final boolean builtInItems;

    Theme(Path portalTheme) {
        checkLinks(portalTheme);
        this.portalTheme = portalTheme;
        builtInItems = !Files.exists(portalTheme.resolve("item.peb")) && !Files.exists(portalTheme.resolve("macros.peb"));
        List<Loader<?>> loaders = new ArrayList<>();
        if (Files.isDirectory(portalTheme)) {
            FileLoader files = new FileLoader();
            files.setPrefix(portalTheme.toString());
            loaders.add(files);
        }
        ClasspathLoader classpath = new ClasspathLoader(Theme.class.getClassLoader());
        classpath.setPrefix(BUILT_IN);
        loaders.add(classpath);
        engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Function> getFunctions() {
                        return Map.of("reportItem", new ReportItem(), "historyRows", new HistoryRows());
                    }

                    @Override
                    public Map<String, io.pebbletemplates.pebble.extension.Filter> getFilters() {
                        return Map.of("codeSpans", new CodeSpansFilter());
                    }
                })
                .addEscapingStrategy("html", Theme::escapeHtml)
                .autoEscaping(true)
                .strictVariables(false)
                .cacheActive(true)
                .newLineTrimming(true)
                .build();
    }

    /**
     * Pebble's own escaping of text in HTML, with each control character HTML forbids (an escape sequence in a
     * committed file name, shown in a title attribute) as U+FFFD, as the report's text shows it.
     */
    static String escapeHtml(String text) {
        return HtmlEscape.escapeHtml4Xml(FastText.printable(text));
    }

    String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        evaluate(template, context, out);
        return out.toString();
    }

    /** The page as UTF-8, encoded while it is rendered. */
    byte[] renderBytes(String template, Map<String, Object> context) {
        // each thread renders its pages into one buffer, which grows to the largest page once rather than with each page
        Utf8Writer out = WRITERS.get();
        if (out.inUse()) {
            out = new Utf8Writer(); // a page rendered while rendering another (none of ours does)
        }
        try {
            out.reset();
            evaluate(template, context, out);
            return out.toByteArray();
        } finally {
            out.release();
        }
    }

    private static final ThreadLocal<Utf8Writer> WRITERS = ThreadLocal.withInitial(Utf8Writer::new);

    private void evaluate(String template, Map<String, Object> context, java.io.Writer out) {
        try {
            engine.getTemplate(template).evaluate(out, context);
        } catch (PebbleException e) {
            // an error of the content a template asked for (a report body) is that content's, not the template's
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof DiffpressException d) {
                    throw d;
                }
            }
            throw DiffpressException.build(Stage.SITE, "template " + describe(template) + ": " + e.getPebbleMessage()
                    + location(e), e);
        } catch (IOException e) {
            throw DiffpressException.build(Stage.SITE, "template " + template + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // a template that includes itself, or a macro that calls itself without end: one line, not a thousand (an audit)
            throw DiffpressException.input(Stage.SITE, "template " + describe(template) + " never ends: it includes itself,"
                    + " or a macro calls itself, over and over; make the include or the call stop");
        }
    }


    /** A template's name, and the portal's file when the portal's theme has its own (the built-in one is not at fault). */
    private String describe(String template) {
        Path own = portalTheme.resolve(template);
        return Files.isRegularFile(own) ? template + " (" + own + ")" : template;
    }

    /** Where Pebble saw the error, " (file:line)", naming the portal's file when it is one; "" when Pebble does not say. */
    private String location(PebbleException e) {
        if (e.getFileName() == null) {
            return "";
        }
        Path own = portalTheme.resolve(e.getFileName());
        String file = Files.isRegularFile(own) ? own.toString() : "built-in " + e.getFileName();
        return " (" + file + (e.getLineNumber() == null ? "" : ":" + e.getLineNumber()) + ")";
    }

    /** {@code t.KEY} written in a template: a word of the interface. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\bt\\.([A-Za-z_][A-Za-z0-9_]*)");
    /** A template that names something else {@code t} (a loop over tags, say): its {@code t.x} are not words. */
    private static final java.util.regex.Pattern OTHER_T = java.util.regex.Pattern.compile("\\b(for\\s+(\\w+\\s*,\\s*)?t\\s+in|set\\s+t\\s*=)\\b");

    /**
     * Refuses a template of the portal's theme that writes {@code t.KEY} for a word no interface string file has:
     * Pebble would render it as nothing, and the page would silently lack that word. All such places are listed.
     */
    void checkWords(java.util.Set<String> keys) {
        if (!Files.isDirectory(portalTheme)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(portalTheme)) {
            for (Path file : walk.filter(f -> f.getFileName().toString().endsWith(".peb") && Files.isRegularFile(f)).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (OTHER_T.matcher(text).find()) {
                    continue;
                }
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    java.util.regex.Matcher m = WORD.matcher(lines[i]);
                    while (m.find()) {
                        if (!keys.contains(m.group(1))) {
                            problems.add(file + ":" + (i + 1) + ": t." + m.group(1) + " is no interface word: no i18n/*.properties"
                                    + " of the theme has the key '" + m.group(1) + "', so the page would show nothing there");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw DiffpressException.build(Stage.SITE, "cannot read the theme folder " + portalTheme + ": " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw DiffpressException.input(Stage.SITE, String.join("\n", problems));
        }
    }

    /**
     * {@code reportItem(report, base, t)}: item.peb for one report, made once per build; written by
     * {@link ReportItemHtml} unless the portal's theme has its own item.peb or macros.peb.
     */
    private final class ReportItem implements Function {

        @Override
        public List<String> getArgumentNames() {
            return List.of("report", "base", "t");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object report = args.get("report");
            List<Object> key = List.of(new Identity(report), String.valueOf(args.get("base")), new Identity(args.get("t")));
            Utf8Html html = items.get(key);
            if (html == null && builtInItems && report instanceof ReportView view && args.get("t") instanceof Map<?, ?> words) {
                @SuppressWarnings("unchecked")
                Map<String, String> t = (Map<String, String>) words;
                html = ReportItemHtml.html(view, args.get("base") == null ? "" : args.get("base").toString(), t);
                items.putIfAbsent(key, html);
            } else if (html == null) {
                Map<String, Object> item = new HashMap<>();
                item.put("r", report);
                item.put("base", args.get("base"));
                item.put("t", args.get("t"));
                html = Utf8Html.of(render("item.peb", item));
                items.putIfAbsent(key, html);
            }
            return html;
        }
    }

    /** {@code text | codeSpans}: the text escaped, its Markdown code spans as {@code <code>} ({@link CodeSpans}). */
    private static final class CodeSpansFilter implements io.pebbletemplates.pebble.extension.Filter {

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return new SafeString(CodeSpans.html(input == null ? null : input.toString()));
        }
    }

    /** {@code historyRows(article, base, t)}: the rows of a document's history table ({@link ArticleRows}). */
    private static final class HistoryRows implements Function {

        @Override
        public List<String> getArgumentNames() {
            return List.of("article", "base", "t");
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return ArticleRows.html((ArticleView) args.get("article"), String.valueOf(args.get("base")),
                    (Map<String, String>) args.get("t"));
        }
    }

    /** Static files (path under static/ → bytes), built-in ones first, then the portal's overrides. */
    Map<String, byte[]> assets() {
        Map<String, byte[]> assets = new TreeMap<>();
        try (InputStream list = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + "assets.list")) {
            if (list != null) {
                for (String name : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!name.isBlank()) {
                        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + "static/" + name.trim())) {
                            if (in == null) {
                                throw new IOException("built-in asset " + name + " is missing");
                            }
                            assets.put(name.trim(), in.readAllBytes());
                        }
                    }
                }
            }
            Path own = portalTheme.resolve("static");
            if (Files.isDirectory(own)) {
                try (Stream<Path> walk = Files.walk(own)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        assets.put(own.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException e) {
            throw DiffpressException.build(Stage.SITE, "cannot read theme assets: " + e.getMessage(), e);
        }
        return assets;
    }

    /**
     * The portal's theme folder may be a link, and so may folders and files in it, as long as what they lead to is in
     * the theme folder (where its link leads): a template or an asset leading elsewhere (a link committed to the
     * documented repository, to a file of the machine that builds the site) would be published. Refused, naming it;
     * so is a loop of links, which a walk would follow for ever.
     */
    static void checkLinks(Path portalTheme) {
        if (!Files.isDirectory(portalTheme)) {
            return;
        }
        try {
            Path root = portalTheme.toRealPath();
            try (Stream<Path> walk = Files.walk(portalTheme, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Path real = p.toRealPath();
                    if (!real.startsWith(root)) {
                        throw DiffpressException.input(Stage.SITE, "theme: " + portalTheme.relativize(p).toString().replace('\\', '/')
                                + " in " + portalTheme + " is a link to " + real + ", outside the theme folder; refused");
                    }
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw loopOrUnreadable(portalTheme, e.getCause());
        } catch (IOException e) {
            throw loopOrUnreadable(portalTheme, e);
        }
    }

    private static DiffpressException loopOrUnreadable(Path portalTheme, IOException e) {
        return e instanceof java.nio.file.FileSystemLoopException loop
                ? DiffpressException.input(Stage.SITE, "theme: " + loop.getFile() + " is a link back to a folder above it (a loop); refused")
                : DiffpressException.build(Stage.SITE, "theme: cannot read " + portalTheme + ": " + e.getMessage(), e);
    }
}
