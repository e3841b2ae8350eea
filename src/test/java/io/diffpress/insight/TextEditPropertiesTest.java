package io.diffpress.insight;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Typo fixes told by walking the collapsed texts in place are those told from their words split apart. */
class TextEditPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("the", "teh", "quota", "qouta", "limits", "limit", "v2", "a", "", " ", "  ", "\n", "\t", "(note)", "note.", "don't", "dont", "x-ray", "x/ray", "a](b",
                "日本語", "データを解折して", "データを解析して", "西日木", "西日本", "\u2028").list().ofMaxSize(8).map(words -> String.join(" ", words));
    }

    @Property(tries = 5000)
    void typosAreThoseOfTheSplitWords(@ForAll("texts") String before, @ForAll("texts") String after) {
        String a = MarkdownOutline.collapse(before);
        String b = MarkdownOutline.collapse(after);
        assertEquals(splitTypos(a, b), TextEdit.typos(a, b));
        assertEquals(TextEdit.classify(before, after), TextEdit.classify(before, after, a, b, word -> false));
    }

    /** Letters, with apostrophes or hyphens between them. */
    private static final String LETTERS = "\\p{L}(?:[\\p{L}'’-]*\\p{L})?";

    /** The reading before: every word split out, then compared pairwise. */
    private static List<String> splitTypos(String before, String after) {
        String[] a = before.split(" ");
        String[] b = after.split(" ");
        if (a.length != b.length) {
            return List.of();
        }
        List<String> fixes = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(b[i])) {
                continue;
            }
            String wa = Similarity.strip(a[i]);
            String wb = Similarity.strip(b[i]);
            if (!wa.equals(wb) && (CjkTypos.holds(wa) || CjkTypos.holds(wb))) {
                List<String> cjk = fixes.size() == TextEdit.MAX_TYPO_WORDS ? null : CjkTypos.typos(wa, wb, TextEdit.MAX_TYPO_WORDS - fixes.size());
                if (cjk == null) {
                    return List.of();
                }
                fixes.addAll(cjk);
                continue;
            }
            boolean word = Math.max(wa.length(), wb.length()) >= 3 && wa.matches(LETTERS) && wb.matches(LETTERS);
            if (fixes.size() == TextEdit.MAX_TYPO_WORDS || !word || wa.equals(wb)
                    || Similarity.editDistance(wa, wb, TextEdit.MAX_TYPO_LETTERS) > TextEdit.MAX_TYPO_LETTERS) {
                return List.of();
            }
            fixes.add(wa + " → " + wb);
        }
        return fixes;
    }
}
