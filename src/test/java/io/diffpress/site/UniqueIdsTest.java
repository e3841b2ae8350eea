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
                + "<h2 id=\"item-1-2\">d</h2>", UniqueIds.of(html, UniqueIds.THEME).html());
        assertEquals(Set.of("item-1", "dp-main-1", "item-1-1", "item-1-1-1", "item-1-2"), UniqueIds.of(html, UniqueIds.THEME).ids());
    }

    @Test
    void textThatReadsLikeAnAttributeIsLeftAlone() {
        String html = "<p id=\"a\">say id=\"a\" and <code> id=\"a\"</code></p><p>&gt; id=\"a\"</p>";
        assertSame(html, UniqueIds.of(html, Set.of()).html(), "nothing repeated in a tag: the same string back");
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

    /** An id is compared as the browser reads it: a character reference cannot make the theme's id a second time. */
    @Test
    void idsAreComparedAsTheBrowserReadsThem() {
        UniqueIds.Result result = UniqueIds.of("<h2 id=\"dp&#45;main\">a</h2><p id=\"a&lt;b\">x</p><p id=\"a&#60;b\">y</p>",
                UniqueIds.THEME);
        assertEquals("<h2 id=\"dp&#45;main-1\">a</h2><p id=\"a&lt;b\">x</p><p id=\"a&#60;b-1\">y</p>", result.html());
        assertEquals(Set.of("dp-main-1", "a<b", "a<b-1"), result.ids());
    }

    /** A scrolling region named by the heading above it names the renamed heading, not the first one of that id. */
    @Test
    void aRegionIsNamedByTheHeadingAboveIt() {
        String markdown = "## docs/a.md{#item-03fc2e}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                + "## docs/a.md{#item-03fc2e}\n\n| a | b |\n|---|---|\n| 3 | 4 |\n";
        Document page = Jsoup.parseBodyFragment(new MarkdownRenderer().render(markdown));
        assertEquals(List.of("item-03fc2e", "item-03fc2e-1"), page.select("div.table-scroll").eachAttr("aria-labelledby"));
        for (Element region : page.select("div.table-scroll")) {
            assertEquals(region.previousElementSibling(), page.getElementById(region.attr("aria-labelledby")));
        }
    }

    /** A link to a renamed id is kept as a link (links to ids the page lacks are made text): its target is on the page. */
    @Test
    void aLinkToARenamedIdStaysALink() {
        String markdown = "## docs/a.md{#item-03fc2e}\n\none\n\n## docs/a.md{#item-03fc2e}\n\ntwo\n\n## Main{#dp-main}\n\n"
                + "[second](#item-03fc2e-1) [main](#dp-main-1) [nowhere](#item-03fc2e-2)\n";
        SafeBody.Links links = new SafeBody.Links(LinkRewriter.forReport("https://github.com/o/r/compare/a...b", java.util.Optional.empty()),
                java.util.Map.of());
        Document page = Jsoup.parseBodyFragment(new MarkdownRenderer().renderBody(markdown,
                io.diffpress.content.ReportBody.sha256(markdown), links));
        assertEquals(List.of("#item-03fc2e-1", "#dp-main-1"), page.select("a[href^=#]").eachAttr("href"));
        assertTrue(page.text().contains("nowhere"), "a link to an id the page lacks is its text");
        assertEquals("two", page.getElementById("item-03fc2e-1").nextElementSibling().text());
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
