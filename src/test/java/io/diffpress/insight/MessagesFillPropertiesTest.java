package io.diffpress.insight;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Filling a template a run of text at a time gives what filling it character by character gives. */
class MessagesFillPropertiesTest {

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of("{0}", "{1}", "{2}", "{9}", "{", "}", "{x}", "{{", " ", " ", "a", "の", "部分", "、", "`", "1")
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<Object>> arguments() {
        return Arbitraries.<Object>of("", "`x`", "日本", "か", "abc", 3, "ア b", "b 語")
                .list().ofMaxSize(4);
    }

    @Property(tries = 5000)
    void fillIsTheCharacterByCharacterFill(@ForAll("templates") String template, @ForAll("arguments") List<Object> args) {
        Object[] a = args.toArray();
        assertEquals(byCharacter(template, a), Messages.fill(template, a), template + " " + args);
    }

    /** The fill as it was: every character of the template looked at in turn. */
    private static String byCharacter(String template, Object... args) {
        if (args.length == 0) {
            return template;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (placeholderAt(template, i)) {
                int index = template.charAt(i + 1) - '0';
                out.append(index < args.length ? String.valueOf(args[index]) : "");
                i += 2;
            } else if (c == ' ' && (placeholderAt(template, i - 3) || placeholderAt(template, i + 1))
                    && out.length() > 0 && japanese(out.codePointBefore(out.length())) && japanese(next(template, i + 1, args))) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean placeholderAt(String template, int i) {
        return i >= 0 && i + 2 < template.length() && template.charAt(i) == '{' && template.charAt(i + 2) == '}'
                && Character.isDigit(template.charAt(i + 1));
    }

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
            return false;
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
}
