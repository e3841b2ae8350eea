package io.diffpress.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A body's ids are unique on its page: repeated ones and the theme's get a suffix, the first keeps its own. */
class UniqueIdsTest {

    @Test
    void laterRepeatsAndTheThemesIdsGetTheFirstFreeSuffix() {
        String html = "<h2 id=\"item-1\">a</h2><p id=\"dp-main\">x</p><h2 id=\"item-1\">b</h2><h3 id=\"item-1-1\">c</h3>"
                + "<h2 id=\"item-1\">d</h2>";
        assertEquals("<h2 id=\"item-1\">a</h2><p id=\"dp-main-1\">x</p><h2 id=\"item-1-1\">b</h2><h3 id=\"item-1-1-1\">c</h3>"
                + "<h2 id=\"item-1-2\">d</h2>", UniqueIds.of(html, UniqueIds.THEME));
    }

    @Test
    void textThatReadsLikeAnAttributeIsLeftAlone() {
        String html = "<p id=\"a\">say id=\"a\" and <code> id=\"a\"</code></p><p>&gt; id=\"a\"</p>";
        assertSame(html, UniqueIds.of(html, Set.of()), "nothing repeated in a tag: the same string back");
    }

    @Test
    void aRenderedReportBodyHasEachIdOnce() {
        String markdown = "# Highlights\n\ntext\n\n## Foo\n\n## bar{#foo}\n\n## docs/a.md{#item-03fc2e}\n\none\n\n"
                + "## docs/a.md{#item-03fc2e}\n\ntwo\n\n## Main{#dp-main}\n\n[to the second](#item-03fc2e-1)\n";
        Document page = Jsoup.parseBodyFragment(new MarkdownRenderer().render(markdown));
        List<String> ids = page.select("[id]").eachAttr("id");
        assertEquals(new HashSet<>(ids).size(), ids.size(), "ids: " + ids);
        assertTrue(ids.containsAll(List.of("foo", "foo-1", "item-03fc2e", "item-03fc2e-1", "dp-main-1")), "ids: " + ids);
        Element first = page.getElementById("item-03fc2e");
        assertEquals("one", first.nextElementSibling().text(), "the first heading keeps its id");
    }

    /** The ids {@link UniqueIds#THEME} holds are those the default theme writes around a report's body. */
    @Test
    void theThemesIdsAreAllKnown() throws Exception {
        Set<String> written = new TreeSet<>();
        Pattern id = Pattern.compile("\\sid=\"([^\"{]+)\"");
        for (String template : List.of("base.peb", "report.peb")) {
            Matcher m = id.matcher(Files.readString(Path.of("themes/default", template)));
            while (m.find()) {
                written.add(m.group(1));
            }
        }
        assertEquals(written, new TreeSet<>(UniqueIds.THEME));
    }
}
