package io.diffpress.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A portal whose repository and content are full of payloads that try to run script in a
 * reader's browser. Every payload sets {@code window.__pwned} (or an attribute on the body)
 * when it runs, so a test can tell that none did.
 */
public final class HostilePortal {

    /** The payloads, each a different way into a page. */
    public static final List<String> PAYLOADS = List.of(
            "<script>window.__pwned='script'</script>",
            "<img src=x onerror=\"window.__pwned='img'\">",
            "<svg onload=\"window.__pwned='svg'\"><script>window.__pwned='svgscript'</script></svg>",
            "<iframe src=\"javascript:parent.__pwned='iframe'\"></iframe>",
            "<a href=\"javascript:window.__pwned='link'\">click</a>",
            "<details open ontoggle=\"window.__pwned='details'\"><summary>x</summary></details>",
            "\"><body onload=\"window.__pwned='attr'\">",
            "</title><script>window.__pwned='title'</script>",
            "<object data=\"javascript:window.__pwned='object'\"></object>",
            "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__pwned='mxss'\">");

    private HostilePortal() {
    }

    /** Creates repo/ and portal/ under {@code dir}; returns portal/site.yml. */
    public static Path create(Path dir, String baseURL) throws IOException {
        GitFixture git = new GitFixture(Files.createDirectories(dir.resolve("repo")));
        String all = String.join("\n\n", PAYLOADS);
        git.at("2025-06-20T10:00:00Z").write("docs/page.md", "# Page\n\nsafe text\n").commit("start");
        // The author of the hostile commit is hostile too: names reach the commit list of every report.
        // (git itself drops '<' and '>' from names; quotes and entities stay.)
        git.git("config", "user.name", "<img src=x onerror=\"window.__pwned='author'\"> Mallory &amp; \"Eve\" Smith");
        git.write("docs/page.md", "# Page\n\nsafe text\n\n" + all + "\n\n[md link](javascript:window.__pwned='mdlink')\n")
                .write("docs/<img src=x onerror=window.__pwned='path'>.md", "name payload\n")
                .write("docs/\"quotes\" & 'amp' <b>.md", "quotes\n")
                .at("2025-06-21T10:00:00Z")
                .commit(PAYLOADS.get(0) + " " + PAYLOADS.get(1) + " subject");
        Path portal = Files.createDirectories(dir.resolve("portal"));
        Files.writeString(portal.resolve("site.yml"), "title: \"Hostile <script>window.__pwned='sitetitle'</script>\"\n"
                + "description: \"<img src=x onerror=window.__pwned='desc'>\"\n"
                + "baseURL: " + baseURL + "\n"
                + "repository:\n  path: ../repo\n  compareUrl: https://github.com/o/r/compare/{base}...{head}\n"
                + "sections:\n  docs: docs/**\n");
        Files.createDirectories(portal.resolve("content/other"));
        StringBuilder body = new StringBuilder("# Highlights\n");
        for (String p : PAYLOADS) {
            body.append(p).append("\n\n");
        }
        body.append("[md link](javascript:window.__pwned='mdlink2') [data](data:text/html,<script>alert(1)</script>)\n\n");
        body.append("<svg><a xlink:href=\"javascript:window.__pwned='xlink'\"><text>x</text></a></svg>\n");
        // ids the page has already: a file heading written twice, the theme's main element (each id must stay unique)
        body.append("\n## docs/page.md{#item-0a0a0a}\n\none\n\n## docs/page.md{#item-0a0a0a}\n\ntwo\n\n## Main{#dp-main}\n");
        Files.writeString(portal.resolve("content/other/2025-06-22.md"), "---\n"
                + "date: '2025-06-22'\n"
                + "title: \"</title><script>window.__pwned='fmtitle'</script>\"\n"
                + "summary: \"<img src=x onerror=window.__pwned='fmsummary'>\"\n"
                + "permalink: \"javascript:window.__pwned='permalink'\"\n"
                + "tags: [\"<script>window.__pwned='tag'</script>\", \"a\\\"b\"]\n"
                + "---\n\n" + body);
        return portal.resolve("site.yml");
    }
}
