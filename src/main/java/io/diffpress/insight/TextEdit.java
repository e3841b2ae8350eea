package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * What kind of edit turned one paragraph or list item into another, judged on the Markdown
 * source: only spacing, only markup, a repair of unbalanced markup, a few misspelt words, or
 * a rewrite.
 *
 * @param kind  the kind of edit
 * @param words "old → new" for each misspelt word (TYPO only)
 * @param mark  the markup character whose count became even (MARKUP_FIXED only)
 */
record TextEdit(Kind kind, List<String> words, String mark) {

    enum Kind { WHITESPACE, FORMATTING, MARKUP_FIXED, TYPO, REWRITTEN }

    /** At most this many words may differ for an edit to count as typo fixes. */
    static final int MAX_TYPO_WORDS = 3;
    /** Letters that may change in one word for it to count as a typo fix. */
    static final int MAX_TYPO_LETTERS = 2;
    static final String MARKS = "`*_~";

    static TextEdit classify(String before, String after) {
        return classify(before, after, MarkdownOutline.collapse(before), MarkdownOutline.collapse(after), word -> false);
    }

    /**
     * The same, given both texts collapsed too (see {@link MarkdownOutline#collapse}), and whether the new page still
     * uses a word elsewhere: a word the page uses is no misspelling, so replacing it changes what the text says.
     */
    static TextEdit classify(String before, String after, String collapsedBefore, String collapsedAfter,
                             java.util.function.Predicate<String> pageUses) {
        return classify(before, after, collapsedBefore, collapsedAfter, pageUses, word -> false);
    }

    /**
     * The same, given too whether the old page used a word: a Chinese or Japanese fix ({@link CjkTypos}) is a typo fixed
     * only when the old page already used the corrected word somewhere. Without a dictionary, that is what tells 解折 →
     * 解析 (the page's own word, mistyped once) from 自動 → 手動 (automatic → manual, another word).
     */
    static TextEdit classify(String before, String after, String collapsedBefore, String collapsedAfter,
                             java.util.function.Predicate<String> pageUses, java.util.function.Predicate<String> oldPageUses) {
        if (MarkdownOutline.sameCollapsed(before, after)) {
            return new TextEdit(Kind.WHITESPACE, List.of(), "");
        }
        // without marks in either text, leaving marks out changes nothing, and the spacing check above failed
        if ((hasMark(before) || hasMark(after)) && withoutMarks(before).equals(withoutMarks(after))) {
            for (char mark : MARKS.toCharArray()) {
                if (count(before, mark) % 2 == 1 && count(after, mark) % 2 == 0) {
                    return new TextEdit(Kind.MARKUP_FIXED, List.of(), String.valueOf(mark));
                }
            }
            return new TextEdit(Kind.FORMATTING, List.of(), "");
        }
        List<String> replaced = typos(collapsedBefore, collapsedAfter);
        if (replaced.isEmpty()) {
            return new TextEdit(Kind.REWRITTEN, List.of(), "");
        }
        for (String typo : replaced) {
            String[] words = typo.split(" → ", 2);
            if (changesMeaning(words[0], words[1]) || pageUses.test(words[0])
                    || CjkTypos.holds(words[1]) && !oldPageUses.test(words[1])) {
                return new TextEdit(Kind.REWRITTEN, List.of(), "");
            }
        }
        return new TextEdit(Kind.TYPO, replaced, "");
    }

    /**
     * Words a letter or two apart that say something else: opposites, and real words often confused ("deprecated" is
     * no misspelling of "depreciated"); the first of a pair, then the second, each a word's start.
     */
    private static final String[][] OPPOSITES = {{"now", "not"}, {"max", "min"}, {"increas", "decreas"}, {"east", "west"},
        {"north", "south"}, {"import", "export"}, {"includ", "exclud"}, {"inclusive", "exclusive"}, {"internal", "external"},
        {"latest", "last"}, {"deprecat", "depreciat"}, {"must", "most"}, {"later", "latter"}, {"accept", "except"},
        {"enabl", "unabl"}, {"sync", "async"}, {"symmetric", "asymmetric"}, {"typical", "atypical"}, {"preview", "review"},
        {"add", "odd"}, {"ingress", "egress"}, {"ascend", "descend"}, {"encrypt", "decrypt"}, {"encod", "decod"},
        {"enabl", "disabl"}, {"inbound", "outbound"}, {"input", "output"}, {"upper", "lower"}, {"prefix", "suffix"},
        {"get", "set"}, {"on", "off"}};
    /** Prefixes that negate a word ("supported" → "unsupported"); "a" only in the pairs above ("vailable" is a typo). */
    private static final String[] NEGATIONS = {"un", "in", "im", "il", "ir", "dis", "non", "non-", "de", "re"};
    /** Modal verbs: one for another ("should" → "could") changes what the reader must do, however few letters differ. */
    private static final java.util.Set<String> MODALS = java.util.Set.of("can", "could", "may", "might", "must", "shall",
        "should", "will", "would", "cannot", "can't", "won't", "mustn't", "shouldn't", "wouldn't", "couldn't");

    /**
     * Closed classes of words a letter or two apart whose members say different things: a number for another ("two" →
     * "ten"), a day ("Tuesday" → "Thursday") or a month ("June" → "July"). One for another of its class is never a typo.
     */
    private static final List<java.util.Set<String>> CLASSES = List.of(
        java.util.Set.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "once", "twice", "single", "double", "triple", "half", "dozen"),
        java.util.Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mondays", "tuesdays", "wednesdays", "thursdays",
            "fridays", "saturdays", "sundays", "weekday", "weekdays", "weekend", "weekends"),
        java.util.Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec"),
        java.util.Set.of("hour", "hours", "hourly", "day", "days", "daily", "week", "weeks", "weekly", "month", "months",
            "monthly", "year", "years", "yearly", "minute", "minutes", "second", "seconds"));

    /**
     * Whether replacing {@code a} with {@code b} changes what the text says though few letters differ: an acronym for
     * another ("GPU" → "CPU"), a word negated or no longer ("supported" → "unsupported"), or its opposite ("maximum" →
     * "minimum", "now" → "not", "East" → "West").
     */
    static boolean changesMeaning(String a, String b) {
        if (acronym(a) && acronym(b)) {
            return true;
        }
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        if (MODALS.contains(x) && MODALS.contains(y)) {
            return true;
        }
        for (java.util.Set<String> words : CLASSES) {
            if (words.contains(x) && words.contains(y)) {
                return true;
            }
        }
        for (String prefix : NEGATIONS) {
            if (x.equals(prefix + y) || y.equals(prefix + x)) {
                return true;
            }
        }
        for (String[] pair : OPPOSITES) {
            if (opposite(x, y, pair[0], pair[1]) || opposite(y, x, pair[0], pair[1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean opposite(String x, String y, String first, String second) {
        return x.startsWith(first) && y.startsWith(second) && x.substring(first.length()).equals(y.substring(second.length()));
    }

    /** Two or more capital letters and no small one ("GPU", "SKU"). */
    private static boolean acronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isUpperCase(c) ? 1 : 0; // (kanji and kana have no case: no acronyms)
        }
        return letters >= 2;
    }

    /** Whether {@code text} holds {@code word} as a whole word (no letter or digit on either side). */
    static boolean holdsWord(String text, String word) {
        if (word.isEmpty()) {
            return false; // "" is found at every index, and past the end again: no word
        }
        if (CjkTypos.holds(word)) {
            return text.contains(word); // no spaces around words in Chinese or Japanese: letters touch on both sides
        }
        // in any case: a page that writes "Model" in a table's header uses the word, so "model → modle" is no fix (an audit)
        char lower = Character.toLowerCase(word.charAt(0));
        char upper = Character.toUpperCase(word.charAt(0));
        for (int at = next(text, lower, upper, 0); at >= 0; at = next(text, lower, upper, at + 1)) {
            int end = at + word.length();
            if (text.regionMatches(true, at, word, 0, word.length())
                    && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Where the text next holds either form of a letter, from {@code from} on; -1 for nowhere. */
    private static int next(String text, char lower, char upper, int from) {
        int a = text.indexOf(lower, from);
        if (lower == upper) {
            return a;
        }
        int b = text.indexOf(upper, from);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** The changed word pairs if every change is a short misspelling of a word of letters, else none. */
    static List<String> typos(String a, String b) {
        return walk(a, b, true);
    }

    /** Whether "old → new" is a misspelling: words of letters, at least 3 long, at most 2 letters apart. */
    private static boolean typo(String wa, String wb) {
        // a word of letters: "page](https://…/statsu" → "…/status" is a link's target, not a misspelt word
        return Math.max(wa.length(), wb.length()) >= 3 && lettersOnly(wa) && lettersOnly(wb)
                && Similarity.editDistance(wa, wb, MAX_TYPO_LETTERS) <= MAX_TYPO_LETTERS;
    }

    /**
     * "old → new" for each word replaced (stripped of the punctuation around it) when both texts have as many
     * words and at most {@link #MAX_TYPO_WORDS} differ, else none; none too when a word differs only in the
     * punctuation around it. The collapsed texts' words (split at their single spaces) are walked in place: most
     * pairs are rewrites, told apart within a few words, and no other word is copied out.
     */
    static List<String> replaced(String a, String b) {
        return walk(a, b, false);
    }

    /**
     * {@link #replaced}, and with unshifted none when a word taken as new is in the old text elsewhere, or one taken as
     * old in the new text ("Restart it now." → "Now restart it." moved words; it replaced none).
     */
    static List<String> replaced(String a, String b, boolean unshifted) {
        List<String> pairs = replaced(a, b);
        if (!unshifted || pairs.isEmpty()) {
            return pairs;
        }
        java.util.Set<String> wordsA = words(a);
        java.util.Set<String> wordsB = words(b);
        for (String pair : pairs) {
            int arrow = pair.indexOf(" → ");
            if (wordsA.contains(pair.substring(arrow + 3).toLowerCase(java.util.Locale.ROOT))
                    || wordsB.contains(pair.substring(0, arrow).toLowerCase(java.util.Locale.ROOT))) {
                return List.of();
            }
        }
        return pairs;
    }

    /** A collapsed text's words as {@link #replaced} names them (punctuation around them stripped), in lower case. */
    private static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : text.split(" ")) {
            String stripped = Similarity.strip(w);
            if (!stripped.isEmpty()) {
                words.add(stripped.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }

    /** {@link #replaced}, or with onlyTypos {@link #typos}: the walk stops at the first word that is no misspelling. */
    private static List<String> walk(String a, String b, boolean onlyTypos) {
        List<String> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (true) {
            int ea = wordEnd(a, i);
            int eb = wordEnd(b, j);
            if (ea - i != eb - j || !a.regionMatches(i, b, j, ea - i)) {
                String wa = Similarity.strip(a.substring(i, ea));
                String wb = Similarity.strip(b.substring(j, eb));
                if (pairs.size() == MAX_TYPO_WORDS || wa.equals(wb)) {
                    return List.of();
                }
                if (CjkTypos.holds(wa) || CjkTypos.holds(wb)) {
                    // a "word" of Chinese or Japanese is a phrase or a whole sentence: its characters tell what changed
                    List<String> fixes = onlyTypos ? CjkTypos.typos(wa, wb, MAX_TYPO_WORDS - pairs.size()) : null;
                    String part = onlyTypos ? null : CjkTypos.narrowed(wa, wb);
                    if (onlyTypos && fixes == null) {
                        return List.of();
                    }
                    if (fixes != null) {
                        pairs.addAll(fixes);
                    } else {
                        pairs.add(part != null ? part : wa + " → " + wb);
                    }
                } else if (onlyTypos && !typo(wa, wb)) {
                    return List.of();
                } else {
                    pairs.add(wa + " → " + wb);
                }
            }
            boolean lastA = ea == a.length();
            boolean lastB = eb == b.length();
            if (lastA || lastB) {
                return lastA && lastB ? pairs : List.of(); // as many words on both sides, or none
            }
            i = ea + 1;
            j = eb + 1;
        }
    }

    /**
     * Replaced words as a reader wants them named: without the part both keep up to a mark, so
     * {@code pivot="python → pivot="python-sdk} is {@code python → python-sdk}.
     */
    /** Marks of markup a shared part is cut at: never an apostrophe or a point within a word or number ("don't", "1.2.0"). */
    private static final String CUT_AT = "\"=()[]<>/:,;`@";

    static List<String> shown(List<String> pairs) {
        List<String> out = new ArrayList<>(pairs.size());
        for (String pair : pairs) {
            int arrow = pair.indexOf(" → ");
            String a = pair.substring(0, arrow);
            String b = pair.substring(arrow + 3);
            int from = 0;
            for (int k = 0; k < Math.min(a.length(), b.length()) && a.charAt(k) == b.charAt(k); k++) {
                from = cutsAt(a, k) && cutsAt(b, k) ? k + 1 : from;
            }
            int end = 0; // characters kept at the end, up to a mark
            for (int k = 1; k <= Math.min(a.length(), b.length()) - from && a.charAt(a.length() - k) == b.charAt(b.length() - k); k++) {
                end = cutsAt(a, a.length() - k) && cutsAt(b, b.length() - k) ? k : end;
            }
            String x = a.substring(from, a.length() - end);
            String y = b.substring(from, b.length() - end);
            out.add(x.isEmpty() || y.isEmpty() ? pair : x + " → " + y);
        }
        return out;
    }

    /**
     * Whether a shared part is cut at character {@code k}: a mark of {@link #CUT_AT}, but never a separator between digits
     * ("1,000 → 1,000,000" is named whole, not as {@code 000 → 000,000}; "10:30" is a time).
     */
    private static boolean cutsAt(String text, int k) {
        char c = text.charAt(k);
        if (CUT_AT.indexOf(c) < 0) {
            return false;
        }
        return !((c == ',' || c == ':') && k > 0 && k + 1 < text.length() && Character.isDigit(text.charAt(k - 1))
                && Character.isDigit(text.charAt(k + 1)));
    }

    /** Words on a side of a stretch {@link #spanChanged} quotes at most: a longer one is a rewrite no short quote names. */
    private static final int MAX_SPAN_WORDS = 6;
    /** Stretches {@link #spanChanged} quotes at most. */
    private static final int MAX_SPANS = 3;
    /**
     * Words between the ends two texts keep that {@link #spanChanged} lines up at most, on each side: a few stretches put
     * in or left out and the words between them. More is a rewrite, and lining it up cost explain a tenth of its time.
     */
    private static final int MAX_MIDDLE = 24;

    /** Words a short stretch may hold on each side for {@link #middleReplaced} to quote it. */
    private static final int MAX_MIDDLE_WORDS = 4;

    /**
     * The one stretch two texts differ in, between the words both keep before and after it, as "old → new", when it is
     * short on both sides (at most {@link #MAX_MIDDLE_WORDS} words) and neither is empty: a few words replaced by a
     * different number of others ({@code East US → Sweden}), which neither a word-for-word walk nor {@link #spanChanged}
     * names (an audit found a region changed told only as "reworded"). Else none.
     */
    static List<String> middleReplaced(String a, String b) {
        a = a.strip();
        b = b.strip();
        // where the texts differ, found from both ends by character: a stretch of more words than quoted is let go
        // before any split (this runs for every rewording no other reading names)
        int[] ends = sharedEnds(a, b);
        int c = ends[0];
        int d = ends[1];
        if (spaces(a, c, a.length() - d) > MAX_MIDDLE_WORDS + 1 || spaces(b, c, b.length() - d) > MAX_MIDDLE_WORDS + 1) {
            return List.of();
        }
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        int p = 0;
        while (p < wa.length && p < wb.length && wa[p].equals(wb[p])) {
            p++;
        }
        int q = 0;
        while (q < wa.length - p && q < wb.length - p && wa[wa.length - 1 - q].equals(wb[wb.length - 1 - q])) {
            q++;
        }
        int na = wa.length - p - q;
        int nb = wb.length - p - q;
        if (na < 1 || nb < 1 || na > MAX_MIDDLE_WORDS || nb > MAX_MIDDLE_WORDS || p + q == 0) {
            return List.of();
        }
        String old = String.join(" ", java.util.Arrays.copyOfRange(wa, p, p + na));
        String now = String.join(" ", java.util.Arrays.copyOfRange(wb, p, p + nb));
        return List.of(old + " → " + now);
    }

    /**
     * The stretches of words one text put in or left out of the other, between the words they share (a longest common
     * subsequence of words), each as "old → new" with the shared word before it ({@code is → is not}, {@code can → can
     * only}): what a rewording that replaced no word one for one changed. None when the texts share no word, a word was
     * replaced by others or moved, a stretch is longer than {@link #MAX_SPAN_WORDS} words, or there are more than
     * {@link #MAX_SPANS}.
     */
    static List<String> spanChanged(String a, String b) {
        // the texts are collapsed (single spaces): split at a space without a regex, which String.split("\\s+") compiles
        // on every call (it made explain a tenth slower over the benchmark's history)
        a = a.strip();
        b = b.strip();
        // most rewordings touch a few words of a long paragraph: the stretch where the texts differ is found once, from
        // both ends; words both keep at the ends are cut off before the split, but one on each side, which a quote may
        // take as its shared word (splitting whole paragraphs had cost explain a twentieth of its time)
        int[] ends = sharedEnds(a, b);
        int c = ends[0];
        int d = ends[1];
        if (spaces(a, c, a.length() - d) > MAX_MIDDLE + 3 || spaces(b, c, b.length() - d) > MAX_MIDDLE + 3) {
            // more words than MAX_MIDDLE touch the stretch where the texts differ (two at most of them may still be
            // kept at an end): not lined up, and not split
            return List.of();
        }
        int head = keptHead(a, c);
        int tailA = keptTail(a, d);
        int tailB = tailA < 0 ? -1 : tailA - a.length() + b.length();
        String[] wa = a.substring(head, tailA < 0 ? a.length() : tailA).split(" ");
        String[] wb = b.substring(head, tailB < 0 ? b.length() : tailB).split(" ");
        int n = wa.length;
        int m = wb.length;
        // the words both keep at the ends are taken off first: only what is between is lined up (cheap, as most
        // rewordings touch a few words of a long paragraph)
        int p = 0;
        while (p < n && p < m && wa[p].equals(wb[p])) {
            p++;
        }
        int q = 0;
        while (q < n - p && q < m - p && wa[n - 1 - q].equals(wb[m - 1 - q])) {
            q++;
        }
        int endA = n - q;
        int endB = m - q;
        if (endA - p > MAX_MIDDLE || endB - p > MAX_MIDDLE) {
            return List.of(); // more changed between the kept ends than a few short stretches: a rewrite, not lined up
        }
        // words compared without the punctuation around them: "format." is the word "format" ending a sentence
        String[] ka = new String[n];
        String[] kb = new String[m];
        for (int i = Math.max(0, p - 1); i < Math.min(n, endA + 1); i++) {
            ka[i] = Similarity.strip(wa[i]);
        }
        for (int j = Math.max(0, p - 1); j < Math.min(m, endB + 1); j++) {
            kb[j] = Similarity.strip(wb[j]);
        }
        int[] common = commonAfter(ka, kb, p, endA, endB);
        if (p == 0 && q == 0 && common[0] == 0) {
            return List.of();
        }
        return stretches(wa, wb, ka, kb, p, endA, endB, common);
    }

    /**
     * The longest common subsequence of ka[i..endA) and kb[j..endB) for every i and j from {@code p}, at
     * (i - p)·(endB - p + 1) + (j - p). (In a method of its own, on a flat array: inside spanChanged, with an array of
     * arrays, C2 took half a second to compile it, eight times over a run of the generate benchmark, while explain's
     * other code waited interpreted.)
     */
    private static int[] commonAfter(String[] ka, String[] kb, int p, int endA, int endB) {
        int width = endB - p + 1;
        int[] common = new int[(endA - p + 1) * width];
        for (int i = endA - 1; i >= p; i--) {
            int row = (i - p) * width;
            for (int j = endB - 1; j >= p; j--) {
                int at = row + j - p;
                common[at] = ka[i].equals(kb[j]) ? common[at + width + 1] + 1 : Math.max(common[at + width], common[at + 1]);
            }
        }
        return common;
    }

    /** The stretches of {@link #spanChanged}, walked along the common subsequence {@link #commonAfter} gave. */
    private static List<String> stretches(String[] wa, String[] wb, String[] ka, String[] kb, int p, int endA, int endB,
                                          int[] common) {
        int width = endB - p + 1;
        List<String> out = new ArrayList<>();
        java.util.Set<String> put = new java.util.HashSet<>();
        java.util.Set<String> left = new java.util.HashSet<>();
        int i = p;
        int j = p;
        while (i < endA || j < endB) {
            if (i < endA && j < endB && ka[i].equals(kb[j])) {
                i++;
                j++;
                continue;
            }
            int si = i;
            int sj = j;
            while ((i < endA || j < endB) && !(i < endA && j < endB && ka[i].equals(kb[j]))) {
                if (j < endB && (i == endA || common[(i - p) * width + j - p + 1] >= common[(i - p + 1) * width + j - p])) {
                    j++;
                } else {
                    i++;
                }
            }
            // words only put in or only left out: a word replaced by others is a rewrite ("portal → CLI"), which
            // replaced() names when it is one word for one
            if (i > si && j > sj || i - si > MAX_SPAN_WORDS || j - sj > MAX_SPAN_WORDS || out.size() == MAX_SPANS) {
                return List.of();
            }
            for (int k = si; k < i; k++) {
                left.add(ka[k].toLowerCase(java.util.Locale.ROOT));
            }
            for (int k = sj; k < j; k++) {
                put.add(kb[k].toLowerCase(java.util.Locale.ROOT));
            }
            out.add(quote(wa, wb, si, i, sj, j));
        }
        put.retainAll(left);
        return put.isEmpty() ? out : List.of(); // a word moved ("Restart it now." → "Now restart it."): no word was put in
    }

    /** "old → new" for the words wa[si..i) that became wb[sj..j), with the shared word beside them when a side is empty. */
    private static String quote(String[] wa, String[] wb, int si, int i, int sj, int j) {
        String before = String.join(" ", java.util.Arrays.asList(wa).subList(si, i));
        String after = String.join(" ", java.util.Arrays.asList(wb).subList(sj, j));
        if (si == i || sj == j) {
            // a shared word beside an empty side: the one before, else the one after
            if (si > 0 && sj > 0) {
                before = (wa[si - 1] + " " + before).strip();
                after = (wb[sj - 1] + " " + after).strip();
            } else if (i < wa.length) {
                before = (before + " " + wa[i]).strip();
                after = (after + " " + wb[j]).strip();
            }
        }
        return before + " → " + after;
    }

    private static int spaces(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /**
     * Where a text whose first {@code shared} characters another text shares may be cut at the start, keeping one whole
     * word of that start: the start of the last whole word of it, else 0.
     */
    private static int keptHead(String a, int shared) {
        int last = a.lastIndexOf(' ', shared - 1); // ends the last whole shared word (a space both hold)
        if (last <= 0) {
            return 0;
        }
        int before = a.lastIndexOf(' ', last - 1);
        return before < 0 || before == last - 1 ? 0 : before + 1;
    }

    /**
     * Where a text whose last {@code shared} characters another text shares may be cut at the end, keeping one whole
     * word of that end: the end of its first whole word, else -1.
     */
    private static int keptTail(String a, int shared) {
        int first = a.indexOf(' ', a.length() - shared); // starts the first whole shared word
        if (first < 0) {
            return -1;
        }
        int after = a.indexOf(' ', first + 1);
        return after < 0 || after == first + 1 ? -1 : after;
    }

    /** Where the word starting at from ends: the next space, or the end of the text. */
    private static int wordEnd(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? text.length() : space;
    }

    private static String withoutMarks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (MARKS.indexOf(text.charAt(i)) < 0) {
                out.append(text.charAt(i));
            }
        }
        return MarkdownOutline.collapse(out.toString());
    }

    private static boolean hasMark(String text) {
        return text.indexOf('`') >= 0 || text.indexOf('*') >= 0 || text.indexOf('_') >= 0 || text.indexOf('~') >= 0;
    }

    static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Letters, with an apostrophe or hyphen between them ("can't", "built-in"): no digit, markup or URL. */
    private static boolean lettersOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && !((c == '\'' || c == '’' || c == '-') && i > 0 && i < s.length() - 1)) {
                return false;
            }
        }
        return true;
    }

    /** How many characters two texts share at their start, and then at their end (the end never reaching into the start). */
    static int[] sharedEnds(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int prefix = 0;
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        return new int[]{prefix, suffix};
    }
}
