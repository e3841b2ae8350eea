package io.diffpress.insight;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Typo fixes in text without spaces between its words, read a character at a time. */
class CjkTyposTest {

    @Test
    void aWrongKanjiIsATypoNamedByItsWord() {
        assertEquals(List.of("解折 → 解析"), CjkTypos.typos("データを解折して、結果を表示します。", "データを解析して、結果を表示します。", 3));
        assertEquals(List.of("西日木 → 西日本"), CjkTypos.typos("西日木リージョン", "西日本リージョン", 3));
        assertEquals(List.of("部暑负 → 部署负"), CjkTypos.typos("请联系部暑负责人", "请联系部署负责人", 3)); // Chinese too
    }

    @Test
    void aLongVowelMarkMoreOrLessOrALetterTypedTwiceIsATypo() {
        assertEquals(List.of("リジョン → リージョン"), CjkTypos.typos("リジョンを選びます", "リージョンを選びます", 3));
        assertEquals(List.of("デプロイイ → デプロイ"), CjkTypos.typos("デプロイイします", "デプロイします", 3));
        // another katakana letter makes another word: a key, a queue
        assertNull(CjkTypos.typos("キーを作成", "キューを作成", 3));
        assertNull(CjkTypos.typos("ラウドに保存", "クラウドに保存", 3));
    }

    @Test
    void aMisspeltLatinWordRunIntoKanaIsATypo() {
        assertEquals(List.of("Azre → Azure"), CjkTypos.typos("Azreポータルで作成", "Azureポータルで作成", 3));
        assertNull(CjkTypos.typos("GPUで実行", "CPUで実行", 3)); // an acronym for another
    }

    @Test
    void charactersBeyondTheBasicPlaneAreNeverTyposOrCutInHalf() {
        assertNull(CjkTypos.typos("稼働中🟢です", "稼働中🔴です", 3));
        String narrowed = CjkTypos.narrowed("状態は🟢です", "状態は🔴です");
        assertEquals("🟢 → 🔴", narrowed);
    }

    @Test
    void aCharacterTypedTwiceIsATypo() {
        assertEquals(List.of("をを → を"), CjkTypos.typos("データをを保存", "データを保存", 3));
    }

    @Test
    void severalFixesInOneSentenceAreEachNamedUpToTheLimit() {
        assertEquals(List.of("解折 → 解析", "西日木 → 西日本"), CjkTypos.typos("解折は西日木で", "解析は西日本で", 3));
        assertNull(CjkTypos.typos("解折は西日木で", "解析は西日本で", 1));
    }

    @Test
    void oppositesNumbersAndNegationsAreNoTypos() {
        assertNull(CjkTypos.typos("100 以上の値", "100 以下の値", 3));
        assertNull(CjkTypos.typos("東日本リージョン", "西日本リージョン", 3));
        assertNull(CjkTypos.typos("第一世代", "第二世代", 3));
        assertNull(CjkTypos.typos("有効にします", "無効にします", 3));
        assertNull(CjkTypos.typos("可能です", "不可能です", 3));
        assertNull(CjkTypos.typos("最大値", "最小値", 3));
    }

    @Test
    void kanaEndingsAndWholeWordsAreNoTypos() {
        assertNull(CjkTypos.typos("できます", "できません", 3)); // a negation in the verb's ending
        assertNull(CjkTypos.typos("保存した", "保存する", 3)); // tense
        assertNull(CjkTypos.typos("必須の設定", "任意の設定", 3)); // two kanji: another word
        assertNull(CjkTypos.typos("月", "日", 3)); // a word of one kanji
        assertNull(CjkTypos.typos("データ連携", "データ連", 3)); // a kanji cut off
    }

    @Test
    void aRewriteIsNarrowedToWhatChanged() {
        assertEquals("有効 → 無効", CjkTypos.narrowed("有効にします", "無効にします"));
        assertEquals("サーバー → クラスター", CjkTypos.narrowed("サーバーを再起動", "クラスターを再起動"));
        assertNull(CjkTypos.narrowed("結果を表示", "結果をグラフで表示")); // only inserted: nothing to pair it with
    }

    @Test
    void textEditTellsAFixOfTheOldPagesOwnWordAsATypo() {
        String a = "このサービスはデータを解折して、結果を表示します。";
        String b = "このサービスはデータを解析して、結果を表示します。";
        String page = a + "\n\n解析の手順は次のとおりです。";
        TextEdit edit = TextEdit.classify(a, b, a, b, word -> false, page::contains);
        assertEquals(TextEdit.Kind.TYPO, edit.kind());
        assertEquals(List.of("解折 → 解析"), edit.words());
        // a word the old page never used is another word, not a fix: 自動 → 手動 (automatic → manual)
        assertEquals(TextEdit.Kind.REWRITTEN, TextEdit.classify(a, b, a, b, word -> false, word -> false).kind());
        String auto = "自動でスケールします。";
        String manual = "手動でスケールします。";
        assertEquals(TextEdit.Kind.REWRITTEN, TextEdit.classify(auto, manual, auto, manual, word -> false, auto::contains).kind());
    }

    @Test
    void aWordThePageStillUsesIsNoTypo() {
        String page = "解折という語は別の意味で使います。";
        TextEdit edit = TextEdit.classify("データを解折して", "データを解析して", "データを解折して", "データを解析して",
                word -> TextEdit.holdsWord(page, word), word -> true);
        assertEquals(TextEdit.Kind.REWRITTEN, edit.kind());
    }
}
