package io.diffpress.insight;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Microsoft Learn's code samples and videos, which put the content of another file or page into the page:
 * {@code [!code-csharp[Main](~/samples/Program.cs?name=snippet)]}, {@code :::code language="csharp"
 * source="~/samples/Program.cs" id="snippet":::} and {@code > [!VIDEO https://…]}. The outline takes each as an embed
 * (told as a code sample or video added, removed or showing another file, not as a link) and leaves a paragraph of
 * nothing but embeds out of its text blocks, so none is told as a paragraph added or reworded.
 */
final class LearnEmbeds {

    /** The start of a code sample's link text: "[!code-csharp" or "[!code" (the link "[Main](path)" follows). */
    private static final Pattern CODE_PREFIX = Pattern.compile("\\[!code(?:-([A-Za-z0-9#+_.-]{1,40}))?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE_DIRECTIVE = Pattern.compile(":::code(?:\\s[^\\n]{0,2000}?)?:::", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIDEO = Pattern.compile("\\[!VIDEO\\s+([^\\]\\s]{1,2000})\\s*\\]", Pattern.CASE_INSENSITIVE);
    /** A line of one embed, after any quote markers (a line of several, or with other text, is read as text too). */
    private static final Pattern LINE = Pattern.compile("\\s*(?:>\\s*)*(?:"
            + "\\[!code(?:-[A-Za-z0-9#+_.-]{1,40})?\\s*\\[[^\\]\\n]{0,200}\\]\\([^)\\s]{1,500}\\)\\]"
            + "|:::code(?:\\s[^\\n]{0,2000}?)?:::"
            + "|\\[!VIDEO\\s+[^\\]\\s]{1,2000}\\s*\\])\\s*", Pattern.CASE_INSENSITIVE);

    private LearnEmbeds() {
    }

    /** Whether a paragraph's source is only embeds, one a line. */
    static boolean only(String source) {
        return (source.contains("[!") || source.contains(":::")) && MarkdownOutline.everyLine(source, LINE);
    }

    /**
     * The language of a code sample whose link this is ("" when "[!code[Main](path)]" names none), or null for any
     * other link: the text before it ends "[!code-LANGUAGE".
     */
    static String codeLanguage(Link link) {
        if (!(link.getPrevious() instanceof Text t)) {
            return null;
        }
        CharSequence s = t.getChars();
        int from = Math.max(0, s.length() - 60);
        int bang = s.length() - 1;
        while (bang >= from && s.charAt(bang) != '!') {
            bang--;
        }
        if (bang < 1 || s.charAt(bang - 1) != '[') {
            return null; // most links: no "[!" before them
        }
        from = bang - 1;
        Matcher m = CODE_PREFIX.matcher(s.subSequence(from, s.length()));
        return m.find() ? m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The code directives and videos a paragraph's source holds (code samples written as links are links of the outline). */
    static List<MarkdownOutline.LinkTarget> in(CharSequence source) {
        String text = source.toString();
        if (!text.contains(":::") && !holdsVideo(text)) {
            return List.of(); // most paragraphs
        }
        text = withoutCodeSpans(text); // the syntax written in a code span is shown, not embedded (a contributor guide's)
        List<MarkdownOutline.LinkTarget> out = new ArrayList<>();
        if (text.contains(":::")) {
            Matcher m = CODE_DIRECTIVE.matcher(text);
            while (m.find()) {
                String directive = m.group();
                String file = LearnImages.attribute(directive, "source");
                if (!file.isEmpty()) {
                    // the part of the file shown is part of what is embedded: by its id, else its range of lines
                    String id = LearnImages.attribute(directive, "id");
                    String range = LearnImages.attribute(directive, "range");
                    String target = file + (!id.isEmpty() ? "#" + id : !range.isEmpty() ? "#L" + range : "");
                    out.add(new MarkdownOutline.LinkTarget("", target, MarkdownOutline.LinkTarget.Kind.CODE,
                            LearnImages.attribute(directive, "language").toLowerCase(Locale.ROOT)));
                }
            }
        }
        if (holdsVideo(text)) {
            Matcher m = VIDEO.matcher(text);
            while (m.find()) {
                out.add(new MarkdownOutline.LinkTarget("", m.group(1), MarkdownOutline.LinkTarget.Kind.VIDEO, ""));
            }
        }
        return out;
    }

    /**
     * The text with each code span (a run of backticks to the next run of as many) blanked, its length kept; a run
     * without a closing one stays, as it is literal backticks.
     */
    static String withoutCodeSpans(String text) {
        int at = text.indexOf('`');
        if (at < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        while (at >= 0) {
            int open = runEnd(text, at);
            int length = open - at;
            int close = text.indexOf('`', open);
            while (close >= 0 && runEnd(text, close) - close != length) {
                close = text.indexOf('`', runEnd(text, close));
            }
            if (close < 0) {
                at = text.indexOf('`', open); // no closing run: literal backticks
                continue;
            }
            java.util.Arrays.fill(out, at, close + length, ' ');
            at = text.indexOf('`', close + length);
        }
        return new String(out);
    }

    private static int runEnd(String text, int at) {
        while (at < text.length() && text.charAt(at) == '`') {
            at++;
        }
        return at;
    }

    private static boolean holdsVideo(String text) {
        for (int at = text.indexOf("[!"); at >= 0; at = text.indexOf("[!", at + 2)) {
            if (text.regionMatches(true, at, "[!video", 0, 7)) {
                return true;
            }
        }
        return false;
    }
}
