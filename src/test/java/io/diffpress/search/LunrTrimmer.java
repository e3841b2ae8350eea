package io.diffpress.search;

/**
 * lunr.trimmer: {@code s.replace(/^\W+/, '').replace(/\W+$/, '')}. JavaScript's {@code \W} without the
 * {@code u} flag is every UTF-16 code unit outside {@code [A-Za-z0-9_]}, so accents and emoji are trimmed too.
 * No longer in the pipeline ({@link UnicodeTrimmer} replaced it): kept as the oracle that the new trimmer does
 * exactly what lunr's does on ASCII.
 */
final class LunrTrimmer {

    private LunrTrimmer() {
    }

    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !isWordChar(s.charAt(start))) {
            start++;
        }
        while (end > start && !isWordChar(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
