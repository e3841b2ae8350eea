package io.diffpress.insight;

import io.diffpress.history.ChangeStatus;
import io.diffpress.history.FileChange;
import io.diffpress.history.FileKind;
import io.diffpress.history.ModeChange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.diffpress.insight.MarkdownFactsTest.changes;
import static io.diffpress.insight.MarkdownFactsTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facts of files that are not Markdown: tables of contents, data, binaries, code samples. */
class OtherFormatsTest {

    private static final String TOC = """
            - name: Azure OpenAI
              href: index.yml
            - name: Concepts
              items:
              - name: Models
                href: concepts/models.md
              - name: Quotas
                href: quotas.md
              - name: Retired
                href: retired.md
            """;

    @Test
    void tocEntriesAddedRemovedRenamedAndRetargeted() {
        String after = """
                - name: Azure OpenAI
                  href: index.yml
                - name: Concepts
                  items:
                  - name: Models and versions
                    href: concepts/models.md
                  - name: Quotas
                    href: concepts/quotas-limits.md
                  - name: Responses API
                    href: how-to/responses.md
                """;
        List<Fact> facts = FactFinder.find(Changes.modified("articles/toc.yml", TOC, after));
        assertEquals(List.of(
                new Fact.TocEntriesRemoved(List.of("Retired")),
                new Fact.TocEntryRenamed("concepts/models.md", "Models", "Models and versions"),
                new Fact.TocEntryRetargeted("Quotas", "quotas.md", "concepts/quotas-limits.md"),
                new Fact.TocEntriesAdded(List.of("Responses API"))), changes(facts));
    }

    /**
     * A breadcrumb's entries open their topicHref: a new one is the entry retargeted; what no entry holds (its tocHref) is
     * told as a key changed, not as "no change of structure" (an audit).
     */
    @Test
    void breadcrumbTocChangesAreTold() {
        String before = """
                - name: Azure
                  tocHref: /azure/
                  topicHref: /azure/index
                  items:
                  - name: Azure AI services
                    tocHref: /azure/ai-services/
                    topicHref: /azure/ai-services/index
                """;
        List<Fact> retargeted = FactFinder.find(Changes.modified("articles/breadcrumb/toc.yml", before,
                before.replace("topicHref: /azure/ai-services/index", "topicHref: /azure/ai-services/overview")));
        assertEquals(List.of(new Fact.TocEntryRetargeted("Azure AI services", "/azure/ai-services/index", "/azure/ai-services/overview")),
                changes(retargeted));
        List<Fact> scope = FactFinder.find(Changes.modified("articles/breadcrumb/toc.yml", before,
                before.replace("tocHref: /azure/ai-services/", "tocHref: /azure/ai-services/openai/")));
        assertEquals(List.of(new Fact.FieldChanged(Fact.Scope.DATA, "[name=Azure].items[name=Azure AI services].tocHref", "/azure/ai-services/", "/azure/ai-services/openai/")),
                changes(scope));
    }

    /** Entries put in another order beside the same entries are told so, not "no change of structure" (an audit). */
    @Test
    void tocEntriesReordered() {
        String before = "- name: Overview\n  href: overview.md\n- name: Quickstart\n  href: quickstart.md\n- name: Concepts\n  items:\n"
                + "  - name: Models\n    href: models.md\n  - name: Quotas\n    href: quotas.md\n";
        String swapped = "- name: Quickstart\n  href: quickstart.md\n- name: Overview\n  href: overview.md\n- name: Concepts\n  items:\n"
                + "  - name: Quotas\n    href: quotas.md\n  - name: Models\n    href: models.md\n";
        assertEquals(List.of(new Fact.TocEntriesReordered(List.of("Overview", "Models"))),
                changes(FactFinder.find(Changes.modified("articles/toc.yml", before, swapped))));
        // of two entries of one name, the one removed is named by its path (an audit)
        String twice = "- name: Get started\n  items:\n  - name: Overview\n    href: start.md\n- name: Reference\n  items:\n"
                + "  - name: Overview\n    href: reference.md\n";
        assertEquals(List.of(new Fact.TocEntriesRemoved(List.of("Reference > Overview"))), changes(FactFinder.find(
                Changes.modified("articles/toc.yml", twice, twice.replace("  - name: Overview\n    href: reference.md\n", "")))));
        // an entry added or removed between others moves none of them
        assertEquals(List.of(new Fact.TocEntriesAdded(List.of("Setup"))), changes(FactFinder.find(Changes.modified("articles/toc.yml", before,
                before.replace("- name: Quickstart", "- name: Setup\n  href: setup.md\n- name: Quickstart")))));
    }

    /** A group renamed while one of its pages is pointed elsewhere: the rename and the new target, nothing removed (an audit). */
    @Test
    void aGroupRenamedWhileAPageInItIsRetargeted() {
        String after = TOC.replace("- name: Concepts", "- name: Key concepts").replace("href: quotas.md", "href: concepts/quotas.md");
        List<Fact> facts = changes(FactFinder.find(Changes.modified("articles/toc.yml", TOC, after)));
        assertEquals(List.of(new Fact.TocEntryRetargeted("Quotas", "quotas.md", "concepts/quotas.md"),
                new Fact.TocEntryRenamed("", "Concepts", "Key concepts")), facts);
        assertEquals(ChangeType.BUG_FIX, new InsightWriter(java.util.Locale.US).explain(Changes.modified("articles/toc.yml", TOC, after)).type());
        // a page matched by its path first is not taken again for another under a renamed group (review)
        String two = "- name: Concepts\n  items:\n  - name: Models\n    href: models.md\n  - name: Quotas\n    href: q.md\n"
                + "- name: Key concepts\n  items:\n  - name: Quotas\n    href: old.md\n  - name: Limits\n    href: limits.md\n";
        String merged = "- name: Key concepts\n  items:\n  - name: Models\n    href: models.md\n  - name: Quotas\n    href: new.md\n"
                + "  - name: Limits\n    href: limits.md\n";
        List<Fact> once = changes(FactFinder.find(Changes.modified("articles/toc.yml", two, merged)));
        assertEquals(1, once.stream().filter(f -> f instanceof Fact.TocEntryRetargeted).count(), once.toString());
        // an entry of the same name and file in a new group is the page moved there with its file (an audit: it had been
        // told as removed); one of another file is no retarget
        // sibling pages sharing most words, each with its own: removed and added (an audit)
        String sibling = TOC.replace("- name: Quotas\n    href: quotas.md", "- name: Quota management\n    href: quota-management.md")
                .replace("- name: Retired\n    href: retired.md", "- name: Retired models\n    href: models-retired.md");
        String siblingAfter = sibling.replace("- name: Quota management\n    href: quota-management.md", "- name: Quota requests\n    href: quota-requests.md");
        assertTrue(changes(FactFinder.find(Changes.modified("articles/toc.yml", sibling, siblingAfter))).stream()
                .noneMatch(f -> f instanceof Fact.TocEntryReplaced));
        String elsewhere = TOC.replace("  - name: Retired\n    href: retired.md\n", "")
                + "- name: Archive\n  items:\n  - name: Retired\n    href: archive/retired.md\n";
        List<Fact> moved = changes(FactFinder.find(Changes.modified("articles/toc.yml", TOC, elsewhere)));
        assertTrue(moved.contains(new Fact.TocEntryRetargeted("Retired", "retired.md", "archive/retired.md")), moved.toString());
        List<Fact> unrelated = changes(FactFinder.find(Changes.modified("articles/toc.yml", TOC, elsewhere.replace("archive/retired.md", "archive/old.md"))));
        assertTrue(unrelated.contains(new Fact.TocEntriesRemoved(List.of("Retired"))), unrelated.toString());
    }

    /**
     * Pages moved to a new group and folder with their files (`git mv how-to/quotas.md concepts/quotas.md`) are moved and
     * retargeted entries under a group added over pages that stay, not entries removed (a breaking change) and added (an
     * audit); an entry of another file under the same name is still one removed and one added.
     */
    @Test
    void tocEntriesMovedWithTheirFilesToANewGroupAreMovedAndRetargeted() {
        String before = "- name: Overview\n  href: overview.md\n- name: How-to\n  items:\n  - name: Deploy\n    href: how-to/deploy.md\n"
                + "  - name: Quotas\n    href: how-to/quotas.md\n  - name: Regions\n    href: how-to/regions.md\n";
        String after = "- name: Overview\n  href: overview.md\n- name: How-to\n  items:\n  - name: Deploy\n    href: how-to/deploy.md\n"
                + "- name: Concepts\n  items:\n  - name: Quotas\n    href: concepts/quotas.md\n  - name: Regions\n    href: concepts/regions.md\n";
        List<Fact> facts = changes(FactFinder.find(Changes.modified("articles/toc.yml", before, after)));
        assertEquals(List.of(new Fact.TocEntryMoved("Quotas", "concepts/quotas.md", "How-to", "Concepts"),
                new Fact.TocEntryRetargeted("Quotas", "how-to/quotas.md", "concepts/quotas.md"),
                new Fact.TocEntryMoved("Regions", "concepts/regions.md", "How-to", "Concepts"),
                new Fact.TocEntryRetargeted("Regions", "how-to/regions.md", "concepts/regions.md"),
                new Fact.TocGroupAdded("Concepts", List.of("Quotas", "Regions"))), facts);
        List<Fact> other = changes(FactFinder.find(Changes.modified("articles/toc.yml", before,
                after.replace("concepts/quotas.md", "concepts/limits.md"))));
        assertTrue(other.contains(new Fact.TocEntriesRemoved(List.of("Quotas"))), other.toString());
    }

    /** A group renamed while a page was added under it is renamed, its new page added; not removed with its pages "elsewhere" (an audit). */
    @Test
    void aGroupRenamedWhileAPageIsAddedUnderItIsRenamed() {
        String before = "- name: How-to\n  items:\n  - name: Provisioned throughput\n    items:\n    - name: Onboarding\n      href: onboarding.md\n"
                + "    - name: Get started\n      href: get-started.md\n";
        String after = before.replace("Provisioned throughput\n", "Provisioned throughput (PTU)\n") + "    - name: Spillover\n      href: spillover.md\n";
        List<Fact> facts = changes(FactFinder.find(Changes.modified("toc.yml", before, after)));
        assertEquals(List.of(new Fact.TocEntryRenamed("", "Provisioned throughput", "Provisioned throughput (PTU)", true),
                new Fact.TocEntriesAdded(List.of("Spillover"))), facts);
        assertEquals("The table of contents group `Provisioned throughput` was renamed to `Provisioned throughput (PTU)`; the pages that were under it still are.",
                facts.get(0).sentence(new Phrasing(Messages.forLocale(Locale.US))));
    }

    /** An entry's displayName (the words search and the toc filter also match it by) gaining or losing words is told per entry. */
    @Test
    void tocSearchKeywordsAddedOrRemoved() {
        String before = "items:\n- name: Python\n  href: py.md\n  displayName: py, pip\n- name: C#\n  href: cs.md\n- name: Go\n  href: go.md\n  displayName: golang\n";
        String after = before.replace("displayName: py, pip", "displayName: py, conda")
                .replace("  href: cs.md\n", "  href: cs.md\n  displayName: dotnet, nuget\n").replace("  displayName: golang\n", "");
        List<Fact> facts = changes(FactFinder.find(Changes.modified("articles/toc.yml", before, after)));
        assertEquals(List.of(new Fact.TocKeywordsChanged("Python", List.of("conda"), List.of("pip")),
                new Fact.TocKeywordsChanged("C#", List.of("dotnet", "nuget"), List.of()),
                new Fact.TocKeywordsChanged("Go", List.of(), List.of("golang"))), facts);
        Phrasing en = new Phrasing(Messages.forLocale(java.util.Locale.US));
        assertEquals("Table of contents entry `C#` now also matches searches for `dotnet` and `nuget`.", facts.get(1).sentence(en));
        assertEquals("The search keywords of table of contents entry `Python` changed: `conda` added, `pip` removed.", facts.get(0).sentence(en));
        assertEquals(List.of(), changes(FactFinder.find(Changes.modified("articles/toc.yml", before, before.replace("py, pip", "pip,py")))),
                "the same words in another order or spacing");
        assertEquals(List.of(new Fact.TocEntryRetargeted("Python", "py.md", "python.md"), new Fact.TocKeywordsChanged("Python", List.of("conda"), List.of())),
                changes(FactFinder.find(Changes.modified("articles/toc.yml", before,
                        before.replace("href: py.md", "href: python.md").replace("py, pip", "py, pip, conda")))), "an entry pointed elsewhere too");
    }

    /** An entry under another parent is moved; the children of a parent renamed, or moved along with it, are not. */
    @Test
    void aTocEntryUnderAnotherParentIsMoved() {
        String before = "items:\n- name: A\n  href: a.md\n  items:\n  - name: X\n    href: x.md\n- name: B\n  href: b.md\n  items:\n  - name: Y\n    href: y.md\n";
        String after = "items:\n- name: A\n  href: a.md\n  items: []\n- name: B\n  href: b.md\n  items:\n  - name: Y\n    href: y.md\n  - name: X\n    href: x.md\n";
        assertEquals(List.of(new Fact.TocEntryMoved("X", "x.md", "A", "B")),
                changes(FactFinder.find(Changes.modified("articles/toc.yml", before, after))));
        String renamedParent = before.replace("- name: A\n", "- name: Alpha\n");
        assertEquals(List.of(new Fact.TocEntryRenamed("a.md", "A", "Alpha")),
                changes(FactFinder.find(Changes.modified("articles/toc.yml", before, renamedParent))));
        FileInsight insight = new InsightWriter(java.util.Locale.US).explain(Changes.modified("articles/toc.yml", before, after));
        assertTrue(insight.facts().contains("The table of contents entry `X` (`x.md`) moved from under `A` to under `B`."),
                insight.facts().toString());
        assertEquals("Moved entry `X` in `toc.yml`", insight.title());
    }

    /** A parent renamed among parents of the same name, or renamed without an href, moves none of the children. */
    @Test
    void renamedParentsMoveNoChildren() {
        String two = "items:\n- name: Guides\n  href: g1.md\n  items:\n  - name: Install\n    href: install.md\n"
                + "- name: Guides\n  href: g2.md\n  items:\n  - name: API\n    href: api.md\n";
        assertEquals(List.of(new Fact.TocEntryRenamed("g1.md", "Guides", "Legacy guides")),
                changes(FactFinder.find(Changes.modified("toc.yml", two, two.replaceFirst("name: Guides", "name: Legacy guides")))));
        String noHref = "items:\n- name: Getting started\n  items:\n  - name: Install\n    href: install.md\n  - name: Configure\n    href: configure.md\n";
        List<Fact> facts = FactFinder.find(Changes.modified("toc.yml", noHref, noHref.replace("Getting started", "Get started")));
        assertTrue(only(facts, Fact.TocEntryMoved.class).isEmpty(), facts.toString());
    }

    /** List entries are new only where both versions name them by the same field; names with brackets stay whole. */
    @Test
    void listEntriesAreGroupedOnlyWhenNamedAlike() {
        String redirect = "{\"source_path\": \"%s\", \"redirect_url\": \"/new/%s\"}";
        String two = "{\"redirections\": [" + redirect.formatted("a.md", "a") + ", " + redirect.formatted("b.md", "b") + "]}";
        // a third entry without source_path: the list is numbered now, so no entry of the two was removed
        String three = two.replace("]}", ", {\"source_path_from_root\": \"/c.md\", \"redirect_url\": \"/new/c\"}]}");
        List<Fact> facts = FactFinder.find(Changes.modified("r.json", two, three));
        assertTrue(only(facts, Fact.DataElementRemoved.class).isEmpty(), facts.toString());
        String brackets = "{\"redirections\": [" + redirect.formatted("a].b", "a") + ", " + redirect.formatted("a].c", "c") + "]}";
        assertEquals(List.of(new Fact.DataElementRemoved("redirections", "a].b", List.of("source_path", "redirect_url"), List.of("", "/new/a")),
                new Fact.DataElementRemoved("redirections", "a].c", List.of("source_path", "redirect_url"), List.of("", "/new/c"))),
                changes(FactFinder.find(Changes.modified("r.json", brackets, "{\"redirections\": []}"))));
        List<Fact> opened = FactFinder.find(Changes.modified("r.json", two, two.replace("]}", ", " + redirect.formatted("x[k=v", "x") + "]}")));
        assertEquals(List.of(new Fact.DataElementAdded("redirections", "x[k=v", List.of("source_path", "redirect_url"), List.of("", "/new/x"))), changes(opened));
    }

    /** One href under two parents: the copy still under its parent is the one kept; a move to the top level reads so. */
    @Test
    void aSharedHrefIsKeptUnderItsOwnParent() {
        String before = "items:\n- name: Guides\n  href: guides.md\n  items:\n  - name: Install\n    href: install.md\n"
                + "  - name: Overview\n    href: overview.md\n- name: Reference\n  href: ref.md\n  items:\n"
                + "  - name: Overview\n    href: overview.md\n  - name: API\n    href: api.md\n";
        String after = before.replaceFirst("  - name: Overview\n    href: overview.md\n", "");
        assertEquals(List.of(new Fact.TocEntriesRemoved(List.of("Guides > Overview"))), changes(FactFinder.find(Changes.modified("toc.yml", before, after))),
                "named by its path, as another entry has its name");
        String top = before.replace("  - name: Install\n    href: install.md\n", "") + "- name: Install\n  href: install.md\n";
        FileInsight insight = new InsightWriter(java.util.Locale.US).explain(Changes.modified("toc.yml", before, top));
        assertTrue(insight.facts().contains("The table of contents entry `Install` (`install.md`) moved from under `Guides` to the top level."),
                insight.facts().toString());
    }

    /** A list value is told by the values it gained and lost; a long key keeps its leaf when cut. */
    @Test
    void listValuesByWhatTheyGainedAndLongKeysByTheirLeaves() {
        InsightWriter writer = new InsightWriter(java.util.Locale.US);
        String page = "---\nms.custom: [build-2024, devx-track-python, ignite-2024]\n---\n# T\n";
        FileInsight list = writer.explain(Changes.modified("docs/a.md", page, page.replace("devx-track-python, ignite-2024", "ignite-2024, build-2025")));
        assertTrue(list.explanation().contains("Front matter field `ms.custom` gained `build-2025` and lost `devx-track-python`."), list.explanation());
        FileInsight reordered = writer.explain(Changes.modified("docs/a.md", page, page.replace("build-2024, devx-track-python", "devx-track-python, build-2024")));
        assertTrue(reordered.explanation().contains("changed from `[build-2024, devx-track-python, ignite-2024]`"), "only the order changed: " + reordered.explanation());
        String json = "{\"redirections\": [{\"source_path_from_root\": \"/articles/ai-studio/how-to/prompt-flow-tools/prompt-flow-tools-overview.md\","
                + " \"redirect_url\": \"/azure/a\"}]}";
        FileInsight key = writer.explain(Changes.modified("r.json", json, json.replace("/azure/a", "/azure/b")));
        assertTrue(key.explanation().matches("(?s).*Key `…[^`]*/prompt-flow-tools-overview.md\\]\\.redirect_url` changed from `/azure/a` to `/azure/b`\\..*"),
                "the element's name and the leaf stay: " + key.explanation());
        String links = "landingContent:\n  - title: Get started with the Azure AI Foundry portal and its SDKs\n    linkLists:\n      - linkListType: quickstart\n"
                + "        links:\n          - text: Use the playground\n            url: quickstarts/get-started-playground.md\n";
        FileInsight link = writer.explain(Changes.modified("index.yml", links, links.replace("get-started-playground.md", "playground.md")));
        assertTrue(link.explanation().contains("Key `…links[url=quickstarts/playground.md].url` changed"), link.explanation());
        // a title cuts a long key at its start too, on a whole name: the key it names stays (an audit)
        String ts = "{\"compilerOptions\": {\"strict\": true, \"noUncheckedIndexedAccess\": true}}";
        FileInsight option = writer.explain(Changes.modified("tsconfig.json", ts, ts.replace(", \"noUncheckedIndexedAccess\": true", "")));
        assertEquals("Removed key `…noUncheckedIndexedAccess` from `tsconfig.json`", option.title());
        String meta = "build:\n  globalMetadata:\n    feedback_system: GitHub\n    feedback_product_url: https://example.com\n";
        FileInsight feedback = writer.explain(Changes.modified("docfx.yml", meta, meta.replace("GitHub", "Standard")));
        assertEquals("Updated `…globalMetadata.feedback_system` in `docfx.yml`", feedback.title());
    }

    /** Reference entries are known by their uid; a group flattened or added over pages still listed is a regrouping. */
    @Test
    void tocEntriesByUidAndGroupsOverPagesStillListed() {
        String ref = "items:\n- name: Reference\n  items:\n  - name: Client\n    uid: azure.ai.Client\n  - name: Agents\n    uid: azure.ai.Agents\n";
        assertEquals(List.of(new Fact.TocEntryRenamed("azure.ai.Agents", "Agents", "Agents client"),
                        new Fact.TocEntryRetargeted("Client", "azure.ai.Client", "azure.ai.aio.Client")),
                changes(FactFinder.find(Changes.modified("toc.yml", ref, ref.replace("name: Agents\n", "name: Agents client\n").replace("azure.ai.Client", "azure.ai.aio.Client")))));
        String grouped = "items:\n- name: How-to\n  items:\n  - name: Hubs\n    items:\n    - name: Create a hub\n      href: create-hub.md\n"
                + "    - name: Delete a hub\n      href: delete-hub.md\n  - name: Deploy\n    href: deploy.md\n";
        String flat = "items:\n- name: How-to\n  items:\n  - name: Create a hub\n    href: create-hub.md\n  - name: Delete a hub\n    href: delete-hub.md\n"
                + "  - name: Deploy\n    href: deploy.md\n";
        List<Fact> flattened = changes(FactFinder.find(Changes.modified("toc.yml", grouped, flat)));
        assertEquals(List.of(new Fact.TocGroupRemoved("How-to > Hubs", List.of("Create a hub", "Delete a hub"))), flattened);
        FileInsight insight = new InsightWriter(java.util.Locale.US).explain(Changes.modified("toc.yml", grouped, flat));
        assertEquals(ChangeType.MINOR_UPDATE, insight.type(), "no page left the toc");
        assertEquals(List.of(new Fact.TocGroupAdded("How-to > Hubs", List.of("Create a hub", "Delete a hub"))),
                changes(FactFinder.find(Changes.modified("toc.yml", flat, grouped))));
        String gone = "items:\n- name: How-to\n  items:\n  - name: Deploy\n    href: deploy.md\n";
        assertEquals(List.of(new Fact.TocEntriesRemoved(List.of("Hubs", "Create a hub", "Delete a hub"))),
                changes(FactFinder.find(Changes.modified("toc.yml", grouped, gone))), "a group removed with its pages is entries removed");
    }

    /** A landing page's links are known by their url, its cards by their title: a link inserted shifts none of the others. */
    @Test
    void landingPageLinksAreKnownByTheirUrls() {
        String before = "landingContent:\n  - title: About\n    linkLists:\n      - linkListType: overview\n        links:\n"
                + "          - text: What is it?\n            url: what-is.md\n          - text: What's new\n            url: whats-new.md\n";
        String after = before.replace("        links:\n", "        links:\n          - text: Architecture\n            url: concepts/architecture.md\n");
        assertEquals(List.of(new Fact.DataElementAdded("landingContent[title=About].linkLists[linkListType=overview].links", "concepts/architecture.md",
                List.of("text", "url"), List.of("Architecture", ""))), changes(FactFinder.find(Changes.modified("articles/index.yml", before, after))));
        // a link given another url, a card retitled: the same entry with one value changed, not one removed and one added
        assertEquals(List.of(new Fact.FieldChanged(Fact.Scope.DATA, "landingContent[title=About].linkLists[linkListType=overview].links[url=news.md].url", "whats-new.md",
                "news.md")), changes(FactFinder.find(Changes.modified("articles/index.yml", before, before.replace("url: whats-new.md", "url: news.md")))));
        List<Fact> retitled = changes(FactFinder.find(Changes.modified("articles/index.yml", before, before.replace("title: About", "title: About it"))));
        assertEquals(List.of(new Fact.FieldChanged(Fact.Scope.DATA, "landingContent[title=About it].title", "About", "About it")), retitled);
    }

    /** A landing page's link lists are known by their type: one inserted before the others shifts none of their links. */
    @Test
    void linkListsAreKnownByTheirTypes() {
        String card = "landingContent:\n  - title: About\n    linkLists:\n      - linkListType: overview\n        links:\n"
                + "          - text: What is it?\n            url: what-is.md\n";
        String withVideo = card.replace("    linkLists:\n", "    linkLists:\n      - linkListType: video\n        links:\n"
                + "          - text: The show\n            url: https://example.com/show\n");
        assertEquals(List.of(new Fact.DataElementAdded("landingContent[title=About].linkLists", "video", List.of("linkListType",
                "links[url=https://example.com/show].text", "links[url=https://example.com/show].url"), List.of("", "The show", "https://example.com/show"))),
                changes(FactFinder.find(Changes.modified("index.yml", card, withVideo))));
    }

    /** A list emptied or filled is told by its entries, not as its empty value's key removed or added. */
    @Test
    void anEmptiedOrFilledListIsToldByItsEntries() {
        assertEquals(List.of(new Fact.DataElementAdded("r", "a", List.of("id", "u"), List.of("", "b"))),
                changes(FactFinder.find(Changes.modified("d.yml", "r: []\n", "r:\n  - id: a\n    u: b\n"))));
        assertEquals(List.of(new Fact.DataElementRemoved("r", "a", List.of("id", "u"), List.of("", "b"))),
                changes(FactFinder.find(Changes.modified("d.json", "{\"r\": [{\"id\": \"a\", \"u\": \"b\"}]}", "{\"r\": []}"))));
    }

    @Test
    void newTocListsItsEntries() {
        List<Fact> facts = FactFinder.find(Changes.added("articles/toc.yml", TOC));
        assertEquals(List.of(new Fact.FileAdded("articles/toc.yml"),
                new Fact.TocEntriesAdded(List.of("Azure OpenAI", "Concepts", "Models", "Quotas", "Retired"))), changes(facts));
    }

    @Test
    void jsonKeysAddedRemovedChanged() {
        List<Fact> facts = FactFinder.find(Changes.modified("config/models.json",
                "{\"models\": {\"gpt-4o\": {\"tpm\": 10}, \"o1\": {\"tpm\": 5}}}",
                "{\"models\": {\"gpt-4o\": {\"tpm\": 20}, \"o3\": {\"tpm\": 5}}}"));
        assertEquals(List.of(
                new Fact.FieldRemoved(Fact.Scope.DATA, "models.o1.tpm", "5"),
                new Fact.FieldChanged(Fact.Scope.DATA, "models.gpt-4o.tpm", "10", "20"),
                new Fact.FieldAdded(Fact.Scope.DATA, "models.o3.tpm", "5")), changes(facts));
        // a data file's title names a key, as its facts do (front matter has fields)
        FileInsight insight = new InsightWriter(java.util.Locale.US).explain(Changes.modified("config/models.json",
                "{\"models\": {\"o1\": {\"tpm\": 5}}}", "{\"models\": {}}"));
        assertEquals("Removed key `models.o1.tpm` from `models.json`", insight.title());
        assertTrue(insight.explanation().endsWith("It is classified as a breaking change: a data key removed counts as a breaking change."),
                "the rule of data keys, without front matter's: " + insight.explanation());
    }

    /** A Java properties file (a theme's interface strings) is compared key by key, read as the JDK reads it. */
    @Test
    void propertiesKeysAddedRemovedChanged() {
        List<Fact> facts = FactFinder.find(Changes.modified("themes/default/i18n/en_US.properties",
                "# strings\nsearch=Search\nhistory = History\nold_key: gone\nlong=one \\\n    two\n",
                "# strings\nsearch=Search\nhistory = History of {0}\nlong=one two\nchanges_count={0} changes\n"));
        assertEquals(List.of(
                new Fact.FieldRemoved(Fact.Scope.DATA, "old_key", "gone"),
                new Fact.FieldAdded(Fact.Scope.DATA, "changes_count", "{0} changes"),
                new Fact.FieldChanged(Fact.Scope.DATA, "history", "History", "History of {0}")), changes(facts),
                "a value continued on the next line is the same value written on one");
        assertEquals(List.of(new Fact.DataUnreadable("Java properties", true)),
                changes(FactFinder.find(Changes.modified("a.properties", "a=1\n", "a=\\u12\n"))));
    }

    /**
     * An element removed from a list does not shift the keys of those after it: a list of values is one value, and
     * redirections are named by their source path, so one removed redirect is one removed field, not every later one changed.
     */
    @Test
    void listElementsAreNamedNotNumbered() {
        List<Fact> values = FactFinder.find(Changes.modified("a.json", "{\"regions\": [\"eastus\", \"westus\"]}",
                "{\"regions\": [\"westus\"]}"));
        assertEquals(List.of(new Fact.FieldChanged(Fact.Scope.DATA, "regions", "[eastus, westus]", "[westus]")), changes(values));
        String redirect = "{\"source_path\": \"%s.md\", \"redirect_url\": \"/new/%s\"}";
        List<Fact> redirects = FactFinder.find(Changes.modified(".openpublishing.redirection.json",
                "{\"redirections\": [" + redirect.formatted("a", "a") + ", " + redirect.formatted("b", "b") + ", " + redirect.formatted("c", "c") + "]}",
                "{\"redirections\": [" + redirect.formatted("b", "b") + ", " + redirect.formatted("c", "c2") + "]}"));
        // a redirect removed whole is one entry removed, not one fact per key
        assertEquals(List.of(
                new Fact.DataElementRemoved("redirections", "a.md", List.of("source_path", "redirect_url"), List.of("", "/new/a")),
                new Fact.FieldChanged(Fact.Scope.DATA, "redirections[source_path=c.md].redirect_url", "/new/c", "/new/c2")),
                changes(redirects));
        FileInsight added = new InsightWriter(java.util.Locale.US).explain(Changes.modified(".openpublishing.redirection.json",
                "{\"redirections\": [" + redirect.formatted("b", "b") + "]}",
                "{\"redirections\": [" + redirect.formatted("b", "b") + ", " + redirect.formatted("d", "d") + "]}"));
        assertTrue(added.facts().contains("Entry `d.md` was added to `redirections`, with keys `source_path` and `redirect_url: /new/d`."),
                added.facts().toString());
        // a redirect added says where it leads; a value too long, on several lines or naming the entry is left out
        assertEquals("", Fact.shownValue("x".repeat(81), "a.md"));
        assertEquals("", Fact.shownValue("a\nb", "a.md"));
        assertEquals("", Fact.shownValue("azure-vote-back", "Service azure-vote-back"));
        assertEquals("/azure/get-started", Fact.shownValue("/azure/get-started", "articles/quickstart.md"));
        assertEquals("Added `d.md` to `.openpublishing.redirection.json`", added.title());
        assertEquals(ChangeType.NEW_FEATURE, added.type());
        // a key added under a YAML anchor is one key added, not one more for each alias that refers to it (an audit)
        String compose = "x-env: &env\n  AZURE_CLIENT_ID: id\nservices:\n  api:\n    environment:\n      <<: *env\n      PORT: \"8080\"\n"
                + "  worker:\n    environment: *env\n";
        List<Fact> anchored = changes(FactFinder.find(Changes.modified("docker-compose.yml", compose,
                compose.replace("  AZURE_CLIENT_ID: id\n", "  AZURE_CLIENT_ID: id\n  AZURE_LOG_LEVEL: info\n"))));
        assertEquals(List.of(new Fact.FieldAdded(Fact.Scope.DATA, "x-env.AZURE_LOG_LEVEL", "info")), anchored);
        // an unnamed step whose one value changed is keyed by its place, not by a label of the comparison (an audit)
        String workflow = "jobs:\n  check:\n    steps:\n      - uses: actions/checkout@v3\n      - name: Check links\n        run: npx check\n";
        List<Fact> step = changes(FactFinder.find(Changes.modified(".github/workflows/linkcheck.yml", workflow,
                workflow.replace("checkout@v3", "checkout@v4"))));
        assertEquals(List.of(new Fact.FieldChanged(Fact.Scope.DATA, "jobs.check.steps[0].uses", "actions/checkout@v3", "actions/checkout@v4")), step);
        // a step upgraded to another version of its action, with its inputs: that step edited, not removed and added (an audit)
        String node = "jobs:\n  check:\n    steps:\n      - uses: actions/setup-node@v3\n        with:\n          node-version: 18\n"
                + "      - name: Check links\n        run: npx check\n";
        List<Fact> upgraded = changes(FactFinder.find(Changes.modified(".github/workflows/ci.yml", node,
                node.replace("setup-node@v3", "setup-node@v4").replace("node-version: 18", "node-version: 20"))));
        assertEquals(List.of(new Fact.FieldChanged(Fact.Scope.DATA, "jobs.check.steps[0].uses", "actions/setup-node@v3", "actions/setup-node@v4"),
                new Fact.FieldChanged(Fact.Scope.DATA, "jobs.check.steps[0].with.node-version", "18", "20")), upgraded);
        // an element named by a value with brackets (an ARM template's "[parameters('name')]") is shown as the file has it
        String arm = "{\"resources\": [{\"name\": \"[parameters('account')]\", \"apiVersion\": \"2022-09-01\"}]}";
        FileInsight template = new InsightWriter(java.util.Locale.US).explain(Changes.modified("azuredeploy.json", arm,
                arm.replace("2022-09-01", "2023-01-01")));
        assertTrue(template.explanation().contains("`resources[name=[parameters('account')]].apiVersion`"), template.explanation());
        // entries or keys of one kind added together are named together in the title, not the first as if alone (an audit)
        FileInsight two = new InsightWriter(java.util.Locale.US).explain(Changes.modified(".openpublishing.redirection.json",
                "{\"redirections\": [" + redirect.formatted("b", "b") + "]}",
                "{\"redirections\": [" + redirect.formatted("b", "b") + ", " + redirect.formatted("q", "q") + ", " + redirect.formatted("r", "r") + "]}"));
        assertEquals("Added `q.md` and `r.md` to `.openpublishing.redirection.json`", two.title());
        FileInsight keys = new InsightWriter(java.util.Locale.US).explain(Changes.modified("appsettings.json", "{\"a\": 1}",
                "{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5}"));
        assertEquals("Added keys `b`, `c` and 2 more to `appsettings.json`", keys.title());
        // a redirect whose source changed is another redirect: the old URL no longer redirects (an audit had it minor)
        List<Fact> source = changes(FactFinder.find(Changes.modified(".openpublishing.redirection.json",
                "{\"redirections\": [" + redirect.formatted("b", "b") + ", " + redirect.formatted("old", "x") + "]}",
                "{\"redirections\": [" + redirect.formatted("b", "b") + ", " + redirect.formatted("old-request", "x") + "]}")));
        assertTrue(source.contains(new Fact.DataElementRemoved("redirections", "old.md", List.of("source_path", "redirect_url"), List.of("", "/new/x"))), source.toString());
        assertTrue(source.stream().noneMatch(f -> f instanceof Fact.FieldChanged), source.toString());
        // a long path in a title keeps its end, from a folder: its page, not its first folders (an audit)
        FileInsight deep = new InsightWriter(java.util.Locale.US).explain(Changes.modified(".openpublishing.redirection.json",
                "{\"redirections\": [" + redirect.formatted("b", "b") + "]}",
                "{\"redirections\": [" + redirect.formatted("b", "b") + ", "
                        + redirect.formatted("/articles/ai-services/openai/how-to/quotas", "q") + "]}"));
        assertEquals("Added `…/openai/how-to/quotas.md` to `.openpublishing.redirection.json`", deep.title());
        // two elements with the same name (or one without it): numbered as before
        List<Fact> numbered = FactFinder.find(Changes.modified("b.yml", "items:\n  - name: x\n    v: 1\n  - name: x\n    v: 2\n",
                "items:\n  - name: x\n    v: 1\n  - name: x\n    v: 3\n"));
        assertEquals(List.of(new Fact.FieldChanged(Fact.Scope.DATA, "items[1].v", "2", "3")), changes(numbered));
    }

    /** Steps known by name though one has none: a named step removed is not its successors renamed in turn (an audit). */
    @Test
    void listElementsMostlyNamedAreKnownByName() {
        String before = "jobs:\n  build:\n    steps:\n      - uses: actions/checkout@v4\n      - name: Lint\n        run: npm run lint\n"
                + "      - name: Build\n        run: npm run build\n";
        String after = "jobs:\n  build:\n    steps:\n      - uses: actions/checkout@v4\n      - name: Build\n        run: npm run build\n"
                + "      - name: Link check\n        run: npm run links\n";
        assertEquals(List.of(new Fact.DataElementRemoved("jobs.build.steps", "Lint", List.of("name", "run"), List.of("", "npm run lint")),
                new Fact.DataElementAdded("jobs.build.steps", "Link check", List.of("name", "run"), List.of("", "npm run links"))),
                changes(FactFinder.find(Changes.modified(".github/workflows/build.yml", before, after))));
        // half named after a step removed, and unnamed steps numbered among themselves: the others stay as they were (review)
        String steps = "steps:\n  - uses: actions/checkout@v4\n  - uses: actions/setup-node@v4\n  - name: Lint\n    run: lint\n"
                + "  - name: Build\n    run: build\n  - name: Test\n    run: test\n  - uses: actions/upload-artifact@v4\n";
        assertEquals(List.of(new Fact.DataElementRemoved("steps", "Lint", List.of("name", "run"), List.of("", "lint"))),
                changes(FactFinder.find(Changes.modified("build.yml", steps, steps.replace("  - name: Lint\n    run: lint\n", "")))));
        // two named steps down to one, or one up to two: both versions keyed by name, the step that stayed untouched and
        // an edit of it told (an audit: "Build" had been told as removed and added, "mvn package → mvn -B package" unsaid)
        String two = "steps:\n  - uses: actions/checkout@v4\n  - name: Build\n    run: mvn package\n  - name: Test\n    run: mvn test\n";
        String one = "steps:\n  - uses: actions/checkout@v4\n  - name: Build\n    run: mvn package\n";
        assertEquals(List.of(new Fact.DataElementRemoved("steps", "Test", List.of("name", "run"), List.of("", "mvn test"))),
                changes(FactFinder.find(Changes.modified("b.yml", two, one))));
        assertEquals(List.of(new Fact.DataElementAdded("steps", "Test", List.of("name", "run"), List.of("", "mvn test"))),
                changes(FactFinder.find(Changes.modified("b.yml", one, two))));
        List<Fact> edited = changes(FactFinder.find(Changes.modified("b.yml", two, one.replace("mvn package", "mvn -B package"))));
        assertTrue(edited.contains(new Fact.FieldChanged(Fact.Scope.DATA, "steps[name=Build].run", "mvn package", "mvn -B package")), edited.toString());
        assertTrue(edited.contains(new Fact.DataElementRemoved("steps", "Test", List.of("name", "run"), List.of("", "mvn test"))), edited.toString());
        assertEquals(2, edited.size(), edited.toString());
        // a name twice in the old version (no key by it there): both versions by position, lined up by what they hold
        String dup = "steps:\n  - name: Test\n    run: npm test -- unit\n  - name: Test\n    run: npm test -- e2e\n"
                + "  - name: Deploy\n    run: ./deploy.sh\n";
        String fewer = "steps:\n  - name: Test\n    run: npm test -- e2e\n  - name: Deploy\n    run: ./deploy.sh --prod\n";
        List<Fact> lined = changes(FactFinder.find(Changes.modified("dup.yml", dup, fewer)));
        assertEquals(1, lined.stream().filter(f -> f instanceof Fact.DataElementRemoved).count(), lined.toString());
        assertTrue(lined.stream().noneMatch(f -> f.toString().contains("Deploy") && f instanceof Fact.DataElementRemoved), lined.toString());
        assertTrue(lined.stream().anyMatch(f -> f instanceof Fact.FieldChanged c && c.after().equals("./deploy.sh --prod")), lined.toString());
    }

    /** A key under a new name with its value is one key renamed, not one removed and another added (an audit). */
    @Test
    void aKeyRenamedWithItsValueIsARename() {
        List<Fact> renamed = changes(FactFinder.find(Changes.modified("app.json", "{\"options\": {\"batch\": true, \"x\": 1}}\n",
                "{\"options\": {\"batchMode\": true, \"x\": 1}}\n")));
        assertEquals(List.of(new Fact.KeyRenamed("options.batch", "options.batchMode", "true")), renamed);
        FileInsight told = new InsightWriter(java.util.Locale.US).explain(Changes.modified("app.json", "{\"options\": {\"batch\": true, \"x\": 1}}\n",
                "{\"options\": {\"batchMode\": true, \"x\": 1}}\n"));
        assertTrue(told.facts().contains("Key `options.batch` was renamed to `options.batchMode` (value `true`)."), told.facts().toString());
        assertEquals(ChangeType.BREAKING_CHANGE, told.type());
        // two unrelated flags that happen to share a value stay a key removed and a key added
        List<Fact> unrelated = changes(FactFinder.find(Changes.modified("app.json", "{\"enabled\": true, \"x\": 1}\n",
                "{\"visible\": true, \"x\": 1}\n")));
        assertEquals(List.of(new Fact.FieldRemoved(Fact.Scope.DATA, "enabled", "true"), new Fact.FieldAdded(Fact.Scope.DATA, "visible", "true")),
                unrelated);
        // a distinctive value moves with its key whatever its new name
        assertEquals(List.of(new Fact.KeyRenamed("endpoint", "serviceUrl", "https://contoso.example/api")),
                changes(FactFinder.find(Changes.modified("c.yml", "endpoint: https://contoso.example/api\nx: 1\n",
                        "serviceUrl: https://contoso.example/api\nx: 1\n"))));
    }

    /** A JSON file whose top level is a list names it so, not as an empty path (an audit). */
    @Test
    void entriesOfATopLevelList() {
        String before = "[{\"id\":\"eastus\",\"quota\":30}]\n";
        String after = "[{\"id\":\"eastus\",\"quota\":30},{\"id\":\"westus\",\"quota\":20}]\n";
        InsightWriter writer = new InsightWriter(java.util.Locale.US);
        assertTrue(writer.explain(Changes.modified("quota.json", before, after)).facts()
                .contains("Entry `westus` was added to the file's top-level list, with keys `id` and `quota: 20`."));
        assertTrue(writer.explain(Changes.modified("quota.json", after, before)).facts()
                .contains("Entry `westus` was removed from the file's top-level list (keys `id` and `quota: 20`)."));
        assertTrue(new InsightWriter(java.util.Locale.JAPAN).explain(Changes.modified("quota.json", before, after)).facts()
                .contains("ファイル最上位のリストに項目 `westus` がキー `id` と `quota: 20` とともに追加されました。"),
                new InsightWriter(java.util.Locale.JAPAN).explain(Changes.modified("quota.json", before, after)).facts().toString());
    }

    /** A YAML stream of several documents is valid YAML, keyed by document; a file of comments has no keys (an audit). */
    @Test
    void yamlOfSeveralDocuments() {
        String before = "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 2\n---\napiVersion: v1\nkind: Service\n"
                + "spec:\n  type: ClusterIP\n";
        String after = before.replace("replicas: 2", "replicas: 3").replace("ClusterIP", "LoadBalancer");
        assertEquals(List.of(new Fact.FieldChanged(Fact.Scope.DATA, "[0].spec.replicas", "2", "3"),
                new Fact.FieldChanged(Fact.Scope.DATA, "[1].spec.type", "ClusterIP", "LoadBalancer")),
                changes(FactFinder.find(Changes.modified("k8s/app.yaml", before, after))));
        assertEquals(List.of(new Fact.FieldChanged(Fact.Scope.DATA, "spec.replicas", "2", "3")),
                changes(FactFinder.find(Changes.modified("k8s/one.yaml", "---\n" + before.split("---\n")[0] + "---\n",
                        "---\n" + after.split("---\n")[0]))), "empty documents are left out");
        // a stream of two documents down to one: both keyed as streams, so the one left is not told as removed and added
        // (the document left is lined up with its equal, the other one removed named by its kind)
        assertEquals(List.of(new Fact.DataElementRemoved("", "Service", List.of("apiVersion", "kind", "spec.type"), List.of("v1", "", "ClusterIP"))),
                changes(FactFinder.find(Changes.modified("k8s/app.yaml", before, before.split("---\n")[0]))));
        // objects of one name are told apart by their kind: the Service removed, not "azure-vote-back" (an audit)
        String named = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: azure-vote-back\nspec:\n  replicas: 1\n---\n"
                + "apiVersion: v1\nkind: Service\nmetadata:\n  name: azure-vote-back\nspec:\n  ports:\n  - port: 6379\n";
        List<Fact> service = changes(FactFinder.find(Changes.modified("k8s/vote.yaml", named, named.split("---\n")[0])));
        assertEquals(List.of(new Fact.DataElementRemoved("", "Service azure-vote-back", List.of("apiVersion", "kind", "metadata.name", "spec.ports[0].port"), List.of("v1", "", "", "6379"))),
                service);
        assertEquals(List.of(new Fact.FieldAdded(Fact.Scope.DATA, "region", "eastus")),
                changes(FactFinder.find(Changes.modified("config.yml", "# settings come later\n", "# settings\nregion: eastus\n"))));
    }

    /** A table of contents edited into invalid YAML breaks the site's navigation (an audit found it a minor update). */
    @Test
    void dataThatNoLongerParsesIsBreakingAndParsingAgainIsAFix() {
        String good = "items:\n- name: Overview\n  href: overview.md\n- name: Quickstart\n  href: quickstart.md\n";
        String bad = "items:\n- name: Overview\n  href: overview.md\n- name: Quickstart\n href: quickstart.md\n";
        InsightWriter writer = new InsightWriter(java.util.Locale.US);
        FileInsight broken = writer.explain(Changes.modified("docs/toc.yml", good, bad));
        assertEquals(ChangeType.BREAKING_CHANGE, broken.type());
        assertEquals("Broke the YAML of `toc.yml`", broken.title());
        assertTrue(broken.explanation().contains("The new version is not valid YAML")
                && broken.explanation().endsWith("as whatever reads it (a table of contents, a build) stops working."), broken.explanation());
        FileInsight repaired = writer.explain(Changes.modified("docs/toc.yml", bad, good));
        assertEquals(ChangeType.BUG_FIX, repaired.type());
        assertEquals("Repaired the YAML of `toc.yml`", repaired.title());
        FileInsight neither = writer.explain(Changes.modified("a.json", "{\"a\": 1,", "{\"a\": 2,"));
        assertEquals(ChangeType.MINOR_UPDATE, neither.type());
        // a file added or removed unreadable broke or repaired nothing that worked (a review: an added one was "Broke …")
        FileInsight added = writer.explain(Changes.added("data/x.json", "{\"a\": 1,"));
        assertEquals(ChangeType.NEW_FEATURE, added.type(), "a new file, as any other");
        assertFalse(added.title().startsWith("Broke"), added.title());
        assertTrue(added.explanation().contains("The new version is not valid JSON"), added.explanation());
        FileInsight removed = writer.explain(Changes.removed("docs/toc.yml", bad));
        assertFalse(removed.title().startsWith("Repaired"), removed.title());
        assertEquals(new Fact.DataUnreadable("YAML", true, false, true),
                FactFinder.find(Changes.removed("docs/toc.yml", bad)).stream().filter(f -> f instanceof Fact.DataUnreadable).findFirst().orElseThrow());
    }

    @Test
    void yamlKeysAndUnreadableJson() {
        List<Fact> yaml = FactFinder.find(Changes.modified("data/regions.yaml", "regions:\n  eu: [westeurope]\n",
                "regions:\n  eu: [westeurope, polandcentral]\n"));
        assertEquals(List.of(new Fact.FieldChanged(Fact.Scope.DATA, "regions.eu", "[westeurope]", "[westeurope, polandcentral]")),
                changes(yaml));
        List<Fact> broken = FactFinder.find(Changes.modified("a.json", "{\"a\": 1}", "{\"a\": 1,"));
        assertEquals(List.of(new Fact.DataUnreadable("JSON", true)), changes(broken));
        // JSON its readers take with comments and trailing commas (a dev container, a TypeScript configuration, VS Code's
        // settings): a comment added is no file broken, and the keys that changed are told (an audit)
        String container = "{\n  \"image\": \"python:3.11\",\n  \"features\": {}\n}\n";
        String commented = "{\n  // the image the course uses\n  \"image\": \"python:3.12\",\n  \"features\": {\"bicep\": true,},\n}\n";
        for (String path : List.of(".devcontainer/devcontainer.json", "tsconfig.json", ".vscode/settings.json", "src/app/tsconfig.base.json")) {
            List<Fact> jsonc = changes(FactFinder.find(Changes.modified(path, container, commented)));
            assertTrue(jsonc.contains(new Fact.FieldChanged(Fact.Scope.DATA, "image", "python:3.11", "python:3.12")), path + ": " + jsonc);
            assertTrue(jsonc.stream().noneMatch(f -> f instanceof Fact.DataUnreadable), path + ": " + jsonc);
        }
        // strict JSON stays strict: npm cannot read a package.json with a comment
        assertTrue(changes(FactFinder.find(Changes.modified("package.json", container, commented))).stream()
                .anyMatch(f -> f instanceof Fact.DataUnreadable));
        List<Fact> both = FactFinder.find(Changes.modified("site.yml", "a: [1\n", "a: [2\n"));
        assertEquals(List.of(new Fact.DataUnreadable("YAML", true, true)), changes(both), "one fact for both versions");
        assertEquals("Neither version is valid YAML, so its keys could not be compared.",
                changes(both).get(0).sentence(new Phrasing(Messages.forLocale(java.util.Locale.US))));
    }

    @Test
    void binaryImagesAddedRemovedReplaced() {
        assertEquals(List.of(new Fact.BinaryChanged("added", true)),
                changes(FactFinder.find(Changes.binary("media/new.png", ChangeStatus.ADDED))).subList(1, 2));
        assertEquals(new Fact.BinaryChanged("removed", false),
                changes(FactFinder.find(Changes.binary("lib/tool.bin", ChangeStatus.REMOVED))).get(1));
        assertEquals(List.of(new Fact.BinaryChanged("replaced", true)),
                changes(FactFinder.find(Changes.binary("media/chart.jpg", ChangeStatus.MODIFIED))));
        // the reason names the rule of the file's own status, not all three
        String reason = new InsightWriter(java.util.Locale.US).explain(Changes.binary("media/chart.jpg", ChangeStatus.MODIFIED)).explanation();
        assertTrue(reason.endsWith("It is classified as a minor update: a binary file replaced by a new version counts as a minor update."), reason);
    }

    /** A text file that became binary, or the other way round, is not told as a binary file replaced (an audit). */
    @Test
    void aFileThatBecameBinaryOrTextIsToldSo() {
        FileChange becameBinary = new FileChange("media/chart.svg", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                true, 0, 0, "", false, Optional.of("<svg>\n</svg>\n"), Optional.empty());
        assertEquals(List.of(new Fact.BinaryChanged("becameBinary", true, 2)), changes(FactFinder.find(becameBinary)));
        InsightWriter writer = new InsightWriter(java.util.Locale.US);
        assertEquals("Replaced the text of `chart.svg` with binary content", writer.explain(becameBinary).title());
        assertTrue(writer.explain(becameBinary).explanation().endsWith(
                "It is classified as a minor update: a text file replaced by a binary one counts as a minor update."),
                writer.explain(becameBinary).explanation());
        FileChange becameText = new FileChange("media/logo.png", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                true, 0, 0, "", false, Optional.empty(), Optional.of("P3\n"));
        assertEquals("The file was binary and is now 1 line of text, so no lines are compared.",
                changes(FactFinder.find(becameText)).get(0).sentence(new Phrasing(Messages.forLocale(java.util.Locale.US))));
        assertEquals("バイナリだったファイルが 1 行のテキストになりました。バイナリのため行の比較はありません。",
                changes(FactFinder.find(becameText)).get(0).sentence(new Phrasing(Messages.forLocale(java.util.Locale.JAPAN))));
        // a binary file whose text is now a Git LFS pointer moved into LFS (git lfs migrate), and back (a review)
        String pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:" + "ab".repeat(32) + "\nsize 5120\n";
        FileChange intoLfs = new FileChange("media/logo.png", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                true, 0, 0, "", false, Optional.empty(), Optional.of(pointer));
        assertEquals(List.of(new Fact.LfsPointerChanged("", 0, "abababababab", 5120, true)), changes(FactFinder.find(intoLfs)));
        // named as the move it is (an audit: "Updated (Git LFS)" was said of a file that left LFS too)
        assertEquals("Moved `logo.png` into Git LFS", writer.explain(intoLfs).title());
        FileChange outOfLfs = new FileChange("media/logo.png", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                true, 0, 0, "", false, Optional.of(pointer), Optional.empty());
        assertEquals(List.of(new Fact.LfsPointerChanged("abababababab", 5120, "", 0, true)), changes(FactFinder.find(outOfLfs)));
        assertEquals("Moved `logo.png` out of Git LFS", writer.explain(outOfLfs).title());
        assertTrue(writer.explain(outOfLfs).explanation().contains("moved out of Git LFS"), writer.explain(outOfLfs).explanation());
    }

    /** An image renamed with the same bytes was moved, not replaced (an audit found "The image was replaced" for git's R100). */
    @Test
    void aBinaryRenamedWithTheSameBytesIsNotReplaced() {
        List<Fact> same = FactFinder.find(Changes.binaryRenamed("media/a.png", "media/b.png", 100));
        assertEquals(List.of(new Fact.FileMoved("media/a.png", "media/b.png", 100, false)), same);
        List<Fact> edited = FactFinder.find(Changes.binaryRenamed("media/a.png", "media/b.png", 80));
        assertEquals(new Fact.BinaryChanged("replaced", true), edited.get(1));
    }

    @Test
    void codeSampleDefinitionsAndLanguage() {
        List<Fact> facts = FactFinder.find(Changes.modified("samples/app.py",
                "import os\n\ndef main():\n    pass\n\ndef old_helper():\n    pass\n",
                "import os\n\nclass Client:\n    pass\n\ndef main():\n    pass\n"));
        assertEquals(new Fact.LinesChanged(2, 2, "Python"), facts.get(0));
        assertEquals(List.of(new Fact.DefinitionsRemoved("Python", List.of("old_helper")),
                new Fact.DefinitionsAdded("Python", List.of("Client"))), changes(facts));
    }

    /** A key written twice (ms.date, say) keeps its last value, and SnakeYAML logs nothing to the console about it. */
    @Test
    void aDuplicateKeyKeepsItsLastValueQuietly() {
        java.util.logging.Logger yamlLog = java.util.logging.Logger.getLogger("org.yaml.snakeyaml");
        List<java.util.logging.LogRecord> logged = new java.util.ArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override public void publish(java.util.logging.LogRecord r) { logged.add(r); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        yamlLog.addHandler(handler);
        try {
            assertEquals(java.util.Optional.of(java.util.Map.of("ms.date", "04/13/2025")), FlatData.yaml("ms.date: 03/13/2025\nms.date: 04/13/2025\n"));
        } finally {
            yamlLog.removeHandler(handler);
        }
        assertEquals(List.of(), logged.stream().map(java.util.logging.LogRecord::getMessage).toList());
    }

    /**
     * A definition only its own file or type could use (private; Python's leading underscore; Go's lower case; Rust without
     * pub) removed is a minor update, told apart from the public ones removed, which stay a breaking change.
     */
    @Test
    void privateDefinitionsRemovedAreAMinorUpdate() {
        List<Fact> javaFacts = changes(FactFinder.find(Changes.modified("samples/A.java",
                "public class A {\n    public int run() {\n        return helper();\n    }\n    private static int helper() {\n        return 1;\n    }\n"
                        + "    public void stop() {\n    }\n}\n",
                "public class A {\n    public int run() {\n        return 1;\n    }\n}\n")));
        assertEquals(List.of(new Fact.DefinitionsRemoved("Java", List.of("stop")), new Fact.PrivateDefinitionsRemoved("Java", List.of("helper"))), javaFacts);
        assertEquals(ChangeType.BREAKING_CHANGE, Verdict.of(javaFacts).type(), "a public method removed still decides");
        List<Fact> python = changes(FactFinder.find(Changes.modified("samples/app.py",
                "class App:\n    def __init__(self):\n        pass\n\ndef _parse(x):\n    return x\n", "def main():\n    pass\n")));
        assertEquals(List.of(new Fact.DefinitionsRemoved("Python", List.of("App", "App.__init__")), new Fact.PrivateDefinitionsRemoved("Python", List.of("_parse")),
                new Fact.DefinitionsAdded("Python", List.of("main"))), python, "a dunder is no private name");
        // a method is named with its class: the one of two `close` methods removed is told apart from the one that stays
        String two = "class Producer:\n    def close(self):\n        pass\n\n    def _flush(self):\n        pass\n\n"
                + "class Consumer:\n    def close(self):\n        pass\n";
        assertEquals(List.of(new Fact.DefinitionsRemoved("Python", List.of("Producer.close")),
                new Fact.PrivateDefinitionsRemoved("Python", List.of("Producer._flush"))),
                changes(FactFinder.find(Changes.modified("samples/queue.py", two,
                        two.replace("    def close(self):\n        pass\n\n    def _flush(self):\n        pass\n\n", "    pass\n\n")))));
        List<Fact> go = changes(FactFinder.find(Changes.modified("samples/main.go",
                "package main\n\nfunc helper() int {\n\treturn 1\n}\n\nfunc Run() {\n}\n", "package main\n")));
        assertEquals(List.of(new Fact.DefinitionsRemoved("Go", List.of("Run")), new Fact.PrivateDefinitionsRemoved("Go", List.of("helper"))), go);
        List<Fact> rust = changes(FactFinder.find(Changes.modified("samples/lib.rs",
                "pub fn run() {}\nfn helper() {}\npub struct Config {}\n", "pub struct Config {}\n")));
        assertEquals(List.of(new Fact.DefinitionsRemoved("Rust", List.of("run")), new Fact.PrivateDefinitionsRemoved("Rust", List.of("helper"))), rust);
        // a public trait's methods are public without a `pub` of their own; `pub(crate)` keeps a function in its crate;
        // `pub async fn` is a definition too (an audit: trait methods were told as private, `pub async fn` not seen)
        String lib = "pub trait Uploader {\n    fn upload(&self, path: &str) -> Result<()>;\n}\n\n"
                + "pub async fn list(client: &Client) -> Vec<String> {\n    vec![]\n}\n\npub(crate) fn log(msg: &str) {}\n";
        List<Fact> traitGone = changes(FactFinder.find(Changes.modified("samples/lib.rs", lib,
                "pub async fn list(client: &Client) -> Vec<String> {\n    vec![]\n}\n")));
        assertEquals(List.of(new Fact.DefinitionsRemoved("Rust", List.of("Uploader", "upload")),
                new Fact.PrivateDefinitionsRemoved("Rust", List.of("log"))), traitGone);
        List<Fact> restricted = changes(FactFinder.find(Changes.modified("samples/lib.rs", lib,
                lib.replace("pub async fn list", "pub(crate) async fn list"))));
        assertEquals(List.of(new Fact.SignatureChanged("Rust", "list", "pub async fn list(client: &Client)",
                "pub(crate) async fn list(client: &Client)")), restricted);
        List<Fact> onlyPrivate = changes(FactFinder.find(Changes.modified("samples/B.kt",
                "class B {\n    private fun check(x: Int): Boolean {\n        return x > 0\n    }\n}\n", "class B {\n}\n")));
        assertEquals(List.of(new Fact.PrivateDefinitionsRemoved("Kotlin", List.of("check"))), onlyPrivate);
        assertEquals(ChangeType.MINOR_UPDATE, Verdict.of(onlyPrivate).type());
        assertEquals("A private Kotlin definition was removed: `check`.", onlyPrivate.get(0).sentence(new Phrasing(Messages.forLocale(java.util.Locale.US))));
    }

    /**
     * A value made a mapping or a list, or the other way round (a template's placeholder `{publicDir}`, which YAML reads as
     * a mapping), is one value changed, not a key removed and keys added empty (an audit).
     */
    @Test
    void aValueMadeAStructureIsOneValueChanged() {
        String before = "on:\n  push:\n    branches: [main]\njobs:\n  build:\n    steps:\n      - uses: actions/upload-pages-artifact@v3\n"
                + "        with:\n          path: public\n";
        String after = before.replace("[main]", "[{branch}]").replace("path: public", "path: {publicDir}");
        List<Fact> facts = changes(FactFinder.find(Changes.modified(".github/workflows/pages.yml", before, after)));
        assertTrue(facts.stream().noneMatch(f -> f instanceof Fact.FieldRemoved || f instanceof Fact.FieldAdded), facts.toString());
        assertTrue(facts.contains(new Fact.FieldChanged(Fact.Scope.DATA, "on.push.branches", "[main]", "[{branch}]")), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f instanceof Fact.FieldChanged c && c.key().endsWith(".with.path") && c.before().equals("public")
                && c.after().equals("{publicDir}")), facts.toString());
        FileInsight insight = new InsightWriter(Locale.US).explain(Changes.modified(".github/workflows/pages.yml", before, after));
        assertNotEquals(ChangeType.BREAKING_CHANGE, insight.type(), insight.explanation());
        // and back, with values below: a structure made a value
        List<Fact> back = changes(FactFinder.find(Changes.modified("config.yml", "db:\n  host: a\n  port: 5432\n", "db: sqlite\n")));
        assertEquals(List.of(new Fact.FieldChanged(Fact.Scope.DATA, "db", "{host: a, port: 5432}", "sqlite")), back);
    }

    /**
     * A UTF-8 byte order mark is no text of a page: added, it is told as such, not as the first heading removed and a
     * paragraph "# Heading" added; a page added with one reads its heading (an audit of hostile repository contents).
     */
    @Test
    void aByteOrderMarkIsNoTextOfThePage() {
        String page = "# Heading\n\nBody text.\n\n## Setup\n\nRun it.\n";
        FileChange marked = Changes.modified("docs/plain.md", page, "\ufeff" + page);
        assertEquals(List.of(new Fact.ByteOrderMarkChanged(true)), changes(FactFinder.find(marked)));
        FileInsight insight = new InsightWriter(Locale.US).explain(marked);
        assertEquals(ChangeType.MINOR_UPDATE, insight.type());
        assertEquals("Added a byte order mark to `plain.md`", insight.title());
        FileChange unmarkedAndEdited = Changes.modified("docs/plain.md", "\ufeff" + page, page.replace("Run it.", "Run it twice."));
        List<Fact> facts = changes(FactFinder.find(unmarkedAndEdited));
        assertEquals(new Fact.ByteOrderMarkChanged(false), facts.get(0), facts.toString());
        assertTrue(facts.stream().noneMatch(f -> f instanceof Fact.HeadingRemoved || f instanceof Fact.SectionRemoved), facts.toString());
        FileInsight added = new InsightWriter(Locale.US).explain(Changes.added("docs/new.md", "\ufeff# BOM title\n\nText.\n"));
        assertFalse(added.explanation().contains("before the first heading"), added.explanation());
        assertFalse(added.explanation().contains("byte order mark"), added.explanation());
    }

    /** A line of a file that mixes CRLF and LF whose ending alone changed is told (an audit: "no change of structure"). */
    @Test
    void aLineWhoseEndingAloneChangedIsTold() {
        String before = "# Mixed\r\n\nline a\r\nline b\nline c\r\n";
        String after = "# Mixed\r\n\nline a\nline b\nline c\r\n";
        List<Fact> facts = changes(FactFinder.find(Changes.modified("docs/mixed.md", before, after)));
        assertTrue(facts.contains(new Fact.LineEndingsEdited(1, 0)), facts.toString());
        FileInsight insight = new InsightWriter(Locale.US).explain(Changes.modified("docs/mixed.md", before, after));
        assertTrue(insight.explanation().contains("The line ending of 1 line changed from CRLF (Windows) to LF (Unix), its text the same."),
                insight.explanation());
        assertEquals(0, FactFinder.convertedEndings("a\r\nb\n", "a\r\nb\nc\r\n")[0] + FactFinder.convertedEndings("a\r\nb\n", "a\r\nb\nc\r\n")[1],
                "a line added with CRLF converts nothing");
        assertEquals(List.of(1, 1), java.util.Arrays.stream(FactFinder.convertedEndings("a\r\nb\n", "a\nb\r\n")).boxed().toList());
    }

    /**
     * A type's declaration changed: made final, sealed or abstract breaks code that extends or creates it, a base type added
     * does not (an audit: `class` -> `final class` was not seen at all, a class with a constructor sharing its name).
     */
    @Test
    void aTypeDeclarationChangedIsTold() {
        String quota = "public class Quota extends Base implements Limits {\n    public Quota(int n) {\n    }\n"
                + "    public int get() {\n        return 1;\n    }\n}\n";
        FileChange madeFinal = Changes.modified("samples/Quota.java", quota, quota.replace("public class Quota", "public final class Quota"));
        assertEquals(List.of(new Fact.TypeDeclarationChanged("Java", "Quota", "public class Quota extends Base implements Limits",
                "public final class Quota extends Base implements Limits", true)), changes(FactFinder.find(madeFinal)));
        FileInsight insight = new InsightWriter(Locale.US).explain(madeFinal);
        assertEquals(ChangeType.BREAKING_CHANGE, insight.type());
        assertEquals("Changed the declaration of `Quota` in `Quota.java`", insight.title());
        assertTrue(insight.explanation().contains("The declaration of Java type `Quota` changed from "
                + "`public class Quota extends Base implements Limits` to `public final class Quota extends Base implements Limits`."),
                insight.explanation());
        // a base type added, `final` dropped: every use of the type still works
        FileChange widened = Changes.modified("samples/Quota.java", quota.replace("public class", "public final class"),
                quota.replace("implements Limits", "implements Limits, Closeable"));
        List<Fact> opened = changes(FactFinder.find(widened));
        assertEquals(List.of(new Fact.TypeDeclarationChanged("Java", "Quota", "public final class Quota extends Base implements Limits",
                "public class Quota extends Base implements Limits, Closeable", false)), opened);
        assertEquals(ChangeType.MINOR_UPDATE, new InsightWriter(Locale.US).explain(widened).type());
        // a base class dropped or changed, type parameters changed, less visible, a class made an interface: breaking
        assertTrue(SourceDefinitions.onlyWidened("class A", "public class A"));
        assertTrue(SourceDefinitions.onlyWidened("sealed class A : B", "class A : B, IDisposable"));
        assertFalse(SourceDefinitions.onlyWidened("public class A extends B", "public class A"));
        assertFalse(SourceDefinitions.onlyWidened("public class A<T>", "public class A<T, U>"));
        assertFalse(SourceDefinitions.onlyWidened("public class A", "class A"));
        assertFalse(SourceDefinitions.onlyWidened("public class A", "public interface A"));
        assertFalse(SourceDefinitions.onlyWidened("public class A", "public abstract class A"));
        // base types wrapped onto the next line, and a comment after the brace: the same declaration
        assertEquals(List.of(), changes(FactFinder.find(Changes.modified("samples/Quota.java", quota,
                quota.replace("public class Quota extends Base implements Limits {", "public class Quota extends Base\n        implements Limits { // see Base")))));
        // a private nested type made final is no reader's concern; a C# class's base list
        String nested = "public class Outer {\n    private static class Cache {\n    }\n}\n";
        assertEquals(List.of(), changes(FactFinder.find(Changes.modified("samples/Outer.java", nested,
                nested.replace("private static class", "private static final class")))));
        assertEquals(List.of(new Fact.TypeDeclarationChanged("C#", "Worker", "public class Worker : BackgroundService",
                "public sealed class Worker : BackgroundService", true)), changes(FactFinder.find(Changes.modified("samples/Worker.cs",
                "public class Worker : BackgroundService\n{\n}\n", "public sealed class Worker : BackgroundService\n{\n}\n"))));
    }

    /**
     * A name is removed or added only when no definition of it is left or was there: one of three `visitFile` overrides
     * replaced, or an overload added, had been told as the name removed or added (an audit). Private ones added are a
     * minor update, as private ones removed are; a JavaScript function's parameters added after its old ones break no call.
     */
    @Test
    void definitionsAreToldByNameNotByCount() {
        String visitors = "public class Publisher {\n    private void a() {\n        walk(new SimpleFileVisitor<>() {\n"
                + "            @Override public FileVisitResult visitFile(Path f, BasicFileAttributes b) {\n                return CONTINUE;\n"
                + "            }\n        });\n    }\n    private void b() {\n        walk(new SimpleFileVisitor<>() {\n"
                + "            @Override public FileVisitResult visitFile(Path f, BasicFileAttributes b) {\n                return CONTINUE;\n"
                + "            }\n        });\n    }\n    public List<Path> userFiles(Path root) {\n        return List.of();\n    }\n}\n";
        String fewer = visitors.replace("    private void b() {\n        walk(new SimpleFileVisitor<>() {\n"
                + "            @Override public FileVisitResult visitFile(Path f, BasicFileAttributes b) {\n                return CONTINUE;\n"
                + "            }\n        });\n    }\n", "    private void b() {\n        Files.delete(root);\n    }\n")
                .replace("    public List<Path> userFiles(Path root) {", "    public List<Path> userFiles(Path root, int depth) {\n        return List.of();\n    }\n"
                        + "    private static boolean hidden(Path p) {\n        return false;\n    }\n    public List<Path> userFiles(Path root) {");
        FileChange change = Changes.modified("src/Publisher.java", visitors, fewer);
        List<Fact> facts = changes(FactFinder.find(change));
        assertEquals(List.of(new Fact.PrivateDefinitionsAdded("Java", List.of("hidden")),
                new Fact.DefinitionCountChanged("Java", "visitFile", 2, 1), new Fact.DefinitionCountChanged("Java", "userFiles", 1, 2)), facts);
        FileInsight insight = new InsightWriter(Locale.US).explain(change);
        assertEquals(ChangeType.MINOR_UPDATE, insight.type(), insight.explanation());
        assertTrue(insight.explanation().contains("Java definitions named `visitFile` went from 2 to 1"), insight.explanation());
        assertFalse(insight.explanation().contains("removed"), insight.explanation());
        // a class with a private constructor is no private name
        assertEquals(List.of(new Fact.DefinitionsAdded("Java", List.of("B"))), changes(FactFinder.find(Changes.modified("samples/B.java",
                "class A {\n}\n", "class A {\n}\nfinal class B {\n    private B() {\n    }\n}\n"))));
        // JavaScript: a parameter added after the old ones leaves every call working
        String js = "(function () {\n  function fill(pattern, value) {\n    return pattern.replace('{0}', value);\n  }\n})();\n";
        assertEquals(List.of(new Fact.OptionalParametersAdded("JavaScript", "fill", List.of("second"), "function fill(pattern, value)",
                "function fill(pattern, value, second)")), changes(FactFinder.find(Changes.modified("assets/search.js", js,
                js.replace("fill(pattern, value)", "fill(pattern, value, second)")))));
        assertTrue(changes(FactFinder.find(Changes.modified("assets/search.js", js, js.replace("fill(pattern, value)", "fill(value)"))))
                .get(0) instanceof Fact.SignatureChanged, "a parameter dropped still breaks");
    }

    /**
     * A PowerShell function's parameters are in the {@code param(…)} block that opens its body: a mandatory one added breaks
     * its callers, an optional one (no {@code Mandatory}) does not (an audit: neither was seen).
     */
    @Test
    void powerShellParamBlocksAreSignatures() {
        String script = "function Get-Quota {\n    [CmdletBinding()]\n    <#\n    .SYNOPSIS\n    Reads a quota (param ignored here)\n    #>\n"
                + "    param(\n        [Parameter(Mandatory)]\n        [string]$Region  # where\n    )\n    Invoke-Rest $Region\n}\n";
        assertEquals("function Get-Quota param([Parameter(Mandatory)] [string]$Region)",
                SourceDefinitions.powerShellParameters(script.lines().toList(), 0, "function Get-Quota {"));
        String optional = script.replace("[string]$Region  # where\n", "[string]$Region,\n        [int]$Top = 10\n");
        assertEquals(List.of(new Fact.OptionalParametersAdded("PowerShell", "Get-Quota", List.of("[int]$Top = 10"),
                "function Get-Quota param([Parameter(Mandatory)] [string]$Region)",
                "function Get-Quota param([Parameter(Mandatory)] [string]$Region, [int]$Top = 10)")),
                changes(FactFinder.find(Changes.modified("scripts/quota.ps1", script, optional))));
        String mandatory = script.replace("[string]$Region  # where\n", "[string]$Region,\n        [Parameter(Mandatory = $true)]\n        [string]$Model\n");
        List<Fact> breaking = changes(FactFinder.find(Changes.modified("scripts/quota.ps1", script, mandatory)));
        assertEquals(List.of(new Fact.SignatureChanged("PowerShell", "Get-Quota", "function Get-Quota param([Parameter(Mandatory)] [string]$Region)",
                "function Get-Quota param([Parameter(Mandatory)] [string]$Region, [Parameter(Mandatory = $true)] [string]$Model)")), breaking);
        assertEquals(List.of(), SourceDefinitions.optionalPowerShellAdded("f param($a)", "f param($b, $a)"), "a parameter put before the old one");
        assertEquals(List.of("[switch]$Force"), SourceDefinitions.optionalPowerShellAdded("f param()", "f param([switch]$Force)"));
        assertEquals(List.of("[Parameter(Mandatory = $false)] $X"), SourceDefinitions.optionalPowerShellAdded("f param($a)",
                "f param($a, [Parameter(Mandatory = $false)] $X)"));
        // the body changed only, and a function without a param block: no declaration told
        assertEquals(List.of(), changes(FactFinder.find(Changes.modified("scripts/quota.ps1", script, script.replace("Invoke-Rest", "Invoke-RestMethod")))));
        assertEquals("", SourceDefinitions.powerShellParameters(List.of("function Go {", "    Write-Host 'param(1)'", "}"), 0, "function Go {"));
    }

    /** Methods of C# and Java are told by their modifiers, JavaScript functions held by variables too; calls are not definitions. */
    @Test
    void methodsAndArrowFunctionsAreDefinitions() {
        assertEquals(List.of(), changes(FactFinder.find(Changes.modified("samples/A.java",
                "class A {\n    static void run(Runnable r) {\n        new Thread(r).start();\n    }\n}\n",
                "class A {\n    static void run(Runnable r) {\n        new Worker(r).go();\n    }\n}\n"))), "a constructor call is no definition");
        List<Fact> cs = FactFinder.find(Changes.modified("samples/Program.cs",
                "public class Program {\n    public static void Main(string[] a){}\n    private static int Recognize(string f){return 0;}\n}\n",
                "public class Program {\n    public static void Main(string[] a){}\n    private static int RecognizeFile(string f){return 0;}\n"
                        + "    public record Result(string Text);\n}\n"));
        assertEquals(List.of(new Fact.PrivateDefinitionsRemoved("C#", List.of("Recognize")),
                new Fact.DefinitionsAdded("C#", List.of("Result")), new Fact.PrivateDefinitionsAdded("C#", List.of("RecognizeFile"))),
                changes(cs), "a private method removed or added: no reader's to call");
        List<Fact> java = FactFinder.find(Changes.modified("samples/App.java",
                "class App {\n    @Override public String toString() {\n        return helper(1);\n    }\n}\n",
                "class App {\n    @Override public String toString() {\n        return helper(2);\n    }\n    static int helper(int x) {\n"
                        + "        if (x > 0) { return x; }\n        return 0;\n    }\n}\n"));
        assertEquals(List.of(new Fact.DefinitionsAdded("Java", List.of("helper"))), changes(java));
        List<Fact> constructor = FactFinder.find(Changes.modified("samples/B.java", "class A {\n}\n",
                "class A {\n}\nfinal class B {\n    private B() {\n    }\n}\n"));
        assertEquals(List.of(new Fact.DefinitionsAdded("Java", List.of("B"))), changes(constructor), "a class and its constructor: one name");
        // package-private Java methods (JUnit tests) and C#'s private ones with the brace below have no modifier
        List<Fact> plain = FactFinder.find(Changes.modified("samples/ATest.java",
                "class ATest {\n    @Test\n    void oldCase() {\n        run(1);\n    }\n    List<String> names() {\n        return x;\n    }\n"
                        + "    void reset() {\n        n = 0;\n    }\n}\n",
                "class ATest {\n    @Test\n    void newCase() {\n        if (ok(1)) {\n            run(2);\n        } else if (ok(2)) {\n"
                        + "            new Thread(r) {\n            };\n        }\n        assertEquals(List.of(a,\n                b), x);\n    }\n"
                        + "    Map<String, Integer> names() {\n        return y;\n    }\n    void reset() {}\n"
                        + "    String sql = \"\"\"\n        SELECT COUNT(*),\n        FROM t\n        \"\"\";\n"
                        + "    /*\n     Calls Refresh(cache) when the token expires (see RFC 6749)\n     */\n"
                        + "    String abstractOne(int x);\n}\n"));
        assertEquals(List.of(new Fact.SignatureChanged("Java", "names", "List<String> names()", "Map<String, Integer> names()"),
                new Fact.DefinitionsRemoved("Java", List.of("oldCase")),
                new Fact.DefinitionsAdded("Java", List.of("newCase"))), changes(plain),
                "a return type of two words (a new signature), an empty body on one line, SQL and comments: no definition added or removed");
        List<Fact> csPlain = FactFinder.find(Changes.modified("samples/Game.cs",
                "class Game\n{\n    void Start()\n    {\n        var x = Load(1);\n    }\n    double Area() => w * h;\n"
                        + "    double Volume()\n    {\n        return w * h * d;\n    }\n}\n",
                "class Game\n{\n    void Awake() // called once by Unity\n    {\n        var x = Load(2);\n        await Save(x)\n"
                        + "        var q = from p in people\n                where IsActive(p)\n                orderby Rank(p), LastName(p)\n"
                        + "                select Describe(p);\n        if (s is Point(var a, var b))\n        {\n        }\n    }\n"
                        + "    double Area()\n        => w * h;\n    double Volume() => w * h * d;\n}\n"));
        assertEquals(List.of(new Fact.DefinitionsRemoved("C#", List.of("Start")), new Fact.DefinitionsAdded("C#", List.of("Awake"))),
                changes(csPlain), "LINQ clauses and patterns are no definitions; a body made an expression is the same method");
        // parameters wrapped over lines: the same method (with a parameter more, a new signature)
        assertEquals(List.of(new Fact.SignatureChanged("Java", "send", "void send(String endpoint, String message)",
                "void send(String endpoint, String message, Duration timeout)")), changes(FactFinder.find(Changes.modified("samples/Client.java",
                "class Client {\n    void send(String endpoint, String message) {\n        go();\n    }\n}\n",
                "class Client {\n    void send(String endpoint, String message,\n            Duration timeout) {\n        go();\n    }\n}\n"))));
        assertEquals(List.of(), changes(FactFinder.find(Changes.modified("samples/Client.cs",
                "class Client\n{\n    Task RunAsync(string endpoint, CancellationToken token)\n    {\n    }\n}\n",
                "class Client\n{\n    Task RunAsync(\n        string endpoint,\n        CancellationToken token)\n    {\n    }\n}\n"))));
        List<Fact> js = FactFinder.find(Changes.modified("samples/app.js",
                "const stop = () => 2;\nexport const load = async (url) => fetch(url);\nconst n = compute(3);\n",
                "const halt = () => 2;\nexport const load = async (url) => fetch(url);\nconst n = compute(4);\n"));
        assertEquals(List.of(new Fact.DefinitionsRemoved("JavaScript", List.of("stop")),
                new Fact.DefinitionsAdded("JavaScript", List.of("halt"))), changes(js));
        // a public method's parameters changed: its callers may break (an audit found it told as nothing)
        String quota = "public class Quota {\n    public int getQuota(String region) {\n        return 1;\n    }\n"
                + "    private int load(String region) {\n        return 2;\n    }\n}\n";
        String wider = quota.replace("getQuota(String region)", "getQuota(String region, String model)")
                .replace("load(String region)", "load(String region, int retries)");
        FileChange signature = Changes.modified("samples/Quota.java", quota, wider);
        assertEquals(List.of(new Fact.SignatureChanged("Java", "getQuota", "public int getQuota(String region)",
                "public int getQuota(String region, String model)")), changes(FactFinder.find(signature)), "the private one is not told");
        FileInsight changed = new InsightWriter(Locale.US).explain(signature);
        assertEquals(ChangeType.BREAKING_CHANGE, changed.type());
        assertEquals("Changed the signature of `getQuota` in `Quota.java`", changed.title());
        assertTrue(changed.explanation().contains("The declaration of Java definition `getQuota` changed from "
                + "`public int getQuota(String region)` to `public int getQuota(String region, String model)`."), changed.explanation());
        // long declarations that differ past 80 characters are shown from shortly before where they differ, never alike
        String long0 = "public string QueueOutput([HttpTrigger(AuthorizationLevel.Function, \"post\")] HttpRequestData req)";
        String long1 = "public string QueueOutput([HttpTrigger(AuthorizationLevel.Function, \"post\")] HttpRequestData req, FunctionContext context)";
        String sentence = new Fact.SignatureChanged("C#", "QueueOutput", long0, long1).sentence(new Phrasing(Messages.forLocale(Locale.US)));
        assertTrue(sentence.contains("FunctionContext context"), sentence);
        String[] shown = sentence.split(" changed from ")[1].split(" to ", 2);
        assertNotEquals(shown[0], shown[1].replaceAll("\\.$", ""), sentence);
        // optional parameters added after the old ones: callers written for the old declaration still work (an audit)
        String py = "def complete(prompt, model):\n    return call(prompt, model)\n";
        FileChange optional = Changes.modified("samples/chat.py", py, py.replace("def complete(prompt, model):",
                "def complete(prompt, model, temperature=0.7, *, stream: bool = False):"));
        assertEquals(List.of(new Fact.OptionalParametersAdded("Python", "complete", List.of("temperature=0.7", "*", "stream: bool = False"),
                "def complete(prompt, model)", "def complete(prompt, model, temperature=0.7, *, stream: bool = False)")),
                changes(FactFinder.find(optional)));
        FileInsight optionalInsight = new InsightWriter(Locale.US).explain(optional);
        assertEquals(ChangeType.NEW_FEATURE, optionalInsight.type());
        assertTrue(optionalInsight.explanation().contains("code that calls it as before still works"), optionalInsight.explanation());
        List<Fact> tsOptional = changes(FactFinder.find(Changes.modified("samples/client.ts", "export function connect(url: string) {\n}\n",
                "export function connect(url: string, baseUrl?: string, opts: Options = {}) {\n}\n")));
        assertTrue(tsOptional.get(0) instanceof Fact.OptionalParametersAdded, tsOptional.toString());
        // a parameter a caller must pass, or one put before the old ones, still breaks callers
        assertTrue(changes(FactFinder.find(Changes.modified("samples/chat.py", py, py.replace("(prompt, model)", "(prompt, model, region)"))))
                .get(0) instanceof Fact.SignatureChanged);
        assertTrue(changes(FactFinder.find(Changes.modified("samples/chat.py", py, py.replace("(prompt, model)", "(timeout=3, prompt, model)"))))
                .get(0) instanceof Fact.SignatureChanged);
        // the body, spacing or a comment after the brace is no new signature; nor are overloads, which may be paired any way
        assertEquals(List.of(), changes(FactFinder.find(Changes.modified("samples/Quota.java", quota,
                quota.replace("    public int getQuota(String region) {", "    public int  getQuota(String region) { // per region")
                        .replace("return 1;", "return 3;")))));
        // a body on the same line, a comment after the brace, wrapping or a space after a comma: the same declaration (review)
        String oneLine = "class A {\n    public int Total() => Sum(1);\n    public int get(int a,int b) { // see load()\n    }\n"
                + "    public void send(String endpoint, String message) {\n    }\n}\n";
        assertEquals(List.of(), changes(FactFinder.find(Changes.modified("samples/A.cs", oneLine, oneLine.replace("Sum(1)", "Sum(2)")
                .replace("see load()", "see load(region)").replace("int a,int b", "int a, int b")
                .replace("String endpoint, String message", "String endpoint,\n            String message")))));
        assertEquals(List.of(), changes(FactFinder.find(Changes.modified("samples/calc.py", "def area(w, h): return mul(w, h)\n",
                "def area(w, h): return mul(h, w)\n"))));
        // a public method made private: its callers break
        assertEquals(List.of(new Fact.SignatureChanged("Java", "getQuota", "public int getQuota(String region)",
                "private int getQuota(String region)")), changes(FactFinder.find(Changes.modified("samples/Quota.java", quota,
                quota.replace("public int getQuota", "private int getQuota")))));
        String overloads = "class A {\n    public void run(int a) {\n    }\n    public void run(String b) {\n    }\n}\n";
        assertEquals(List.of(), changes(FactFinder.find(Changes.modified("samples/A.java", overloads, overloads.replace("int a", "long a")))));
        // a class's methods (an audit found one removed from a TypeScript class told as no change of structure); calls
        // passing a callback, and control statements, are none
        String ts = "export class QuotaService {\n  constructor(private client: Client) {\n  }\n\n"
                + "  async listRegions(): Promise<string[]> {\n    return this.client.get('/regions');\n  }\n\n"
                + "  private cache(key: string) {\n    if (key) {\n    }\n  }\n}\n\ndescribe('quota', () => {\n"
                + "  it('lists', async function() {\n  });\n});\n";
        assertEquals(List.of("QuotaService", "constructor", "listRegions", "cache"), SourceDefinitions.in("TypeScript", ts.lines().toList()));
        // parameters wrapped as Prettier wraps them, and an empty body on the line: the same methods (review)
        String wrapped = ts.replace("  async listRegions(): Promise<string[]> {", "  async listRegions(\n  ): Promise<string[]> {")
                .replace("  constructor(private client: Client) {\n  }", "  constructor(\n    private client: Client,\n  ) {}");
        assertEquals(List.of("QuotaService", "constructor", "listRegions", "cache"), SourceDefinitions.in("TypeScript", wrapped.lines().toList()));
        assertEquals(List.of(), changes(FactFinder.find(Changes.modified("src/quota.ts", ts, wrapped))));
        List<Fact> removed = changes(FactFinder.find(Changes.modified("src/quota.ts", ts,
                ts.replace("  async listRegions(): Promise<string[]> {\n    return this.client.get('/regions');\n  }\n\n", ""))));
        assertEquals(List.of(new Fact.DefinitionsRemoved("TypeScript", List.of("listRegions"))), removed);
        assertEquals(List.of(new Fact.PrivateDefinitionsRemoved("TypeScript", List.of("cache"))), changes(FactFinder.find(
                Changes.modified("src/quota.ts", ts, ts.replace("  private cache(key: string) {\n    if (key) {\n    }\n  }\n", "")))));
    }

    /** A move's title says what moved where in a short line: the old name in the same folder, else the folders where they differ. */
    @Test
    void aMovedFileIsTitledByWhatChanged() {
        Phrasing en = new Phrasing(Messages.forLocale(java.util.Locale.US));
        Phrasing ja = new Phrasing(Messages.forLocale(java.util.Locale.JAPAN));
        Fact.FileMoved toTests = new Fact.FileMoved("src/main/java/io/diffpress/search/LunrTrimmer.java",
                "src/test/java/io/diffpress/search/LunrTrimmer.java", 100, false);
        assertEquals("Moved `LunrTrimmer.java` from `src/main/…` to `src/test/…`", toTests.title(en, "`LunrTrimmer.java`").orElseThrow());
        assertEquals("`LunrTrimmer.java` を `src/main/…` から `src/test/…` に移動", toTests.title(ja, "`LunrTrimmer.java`").orElseThrow());
        assertEquals("Moved `a.md` from `docs` to `docs/archive`",
                new Fact.FileMoved("docs/a.md", "docs/archive/a.md", 100, false).title(en, "`a.md`").orElseThrow());
        assertEquals("Moved `x.md` from `…/how-to` to `…/concepts`", new Fact.FileMoved("articles/ai-services/speech-service/how-to/x.md",
                "articles/ai-services/speech-service/concepts/x.md", 100, false).title(en, "`x.md`").orElseThrow(),
                "a long shared start is left out too: cut at 32 characters, both folders read alike");
        assertEquals("Copied `toc.yml` from `docs/v1/…` to `docs/v2/…`",
                new Fact.FileMoved("docs/v1/api/toc.yml", "docs/v2/api/toc.yml", 90, true).title(en, "`toc.yml`").orElseThrow());
        assertEquals("Renamed `old.md` to `new.md`",
                new Fact.FileMoved("docs/how-to/old.md", "docs/how-to/new.md", 100, false).title(en, "`new.md`").orElseThrow());
        assertEquals("Renamed `old.md` to `new.md`", new Fact.FileMoved("old.md", "new.md", 100, false).title(en, "`new.md`").orElseThrow());
        // renamed into another folder: both paths (an audit found "Renamed `docs/old-page.md` to `overview.md`")
        assertEquals("Renamed `a/old.md` to `b/new.md`",
                new Fact.FileMoved("a/old.md", "b/new.md", 100, false).title(en, "`new.md`").orElseThrow());
        assertEquals("Renamed `…/old-page.md` to `…/legacy/overview.md`",
                new Fact.FileMoved("docs/old-page.md", "docs/legacy/overview.md", 76, false).title(en, "`overview.md`").orElseThrow());
        // the long folders both start with are left out: else both paths cut at 32 characters read alike
        assertEquals("Renamed `…/x.md` to `…/legacy/y.md`", new Fact.FileMoved("articles/ai-services/openai/how-to/x.md",
                "articles/ai-services/openai/how-to/legacy/y.md", 80, false).title(en, "`y.md`").orElseThrow());
        assertEquals("Moved `a.md` from the top folder to `docs`",
                new Fact.FileMoved("a.md", "docs/a.md", 100, false).title(en, "`a.md`").orElseThrow());
        assertEquals("`a.md` を `docs` から最上位フォルダーに移動",
                new Fact.FileMoved("docs/a.md", "a.md", 100, false).title(ja, "`a.md`").orElseThrow());
    }

    @Test
    void renamedFileAndSubmodule() {
        List<Fact> renamed = FactFinder.find(Changes.renamed("docs/old.md", "docs/new.md", "text\n", "text\n", 100));
        assertEquals(List.of(new Fact.FileMoved("docs/old.md", "docs/new.md", 100, false)), changes(renamed));
        FileChange submodule = new FileChange("vendor/lib", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.SUBMODULE,
                false, 1, 1, "", false, Optional.empty(), Optional.empty());
        assertEquals(List.of(new Fact.EntryChanged("submodule", "modified")), FactFinder.find(submodule), "no commits known");
        // the two commits, from the texts the history stage reads, or from a patch's hunk
        String a = "0123456789abcdef0123456789abcdef01234567";
        String b = "fedcba9876543210fedcba9876543210fedcba98";
        FileChange bumped = new FileChange("vendor/lib", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.SUBMODULE,
                false, 1, 1, "@@ -1 +1 @@\n-Subproject commit " + a + "\n+Subproject commit " + b + "\n", false,
                Optional.of("Subproject commit " + a + "\n"), Optional.of("Subproject commit " + b + "\n"));
        assertEquals(List.of(new Fact.SubmoduleMoved("0123456789ab", "fedcba987654")), FactFinder.find(bumped));
        FileChange fromPatch = new FileChange("vendor/lib", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.SUBMODULE,
                false, 1, 1, "@@ -1 +1 @@\n-Subproject commit " + a + "\n+Subproject commit " + b + "-dirty\n", false,
                Optional.empty(), Optional.empty());
        assertEquals(List.of(new Fact.SubmoduleMoved("0123456789ab", "fedcba987654")), FactFinder.find(fromPatch));
        FileInsight insight = new InsightWriter(java.util.Locale.US).explain(bumped);
        assertEquals("Moved submodule `lib` to commit `fedcba987654`", insight.title());
        assertTrue(insight.explanation().contains("The submodule now records commit `fedcba987654` instead of `0123456789ab`"),
                insight.explanation());
        assertEquals(ChangeType.MINOR_UPDATE, insight.type());
        assertTrue(new InsightWriter(java.util.Locale.JAPAN).explain(bumped).title().contains("`fedcba987654`"));
    }

    @Test
    void aGitLfsPointerIsToldByTheFileItStandsFor() {
        String old = "version https://git-lfs.github.com/spec/v1\noid sha256:" + "a".repeat(64) + "\nsize 1234\n";
        String now = "version https://git-lfs.github.com/spec/v1\noid sha256:" + "b1".repeat(32) + "\nsize 98765\n";
        FileChange update = new FileChange("media/video.md", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                false, 2, 2, "", false, Optional.of(old), Optional.of(now));
        assertEquals(List.of(new Fact.LfsPointerChanged("aaaaaaaaaaaa", 1234, "b1b1b1b1b1b1", 98765)), changes(FactFinder.find(update)));
        FileInsight insight = new InsightWriter(java.util.Locale.US).explain(update);
        assertEquals("Updated `video.md` (Git LFS)", insight.title());
        assertTrue(insight.explanation().contains("is now object `b1b1b1b1b1b1` of 98765 bytes (was `aaaaaaaaaaaa`, 1234 bytes)"),
                insight.explanation());
        assertFalse(insight.explanation().contains("paragraph"), insight.explanation());
        FileChange added = new FileChange("media/video.md", Optional.empty(), ChangeStatus.ADDED, 100, FileKind.FILE,
                false, 3, 0, "", false, Optional.empty(), Optional.of(now));
        assertEquals(List.of(new Fact.FileAdded("media/video.md"), new Fact.LfsPointerChanged("", 0, "b1b1b1b1b1b1", 98765)),
                changes(FactFinder.find(added)));
        // a text that only looks like the start of one is read as text
        FileChange text = new FileChange("a.md", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                false, 1, 1, "", false, Optional.of(old), Optional.of("version https://git-lfs.github.com/spec/v1\nsee above\n"));
        assertTrue(FactFinder.find(text).stream().noneMatch(f -> f instanceof Fact.LfsPointerChanged));
    }

    /** git lists a file made executable as modified, with the same text on both sides: its mode is what changed. */
    @Test
    void aModeChangeIsSaidAsSuch() {
        FileChange chmod = new FileChange("tools/run.md", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                false, 0, 0, "", false, Optional.of("# Run\n"), Optional.of("# Run\n"));
        // which way is not known (a patch without its "old mode" line)
        assertEquals(List.of(new Fact.ModeChanged(ModeChange.NONE, true)), changes(FactFinder.find(chmod)));
        FileInsight insight = new InsightWriter(java.util.Locale.US).explain(chmod);
        assertEquals("Changed the mode of `run.md`", insight.title());
        assertTrue(insight.explanation().contains("only its mode changed"), insight.explanation());
        assertEquals(ChangeType.MINOR_UPDATE, insight.type());
        assertEquals("`run.md` のモードを変更", new InsightWriter(java.util.Locale.JAPAN).explain(chmod).title());
        // the history stage tells which way: made executable
        FileChange plusX = chmod.withMode(ModeChange.MADE_EXECUTABLE);
        assertEquals(List.of(new Fact.ModeChanged(ModeChange.MADE_EXECUTABLE, true)), changes(FactFinder.find(plusX)));
        FileInsight plusXInsight = new InsightWriter(java.util.Locale.US).explain(plusX);
        assertEquals("Made `run.md` executable", plusXInsight.title());
        assertTrue(plusXInsight.explanation().contains("Its contents are the same: it was made executable."), plusXInsight.explanation());
        assertEquals("`run.md` を実行不可に変更",
                new InsightWriter(java.util.Locale.JAPAN).explain(chmod.withMode(ModeChange.MADE_NOT_EXECUTABLE)).title());
        // edited and no longer executable (an audit found the lost bit untold): both told, the edit titles the file
        FileChange edited = new FileChange("tools/run.md", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                false, 1, 0, "@@ -1 +1,2 @@\n # Run\n+More.\n", false, Optional.of("# Run\n"), Optional.of("# Run\nMore.\n"))
                .withMode(ModeChange.MADE_NOT_EXECUTABLE);
        List<Fact> editedFacts = FactFinder.find(edited);
        assertEquals(new Fact.ModeChanged(ModeChange.MADE_NOT_EXECUTABLE, false), editedFacts.get(editedFacts.size() - 1), editedFacts.toString());
        assertEquals(1, editedFacts.stream().filter(f -> f instanceof Fact.ModeChanged).count(), editedFacts.toString());
        FileInsight editedInsight = new InsightWriter(java.util.Locale.US).explain(edited);
        assertTrue(editedInsight.explanation().contains("It is no longer executable."), editedInsight.explanation());
        assertFalse(editedInsight.title().contains("executable"), editedInsight.title());
        // told however many other facts the file has: the cut to the most severe ones never drops it (a review found it first to go)
        List<Fact> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(new Fact.ItemsAdded("S" + i, List.of("item " + i)));
        }
        many.add(new Fact.ModeChanged(ModeChange.MADE_EXECUTABLE, false));
        assertTrue(Verdict.forReading(many).contains(new Fact.ModeChanged(ModeChange.MADE_EXECUTABLE, false)), Verdict.forReading(many).toString());
        assertTrue(Verdict.forReading(many).stream().anyMatch(f -> f instanceof Fact.MoreFacts), "the cut did happen");
        // the mode alone, read from a patch (no hunk, no texts): titled by it, as from the repository
        FileChange patched = new FileChange("run.sh", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                false, 0, 0, "", false, Optional.empty(), Optional.empty()).withMode(ModeChange.MADE_EXECUTABLE);
        assertEquals(List.of(new Fact.ModeChanged(ModeChange.MADE_EXECUTABLE, true)), FactFinder.find(patched));
        assertEquals("Made `run.sh` executable", new InsightWriter(java.util.Locale.US).explain(patched).title());
        // a range of that change alone: its Insights do not say "only line counts describe" it
        FileInsight alone = new InsightWriter(java.util.Locale.US).explain(patched);
        String insights = new InsightWriter(java.util.Locale.US).summarize("all", List.of(patched), List.of(alone)).insights();
        assertFalse(insights.contains("only line counts"), insights);
        assertTrue(insights.contains("`run.sh` was made executable."), insights);
        // a binary file made executable as it changed
        FileChange binary = new FileChange("tools/tool.bin", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                true, 0, 0, "", false, Optional.empty(), Optional.empty()).withMode(ModeChange.MADE_EXECUTABLE);
        assertTrue(FactFinder.find(binary).contains(new Fact.ModeChanged(ModeChange.MADE_EXECUTABLE, false)), FactFinder.find(binary).toString());
        // texts that read alike though their bytes differ (Latin-1 é → è, both U+FFFD): counted lines, no mode change said
        FileChange latin1 = new FileChange("a.md", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                false, 1, 1, "", false, Optional.of("caf\uFFFD\n"), Optional.of("caf\uFFFD\n"));
        assertTrue(FactFinder.find(latin1).stream().noneMatch(f -> f instanceof Fact.ModeChanged), FactFinder.find(latin1).toString());
        // an LFS pointer made executable: its mode changed, not the file it stands for
        String pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:" + "c".repeat(64) + "\nsize 10\n";
        FileChange lfsChmod = new FileChange("big.md", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE,
                false, 0, 0, "", false, Optional.of(pointer), Optional.of(pointer));
        assertEquals(List.of(new Fact.ModeChanged(ModeChange.NONE, true)), changes(FactFinder.find(lfsChmod)));
    }

    /** A symbolic link pointed elsewhere names both paths (an audit found no targets told). */
    @Test
    void aSymlinkRetargetedNamesItsTargets() {
        FileChange link = new FileChange("e/toc.yml", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.SYMLINK, false,
                1, 1, "", false, Optional.of("../a/toc.yml"), Optional.of("../b/toc.yml"));
        assertEquals(List.of(new Fact.SymlinkRetargeted("../a/toc.yml", "../b/toc.yml")), FactFinder.find(link));
        FileInsight insight = new InsightWriter(Locale.US).explain(link);
        assertEquals(ChangeType.BUG_FIX, insight.type());
        assertEquals("Pointed `toc.yml` at `../b/toc.yml`", insight.title());
        assertTrue(insight.explanation().contains("The symbolic link now points to `../b/toc.yml` instead of `../a/toc.yml`."),
                insight.explanation());
    }

    /** A file put in place of a symbolic link is a type change, not the link's target path compared as a page (an audit). */
    @Test
    void aFileInPlaceOfASymlinkIsATypeChange() {
        FileChange change = new FileChange("e/toc.yml", Optional.empty(), ChangeStatus.TYPE_CHANGED, 100, FileKind.FILE, false,
                3, 1, "", false, Optional.of("../b/toc.yml"), Optional.of(TOC));
        assertEquals(List.of(new Fact.EntryChanged("file", "type changed"), new Fact.LinesChanged(3, 1, "")), FactFinder.find(change));
        FileInsight insight = new InsightWriter(java.util.Locale.US).explain(change);
        assertEquals(ChangeType.MINOR_UPDATE, insight.type());
        assertTrue(insight.explanation().contains("The file entry was put in place of an entry of another kind (a type change)."),
                insight.explanation());
    }

    @Test
    void aNewSubmoduleOrSymlinkIsNamedAsSuch() {
        FileChange submodule = new FileChange("vendor/lib", Optional.empty(), ChangeStatus.ADDED, 100, FileKind.SUBMODULE,
                false, 1, 0, "", false, Optional.empty(), Optional.empty());
        assertEquals(List.of(new Fact.FileAdded("vendor/lib", "submodule")), FactFinder.find(submodule));
        FileInsight added = new InsightWriter(java.util.Locale.US).explain(submodule);
        assertEquals("New submodule `lib`", added.title());
        assertTrue(added.explanation().startsWith("`vendor/lib` is a new submodule."), added.explanation());
        assertFalse(added.explanation().contains("new file"), added.explanation());
        FileChange link = new FileChange("docs/link.md", Optional.empty(), ChangeStatus.REMOVED, 100, FileKind.SYMLINK,
                false, 0, 1, "", false, Optional.empty(), Optional.empty());
        FileInsight removed = new InsightWriter(java.util.Locale.US).explain(link);
        assertEquals("Removed symbolic link `link.md`", removed.title());
        FileInsight japanese = new InsightWriter(java.util.Locale.JAPAN).explain(submodule);
        assertEquals("新規サブモジュール `lib`", japanese.title());
    }

    @Test
    void fileThatBecameASymlinkIsATypeChange() {
        FileChange link = new FileChange("docs/ws.md", Optional.empty(), ChangeStatus.TYPE_CHANGED, 100, FileKind.SYMLINK,
                false, 1, 3, "", false, Optional.empty(), Optional.empty());
        List<Fact> facts = FactFinder.find(link);
        assertEquals(List.of(new Fact.EntryChanged("symlink", "type changed")), facts);
        FileInsight insight = new InsightWriter(java.util.Locale.US).explain(link);
        assertTrue(insight.explanation().contains("symbolic link entry was put in place of an entry of another kind"),
                insight.explanation());
        FileInsight japanese = new InsightWriter(java.util.Locale.JAPAN).explain(link);
        assertTrue(japanese.explanation().contains("シンボリックリンク"), japanese.explanation());
    }

    @Test
    void largeFilesGetLineCountsOnly() {
        String big = "line\n".repeat(FactFinder.MAX_STRUCTURE_LINES + 1);
        List<Fact> facts = FactFinder.find(Changes.modified("big.md", big, big + "| a | b |\n|---|---|\n| x | y |\n"));
        assertEquals(List.of(new Fact.LinesChanged(3, 0, ""), new Fact.StructureSkipped(FactFinder.MAX_STRUCTURE_LINES + 4,
                FactFinder.MAX_STRUCTURE_LINES)), facts);
    }

    /**
     * A data file is compared on all its keys or not at all: two lists cut at a limit told a key pushed under the cut as
     * added, and missed the key that did change (found by an audit on a redirection file).
     */
    @Test
    void dataFilesAreComparedWholeOrNotAtAll() {
        StringBuilder before = new StringBuilder("{");
        for (int i = 0; i <= 5_000; i++) {
            before.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        String old = before + "}";
        List<Fact> facts = changes(FactFinder.find(Changes.modified("data.json", old, old.replace("\"k0\":0,", ""))));
        assertEquals(List.of(new Fact.FieldRemoved(Fact.Scope.DATA, "k0", "0")), facts);
        StringBuilder huge = new StringBuilder("{");
        for (int i = 0; i < FlatData.MAX_KEYS; i++) {
            huge.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        String big = huge + "}";
        FileInsight insight = new InsightWriter(java.util.Locale.US).explain(Changes.modified("data.json", big,
                big.replace("\"k0\":0,", "")));
        assertEquals(List.of("The JSON file has " + FlatData.MAX_KEYS + " keys or more, too many to compare one by one, "
                + "so only line counts are given."), insight.facts().subList(1, insight.facts().size()));
        assertTrue(insight.explanation().endsWith("its structure was not compared, and line counts alone decide nothing more."),
                insight.explanation());
    }

    /** A data file seen only through its hunks says its keys were not compared, not that none changed (an audit). */
    @Test
    void dataFromHunksIsNotCompared() {
        String diff = "@@ -2,4 +2,3 @@\n   \"name\": \"gpt-4o\",\n-  \"deprecated\": false,\n   \"regions\": [\"eastus\"]\n }\n";
        FileChange change = new FileChange("models.json", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE, false,
                0, 1, diff, false, Optional.empty(), Optional.empty());
        FileInsight insight = new InsightWriter(java.util.Locale.US).explain(change);
        assertTrue(insight.facts().contains("The full texts were not available, and the keys of a JSON file are not compared from the lines of a diff: only line counts are given."),
                insight.facts().toString());
        assertFalse(insight.explanation().contains("no change of structure was found"), insight.explanation());
        assertTrue(new InsightWriter(java.util.Locale.JAPAN).explain(change).explanation().contains("構造は比較しておらず"));
    }

    @Test
    void missingTextsFallBackToTheHunks() {
        String diff = "@@ -1,3 +1,4 @@\n Regions:\n \n - eastus\n+- polandcentral\n";
        FileChange change = new FileChange("docs/r.md", Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE, false,
                1, 0, diff, false, Optional.empty(), Optional.empty());
        List<Fact> facts = FactFinder.find(change);
        assertTrue(facts.contains(new Fact.FromHunksOnly(0)));
        assertEquals(List.of(new Fact.ItemsAdded("", List.of("polandcentral"))), changes(facts));
    }

    /** A data file known from its hunks only says once that its texts were not available, with why nothing was compared. */
    @Test
    void aDataFileFromHunksSaysOnceWhyNothingWasCompared() {
        List<Fact> facts = FactFinder.find(fromHunks("data/skus.json", "@@ -1,3 +1,3 @@\n {\n-  \"sku\": \"S0\"\n+  \"sku\": \"S1\"\n }\n"));
        assertTrue(facts.stream().anyMatch(f -> f instanceof Fact.KeysNotCompared), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f instanceof Fact.FromHunksOnly), facts.toString());
    }

    private static FileChange fromHunks(String diff) {
        return fromHunks("docs/r.md", diff);
    }

    /** A change of {@code path} known only by its hunks (no texts): counts taken from the diff's lines. */
    private static FileChange fromHunks(String path, String diff) {
        int added = (int) diff.lines().filter(l -> l.startsWith("+")).count();
        int deleted = (int) diff.lines().filter(l -> l.startsWith("-")).count();
        return new FileChange(path, Optional.empty(), ChangeStatus.MODIFIED, 100, FileKind.FILE, false,
                added, deleted, diff, false, Optional.empty(), Optional.empty());
    }

    @Test
    void aHunkThatStartsInsideACodeBlockIsReadAsCode() {
        // the hunk starts in a yaml block: its comment is code, not a heading; the python fence can only open a block
        String diff = "@@ -10,5 +10,9 @@\n   key: value\n # a comment\n ```\n \n Text after the block.\n+\n+```python\n"
                + "+print(1)\n+```\n";
        List<Fact> facts = FactFinder.find(fromHunks(diff));
        assertTrue(facts.contains(new Fact.FromHunksOnly(0)), facts.toString());
        assertEquals(List.of(new Fact.CodeBlockAdded(HunkText.UNSEEN, "python", 1)), changes(facts), "lines 1-9 are not shown");
    }

    /** The section of a hunk after lines the diff does not show is not known: not the section of the hunk before. */
    @Test
    void aHunkAfterAGapIsInAPartTheDiffDoesNotShow() {
        String diff = "@@ -1,4 +1,4 @@\n # Models\n \n-Old intro.\n+New intro.\n \n@@ -9,3 +9,4 @@\n | a | b |\n |---|---|\n | x | y |\n+| z | w |\n";
        List<Fact> facts = FactFinder.find(fromHunks(diff));
        List<Fact> changed = changes(facts);
        assertTrue(changed.stream().noneMatch(f -> f.toString().contains("Models") && f.toString().contains("z")), changed.toString());
        String text = facts.stream().map(f -> f.sentence(new Phrasing(Messages.forLocale(java.util.Locale.US))))
            .collect(java.util.stream.Collectors.joining(" "));
        assertTrue(text.contains("a part of the page the diff does not show"), text);
        assertFalse(text.contains("\uE000"), text);
        // the next hunk right after the last one's lines is in the same section
        String adjacent = "@@ -1,4 +1,4 @@\n # Models\n \n-Old intro.\n+New intro.\n \n@@ -5,2 +5,3 @@\n - a\n - b\n+- c\n";
        assertEquals(List.of(new Fact.ItemsAdded("Models", List.of("c"))),
            changes(FactFinder.find(fromHunks(adjacent))).stream().filter(f -> f instanceof Fact.ItemsAdded).toList());
    }

    /**
     * A hunk that begins inside a table, below its header: its rows are still rows (of columns known by number), not a
     * paragraph of pipes told as reworded (an audit, on a patch and on a page too large for its texts).
     */
    @Test
    void tableRowsBelowAnUnseenHeaderAreRows() {
        String diff = "@@ -8,6 +8,5 @@\n | model-5 | eastus | 50 |\n | model-6 | eastus | 60 |\n | model-7 | eastus | 70 |\n"
                + "-| model-8 | eastus | 80 |\n+| model-8 | westus | 80 |\n | model-9 | eastus | 90 |\n-| model-10 | eastus | 100 |\n";
        FileChange change = fromHunks(diff);
        List<Fact> facts = changes(FactFinder.find(change));
        assertEquals(2, facts.size(), facts.toString());
        assertTrue(facts.contains(new Fact.RowsRemoved(HunkText.UNSEEN, List.of("model-10"))), facts.toString());
        assertTrue(facts.contains(new Fact.RowChanged(HunkText.UNSEEN, "model-8",
                List.of(new Fact.CellChange(HunkText.UNSEEN_COLUMN + "2", "eastus", "westus")))), facts.toString());
        FileInsight insight = new InsightWriter(java.util.Locale.US).explain(change);
        assertEquals(ChangeType.BREAKING_CHANGE, insight.type());
        assertTrue(insight.explanation().contains("row `model-8` changed column 2 from `eastus` to `westus`"), insight.explanation());
        assertFalse(insight.explanation().contains("paragraph"), insight.explanation());
        assertTrue(new InsightWriter(java.util.Locale.JAPAN).explain(change).explanation().contains("2 列目"));
        assertEquals(List.of(new Fact.SectionEdited(HunkText.UNSEEN, 1, 2)), only(FactFinder.find(change), Fact.SectionEdited.class),
                "the lines put over the rows are no changed lines");
        // a row whose cells are dashes ("none") is no delimiter row: no header is made over the rows after it (review)
        String dashes = "@@ -8,3 +8,3 @@\n | - | - |\n-| a | 1 |\n+| a | 2 |\n";
        assertEquals(List.of(new Fact.RowChanged(HunkText.UNSEEN, "a", List.of(new Fact.CellChange(HunkText.UNSEEN_COLUMN + "2", "1", "2")))),
                changes(FactFinder.find(fromHunks(dashes))));
        // a hunk at the page's start has no table above it: its pipes are text
        String top = "@@ -1,2 +1,2 @@\n | a | 1 |\n-| b | 2 |\n+| b | 3 |\n";
        assertTrue(changes(FactFinder.find(fromHunks(top))).stream().noneMatch(f -> f instanceof Fact.RowChanged));
        // a hunk that shows the table's header reads it as it is
        String shown = "@@ -1,4 +1,4 @@\n | Model | Region |\n |---|---|\n-| gpt-4o | eastus |\n+| gpt-4o | westus |\n";
        assertEquals(List.of(new Fact.RowChanged("", "gpt-4o", List.of(new Fact.CellChange("Region", "eastus", "westus")))),
                changes(FactFinder.find(fromHunks(shown))));
    }

    @Test
    void aHunkWithALoneBareFenceIsCountedButNotRead() {
        // one bare fence: it may close a block (the added lines are yaml comments) or open one; neither is stated
        String diff = "@@ -1,3 +1,5 @@\n #   llm:\n+#   api: openai\n+#   model: gpt\n ```\n \n@@ -20,2 +22,3 @@\n ## Regions\n \n+- polandcentral\n";
        List<Fact> facts = FactFinder.find(fromHunks(diff));
        assertTrue(facts.contains(new Fact.FromHunksOnly(1)), facts.toString());
        assertEquals(List.of(new Fact.ItemsAdded("Regions", List.of("polandcentral"))), changes(facts));
        assertTrue(new Fact.FromHunksOnly(1).sentence(new Phrasing(Messages.forLocale(java.util.Locale.US)))
                .endsWith("1 hunk begins or ends inside a code block, so it is counted in the lines but not read as structure."));
    }

    @Test
    void plainTextHasCountsOnly() {
        assertEquals(List.of(new Fact.LinesChanged(1, 1, "")), FactFinder.find(Changes.modified("NOTICE", "a\n", "b\n")));
    }

    /** A key without a value is told as empty, not as a blank code span ("(value ` `)"). */
    @org.junit.jupiter.api.Test
    void aKeyWithoutAValueIsToldAsEmpty() {
        Phrasing en = new Phrasing(Messages.forLocale(java.util.Locale.US));
        Phrasing ja = new Phrasing(Messages.forLocale(java.util.Locale.JAPAN));
        assertEquals("Key `with.path.publicDir` (empty) was removed.",
                new Fact.FieldRemoved(Fact.Scope.DATA, "with.path.publicDir", "").sentence(en));
        assertEquals("Front matter field `draft` was added with an empty value.",
                new Fact.FieldAdded(Fact.Scope.FRONT_MATTER, "draft", " ").sentence(en));
        assertEquals("キー `a.b`（空の値）が削除されました。", new Fact.FieldRemoved(Fact.Scope.DATA, "a.b", "").sentence(ja));
        assertEquals("Key `a` (value `1`) was removed.", new Fact.FieldRemoved(Fact.Scope.DATA, "a", "1").sentence(en));
    }

    /** A value that was or became empty is filled in or emptied: "from ` ` to" showed a blank code span. */
    @org.junit.jupiter.api.Test
    void aValueThatWasOrBecameEmptyIsFilledInOrEmptied() {
        Phrasing en = new Phrasing(Messages.forLocale(java.util.Locale.US));
        Phrasing ja = new Phrasing(Messages.forLocale(java.util.Locale.JAPAN));
        assertEquals("Front matter field `ms.topic` was filled in with `how-to`.",
                new Fact.FieldChanged(Fact.Scope.FRONT_MATTER, "ms.topic", "", "how-to").sentence(en));
        assertEquals("Key `a.b` was emptied (it was `1`).", new Fact.FieldChanged(Fact.Scope.DATA, "a.b", "1", " ").sentence(en));
        assertEquals("キー `a.b` が空になりました（元の値は `1`）。", new Fact.FieldChanged(Fact.Scope.DATA, "a.b", "1", "").sentence(ja));
        assertEquals("Key `a` changed from `1` to `2`.", new Fact.FieldChanged(Fact.Scope.DATA, "a", "1", "2").sentence(en));
        // a long value shown from its first difference says where it was cut, however far that is
        String shared = "named pr-N for merge pull request number N, ".repeat(7);
        String shown = new Fact.FieldChanged(Fact.Scope.DATA, "notes", shared.trim(), shared + "and a commit whose date is out of order"
                + " with most of the line counts in the day of the commit before it").sentence(en);
        assertTrue(shown.endsWith("…`."), shown);
        Fact.RowChanged row = new Fact.RowChanged("site.yml", "pageSize", List.of(
                new Fact.CellChange("notes", "", "reports on a page"), new Fact.CellChange("type", "int", ""),
                new Fact.CellChange("default", "10", "20")));
        assertEquals("In the table in section `site.yml`, row `pageSize` changed `notes` from nothing to `reports on a page`, "
                + "`type` from `int` to nothing and `default` from `10` to `20`.", row.sentence(en));
        assertEquals("セクション `site.yml` の表の行 `pageSize` で、`notes` が空から `reports on a page` に、`type` が `int` から空に、"
                + "`default` が `10` から `20` に変更されました。", row.sentence(ja));
    }

    /**
     * A page's entry replaced in its place by one of alike name (its words or its file's kept) is the page renamed, a
     * minor update: an audit found it told as an entry removed (a breaking change) and one added. Unlike names at that
     * place stay removed and added: the table of contents alone cannot tell them apart from another page.
     */
    @Test
    void aTocEntryReplacedInItsPlaceByAnAlikeOneIsToldSo() {
        String after = TOC.replace("- name: Quotas\n    href: quotas.md", "- name: Quotas and limits\n    href: quotas-limits.md");
        assertEquals(List.of(new Fact.TocEntryReplaced("Quotas", "quotas.md", "Quotas and limits", "quotas-limits.md")),
                changes(FactFinder.find(Changes.modified("articles/toc.yml", TOC, after))));
        FileInsight insight = new InsightWriter(java.util.Locale.US).explain(Changes.modified("articles/toc.yml", TOC, after));
        assertEquals(ChangeType.MINOR_UPDATE, insight.type(), insight.explanation());
        assertEquals("Replaced `Quotas` with `Quotas and limits` in `toc.yml`", insight.title());
        // unlike, or not in its place: removed and added
        String unlike = TOC.replace("- name: Quotas\n    href: quotas.md", "- name: Get started\n    href: get-started.md");
        assertEquals(List.of(new Fact.TocEntriesRemoved(List.of("Quotas")), new Fact.TocEntriesAdded(List.of("Get started"))),
                changes(FactFinder.find(Changes.modified("articles/toc.yml", TOC, unlike))));
        // sibling pages sharing most words, each with its own: removed and added (an audit)
        String sibling = TOC.replace("- name: Quotas\n    href: quotas.md", "- name: Quota management\n    href: quota-management.md")
                .replace("- name: Retired\n    href: retired.md", "- name: Retired models\n    href: models-retired.md");
        String siblingAfter = sibling.replace("- name: Quota management\n    href: quota-management.md", "- name: Quota requests\n    href: quota-requests.md");
        assertTrue(changes(FactFinder.find(Changes.modified("articles/toc.yml", sibling, siblingAfter))).stream()
                .noneMatch(f -> f instanceof Fact.TocEntryReplaced));
        String elsewhere = TOC.replace("  - name: Quotas\n    href: quotas.md\n", "")
                .replace("- name: Concepts", "- name: Quotas and limits\n  href: quotas-limits.md\n- name: Concepts");
        assertTrue(changes(FactFinder.find(Changes.modified("articles/toc.yml", TOC, elsewhere))).stream()
                .noneMatch(f -> f instanceof Fact.TocEntryReplaced));
    }
}
