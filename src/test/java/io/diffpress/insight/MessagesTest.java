package io.diffpress.insight;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    private static Set<String> keys(String name) throws IOException {
        try (var in = Messages.class.getResourceAsStream(name)) {
            return new TreeSet<>(new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)).keySet());
        }
    }

    @Test
    void japaneseHasEveryKeyButTheSingularForms() throws IOException {
        Set<String> en = keys("messages_en_US.properties");
        Set<String> ja = keys("messages_ja_JP.properties");
        Set<String> expected = en.stream().filter(k -> !k.endsWith(".one") || k.equals("insights.field.one"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, ja);
    }

    @Test
    void everyFactThatCanDecideATypeHasARule() throws IOException {
        Set<String> en = keys("messages_en_US.properties");
        List<String> kinds = Arrays.stream(Fact.class.getPermittedSubclasses()).map(Class::getSimpleName).toList();
        for (String kind : kinds) {
            boolean context = Set.of("LinesChanged", "StructureSkipped", "KeysNotCompared", "FromHunksOnly", "MoreFacts", "SectionEdited", "MoreSectionsEdited").contains(kind);
            assertEquals(!context, en.contains("rule." + kind), kind);
        }
    }

    @Test
    void japaneseTextForJapaneseLocalesAndEnglishOtherwise() {
        var change = Changes.modified("a.md", "- eastus\n", "- eastus\n- polandcentral\n");
        FileInsight ja = new InsightWriter(Locale.JAPAN).explain(change);
        // no space between Japanese words ("部分に"), a space around code spans and numbers ("`x` に", "1 件")
        assertTrue(ja.facts().contains("最初の見出しより前の部分にリスト項目が 1 件追加されました：`polandcentral`。"), ja.facts().toString());
        FileInsight named = new InsightWriter(Locale.JAPAN).explain(Changes.modified("a.md", "## Regions\n\n- eastus\n",
                "## Regions\n\n- eastus\n- polandcentral\n"));
        assertTrue(named.facts().contains("セクション `Regions` にリスト項目が 1 件追加されました：`polandcentral`。"), named.facts().toString());
        assertEquals(ja, new InsightWriter(Locale.JAPANESE).explain(change));
        FileInsight fr = new InsightWriter(Locale.FRANCE).explain(change);
        assertEquals(new InsightWriter(Locale.US).explain(change), fr);
        assertTrue(fr.facts().contains("1 list item was added in the text before the first heading: `polandcentral`."), fr.facts().toString());
    }

    @Test
    void placeholdersAndSingularForms() {
        Messages en = Messages.forLocale(Locale.US);
        assertEquals("1 row was added to the table in x: y.", en.count("fact.rowsAdded", 1, 1, "x", "y"));
        assertEquals("2 rows were added to the table in x: y.", en.count("fact.rowsAdded", 2, 2, "x", "y"));
        assertEquals("`a` and `b`", en.join(List.of("`a`", "`b`")));
        assertEquals("`a`, `b` and `c`", en.join(List.of("`a`", "`b`", "`c`")));
        Messages ja = Messages.forLocale(Locale.JAPAN);
        assertEquals("`a`、`b`、`c`", ja.join(List.of("`a`", "`b`", "`c`")));
        // a space stands between a code span and Japanese, never between two Japanese words
        assertEquals("`o3-pro` と `gpt-4.1`", ja.join(List.of("`o3-pro`", "`gpt-4.1`")));
        assertEquals("東日本と西日本", ja.join(List.of("東日本", "西日本")));
        assertEquals("ほか 4 件", ja.count("list.more", 4, 4));
        // two clauses, or a name and "N more", are joined as clauses: "と" joins two names only (an audit)
        assertEquals("`type` が `a` から `b` に、`notes` が空から `c` に", ja.joinClauses(List.of("`type` が `a` から `b` に", "`notes` が空から `c` に")));
        assertEquals("x changed and y emptied", en.joinClauses(List.of("x changed", "y emptied")));
        Phrasing jaPhrasing = new Phrasing(ja);
        assertEquals("`a`、ほか 2 件", jaPhrasing.names(List.of("a", "b", "c"), 1));
        assertEquals("`a` と `b`", jaPhrasing.names(List.of("a", "b"), 3));
        Fact.RowChanged row = new Fact.RowChanged("Models", "gpt-4o", List.of(new Fact.CellChange("Regions", "eastus", "westus"),
                new Fact.CellChange("Notes", "", "GA")));
        String sentence = row.sentence(jaPhrasing);
        assertFalse(sentence.contains("にと") || sentence.contains("に と"), sentence);
    }
}
