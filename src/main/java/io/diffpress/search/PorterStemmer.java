package io.diffpress.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lunr.stemmer: lunr's JavaScript port of Martin Porter's stemmer (tartarus.org), step for step, with its
 * regular expressions and quirks (for instance step 1c turns "try" into "tri", and an initial 'y' is
 * uppercased while stemming so that it counts as a consonant).
 *
 * <p>JavaScript regexes without the {@code u} flag see UTF-16 code units while {@code java.util.regex} sees
 * code points, which changes what {@code .} and {@code [^aeiou]} consume next to a surrogate pair. The
 * patterns therefore run on a proxy of the word: letters a–z kept, every other code unit replaced by
 * {@code '#'}, which sits in exactly the same character classes. The proxy has the same length, so match
 * offsets apply to the real word. The only pattern that compares characters ({@code ([^aeiouylsz])\1$}) is
 * checked on the real word. Tokens never contain JavaScript line terminators (they are {@code \s}), so the
 * difference in what {@code .} excludes never arises.
 */
final class PorterStemmer {

    private static final Map<String, String> STEP2 = Map.ofEntries(
        Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
        Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"),
        Map.entry("entli", "ent"), Map.entry("eli", "e"), Map.entry("ousli", "ous"), Map.entry("ization", "ize"),
        Map.entry("ation", "ate"), Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
        Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
        Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));

    private static final Map<String, String> STEP3 = Map.of(
        "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private static final String C = "[^aeiou][^aeiouy]*";
    private static final String V = "[aeiouy][aeiou]*";

    private static final Pattern MGR0 = Pattern.compile("^(" + C + ")?" + V + C);
    private static final Pattern MEQ1 = Pattern.compile("^(" + C + ")?" + V + C + "(" + V + ")?$");
    private static final Pattern MGR1 = Pattern.compile("^(" + C + ")?" + V + C + V + C);
    private static final Pattern S_V = Pattern.compile("^(" + C + ")?[aeiouy]");

    private static final Pattern RE_1A = Pattern.compile("^(.+?)(ss|i)es$");
    private static final Pattern RE2_1A = Pattern.compile("^(.+?)([^s])s$");
    private static final Pattern RE_1B = Pattern.compile("^(.+?)eed$");
    private static final Pattern RE2_1B = Pattern.compile("^(.+?)(ed|ing)$");
    private static final Pattern RE2_1B_2 = Pattern.compile("(at|bl|iz)$");
    private static final Pattern RE4_1B_2 = Pattern.compile("^" + C + "[aeiouy][^aeiouwxy]$");
    private static final Pattern RE_1C = Pattern.compile("^(.+?[^aeiou])y$");
    private static final Pattern RE_2 = Pattern.compile("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli"
        + "|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern RE_3 = Pattern.compile("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern RE_4 = Pattern.compile(
        "^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern RE2_4 = Pattern.compile("^(.+?)(s|t)(ion)$");
    private static final Pattern RE_5 = Pattern.compile("^(.+?)e$");
    private static final Pattern RE_5_1 = Pattern.compile("ll$");
    private static final Pattern RE3_5 = Pattern.compile("^" + C + "[aeiouy][^aeiouwxy]$");

    private PorterStemmer() {
    }

    static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        boolean initialY = word.charAt(0) == 'y';
        Word w = new Word(initialY ? "Y" + word.substring(1) : word);
        Matcher m;

        // Step 1a: w.replace(re, "$1$2") keeps everything up to the end of group 2.
        if ((m = w.matchIfEndsWith(RE_1A, "es")) != null || (m = w.matchIfEndsWith(RE2_1A, "s")) != null) {
            w.cut(m.end(2));
        }

        // Step 1b
        if ((m = w.matchIfEndsWith(RE_1B, "eed")) != null) {
            if (w.test(MGR0, m.end(1))) {
                w.dropLastChar();
            }
        } else if ((m = w.matchIfEndsWith(RE2_1B, "ed", "ing")) != null) {
            int stemEnd = m.end(1);
            if (w.test(S_V, stemEnd)) {
                w.cut(stemEnd);
                if (w.test(RE2_1B_2)) {
                    w.append("e");
                } else if (w.endsWithDoubledConsonant()) {
                    w.dropLastChar();
                } else if (w.test(RE4_1B_2)) {
                    w.append("e");
                }
            }
        }

        // Step 1c
        if ((m = w.matchIfEndsWith(RE_1C, "y")) != null) {
            w.cut(m.end(1));
            w.append("i");
        }

        // Step 2
        if ((m = w.matchIfLastIn(RE_2, "lirnms")) != null) {
            int stemEnd = m.end(1);
            String suffix = m.group(2);
            if (w.test(MGR0, stemEnd)) {
                w.cut(stemEnd);
                w.append(STEP2.get(suffix));
            }
        }

        // Step 3
        if ((m = w.matchIfLastIn(RE_3, "eils")) != null) {
            int stemEnd = m.end(1);
            String suffix = m.group(2);
            if (w.test(MGR0, stemEnd)) {
                w.cut(stemEnd);
                w.append(STEP3.get(suffix));
            }
        }

        // Step 4
        if ((m = w.matchIfLastIn(RE_4, "lerctumis")) != null) {
            int stemEnd = m.end(1);
            if (w.test(MGR1, stemEnd)) {
                w.cut(stemEnd);
            }
        } else if ((m = w.matchIfEndsWith(RE2_4, "ion")) != null) {
            int stemEnd = m.end(2); // fp[1] + fp[2]
            if (w.test(MGR1, stemEnd)) {
                w.cut(stemEnd);
            }
        }

        // Step 5
        if ((m = w.matchIfEndsWith(RE_5, "e")) != null) {
            int stemEnd = m.end(1);
            if (w.test(MGR1, stemEnd) || (w.test(MEQ1, stemEnd) && !w.test(RE3_5, stemEnd))) {
                w.cut(stemEnd);
            }
        }
        if (w.test(RE_5_1) && w.test(MGR1)) {
            w.dropLastChar();
        }

        String result = w.text();
        return initialY ? "y" + result.substring(1) : result;
    }

    /** The word being stemmed together with its regex proxy (same length, see class comment). */
    private static final class Word {
        private String text;
        private String proxy;

        Word(String text) {
            this.text = text;
            char[] p = new char[text.length()];
            for (int i = 0; i < p.length; i++) {
                char c = text.charAt(i);
                p[i] = c >= 'a' && c <= 'z' ? c : '#';
            }
            this.proxy = new String(p);
        }

        String text() {
            return text;
        }

        /**
         * Runs a suffix pattern only when the word ends with one of the given endings, which every match of
         * that pattern does: a cheap necessary condition that spares the regex engine most words.
         */
        Matcher matchIfEndsWith(Pattern pattern, String... endings) {
            for (String ending : endings) {
                if (proxy.endsWith(ending)) {
                    Matcher m = pattern.matcher(proxy);
                    return m.find() ? m : null;
                }
            }
            return null;
        }

        /** Like {@link #matchIfEndsWith}, for patterns whose alternatives end with one of {@code lastChars}. */
        Matcher matchIfLastIn(Pattern pattern, String lastChars) {
            if (proxy.isEmpty() || lastChars.indexOf(proxy.charAt(proxy.length() - 1)) < 0) {
                return null;
            }
            Matcher m = pattern.matcher(proxy);
            return m.find() ? m : null;
        }

        boolean test(Pattern pattern) {
            return pattern.matcher(proxy).find();
        }

        /** Tests the prefix [0, end), like testing a captured stem in the JavaScript code. */
        boolean test(Pattern pattern, int end) {
            return pattern.matcher(proxy).region(0, end).find();
        }

        void cut(int end) {
            text = text.substring(0, end);
            proxy = proxy.substring(0, end);
        }

        void append(String asciiLetters) {
            text += asciiLetters;
            proxy += asciiLetters;
        }

        /** {@code w.replace(/.$/, "")}: one UTF-16 code unit. */
        void dropLastChar() {
            cut(text.length() - 1);
        }

        /** {@code /([^aeiouylsz])\1$/}, on the real code units because it compares them. */
        boolean endsWithDoubledConsonant() {
            int n = text.length();
            if (n < 2) {
                return false;
            }
            char last = text.charAt(n - 1);
            return last == text.charAt(n - 2) && "aeiouylsz".indexOf(last) < 0;
        }
    }
}
