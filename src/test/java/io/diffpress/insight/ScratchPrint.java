package io.diffpress.insight;

import org.junit.jupiter.api.Test;
import java.util.*;

class ScratchPrint {
    @Test
    void print() {
        InsightWriter w = new InsightWriter(Locale.US);
        List<io.diffpress.history.FileChange> files = new ArrayList<>();
        List<FileInsight> ins = new ArrayList<>();
        for (String n : List.of("model-retirements", "fine-tuning-direct-preference-optimization", "responses", "global-batch-limits", "quotas-limits", "whats-new")) {
            var c = Changes.example(n, true);
            var i = w.explain(c);
            files.add(c); ins.add(i);
            System.out.println("=== " + n + " [" + i.type() + "] " + i.title());
            i.facts().forEach(f -> System.out.println("  * " + f));
            System.out.println(i.explanation());
        }
        var r = w.summarize("openai", files, ins);
        System.out.println("SUMMARY: " + r.summary());
        System.out.println("HIGHLIGHTS: " + r.highlights());
        r.newFeatures().forEach(s -> System.out.println("NF - " + s));
        r.breakingChanges().forEach(s -> System.out.println("BC - " + s));
        r.otherUpdates().forEach(s -> System.out.println("OU - " + s));
        System.out.println("INSIGHTS:\n" + r.insights());
    }
}
