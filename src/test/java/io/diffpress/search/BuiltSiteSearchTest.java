package io.diffpress.search;

import io.diffpress.Diffpress;
import io.diffpress.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A built site searched as its search page searches it (search.js's searchIndex over every part, in Node with
 * lunr.js): what a reader sees on a page, and the names of the files a report changed, find it.
 */
class BuiltSiteSearchTest {

    /** Prints "query => url url ..." per query, the results of every part in manifest order. */
    private static final String SEARCH = """
        const fs = require("fs"), path = require("path");
        const lunr = require(process.argv[2]); const pub = path.resolve(process.argv[3]);
        const S = require(path.join(pub, "assets/search.js")); S.register(lunr);
        const man = JSON.parse(fs.readFileSync(path.join(pub, "search/manifest.json")));
        const parts = man.parts.map(p => ({i: lunr.Index.load(JSON.parse(fs.readFileSync(path.join(pub, "search", p.index)))),
          s: JSON.parse(fs.readFileSync(path.join(pub, "search", p.store)))}));
        for (const q of process.argv.slice(4)) {
          const out = []; parts.forEach(p => S.searchIndex(lunr, p.i, q).forEach(r => out.push(p.s[r.ref].url)));
          console.log(q + " => " + out.sort().join(" "));
        }
        """;

    @TempDir
    Path portal;

    @Test
    void wordsInAngleBracketsAndUnderscoredFileNamesAreFound() throws Exception {
        Files.createDirectories(portal.resolve("content/docs"));
        Files.writeString(portal.resolve("site.yml"), """
            title: Search
            baseURL: https://example.github.io/docs/
            sections:
              docs: docs/**
            """);
        Files.writeString(portal.resolve("content/docs/2026-11-01.md"), """
            ---
            title: 'Report one'
            date: '2026-11-01'
            section: docs
            summary: 'Reworded two pages.'
            types: [minor update]
            files:
            - {path: docs/api/v1.2-release_notes.md, status: modified, type: minor update, title: Reworded, additions: 1, deletions: 1, anchor: item-000001}
            - {path: docs/max_completion_tokens.md, status: modified, type: minor update, title: Reworded, additions: 1, deletions: 1, anchor: item-000002}
            ---
            Fix the \\<Tabs\\> component and the <Tooltip> usage; see <Accordion>.
            <details><summary>Hidden markup</summary>kept</details>

            # Commits{#commits}
            - Update docs \\& fix \\<tags\\> here (Tester, 2026-10-05)
            """);
        Diffpress.build(ConfigLoader.load(portal.resolve("site.yml")));

        String page = Files.readString(portal.resolve("public/docs/2026-11-01/index.html"));
        assertTrue(page.contains("Fix the &lt;Tabs&gt; component and the &lt;Tooltip&gt; usage"), "shown as text: " + page);
        String report = "docs/2026-11-01/";
        assertEquals(String.join("\n",
                "tabs => " + report,
                "tooltip => " + report,
                "accordion => " + report,
                "tags => " + report,
                "details => ",
                "release_notes => " + report + " files/docs/api/v1.2-release_notes.md/",
                "max_completion_tokens => " + report + " files/docs/max_completion_tokens.md/",
                "max_completion_tokens.md => " + report + " files/docs/max_completion_tokens.md/",
                "notes => " + report + " files/docs/api/v1.2-release_notes.md/"),
            search("tabs", "tooltip", "accordion", "tags", "details", "release_notes", "max_completion_tokens",
                "max_completion_tokens.md", "notes"));
    }

    private String search(String... queries) throws IOException, InterruptedException {
        Path script = portal.resolve("search-built.js");
        Files.writeString(script, SEARCH);
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(NodeLunr.node(), script.toString(),
            NodeLunr.lunrDir().toString(), portal.resolve("public").toString()));
        command.addAll(java.util.List.of(queries));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node timed out");
        assertEquals(0, p.exitValue(), output);
        return output.trim();
    }
}
