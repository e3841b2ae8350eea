package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * Typo fixes in Chinese and Japanese text, which has no spaces between its words: {@link TextEdit} compares texts a
 * space-separated word at a time, and here such a "word" is a whole sentence. Two of them are walked a character at a
 * time instead, and differ by typo fixes when each difference is one kanji or katakana letter for another (a wrong
 * kanji from the input method: 解折 → 解析, 部暑 → 部署, 西日木 → 西日本), a long-vowel mark more or less (リジョン →
 * リージョン), a character typed twice, or a Latin word misspelt inside such a word (Azreポータル). A fix is named by
 * the run of kanji or katakana around it, as a reader spots the word. One character can also say something else; these
 * are never typo fixes: a kanji for its opposite (以上 → 以下, 東日本 → 西日本), a numeral (第一 → 第二), a negation
 * (可能 → 不可能, 有効 → 無効), another katakana letter more or less (キー → キュー), a change of kana. Whether the
 * corrected word is one the page already used, which tells a fix from another word, is {@link TextEdit}'s to ask.
 */
final class CjkTypos {

    private CjkTypos() {
    }

    /** Kanji that say the opposite of each other, in pairs (traditional and simplified forms where they differ). */
    private static final String[] OPPOSITES = {"上下", "前後", "前后", "前降", "東西", "东西", "南北", "左右", "大小",
        "高低", "新旧", "新舊", "多少", "長短", "长短", "内外", "內外", "入出", "開閉", "开关", "開關", "始終", "始终", "強弱",
        "强弱", "可否", "正誤", "正误", "正負", "正负", "明暗", "軽重", "轻重", "遠近", "远近", "増減", "增减", "昇降", "送受",
        "主副", "親子", "亲子", "自他", "全半", "単複", "单复", "日月", "日週", "月週", "日年", "月年", "日周", "月周", "年周",
        "今昨", "今明", "昨明", "早遅", "早迟", "有無", "有无", "是非", "読書", "读写", "男女", "表裏", "表里", "買売",
        "买卖", "勝敗", "胜败", "得失", "攻守", "先後", "先后", "朝夕", "公私", "必任", "許拒", "许拒", "加減", "加减",
        "乗除", "乘除", "縦横", "纵横", "寒暖", "冷暖", "冷温", "暑寒", "太細", "粗細", "粗细", "厚薄", "深浅", "広狭",
        "宽窄", "重軽", "重轻", "賛否", "赞否", "善悪", "善恶", "真偽", "真伪", "老若", "上中", "中下", "初終", "初终", "首尾"};
    /** Kanji that carry a number or a negation: one changed, added or removed changes what the text says. */
    private static final String MEANINGFUL = "〇零一二三四五六七八九十百千万萬億亿兆両两半倍第不非無无未没沒否莫勿別别";

    /** Whether a word holds a kanji, kana or other CJK letter: then it is compared a character at a time. */
    static boolean holds(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (kind(word.charAt(i)) != OTHER) {
                return true;
            }
        }
        return false;
    }

    /**
     * "old → new" for each typo fix that turns {@code a} into {@code b}, or null when they differ by anything else or
     * by more than {@code max} fixes.
     */
    static List<String> typos(String a, String b, int max) {
        List<String> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            if (i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (pairs.size() == max) {
                return null;
            }
            int[] latin = latinTypo(a, i, b, j);
            if (latin != null) {
                // a misspelt Latin word run into kanji or kana ("Azreポータル"): as TextEdit tells a word apart
                pairs.add(a.substring(latin[0], latin[1]) + " → " + b.substring(latin[2], latin[3]));
                i = latin[1];
                j = latin[3];
                continue;
            }
            int[] step = resync(a, i, b, j);
            if (step == null || !typo(a, i, step[0], b, j, step[1])) {
                return null;
            }
            int k = kind(step[0] == 1 ? a.charAt(i) : b.charAt(j));
            pairs.add(run(a, i, i + step[0], k) + " → " + run(b, j, j + step[1], k));
            i += step[0];
            j += step[1];
        }
        return pairs;
    }

    /**
     * For texts that differ at a[i] and b[j] inside runs of Latin letters: the runs [start, end) in a and in b when each is
     * a word of letters at least 3 long, at most {@link TextEdit#MAX_TYPO_LETTERS} letters apart, and the texts agree
     * after them; else null.
     */
    private static int[] latinTypo(String a, int i, String b, int j) {
        if (!(i < a.length() && latin(a.charAt(i)) || j < b.length() && latin(b.charAt(j)))) {
            return null;
        }
        int back = 0; // the letters before the difference, the same in both
        while (back < i && back < j && latin(a.charAt(i - back - 1)) && a.charAt(i - back - 1) == b.charAt(j - back - 1)) {
            back++;
        }
        int endA = i;
        while (endA < a.length() && latin(a.charAt(endA))) {
            endA++;
        }
        int endB = j;
        while (endB < b.length() && latin(b.charAt(endB))) {
            endB++;
        }
        String wa = a.substring(i - back, endA);
        String wb = b.substring(j - back, endB);
        if (Math.max(wa.length(), wb.length()) < 3 || wa.isEmpty() || wb.isEmpty() || !agree(a, endA, b, endB)
                || Similarity.editDistance(wa, wb, TextEdit.MAX_TYPO_LETTERS) > TextEdit.MAX_TYPO_LETTERS
                || TextEdit.changesMeaning(wa, wb)) {
            return null;
        }
        return new int[] {i - back, endA, j - back, endB};
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    /** One character added, one removed, one replaced: the ways texts may agree again, fewest skipped first. */
    private static final int[][] STEPS = {{0, 1}, {1, 0}, {1, 1}};

    /**
     * The fewest characters to skip in a at i and in b at j (one or none in each, not none in both) after which the
     * texts agree again: for the next three characters, or up to both ends.
     */
    private static int[] resync(String a, int i, String b, int j) {
        for (int[] step : STEPS) {
            if (agree(a, i + step[0], b, j + step[1])) {
                return step;
            }
        }
        return null;
    }

    private static boolean agree(String a, int i, String b, int j) {
        if (i > a.length() || j > b.length()) {
            return false;
        }
        int restA = a.length() - i;
        int restB = b.length() - j;
        if (restA < 3 || restB < 3) {
            return restA == restB && a.regionMatches(i, b, j, restA);
        }
        return a.regionMatches(i, b, j, 3);
    }

    /** Whether replacing a[i, i + da) with b[j, j + db) (at most one character each) is a typo fix. */
    private static boolean typo(String a, int i, int da, String b, int j, int db) {
        if (da == 1 && db == 1) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            return (kind(x) == KANJI || kind(x) == KATAKANA) && kind(y) == kind(x) && !meaningful(x) && !meaningful(y)
                    && !opposite(x, y) && run(a, i, i + 1, kind(x)).length() >= 2 && run(b, j, j + 1, kind(x)).length() >= 2;
        }
        // one character more or less: a long-vowel mark (リジョン → リージョン), or a character that repeats its neighbour;
        // not another katakana letter, which makes another word (キー → キュー: a key, a queue)
        String text = da == 1 ? a : b;
        int at = da == 1 ? i : j;
        char c = text.charAt(at);
        boolean repeated = at > 0 && text.charAt(at - 1) == c || at + 1 < text.length() && text.charAt(at + 1) == c;
        return kind(c) != OTHER && !meaningful(c) && (c == 'ー' || c == 'ｰ' || repeated);
    }

    private static boolean meaningful(char c) {
        return MEANINGFUL.indexOf(c) >= 0;
    }

    private static boolean opposite(char x, char y) {
        for (String pair : OPPOSITES) {
            if (pair.charAt(0) == x && pair.charAt(1) == y || pair.charAt(0) == y && pair.charAt(1) == x) {
                return true;
            }
        }
        return false;
    }

    /**
     * The run of characters of kind k (that of the character changed) around text[from, to), at most 12 each side. A run
     * of kanji longer than four is a Chinese clause rather than a Japanese word: then the characters of it just before
     * and after stand for it.
     */
    private static String run(String text, int from, int to, int k) {
        int s = from;
        while (s > 0 && from - s < 12 && kind(text.charAt(s - 1)) == k) {
            s--;
        }
        int e = to;
        while (e < text.length() && e - to < 12 && kind(text.charAt(e)) == k) {
            e++;
        }
        if (k == KANJI && e - s > 4) {
            return text.substring(Math.max(from - 1, s), Math.min(to + 1, e));
        }
        return text.substring(s, e);
    }

    /**
     * The part of a that b changed, and what it became, each widened to the runs of characters of one kind around
     * it ("有効にします" → "無効にします" is "有効 → 無効"), or null when one of the two parts is empty.
     */
    static String narrowed(String a, String b) {
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < a.length() - p && s < b.length() - p && a.charAt(a.length() - 1 - s) == b.charAt(b.length() - 1 - s)) {
            s++;
        }
        // never cut between the two halves of a character beyond the basic plane
        if (p > 0 && Character.isHighSurrogate(a.charAt(p - 1))) {
            p--;
        }
        if (s > 0 && Character.isLowSurrogate(a.charAt(a.length() - s))) {
            s--;
        }
        int endA = a.length() - s;
        int endB = b.length() - s;
        if (p >= endA || p >= endB) {
            return null;
        }
        int from = p;
        while (from > 0 && p - from < 12 && kind(a.charAt(from - 1)) != OTHER
                && (kind(a.charAt(from - 1)) == kind(a.charAt(p)) || kind(b.charAt(from - 1)) == kind(b.charAt(p)))) {
            from--;
        }
        int toA = endA;
        int toB = endB;
        while (toA < a.length() && toA - endA < 12 && kind(a.charAt(toA)) != OTHER
                && (kind(a.charAt(toA)) == kind(a.charAt(endA - 1)) || kind(b.charAt(toB)) == kind(b.charAt(endB - 1)))) {
            toA++;
            toB++;
        }
        return a.substring(from, toA) + " → " + b.substring(from, toB);
    }

    private static final int OTHER = 0;
    private static final int KANJI = 1;
    private static final int KATAKANA = 2;
    private static final int HIRAGANA = 3;
    private static final int HANGUL = 4;

    /** A character's kind; the long-vowel mark ー counts as katakana, the iteration mark 々 as a kanji. */
    private static int kind(char c) {
        if (c < 0x3000) {
            return OTHER;
        }
        if (c == 'ー' || c == 'ｰ') {
            return KATAKANA;
        }
        if (Character.isSurrogate(c)) {
            return OTHER; // beyond the basic plane (emoji, rare kanji): never split, never a typo
        }
        return switch (Character.UnicodeScript.of(c)) {
            case HAN -> KANJI;
            case KATAKANA -> KATAKANA;
            case HIRAGANA -> HIRAGANA;
            case HANGUL -> HANGUL;
            default -> OTHER;
        };
    }
}
