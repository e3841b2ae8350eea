package io.diffpress.site;

import io.diffpress.content.ReportDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Page URLs. Every segment is made safe for URLs and file systems the same way on every
 * build, so links stay stable; nothing can produce "..", an absolute path or an escape.
 */
final class Permalinks {

    private final String pattern;

    Permalinks(String pattern) {
        this.pattern = pattern;
    }

    /** The URL of a report page, relative to the site root, ending in "/". */
    String report(ReportDocument doc) {
        String path = doc.source().substring(0, doc.source().length() - 3);
        String slug = doc.slug().orElse(path.substring(path.lastIndexOf('/') + 1));
        if (doc.slug().isPresent()) {
            path = path.substring(0, path.lastIndexOf('/') + 1) + slug;
        }
        String date = doc.date().toString();
        Map<String, String> values = Map.of("path", path, "section", doc.section().isEmpty() ? "reports" : doc.section(),
                "year", date.substring(0, 4), "month", date.substring(5, 7), "day", date.substring(8, 10), "slug", slug);
        return folder(io.diffpress.Placeholders.fill(pattern, values));
    }

    /** A folder URL made of safe segments, e.g. "openai/2025-06-21/". */
    static String folder(String path) {
        StringBuilder url = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                url.append(slug(segment)).append('/');
            }
        }
        return url.toString();
    }

    /** The URL of the history page of a document path. */
    static String article(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(slug(segment));
            }
        }
        return "files/" + String.join("/", segments) + "/";
    }

    /** A URL- and file-system-safe form of one segment: letters and digits of any script, '-', '_', '.'. */
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern EDGES = Pattern.compile("^[-.]+|[-.]+$");

    static String slug(String segment) {
        String known = SLUGS.get(segment);
        if (known != null) {
            return known;
        }
        String slug = slugOf(segment);
        if (SLUGS.size() < 100_000) {
            SLUGS.put(segment, slug);
        }
        return slug;
    }

    /**
     * Tags, sections and types repeat across reports and every report's names are slugged several times:
     * each distinct name is slugged once (up to a bound, so a huge site's unique segments cannot fill memory).
     */
    private static final java.util.Map<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String slugOf(String segment) {
        StringBuilder out = new StringBuilder();
        // composed first (a decomposed "é" is one letter), and the marks that letters take kept: the vowel signs of
        // Indic scripts ("हिन्दी" had become "ह-न-द"), accents that have no composed form
        java.text.Normalizer.normalize(segment, java.text.Normalizer.Form.NFC).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || isMark(c) || c == '-' || c == '_' || c == '.') {
                out.appendCodePoint(Character.toLowerCase(c));
            } else {
                out.append('-');
            }
        });
        String s = EDGES.matcher(DASHES.matcher(out).replaceAll("-")).replaceAll("");
        // Every page is its folder's index.html: a folder of that name would stand where the page above it is
        // (a document index.html at the root, beside the list of documents files/index.html).
        // a long name cut at a character, ending with a hash of the whole, so two cut alike still differ; a name with
        // nothing to keep ("..", "---", "?!") is "x-" and a hash of it, so that two such are not one page, nor one with "x"
        return s.isEmpty() ? "x-" + io.diffpress.Sha256.hex(segment).substring(0, 10)
                : s.equals("index.html") ? "index-html" : io.diffpress.FileNames.fitted(s, segment, MAX_SEGMENT_BYTES);
    }

    /** A combining mark: part of the letter before it. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Folder names the file system takes (255 bytes), with room for a "-N" that tells two apart. */
    static final int MAX_SEGMENT_BYTES = 200;

}
