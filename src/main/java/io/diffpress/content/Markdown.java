package io.diffpress.content;

/** Escaping for text from git placed into Markdown, so it reads as text and cannot inject markup. */
public final class Markdown {

    private static final String SPECIAL = "\\`*_{}[]<>#!|~&";
    /** A backslash escape of Markdown: before any ASCII punctuation character. */
    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    private Markdown() {
    }

    /** Backslash-escapes Markdown punctuation and turns line breaks into spaces. */
    public static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                out.append('\uFFFD');
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text with Markdown's backslash escapes taken out ("docs/\\_\\_init\\_\\_.py" is "docs/__init__.py"). */
    public static String unescape(String text) {
        return text.indexOf('\\') < 0 ? text : ESCAPE.matcher(text).replaceAll("$1");
    }

    /**
     * Insight Markdown (code spans included) made safe for one GFM table cell: a '|' would end the cell and a
     * line break the row. Raw HTML is left to the site's safe list.
     */
    static String tableCell(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 8);
        int codeRun = 0; // the length of the backtick run that opened the code span the text is in, 0 outside one
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '`') {
                int run = i;
                while (run < markdown.length() && markdown.charAt(run) == '`') {
                    run++;
                }
                if (codeRun == 0 && !escaped(markdown, i) && closingFence(markdown, run, run - i) >= 0) { // "\`" opens no span
                    codeRun = run - i;
                } else if (codeRun == run - i) {
                    codeRun = 0;
                }
                out.append(markdown, i, run);
                i = run - 1;
            } else if (c == '|') {
                // Outside code, "\|" already escapes it (an odd run of backslashes before it): another backslash would end
                // the cell there. In code a backslash is the code's own, and each pipe is escaped for the table.
                int backslashes = 0;
                for (int k = i - 1; codeRun == 0 && k >= 0 && markdown.charAt(k) == '\\'; k--) {
                    backslashes++;
                }
                out.append(backslashes % 2 == 1 ? "|" : "\\|");
            } else if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A backtick fence longer than any run of backticks inside {@code body} (at least {@code min}). */
    static String fence(String body, int min) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < body.length(); i++) {
            run = body.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(min, longest + 1));
    }

    /**
     * The text of Markdown code spans without their backticks ("Updated `a.md`" becomes "Updated a.md"):
     * the front matter summary is plain text that lists, feeds and search results show as it is. A span whose text
     * reads as words (letters and spaces only) is put in quotation marks, which the backticks did for it: without
     * them "Changed the signature of `of` in `app.ts`" read "Changed the signature of of in app.ts".
     */
    static String withoutCodeSpans(String markdown) {
        return withoutCodeSpans(markdown, "", "");
    }

    /**
     * The front matter summary of a report whose text is in {@code locale}'s language: {@link #withoutCodeSpans(String)},
     * but Japanese and Chinese put every span's text in their quotation marks (「」 and “”), which set a name apart
     * without the spaces that surround a code span in their sentences ("セクション `応答` を追加" becomes
     * "セクション「応答」を追加", not "セクション 応答 を追加").
     */
    static String plainSummary(String markdown, String locale) {
        if (locale.startsWith("ja")) {
            return withoutCodeSpans(markdown, "「", "」");
        }
        if (locale.startsWith("zh")) {
            return withoutCodeSpans(markdown, "“", "”");
        }
        return withoutCodeSpans(markdown);
    }

    /**
     * Whether a span's text could be read as part of the sentence around it: letters and spaces, a letter at least; or
     * any text with a space in it ("Removed rows build from nothing, three rounds and 1 more" told no reader where the
     * row's name ended, an audit).
     */
    private static boolean readsAsWords(String text) {
        boolean letter = false;
        boolean other = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (c != ' ') {
                other = true;
            }
        }
        return letter && (!other || text.strip().indexOf(' ') > 0);
    }

    /** {@link #withoutCodeSpans(String)}, each span's text between {@code open} and {@code shut}, which take the place of a space beside it. */
    static String withoutCodeSpans(String markdown, String open, String shut) {
        StringBuilder out = new StringBuilder(markdown.length());
        int i = 0;
        while (i < markdown.length()) {
            if (markdown.charAt(i) != '`') {
                out.append(markdown.charAt(i++));
                continue;
            }
            int run = i;
            while (run < markdown.length() && markdown.charAt(run) == '`') {
                run++;
            }
            String fence = markdown.substring(i, run);
            int close = closingFence(markdown, run, fence.length());
            if (close < 0) {
                out.append(fence); // no closing run: the backticks are literal
                i = run;
                continue;
            }
            String content = markdown.substring(run, close);
            if (content.length() >= 2 && content.startsWith(" ") && content.endsWith(" ") && !content.isBlank()) {
                content = content.substring(1, content.length() - 1);
            }
            int end = close + fence.length();
            if (!open.isEmpty()) {
                // the marks stand where the spaces around the span stood
                if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                out.append(open).append(content).append(shut);
                if (end < markdown.length() && markdown.charAt(end) == ' ') {
                    end++;
                }
            } else if (readsAsWords(content)) {
                out.append('“').append(content).append('”');
            } else {
                out.append(content);
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * The text with each code span blanked (its backticks and contents as spaces): what Markdown reads as markup. A
     * backtick after an odd run of backslashes ("\\`") is literal and opens no span.
     */
    public static String blankCodeSpans(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '`' || escaped(text, i)) {
                i++;
                continue;
            }
            int run = i;
            while (run < text.length() && text.charAt(run) == '`') {
                run++;
            }
            int close = closingFence(text, run, run - i);
            if (close < 0) {
                i = run; // no closing run: literal backticks
                continue;
            }
            for (int k = i; k < close + (run - i); k++) {
                out.setCharAt(k, ' ');
            }
            i = close + (run - i);
        }
        return out.toString();
    }

    /** Whether the character at {@code at} follows an odd run of backslashes, which escapes it. */
    private static boolean escaped(String text, int at) {
        int backslashes = 0;
        for (int k = at - 1; k >= 0 && text.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Where a run of exactly {@code length} backticks starts at or after {@code from}; -1 when none. */
    private static int closingFence(String text, int from, int length) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) == '`') {
                end++;
            }
            if (end - i == length) {
                return i;
            }
            i = end;
        }
        return -1;
    }

    /** Inline code that shows {@code raw} literally. */
    static String code(String raw) {
        String flat = raw.replace('\n', ' ').replace('\r', ' ');
        String fence = fence(flat, 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }
}
