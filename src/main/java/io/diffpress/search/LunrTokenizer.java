package io.diffpress.search;

import java.util.ArrayList;
import java.util.List;

/**
 * lunr.tokenizer for string values: lowercase, then split on {@code /[\s\-]+/} with JavaScript's {@code \s},
 * one UTF-16 code unit at a time, dropping empty slices.
 */
final class LunrTokenizer {

    private LunrTokenizer() {
    }

    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String s = JsLowerCase.apply(text);
        int start = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || isSeparator(s.charAt(i))) {
                if (i > start) {
                    tokens.add(s.substring(start, i));
                }
                start = i + 1;
            }
        }
        return tokens;
    }

    /** JavaScript's {@code \s} (WhiteSpace and LineTerminator, wider than Java's) plus the hyphen-minus. */
    static boolean isSeparator(char c) {
        switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '-',
                 '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }
}
