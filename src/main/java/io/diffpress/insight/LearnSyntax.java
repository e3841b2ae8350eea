package io.diffpress.insight;

import java.util.List;

/**
 * Which of the syntax read line by line (tabs, {@code :::} directives and markers, HTML anchors) a page may hold, found in
 * one pass that looks at each line's first characters only: most pages have none, and each reader would otherwise look
 * through every line of both versions of every page again.
 */
record LearnSyntax(boolean tabs, boolean colons, boolean anchors) {

    static LearnSyntax of(List<String> lines, int from) {
        boolean tabs = false;
        boolean colons = false;
        boolean anchors = false;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = CodeFences.textStart(line);
            if (at == line.length()) {
                continue;
            }
            char c = line.charAt(at);
            if (c == '#') {
                tabs |= at == 0 && line.contains("](#tab/");
                anchors |= HtmlAnchors.mayHold(line); // "## <a id="x"></a>Title"
            } else if (c == ':') {
                colons |= line.startsWith(":::", at);
            } else if (c == '<') {
                anchors |= HtmlAnchors.mayHold(line);
            }
        }
        return new LearnSyntax(tabs, colons, anchors);
    }

    static LearnSyntax of(MarkdownOutline outline) {
        return of(outline.lines(), outline.frontMatter().lines());
    }

    LearnSyntax or(LearnSyntax other) {
        return new LearnSyntax(tabs || other.tabs, colons || other.colons, anchors || other.anchors);
    }
}
