package io.mtlint.detectors.leftover;

import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OtherScriptLeftoversTest {
    private static List<String> reported(String source, String text) {
        return Checkers.check(Checkers.get("en-US", source, false), text, Format.MARKDOWN).findings().stream()
                .filter(f -> f.ruleId().startsWith("mt.source-leftover"))
                .map(f -> f.ruleId().substring("mt.source-leftover.".length()) + " "
                        + text.substring(f.start(), f.end()) + " | " + f.message())
                .toList();
    }

    @Test
    void hanIsALeftoverWhateverTheSourceSays() {
        assertEquals(List.of("other-script 正确示例 | Chinese text left untranslated: \u201c正确示例\u201d"),
                reported("zh", "See the 正确示例 below.\n"));
        assertEquals(List.of("other-script 設定する | Japanese text left untranslated: \u201c設定する\u201d"),
                reported("none", "Then 設定する the value.\n"));
    }

    @Test
    void cyrillicIsNotCalledSpanish() {
        assertEquals(List.of("other-script правительство страны | Text in Cyrillic script left untranslated: "
                        + "\u201cправительство страны\u201d"),
                reported("es", "The правительство страны met today.\n"));
        assertEquals(List.of("other-script правительство | Russian text left untranslated: \u201cправительство\u201d"),
                reported("ru", "The правительство met today.\n"));
    }

    @Test
    void autoDetectsTheSourceFromTheScript() {
        assertEquals(List.of("other-script 한국어로 | Korean text left untranslated: \u201c한국어로\u201d"),
                reported("auto", "Write it 한국어로 first.\n"));
        assertEquals(List.of("other-script 出处 | Chinese text left untranslated: \u201c出处\u201d"),
                reported("auto", "The 出处 of the item.\n"));
    }

    @Test
    void anOriginalFormGivenAfterItsLanguageOrItsNameIsKept() {
        assertEquals(List.of(), reported("zh", "The Cangjie method (traditional Chinese: 倉頡輸入法; pinyin: cāngjié) "
                + "was devised by Chu Bong-Foo (朱邦復) and named after Cangjie (倉頡), from the Greek-style "
                + "naming of the era (Greek: παράδειγμα).\n"));
        assertEquals(List.of("other-script 设置 | Chinese text left untranslated: \u201c设置\u201d"),
                reported("zh", "Open the Settings (设置) page first.\n"));
        assertEquals(List.of(), Checkers.check(Checkers.get("es", "en", false),
                        "La parroquia (del griego παροικία, «vecindad») es una división territorial.\n", Format.TEXT)
                .findings().stream().filter(f -> f.ruleId().startsWith("mt.source-leftover")).toList());
    }

    @Test
    void fullWidthPunctuationIsFixedToTheTargetsMark() {
        String text = "Solution 2：restart the server，then log in.\n";
        List<Finding> findings = Checkers.check(Checkers.get("en-US", "zh", false), text, Format.MARKDOWN).findings()
                .stream().filter(f -> f.ruleId().equals("mt.source-leftover.full-width")).toList();
        assertEquals(2, findings.size());
        assertEquals(": ", findings.get(0).fixes().get(0).edits().get(0).replacement());
        assertEquals(", ", findings.get(1).fixes().get(0).edits().get(0).replacement());
    }

    @Test
    void languagesNamedInTheirScriptInAListOfTranslationsAreExempt() {
        assertEquals(List.of(), reported("zh", """
                [繁體中文版](docs/README.zh-TW.md) | [日本語ガイド](ja/guide.md) | English

                | Language | Own name     | Code |
                | -------- | ------------ | ---- |
                | Japanese | 日本語、にほんご | ja   |
                """));
        assertEquals(List.of("other-script 繁體中文版", "other-script 日本語、にほんご"), reported("zh", """
                [繁體中文版](docs/README.md) | English

                | Language | Own name     | Code |
                | -------- | ------------ | ---- |
                | Japanese | 日本語、にほんご | ko   |
                """).stream().map(r -> r.substring(0, r.indexOf(" |"))).toList());
    }

    @Test
    void aLanguageNameAfterItsFlagIsALabel() {
        assertEquals(List.of(), reported("none", """
                ## Available in

                🇷🇺 Русский язык · 🇰🇷 한국어 버전 · 🇹🇼 繁體中文版 · 🇬🇧 English
                """));
        assertEquals(List.of("other-script Русский язык", "other-script Запустите сервер снова после обновления"),
                reported("none", """
                The Русский язык page is new.

                🇷🇺 Запустите сервер снова после обновления.
                """).stream().map(r -> r.substring(0, r.indexOf(" |"))).toList());
    }

    @Test
    void codeUrlsSymbolsAndLanguageNamesAreExempt() {
        assertEquals(List.of(), reported("zh", """
                Run `echo 你好` and open https://例子.cn/文档 or docs/指南.md; the α value is small.

                [日本語](README.ja.md) | [Русский](README.ru.md) | English
                """));
    }
}
