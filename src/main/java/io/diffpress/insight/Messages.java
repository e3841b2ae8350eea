package io.diffpress.insight;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentence templates of one locale, read as UTF-8 (ResourceBundle.getBundle would read
 * ISO-8859-1 on some setups). Missing keys fall back to en_US. Placeholders are {0}..{9},
 * replaced literally: no MessageFormat, so apostrophes need no escaping and numbers are
 * never grouped differently from one JVM to another.
 */
final class Messages {

    private static final Locale FALLBACK = Locale.US;
    private static final Map<Locale, Messages> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    /**
     * Every key's template, the locale's or else en_US's, and per key the template of its ".one"
     * form where {@link #count} uses it: resolved once, as every sentence of every file asks.
     */
    private final Map<String, Template> templates = new HashMap<>();
    private final Map<String, Template> singular = new HashMap<>();

    private Messages(Locale locale, ResourceBundle primary, ResourceBundle fallback) {
        this.locale = locale;
        // keys interned: the code asks with literals, which then match by identity, without comparing characters
        for (String key : fallback.keySet()) {
            templates.put(key.intern(), Template.of(fallback.getString(key)));
        }
        for (String key : primary.keySet()) {
            templates.put(key.intern(), Template.of(primary.getString(key)));
        }
        for (String one : templates.keySet()) {
            if (one.endsWith(".one")) {
                String key = one.substring(0, one.length() - ".one".length());
                ResourceBundle owner = primary.containsKey(key) ? primary : fallback;
                if (owner.containsKey(one)) {
                    singular.put(key.intern(), templates.get(one));
                }
            }
        }
    }

    /** en_US and ja_JP have bundles; any Japanese locale uses ja_JP, any other en_US. */
    static Messages forLocale(Locale requested) {
        Locale locale = "ja".equals(requested.getLanguage()) ? Locale.JAPAN : FALLBACK;
        return CACHE.computeIfAbsent(locale, l -> new Messages(l, load(l), load(FALLBACK)));
    }

    Locale locale() {
        return locale;
    }

    /** The template for key with {i} replaced by args[i] (see {@link #fill}). */
    String get(String key, Object... args) {
        return lookup(key).fill(args);
    }

    /**
     * A template and where its placeholders are, found once when the bundle is read rather than on
     * every sentence (each file's explanation fills dozens).
     */
    private record Template(String text, int[] placeholders) {

        static Template of(String text) {
            int[] at = new int[4];
            int count = 0;
            for (int i = text.indexOf('{'); i >= 0; ) {
                if (placeholderAt(text, i)) {
                    if (count == at.length) {
                        at = java.util.Arrays.copyOf(at, count * 2);
                    }
                    at[count++] = i;
                    i = text.indexOf('{', i + 3);
                } else {
                    i = text.indexOf('{', i + 1);
                }
            }
            return new Template(text, java.util.Arrays.copyOf(at, count));
        }

        /** As {@link Messages#fill}. */
        String fill(Object... args) {
            if (args.length == 0) {
                return text;
            }
            int n = text.length();
            // the values as text once, and room for all of them: the builder never grows
            String[] values = new String[args.length];
            int size = n;
            for (int k = 0; k < args.length; k++) {
                values[k] = String.valueOf(args[k]);
                size += values[k].length();
            }
            StringBuilder out = new StringBuilder(size);
            int from = 0;
            for (int at : placeholders) {
                literal(text, from, at, out, values);
                int index = text.charAt(at + 1) - '0';
                out.append(index < values.length ? values[index] : "");
                from = at + 3;
            }
            literal(text, from, n, out, values);
            return out.toString();
        }
    }

    /**
     * The template with {i} replaced by args[i]. A space of the template next to a placeholder is
     * left out when the characters on both sides of it are Japanese: templates put a space around
     * each placeholder because most values are code spans or numbers, but Japanese words run on
     * ("最初の見出しより前の部分に", not "部分 に").
     */
    static String fill(String template, Object... args) {
        return Template.of(template).fill(args);
    }

    /**
     * The template's text [from, end) between placeholders, copied at once: only its first and last
     * characters stand next to a placeholder, so only they may be a space left out.
     */
    private static void literal(String template, int from, int end, StringBuilder out, Object[] args) {
        if (from == end) {
            return;
        }
        if (!leftOut(template, from, out, args)) {
            out.append(template.charAt(from));
        }
        int last = end - 1;
        if (last > from) {
            out.append(template, from + 1, last);
            if (!leftOut(template, last, out, args)) {
                out.append(template.charAt(last));
            }
        }
    }

    /** Whether the character at i is a space next to a placeholder with Japanese on both sides of it. */
    private static boolean leftOut(String template, int i, StringBuilder out, Object[] args) {
        return template.charAt(i) == ' ' && (placeholderEndsAt(template, i - 1) || placeholderAt(template, i + 1))
                && out.length() > 0 && japanese(out.codePointBefore(out.length())) && japanese(next(template, i + 1, args));
    }

    private static boolean placeholderAt(String template, int i) {
        return i >= 0 && i + 2 < template.length() && template.charAt(i) == '{' && template.charAt(i + 2) == '}'
                && Character.isDigit(template.charAt(i + 1));
    }

    private static boolean placeholderEndsAt(String template, int i) {
        return placeholderAt(template, i - 2);
    }

    /** The first character the output will have from template position i on; -1 at the end. */
    private static int next(String template, int i, Object[] args) {
        if (i >= template.length()) {
            return -1;
        }
        if (placeholderAt(template, i)) {
            int index = template.charAt(i + 1) - '0';
            String value = index < args.length ? String.valueOf(args[index]) : "";
            return value.isEmpty() ? next(template, i + 3, args) : value.codePointAt(0);
        }
        return template.codePointAt(i);
    }

    private static boolean japanese(int codePoint) {
        if (codePoint < 0x2e80) {
            return false; // below the CJK radicals: no Han, kana or CJK punctuation
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    /**
     * key + ".one" when n is 1 and the bundle that has key also has that form, else key: a
     * language without a singular form (Japanese) never borrows the English one.
     */
    String count(String key, int n, Object... args) {
        Template one = n == 1 ? singular.get(key) : null;
        return (one != null ? one : lookup(key)).fill(args);
    }

    /** "a, b and c" in the locale's words. */
    String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        // filled as templates, so that Japanese words on both sides of "と" run on as they do in sentences
        if (items.size() == 2) {
            return lookup("list.pair").fill(items.get(0), items.get(1));
        }
        String sep = lookup("list.separator").text();
        StringBuilder out = new StringBuilder(items.get(0));
        for (int i = 1; i < items.size() - 1; i++) {
            out.append(sep).append(items.get(i));
        }
        return lookup("list.last").fill(out.toString(), items.get(items.size() - 1));
    }

    /**
     * As {@link #join}, for clauses ("X changed from a to b", "Y emptied") or a list ending in "and N more": two of them are
     * joined by "list.clausePair", as Japanese joins clauses with "、", not with the "と" that joins two names (an audit).
     */
    String joinClauses(List<String> items) {
        return items.size() == 2 ? lookup("list.clausePair").fill(items.get(0), items.get(1)) : join(items);
    }

    private Template lookup(String key) {
        Template template = templates.get(key);
        if (template != null) {
            return template;
        }
        throw new MissingResourceException("no message " + key, Messages.class.getName(), key);
    }

    private static ResourceBundle load(Locale locale) {
        String name = "messages_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new MissingResourceException("missing " + name, Messages.class.getName(), name);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
