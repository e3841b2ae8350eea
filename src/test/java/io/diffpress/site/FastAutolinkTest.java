package io.diffpress.site;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Skipping text nodes that cannot hold a link never changes what flexmark's autolink extension makes. */
class FastAutolinkTest {

    private static final List<String> PIECES = List.of("see ", "https://", "http://", "ftp://", "example.com", "/a/b", "www.",
            "WWW.", "wWw", "ww", "w", ".org", "user", "@", "&#64;", "&amp;", "&#x3A;", "&colon;", ":", "/", "//", "\\", "\\:",
            "\\@", "`code https://x.io`", "[link](https://x.io)", "<https://x.io>", "*", "_", "\"", "'", "--", "...", " ",
            "\n", "\n\n", "| a | b |\n|---|---|\n| c | d |\n", "# ", "- ", "mailto:", "x:y", "日本", ")", "(", "~~");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void rendersWhatTheAutolinkExtensionRenders(@ForAll("texts") String markdown) {
        assertEquals(html(AutolinkExtension.create(), markdown), html(FastAutolink.create(), markdown));
    }

    private static String html(Parser.ParserExtension autolink, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), autolink));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}
