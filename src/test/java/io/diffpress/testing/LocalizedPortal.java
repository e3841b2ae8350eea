package io.diffpress.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A portal of another locale whose reports hold no English words of their own, so that any
 * English left on its pages comes from the theme or the code: two reports (page size 1, so
 * lists have a second page) with a Summary Table, a diff, commits and tags.
 */
public final class LocalizedPortal {

    private LocalizedPortal() {
    }

    /** Creates {@code dir/site.yml} and {@code dir/content/}; returns site.yml. */
    public static Path create(Path dir, String locale) throws IOException {
        String title = locale.startsWith("zh") ? "文档变更" : "ドキュメントの変更";
        Files.createDirectories(dir.resolve("content/openai"));
        Files.writeString(dir.resolve("site.yml"), "title: " + title + "\nbaseURL: https://o.github.io/repo/\nlocale: " + locale
                + "\npageSize: 1\n");
        report(dir.resolve("content/openai/2025-06-21.md"), "2025-06-21", "new feature", "added", "最初");
        report(dir.resolve("content/openai/2025-06-22.md"), "2025-06-22", "bug fix", "modified", "二番目");
        return dir.resolve("site.yml");
    }

    private static void report(Path file, String date, String type, String status, String name) throws IOException {
        Files.writeString(file, """
                ---
                title: '[%5$s] レポート %1$s'
                date: %1$s
                permalink: https://github.com/o/r/compare/aaaaaaa...bbbbbbb
                summary: 'まとめ: %4$sの変更。'
                tags: [クォータ]
                commits:
                  - {sha: 0123456789abcdef, subject: '修正 %4$s', author: '山田', date: '%1$sT10:00:00Z'}
                ---

                # ハイライト
                本文。[項目](#item-b9757d) を参照。

                # 概要テーブル
                |  ファイル  | 種類 |    タイトル    | 状態 | A  | D  | M  |
                |------------|------|-------------|--------|----|----|----|
                | [responses.md](#item-b9757d) | %2$s | %4$sの修正 | %3$s | 2 | 1 | 3 |

                # 変更内容
                ## articles/ai-services/openai/how-to/responses.md{#item-b9757d}

                <details>
                <summary>差分</summary>
                ````diff
                @@ -1,2 +1,3 @@
                -古い
                +新しい
                +もっと新しい
                 同じ
                ````
                </details>
                """.formatted(date, type, status, name, "ja"));
    }
}
