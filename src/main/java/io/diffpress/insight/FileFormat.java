package io.diffpress.insight;

import java.util.Locale;
import java.util.Map;

/** How a file is read, chosen by its name: the same name always gets the same reading. */
enum FileFormat {
    MARKDOWN, TOC, YAML, JSON, JSONC, PROPERTIES, SOURCE, IMAGE, TEXT;

    /**
     * JSON files their readers take with comments and trailing commas (VS Code's JSONC, TypeScript's configuration): a
     * comment added there breaks nothing, where strict JSON read it as a file broken (an audit).
     */
    private static boolean withComments(String path, String name) {
        return name.endsWith(".jsonc") || name.equals("devcontainer.json") || name.equals(".devcontainer.json")
                || name.startsWith("tsconfig") || name.startsWith("jsconfig") || name.equals(".eslintrc.json")
                || name.equals(".babelrc.json") || path.startsWith(".vscode/") || path.contains("/.vscode/");
    }

    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("py", "Python"), Map.entry("js", "JavaScript"), Map.entry("mjs", "JavaScript"),
            Map.entry("ts", "TypeScript"), Map.entry("tsx", "TypeScript"), Map.entry("jsx", "JavaScript"),
            Map.entry("java", "Java"), Map.entry("kt", "Kotlin"), Map.entry("cs", "C#"), Map.entry("go", "Go"),
            Map.entry("rb", "Ruby"), Map.entry("rs", "Rust"), Map.entry("php", "PHP"), Map.entry("swift", "Swift"),
            Map.entry("c", "C"), Map.entry("h", "C"), Map.entry("cpp", "C++"), Map.entry("hpp", "C++"),
            Map.entry("sh", "Shell"), Map.entry("bash", "Shell"), Map.entry("ps1", "PowerShell"),
            Map.entry("sql", "SQL"), Map.entry("r", "R"), Map.entry("scala", "Scala"),
            Map.entry("ipynb", "Jupyter notebook"), Map.entry("bicep", "Bicep"), Map.entry("tf", "Terraform"));

    static FileFormat of(String path) {
        String name = fileName(path).toLowerCase(Locale.ROOT);
        String ext = extension(name);
        if (name.equals("toc.yml") || name.equals("toc.yaml")) {
            return TOC;
        }
        if (ext.equals("json") && withComments(path.toLowerCase(Locale.ROOT), name) || ext.equals("jsonc")) {
            return JSONC;
        }
        return switch (ext) {
            case "md", "markdown", "mdx" -> MARKDOWN;
            case "yml", "yaml" -> YAML;
            case "json" -> JSON;
            case "properties" -> PROPERTIES;
            case "png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "svg", "tif", "tiff", "avif" -> IMAGE;
            default -> LANGUAGES.containsKey(ext) ? SOURCE : TEXT;
        };
    }

    /** The programming language of a source file, or "" for other files. */
    static String language(String path) {
        return LANGUAGES.getOrDefault(extension(fileName(path).toLowerCase(Locale.ROOT)), "");
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }
}
