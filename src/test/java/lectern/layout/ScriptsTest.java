package lectern.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptsTest {

    private static List<String> languages(String text, String deck) {
        return Scripts.stretches(text, text, deck).stream().map(s -> s.text() + "=" + s.language()).toList();
    }

    @Test
    void latinTextIsInTheDecksLanguage() {
        assertThat(languages("Größere Pläne, kleinere Schritte.", "de-DE")).containsExactly("Größere Pläne, kleinere Schritte.=de-DE");
    }

    @Test
    void aNameInAnotherScriptIsCutOutWithItsSpacesAndPunctuation() {
        assertThat(languages("設定する OpenTelemetry Collector の方法。", "ja-JP"))
                .containsExactly("設定する =ja-JP", "OpenTelemetry Collector =en-US", "の方法。=ja-JP");
    }

    @Test
    void hanIsJapaneseAmongKanaKoreanAmongHangulAndChineseAlone() {
        assertThat(languages("漢字とかな", "en-US")).containsExactly("漢字とかな=ja-JP");
        assertThat(languages("한국어 漢字", "en-US")).containsExactly("한국어 漢字=ko-KR");
        assertThat(languages("中文测试", "en-US")).containsExactly("中文测试=zh-CN");
        assertThat(languages("中文测试", "zh-TW")).containsExactly("中文测试=zh-TW");
        assertThat(languages("漢字", "ja-JP")).containsExactly("漢字=ja-JP");
    }

    @Test
    void eachScriptHasItsLanguageInADeckOfAnother() {
        assertThat(languages("Ein Wort: слово", "de-DE")).containsExactly("Ein Wort: =de-DE", "слово=ru-RU");
        assertThat(languages("слово", "uk-UA")).containsExactly("слово=uk-UA");
        assertThat(languages("שלום", "en-US")).containsExactly("שלום=he-IL");
        assertThat(languages("λόγος", "en-US")).containsExactly("λόγος=el-GR");
        assertThat(languages("ภาษาไทย", "en-US")).containsExactly("ภาษาไทย=th-TH");
    }

    @Test
    void emojiAndDigitsBelongToTheWordsAroundThem() {
        assertThat(languages("Ship it 🚀 in 2026 👩‍💻", "en-US")).containsExactly("Ship it 🚀 in 2026 👩‍💻=en-US");
        assertThat(languages("🎉", "ar-SA")).containsExactly("🎉=ar-SA");
    }

    @Test
    void facesFollowTheScript() {
        assertThat(Scripts.face('a')).isEqualTo(Scripts.Face.LATIN);
        assertThat(Scripts.face('ж')).isEqualTo(Scripts.Face.LATIN);
        assertThat(Scripts.face('語')).isEqualTo(Scripts.Face.EAST_ASIAN);
        assertThat(Scripts.face('한')).isEqualTo(Scripts.Face.EAST_ASIAN);
        assertThat(Scripts.face('ب')).isEqualTo(Scripts.Face.COMPLEX);
        assertThat(Scripts.face('ש')).isEqualTo(Scripts.Face.COMPLEX);
    }

    @Test
    void aParagraphReadsRightToLeftByItsFirstLetter() {
        assertThat(Scripts.rightToLeft("القيادة تعني أن تجعل الأولويات واضحة.")).isTrue();
        assertThat(Scripts.rightToLeft("2024: قال مدير")).isTrue();
        assertThat(Scripts.rightToLeft("Acme قال")).isFalse();
        assertThat(Scripts.rightToLeft("plain English")).isFalse();
        assertThat(Scripts.rightToLeft("")).isFalse();
    }

    @Test
    void aDeckWithoutALanguageIsInTheScriptMostOfItIsWrittenIn() {
        assertThat(Scripts.languageOf("設定 OpenTelemetry のコレクター", "en-US")).isEqualTo("ja-JP");
        assertThat(Scripts.languageOf("数据 收集", "en-US")).isEqualTo("zh-CN");
        assertThat(Scripts.languageOf("عندما يفشل التنفيذ", "en-US")).isEqualTo("ar-SA");
        assertThat(Scripts.languageOf("When execution collapses, 日本", "en-US")).isEqualTo("en-US");
    }

    @Test
    void eastAsianTextIsMeasuredInAFaceThatHasIt() {
        TextMeasure measure = new TextMeasure(Fonts.firstInstalled(List.of("Carlito")));
        double latin = measure.width("abcdefghij", 20);
        double han = measure.width("説明は話し手のノート", 20);
        // Ten ideographs are ten ems wide in every CJK face; in Carlito's missing-glyph boxes they would be half that.
        assertThat(han).isGreaterThan(latin * 1.5);
    }
}
