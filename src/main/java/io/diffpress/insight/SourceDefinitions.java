package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a code sample defines (functions, classes), found line by line with one pattern per
 * language: enough to say "function {@code main} added" without parsing the language.
 */
final class SourceDefinitions {

    private static final Pattern PYTHON = Pattern.compile("^\\s*(?:async\\s+)?(?:def|class)\\s+([A-Za-z_]\\w*)");
    private static final Pattern SCRIPT = Pattern.compile(
            "^\\s*(?:export\\s+)?(?:default\\s+)?(?:async\\s+)?(?:function\\*?|class)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern TYPES = Pattern.compile(
            "^\\s*(?:(?:public|private|protected|internal|static|final|abstract|sealed|partial|data|open)\\s+)*"
                    + "(?:class|interface|enum|record|struct|object)\\s+([A-Za-z_]\\w*)");
    private static final Pattern GO = Pattern.compile("^func\\s+(?:\\([^)]*\\)\\s*)?([A-Za-z_]\\w*)");
    private static final Pattern SHELL = Pattern.compile("^\\s*(?:function\\s+([A-Za-z_][\\w-]*)|([A-Za-z_]\\w*)\\s*\\(\\)\\s*\\{)");
    private static final Pattern POWERSHELL = Pattern.compile("^\\s*function\\s+([A-Za-z_][\\w-]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RUST = Pattern.compile("^\\s*(?:pub\\s+)?(?:fn|struct|enum|trait)\\s+([A-Za-z_]\\w*)");

    private static final Map<String, Pattern> BY_LANGUAGE = Map.ofEntries(
            Map.entry("Python", PYTHON), Map.entry("JavaScript", SCRIPT), Map.entry("TypeScript", SCRIPT),
            Map.entry("Java", TYPES), Map.entry("Kotlin", TYPES), Map.entry("C#", TYPES), Map.entry("Scala", TYPES),
            Map.entry("Swift", TYPES), Map.entry("Go", GO), Map.entry("Shell", SHELL),
            Map.entry("PowerShell", POWERSHELL), Map.entry("Rust", RUST));

    private SourceDefinitions() {
    }

    static List<String> in(String language, List<String> lines) {
        Pattern pattern = BY_LANGUAGE.get(language);
        List<String> names = new ArrayList<>();
        if (pattern == null) {
            return names;
        }
        for (String line : lines) {
            if (line.length() > 500) {
                continue;
            }
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                names.add(m.group(1) != null ? m.group(1) : m.group(m.groupCount()));
            }
        }
        return names;
    }

    static List<Fact> compare(String language, List<String> before, List<String> after) {
        List<String> a = in(language, before);
        List<String> b = in(language, after);
        List<Fact> facts = new ArrayList<>();
        List<String> removed = MarkdownComparison.minus(a, b);
        List<String> added = MarkdownComparison.minus(b, a);
        if (!removed.isEmpty()) {
            facts.add(new Fact.DefinitionsRemoved(language, removed));
        }
        if (!added.isEmpty()) {
            facts.add(new Fact.DefinitionsAdded(language, added));
        }
        return facts;
    }
}
