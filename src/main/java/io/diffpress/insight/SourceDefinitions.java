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

    /** A Python class whose body the lines read are in: its line's indentation and its name, with the classes it is in. */
    private record PythonClass(int indent, String name) {
    }

    private static final Pattern PYTHON_CLASS = Pattern.compile("^\\s*class\\s+([A-Za-z_]\\w*)");
    private static final Pattern PYTHON = Pattern.compile("^\\s*(?:async\\s+)?(?:def|class)\\s+([A-Za-z_]\\w*)");
    private static final Pattern SCRIPT = Pattern.compile(
            "^\\s*(?:export\\s+)?(?:default\\s+)?(?:async\\s+)?(?:function\\*?|class)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern TYPES = Pattern.compile(
            "^\\s*(?:(?:public|private|protected|internal|static|final|abstract|sealed|partial|data|open)\\s+)*"
                    + "(?:class|interface|enum|record|struct|object)\\s+([A-Za-z_]\\w*)");
    /** A function held by a variable: {@code const stop = () => 2}, {@code let f = async function (…)}. */
    private static final Pattern SCRIPT_VALUE = Pattern.compile("^\\s*(?:export\\s+)?(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*"
            + "(?::[^=]{1,80})?=\\s*(?:async\\s+)?(?:function\\b|\\([^)]{0,200}\\)\\s*(?::[^=]{1,80})?=>|[A-Za-z_$][\\w$]*\\s*=>)");
    /**
     * A method of a JavaScript or TypeScript class (or object): indented, its modifiers, a name, a parameter list on the
     * line without parentheses inside it (a call passing a callback, {@code it('runs', () => {}), has some), an optional
     * TypeScript return type, then the body's brace and nothing more: {@code   async listRegions(): Promise<string[]> {}.
     */
    private static final String SCRIPT_METHOD_NAME = "^\\s+(?:(?:public|private|protected|static|async|readonly|override"
            + "|abstract|get|set)\\s+)*\\*?(?!(?:if|for|while|switch|catch|function|return|else|do|try|with|new|await|typeof|super|this)\\b)"
            + "(#?[A-Za-z_$][\\w$]*)\\s*(?:<[^>()]{0,80}>)?\\s*\\(";
    private static final Pattern SCRIPT_METHOD = Pattern.compile(SCRIPT_METHOD_NAME
            + "[^;{}()]{0,300}\\)\\s*(?::\\s*[^={};()]{1,120})?\\s*\\{\\s*}?\\s*$");
    /** The first line of a script method whose parameters go on over the next lines (as Prettier wraps them). */
    private static final Pattern OPEN_SCRIPT_METHOD = Pattern.compile(SCRIPT_METHOD_NAME + "(?:[^;{}()]{0,300},)?\\s*$");
    /** A type as Java and C# write it: a dotted name, type arguments (which may hold spaces), array brackets, a C# "?". */
    private static final String TYPE = "[A-Za-z_][\\w.]*(?:<[^;(){}=]{0,120}>)?(?:\\[\\])*\\??";
    /**
     * A method or constructor of Java, C#, Kotlin, Scala or Swift, told from a call by its modifiers (at least one:
     * {@code public static void Main(…)}, {@code private int Recognize(…)}); a method with none is {@link #PLAIN_METHOD}'s.
     */
    private static final Pattern METHOD = Pattern.compile("^\\s*(?:@\\w+(?:\\([^)]{0,200}\\))?\\s+)*"
            + "(?:(?:public|private|protected|internal|static|final|abstract|override|virtual|async|sealed|synchronized|extern"
            + "|unsafe|default|open|inline|suspend|partial)\\s+)+(?:" + TYPE + "\\s+)?([A-Za-z_]\\w*)\\s*(?:<[^>]{0,80}>)?\\s*\\(");
    /**
     * A Java or C# method with no modifier ({@code void run() {}, {@code Map<String, Integer> counts() {}, C#'s
     * {@code void Start()} with its brace on the next line): a type, a name and the whole parameter list on one line, then
     * nothing but a body's opening brace (or an empty body, or a comment) or C#'s {@code =>} and an expression. Group 2 is
     * that brace, group 3 the arrow; without either the next line must start the body. No statement has this shape but for words that are no type ({@code else if (x) {}, LINQ's
     * {@code where IsActive(p)}); a declaration without a body, or one over several lines, is not seen, in either version.
     */
    private static final Pattern PLAIN_METHOD = Pattern.compile("^\\s*(?:@\\w+(?:\\([^)]{0,200}\\))?\\s+)*"
            + "(?!(?:new|return|else|case|throw|yield|await|goto|assert|package|import|using|var|val|where|orderby|select|group"
            + "|join|let|from|is|not|and|or|when|in|on|by|into|ascending|descending|equals|do|try|lock|fixed|checked|unchecked)\\b)"
            + TYPE + "\\s+([A-Za-z_]\\w*)\\s*(?:<[^>]{0,80}>)?\\s*\\([^;{}]{0,300}\\)\\s*(?:throws\\s+[\\w.,\\s]{1,200}?)?\\s*"
            + "(?:(\\{\\s*}?)|(=>.*))?\\s*(?://.*)?$");
    /** The first line of a plain method's signature whose parameters go on over the next lines: "void send(String a,". */
    private static final Pattern OPEN_SIGNATURE = Pattern.compile("^\\s*(?:@\\w+(?:\\([^)]{0,200}\\))?\\s+)*"
            + "(?!(?:new|return|else|case|throw|yield|await|goto|assert|package|import|using|var|val|where|orderby|select|group"
            + "|join|let|from|is|not|and|or|when|in|on|by|into|ascending|descending|equals|do|try|lock|fixed|checked|unchecked)\\b)"
            + TYPE + "\\s+[A-Za-z_]\\w*\\s*(?:<[^>]{0,80}>)?\\s*\\((?:[^;{})]{0,300},)?\\s*$");
    /** Kotlin's {@code fun name(}, Swift's {@code func name(}, Scala's {@code def name(}. */
    private static final Pattern FUN = Pattern.compile("^\\s*(?:(?:public|private|protected|internal|override|open|static|final"
            + "|suspend|inline|mutating)\\s+)*(?:fun|func|def)\\s+(?:<[^>]{0,80}>\\s*)?([A-Za-z_]\\w*)");
    /** Words a method pattern could take for a name on an odd line, never a definition's name. */
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("if", "for", "while", "switch", "catch", "return", "new",
            "throw", "using", "lock", "foreach", "synchronized", "await", "typeof", "sizeof", "nameof");
    private static final Pattern GO = Pattern.compile("^func\\s+(?:\\([^)]*\\)\\s*)?([A-Za-z_]\\w*)");
    private static final Pattern SHELL = Pattern.compile("^\\s*(?:function\\s+([A-Za-z_][\\w-]*)|([A-Za-z_]\\w*)\\s*\\(\\)\\s*\\{)");
    private static final Pattern POWERSHELL = Pattern.compile("^\\s*function\\s+([A-Za-z_][\\w-]*)", Pattern.CASE_INSENSITIVE);
    /** With a visibility (`pub`, `pub(crate)`) and qualifiers (`async`, `const`, `unsafe`, `extern "C"`) before it. */
    private static final Pattern RUST = Pattern.compile(
            "^\\s*(?:pub(?:\\s*\\([^)]*\\))?\\s+)?(?:(?:async|const|unsafe|extern(?:\\s+\"[^\"]*\")?)\\s+)*(?:fn|struct|enum|trait)\\s+([A-Za-z_]\\w*)");
    /** A Rust trait's first line: the functions declared in its body are as public as the trait, with no `pub` of their own. */
    private static final Pattern RUST_TRAIT = Pattern.compile("^(\\s*)(pub(?:\\s*\\([^)]*\\))?\\s+)?(?:unsafe\\s+)?trait\\s");
    /** Public in Rust: `pub` alone; `pub(crate)`, `pub(super)` and `pub(in path)` keep it within its crate. */
    private static final Pattern RUST_PUBLIC = Pattern.compile("^pub(?!\\s*\\()");

    /** Per language, the patterns of a definition's line, tried in order. */
    private static final Map<String, List<Pattern>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("Python", List.of(PYTHON)), Map.entry("JavaScript", List.of(SCRIPT, SCRIPT_VALUE, SCRIPT_METHOD)),
            Map.entry("TypeScript", List.of(SCRIPT, SCRIPT_VALUE, SCRIPT_METHOD)), Map.entry("Java", List.of(TYPES, METHOD, PLAIN_METHOD)),
            Map.entry("Kotlin", List.of(TYPES, FUN, METHOD)), Map.entry("C#", List.of(TYPES, METHOD, PLAIN_METHOD)),
            Map.entry("Scala", List.of(TYPES, FUN)), Map.entry("Swift", List.of(TYPES, FUN, METHOD)), Map.entry("Go", List.of(GO)),
            Map.entry("Shell", List.of(SHELL)), Map.entry("PowerShell", List.of(POWERSHELL)), Map.entry("Rust", List.of(RUST)));

    private SourceDefinitions() {
    }

    /** Whether definitions of this language are looked for (its lines read for functions and classes). */
    static boolean reads(String language) {
        return BY_LANGUAGE.containsKey(language);
    }

    static List<String> in(String language, List<String> lines) {
        return in(language, lines, new java.util.HashSet<>(), new java.util.HashMap<>(), new java.util.HashMap<>());
    }

    /** What {@code signatures} holds for a name defined more than once (overloads, a class and its constructor). */
    private static final String SEVERAL = "\u0000";

    /**
     * The definitions' names, in order; {@code privates} gets the names declared private (see {@link #isPrivate}), and
     * {@code signatures} each name's declaration up to the end of its parameter list, spacing collapsed, and
     * {@code headers} each type's declaration up to its body ({@link #typeHeader}): a class and its constructor have one
     * name, so a type's header is kept apart from the constructor's signature.
     */
    private static List<String> in(String language, List<String> lines, java.util.Set<String> privates,
                                   Map<String, String> signatures, Map<String, String> headers) {
        List<Pattern> patterns = BY_LANGUAGE.getOrDefault(language, List.of());
        List<String> names = new ArrayList<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        // Rust: the indentation of the trait whose body the lines are in (-1 for none), and whether that trait is public
        int traitIndent = -1;
        boolean publicTrait = false;
        // Python: the classes whose bodies the lines are in, by indentation, so a method is named with its class
        // (`Producer.close`): "Removed `close`" had been said while `Consumer.close` stayed (an audit)
        java.util.ArrayDeque<PythonClass> pythonClasses = new java.util.ArrayDeque<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > 500) {
                continue;
            }
            String owner = "";
            if (language.equals("Python") && !line.isBlank() && !line.stripLeading().startsWith("#")) {
                int indent = CodeFences.textStart(line);
                while (!pythonClasses.isEmpty() && pythonClasses.peek().indent() >= indent) {
                    pythonClasses.pop();
                }
                owner = pythonClasses.isEmpty() ? "" : pythonClasses.peek().name();
                Matcher cls = PYTHON_CLASS.matcher(line);
                if (cls.lookingAt()) {
                    pythonClasses.push(new PythonClass(indent, owner.isEmpty() ? cls.group(1) : owner + "." + cls.group(1)));
                }
            }
            boolean inTrait = false;
            if (language.equals("Rust")) {
                int indent = CodeFences.textStart(line);
                if (traitIndent >= 0 && indent <= traitIndent && indent < line.length()) {
                    traitIndent = -1; // a line back at the trait's level: its closing brace, or what follows it
                }
                inTrait = traitIndent >= 0;
                Matcher trait = RUST_TRAIT.matcher(line);
                if (!inTrait && trait.lookingAt() && line.indexOf('}') < 0) {
                    traitIndent = indent;
                    publicTrait = trait.group(2) != null && RUST_PUBLIC.matcher(trait.group(2)).lookingAt();
                }
            }
            for (Pattern pattern : patterns) {
                int last = i;
                if (pattern == PLAIN_METHOD && OPEN_SIGNATURE.matcher(line).lookingAt()
                        || pattern == SCRIPT_METHOD && OPEN_SCRIPT_METHOD.matcher(line).lookingAt()) {
                    // a signature over several lines is read as one line, so wrapping its parameters changes nothing
                    StringBuilder joined = new StringBuilder(line);
                    while (last + 1 < lines.size() && last < i + 8 && joined.indexOf(")") < 0) {
                        joined.append(' ').append(lines.get(++last).strip());
                    }
                    if (joined.length() <= 500) {
                        line = joined.toString();
                    } else {
                        last = i;
                    }
                }
                Matcher m = pattern.matcher(line);
                if (m.lookingAt() && (pattern != PLAIN_METHOD || m.group(2) != null || m.group(3) != null || bodyNext(lines, last))) {
                    int group = m.group(1) != null ? 1 : m.groupCount();
                    String bare = m.group(group);
                    if (!KEYWORDS.contains(bare)) {
                        String name = owner.isEmpty() ? bare : owner + "." + bare;
                        names.add(name);
                        String declared = signature(lines, last, line, m.end(group));
                        if (declared.isEmpty() && language.equals("PowerShell")) {
                            declared = powerShellParameters(lines, i, line.strip());
                        }
                        if (pattern == TYPES && declared.isEmpty()) {
                            headers.merge(name, typeHeader(lines, i), (one, other) -> SEVERAL);
                        } else {
                            signatures.merge(name, declared, (one, other) -> SEVERAL);
                        }
                        if (inTrait ? !publicTrait : isPrivate(language, line.substring(0, m.start(group)), bare)) {
                            privates.add(name);
                        } else {
                            shared.add(name);
                        }
                    }
                    break;
                }
            }
        }
        // a name is private only when every definition of it is (a class with a private constructor is not)
        privates.removeAll(shared);
        return names;
    }

    /** Whether the first line after line i that is not blank is a lone opening brace (C#'s usual layout) or starts with "=>". */
    private static boolean bodyNext(List<String> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            String next = lines.get(k).strip();
            if (!next.isEmpty()) {
                return next.equals("{") || next.startsWith("=>");
            }
        }
        return false;
    }

    /**
     * Whether a definition can be used only from within its file or type, so that no reader's code calls it: declared
     * {@code private} (Java, C#, Kotlin, Scala, Swift; also {@code fileprivate}), a leading underscore in Python (not a
     * {@code __dunder__}), a lower-case name in Go (not exported), no {@code pub} in Rust. {@code before} is the line up to
     * the name.
     */
    private static boolean isPrivate(String language, String before, String name) {
        return switch (language) {
            case "Java", "C#", "Kotlin", "Scala", "Swift" -> PRIVATE.matcher(before).find();
            // TypeScript's private modifier, or a #name (private in JavaScript's classes)
            case "JavaScript", "TypeScript" -> name.startsWith("#") || PRIVATE.matcher(before).find();
            case "Python" -> name.startsWith("_") && !(name.startsWith("__") && name.endsWith("__"));
            case "Go" -> !Character.isUpperCase(name.charAt(0));
            case "Rust" -> !RUST_PUBLIC.matcher(before.strip()).lookingAt();
            default -> false;
        };
    }

    /**
     * The parameters a declaration gained after all its old ones when each is optional (a default value, `name?` or
     * `name?:` in TypeScript, Python's `*args`, `**kwargs` or a lone `*`), else none: the old declaration, its closing
     * parenthesis aside, must start the new one, the rest being a comma and the new parameters.
     */
    static List<String> optionalAdded(String then, String now) {
        List<String> added = appended(then, now);
        for (String p : added) {
            boolean optional = p.equals("*") || p.startsWith("*") && p.length() > 1 && Character.isJavaIdentifierStart(p.replace("*", "").charAt(0))
                    || hasTopLevel(p, '=') || OPTIONAL_NAME.matcher(p).lookingAt();
            if (!optional) {
                return List.of();
            }
        }
        return added;
    }

    /**
     * The parameters a declaration gained after all its old ones, stripped: the old declaration, its closing parenthesis
     * aside, must start the new one, the rest being a comma and the new parameters; else none.
     */
    private static List<String> appended(String then, String now) {
        if (!then.endsWith(")") || !now.endsWith(")") || now.length() <= then.length()) {
            return List.of();
        }
        String head = then.substring(0, then.length() - 1);
        if (!now.startsWith(head)) {
            return List.of();
        }
        String rest = now.substring(head.length(), now.length() - 1).strip();
        if (!head.stripTrailing().endsWith("(")) {
            if (!rest.startsWith(",")) {
                return List.of();
            }
            rest = rest.substring(1);
        }
        return topLevel(rest).stream().map(String::strip).toList();
    }

    /**
     * As {@link #optionalAdded} for PowerShell, whose parameters are optional unless marked {@code Mandatory}: the ones a
     * {@code param(…)} block gained after its old ones, when none of them is mandatory.
     */
    static List<String> optionalPowerShellAdded(String then, String now) {
        List<String> added = appended(then, now);
        return added.stream().anyMatch(p -> MANDATORY.matcher(p).find()) ? List.of() : added;
    }

    /** A PowerShell parameter a caller must pass: {@code [Parameter(Mandatory)]}, {@code Mandatory = $true}. */
    private static final Pattern MANDATORY = Pattern.compile("\\bMandatory\\b(?!\\s*=\\s*\\$false)", Pattern.CASE_INSENSITIVE);

    /** TypeScript's optional parameter: "baseUrl?: string", "opts?". */
    private static final Pattern OPTIONAL_NAME = Pattern.compile("^[A-Za-z_$][\\w$]*\\?(?:\\s*:|$)");

    /** The parts of a parameter list between commas outside brackets, braces, parentheses and quotes. */
    private static List<String> topLevel(String list) {
        return topLevel(list, ',');
    }

    /** The parts of a text between {@code separator}s outside brackets, braces, parentheses and quotes. */
    private static List<String> topLevel(String list, char separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        char quote = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if ("([{<".indexOf(c) >= 0) {
                depth++;
            } else if (")]}>".indexOf(c) >= 0) {
                depth--;
            } else if (c == separator && depth == 0) {
                out.add(list.substring(from, i));
                from = i + 1;
            }
        }
        String last = list.substring(from);
        if (!last.isBlank()) {
            out.add(last);
        }
        return out.stream().anyMatch(String::isBlank) ? List.of() : out;
    }

    /** Whether a character stands outside brackets and quotes in a parameter ("x: int = 3" has '=', "f(a=1)" not). */
    private static boolean hasTopLevel(String parameter, char wanted) {
        return topLevel(parameter, wanted).size() > 1;
    }

    private static final Pattern PRIVATE = Pattern.compile("\\b(?:private|fileprivate)\\b");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    /**
     * A declaration up to the parenthesis that closes its parameter list (after the name, at nameEnd: not a call in its
     * body, nor a comment), read on over the next lines (from line {@code last}) while the list is open; spacing
     * collapsed, as wrapping or a space after a comma changes nothing. Empty for a definition without a parameter list on
     * its line (a class), or one that does not close within eight lines.
     */
    private static String signature(List<String> lines, int last, String line, int nameEnd) {
        int open = line.indexOf('(', nameEnd);
        if (open < 0 || !line.substring(nameEnd, open).isBlank() && !line.substring(nameEnd, open).strip().startsWith("<")
                && !line.substring(nameEnd, open).strip().startsWith("=")) {
            return ""; // no parameter list right after the name (a class, a value)
        }
        StringBuilder text = new StringBuilder(line);
        int depth = 0;
        for (int i = open, next = last; ; i++) {
            if (i == text.length()) {
                if (next + 1 >= lines.size() || next >= last + 8) {
                    return "";
                }
                text.append(' ').append(lines.get(++next).strip());
            }
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                String declaration = SPACES.matcher(text.substring(0, i + 1).strip()).replaceAll(" ");
                // (a trailing comma, as Prettier leaves one after wrapped parameters, changes nothing either)
                return COMMA.matcher(declaration.replace("( ", "(").replace(" )", ")")).replaceAll(", ").replace(", )", ")");
            }
        }
    }

    /** A type's first line: its modifiers, its kind, its name and what follows the name. */
    private static final Pattern TYPE_HEADER = Pattern.compile("^((?:[\\w-]+\\s+)*?)(class|interface|enum|record|struct|object)\\s+(\\w+)(.*)$");
    /** Modifiers whose removal, or whose gain, leaves every use of a type as it was. */
    private static final java.util.Set<String> LOOSENING = java.util.Set.of("final", "sealed", "abstract");
    private static final java.util.Set<String> OPENING = java.util.Set.of("open", "public", "partial", "data");

    /**
     * A type's declaration up to its body's brace (or the line's end), read on over up to four lines when its base types go
     * on below it; spacing collapsed and a trailing comment left out.
     */
    private static String typeHeader(List<String> lines, int i) {
        StringBuilder text = new StringBuilder();
        for (int k = i; k < lines.size() && k <= i + 4; k++) {
            String line = lines.get(k);
            int comment = line.indexOf("//");
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            int brace = line.indexOf('{');
            text.append(' ').append(brace >= 0 ? line.substring(0, brace) : line);
            if (brace >= 0 || line.strip().endsWith(";")) {
                break;
            }
        }
        String header = SPACES.matcher(text.toString().strip()).replaceAll(" ");
        return header.endsWith(";") ? header.substring(0, header.length() - 1).stripTrailing() : header;
    }

    /**
     * Whether a type's new declaration only lets more code use it than the old one: modifiers that restrict it dropped
     * ({@code final}, {@code sealed}, {@code abstract}) or ones that open it gained ({@code public}, {@code open}), base
     * types only added, its kind, name and type parameters the same.
     */
    static boolean onlyWidened(String then, String now) {
        Matcher a = TYPE_HEADER.matcher(then);
        Matcher b = TYPE_HEADER.matcher(now);
        if (!a.matches() || !b.matches() || !a.group(2).equals(b.group(2)) || !a.group(3).equals(b.group(3))) {
            return false;
        }
        java.util.Set<String> oldModifiers = words(a.group(1));
        java.util.Set<String> newModifiers = words(b.group(1));
        for (String gone : oldModifiers) {
            if (!newModifiers.contains(gone) && !LOOSENING.contains(gone)) {
                return false;
            }
        }
        for (String gained : newModifiers) {
            if (!oldModifiers.contains(gained) && !OPENING.contains(gained)) {
                return false;
            }
        }
        String oldRest = a.group(4).strip();
        String newRest = b.group(4).strip();
        if (typeParameters(oldRest).equals(typeParameters(newRest))) {
            java.util.Set<String> oldBases = words(oldRest.substring(typeParameters(oldRest).length()).replaceAll("[,:]", " "));
            java.util.Set<String> newBases = words(newRest.substring(typeParameters(newRest).length()).replaceAll("[,:]", " "));
            newBases.addAll(List.of("extends", "implements"));
            return newBases.containsAll(oldBases);
        }
        return false;
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String word : SPACES.split(text.strip())) {
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    /** The type parameters that open a type's declaration after its name ("<T extends Comparable<T>>"), or "". */
    private static String typeParameters(String rest) {
        if (!rest.startsWith("<")) {
            return "";
        }
        int depth = 0;
        for (int i = 0; i < rest.length(); i++) {
            depth += rest.charAt(i) == '<' ? 1 : rest.charAt(i) == '>' ? -1 : 0;
            if (depth == 0) {
                return rest.substring(0, i + 1);
            }
        }
        return rest;
    }

    /**
     * A PowerShell function's declaration with the parameters of its {@code param(…)} block, which opens its body (after
     * {@code [CmdletBinding()]}, blank lines and comment-based help): "function Get-Quota param([string]$Region)", or ""
     * when it has none within its first 40 lines or the block does not close within 60.
     */
    static String powerShellParameters(List<String> lines, int i, String declaration) {
        boolean help = false;
        for (int k = i + 1; k < lines.size() && k <= i + 40; k++) {
            String line = lines.get(k).strip();
            if (help) {
                help = !line.contains("#>");
                continue;
            }
            if (line.isEmpty() || line.equals("{") || line.startsWith("#") && !line.startsWith("<#")
                    || line.regionMatches(true, 0, "[CmdletBinding", 0, 14) || line.regionMatches(true, 0, "[OutputType", 0, 11)) {
                continue;
            }
            if (line.startsWith("<#")) {
                help = !line.substring(2).contains("#>");
                continue;
            }
            if (!line.regionMatches(true, 0, "param", 0, 5) || line.length() == 5 && k + 1 >= lines.size()) {
                return "";
            }
            String rest = line.substring(5).strip();
            if (!rest.isEmpty() && !rest.startsWith("(")) {
                return "";
            }
            StringBuilder text = new StringBuilder("param");
            int depth = 0;
            boolean opened = false;
            for (int n = k; n < lines.size() && n <= k + 60; n++) {
                String part = n == k ? rest : lines.get(n).strip();
                int hash = part.indexOf('#');
                if (hash >= 0) {
                    part = part.substring(0, hash); // a comment after a parameter
                }
                for (int c = 0; c < part.length(); c++) {
                    char ch = part.charAt(c);
                    depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
                    opened |= ch == '(';
                    text.append(ch);
                    if (opened && depth == 0) {
                        String block = SPACES.matcher(text.toString()).replaceAll(" ");
                        block = COMMA.matcher(block.replace("( ", "(").replace(" )", ")")).replaceAll(", ").replace(", )", ")");
                        String head = declaration.endsWith("{") ? declaration.substring(0, declaration.length() - 1).strip() : declaration;
                        return head + " " + block;
                    }
                }
                text.append(' ');
            }
            return "";
        }
        return "";
    }

    static List<Fact> compare(String language, List<String> before, List<String> after) {
        java.util.Set<String> privates = new java.util.HashSet<>();
        Map<String, String> oldSignatures = new java.util.HashMap<>();
        Map<String, String> newSignatures = new java.util.HashMap<>();
        Map<String, String> oldHeaders = new java.util.HashMap<>();
        Map<String, String> newHeaders = new java.util.HashMap<>();
        List<String> a = in(language, before, privates, oldSignatures, oldHeaders);
        java.util.Set<String> newPrivates = new java.util.HashSet<>();
        List<String> b = in(language, after, newPrivates, newSignatures, newHeaders);
        List<Fact> facts = new ArrayList<>();
        // a public type whose declaration changed: made final, sealed or abstract, less visible, or a base type dropped
        // breaks code that extends, creates or uses it as that base (an audit: `class` -> `final class` was not seen)
        for (String name : b.stream().distinct().toList()) {
            String then = oldHeaders.get(name);
            String now = newHeaders.get(name);
            if (then != null && now != null && !then.equals(SEVERAL) && !now.equals(SEVERAL) && !then.equals(now)
                    && !privates.contains(name)) {
                facts.add(new Fact.TypeDeclarationChanged(language, name, then, now, !onlyWidened(then, now)));
            }
        }
        // a public definition declared once in each version whose parameters (or modifiers, or type) changed: callers
        // written for the old one may no longer compile
        for (String name : b.stream().distinct().toList()) {
            String then = oldSignatures.get(name);
            String now = newSignatures.get(name);
            // (one made private is the clearest case: it was public before)
            if (then != null && !then.equals(SEVERAL) && !now.equals(SEVERAL) && !then.equals(now) && !then.isEmpty() && !now.isEmpty()
                    && !privates.contains(name)) {
                List<String> optional = language.equals("PowerShell") ? optionalPowerShellAdded(then, now)
                        : language.equals("JavaScript") ? trailingAdded(then, now) : optionalAdded(then, now);
                facts.add(optional.isEmpty() ? new Fact.SignatureChanged(language, name, then, now)
                        : new Fact.OptionalParametersAdded(language, name, optional, then, now));
            }
        }
        // each name once: a class and its constructor, or overloads, are one name to a reader; a name is removed or added
        // only when no definition of it is left or was there (one of three `visitFile` overrides replaced had been told
        // as `visitFile` removed, an overload added as the name added: an audit)
        java.util.Set<String> oldNames = new java.util.LinkedHashSet<>(a);
        java.util.Set<String> newNames = new java.util.LinkedHashSet<>(b);
        List<String> removed = oldNames.stream().filter(n -> !newNames.contains(n)).toList();
        List<String> added = newNames.stream().filter(n -> !oldNames.contains(n)).toList();
        // a private one was no reader's to call: told apart, as a minor update
        List<String> publicRemoved = removed.stream().filter(n -> !privates.contains(n)).toList();
        List<String> privateRemoved = removed.stream().filter(privates::contains).toList();
        if (!publicRemoved.isEmpty()) {
            facts.add(new Fact.DefinitionsRemoved(language, publicRemoved));
        }
        if (!privateRemoved.isEmpty()) {
            facts.add(new Fact.PrivateDefinitionsRemoved(language, privateRemoved));
        }
        List<String> publicAdded = added.stream().filter(n -> !newPrivates.contains(n)).toList();
        List<String> privateAdded = added.stream().filter(newPrivates::contains).toList();
        if (!publicAdded.isEmpty()) {
            facts.add(new Fact.DefinitionsAdded(language, publicAdded));
        }
        if (!privateAdded.isEmpty()) {
            facts.add(new Fact.PrivateDefinitionsAdded(language, privateAdded));
        }
        // a name defined more or fewer times (an overload added or removed, one of several same-named methods of other
        // types): told with its counts, as which one went cannot be told; a type's name counts its constructors only
        Map<String, Integer> oldCounts = counts(a);
        Map<String, Integer> newCounts = counts(b);
        for (String name : newNames) {
            int then = oldCounts.getOrDefault(name, 0);
            int count = newCounts.get(name);
            if (then > 0 && then != count && !oldHeaders.containsKey(name) && !newHeaders.containsKey(name)) {
                facts.add(new Fact.DefinitionCountChanged(language, name, then, count));
            }
        }
        return facts;
    }

    private static Map<String, Integer> counts(List<String> names) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        names.forEach(n -> counts.merge(n, 1, Integer::sum));
        return counts;
    }

    /**
     * The parameters a JavaScript function gained after all its old ones: a caller that passes fewer arguments than a
     * function takes gets {@code undefined} for the rest, so code that calls it as before still runs (an audit).
     */
    static List<String> trailingAdded(String then, String now) {
        return appended(then, now);
    }
}
