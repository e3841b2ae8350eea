package io.diffpress.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A named part of the repository, chosen by path globs. A file belongs to the section
 * when it matches an include and no exclude. Globs: {@code *} any characters but '/',
 * {@code **} any characters including '/', {@code ?} one character, {@code {a,b}} alternatives;
 * {@code dir/**} also matches everything below {@code dir}. {@code at} is where site.yml names the section
 * ("FILE:LINE:COLUMN"), "" for the default section, for messages about its globs.
 */
public record SectionConfig(String name, List<String> include, List<String> exclude, String at) {

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    public SectionConfig(String name, List<String> include, List<String> exclude) {
        this(name, include, exclude, "");
    }

    public SectionConfig {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        include.forEach(SectionConfig::compiled);
        exclude.forEach(SectionConfig::compiled);
    }

    /** Whether a repository path (forward slashes, no leading slash) belongs to this section. */
    public boolean matches(String repoPath) {
        return include.stream().anyMatch(g -> compiled(g).matcher(repoPath).matches())
                && exclude.stream().noneMatch(g -> compiled(g).matcher(repoPath).matches());
    }

    /** Whether one glob of a section matches a repository path. */
    public static boolean globMatches(String glob, String repoPath) {
        return compiled(glob).matcher(repoPath).matches();
    }

    /** DOTALL: a file name may contain a newline, and {@code **} must match it too. */
    static Pattern compiled(String glob) {
        return COMPILED.computeIfAbsent(glob, g -> Pattern.compile(toRegex(g), Pattern.DOTALL));
    }

    /** How many '{' of the glob no '}' closes (a '}' with none open is a character of a name), as {@link #toRegex} reads it. */
    static int unclosedBraces(String glob) {
        int open = 0;
        for (int i = 0; i < glob.length(); i++) {
            if (glob.charAt(i) == '{') {
                open++;
            } else if (glob.charAt(i) == '}' && open > 0) {
                open--;
            }
        }
        return open;
    }

    static String toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                    if (doubleStar) {
                        i++;
                        boolean slashAfter = i + 1 < glob.length() && glob.charAt(i + 1) == '/';
                        if (slashAfter) { // "**/" matches zero or more folders
                            i++;
                            re.append("(?:.*/)?");
                        } else {
                            re.append(".*");
                        }
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '{' -> { braces++; re.append("(?:"); }
                case '}' -> { if (braces > 0) { braces--; re.append(')'); } else { re.append("\\}"); } }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        while (braces-- > 0) {
            re.append(')');
        }
        return re.toString();
    }
}
