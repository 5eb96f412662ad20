package lectern.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.List;
import lectern.Warnings;
import lectern.testing.CommonMarkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bold and italic in Chinese, Japanese and Korean, where nothing stands between the marks and the words around
 * them, read as the CJK-friendly amendment to CommonMark (and markdown-it's plugin for it) reads them; and text
 * with no CJK character beside a mark read exactly as CommonMark reads it.
 */
class CjkEmphasisTest {
    private static final Parser CJK = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(CjkEmphasis.create()))).build();
    private static final Parser COMMONMARK = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    private static String html(String markdown) {
        return HTML.render(CJK.parse(markdown)).strip();
    }

    private static String commonMark(String markdown) {
        return HTML.render(COMMONMARK.parse(markdown)).strip();
    }

    @Test
    void aJapaneseClaimThatEndsInAFullStopIsBold() {
        String markdown = "スライドには要点だけを書く。**説明は話し手のノートに入れるべきだ。**聴衆は話を聞きに来ている。";
        assertThat(html(markdown)).isEqualTo(
                "<p>スライドには要点だけを書く。<strong>説明は話し手のノートに入れるべきだ。</strong>聴衆は話を聞きに来ている。</p>");
        // CommonMark: the closing marks have punctuation before them and a letter after, so they cannot close.
        assertThat(commonMark(markdown)).contains("**説明");
    }

    @Test
    void chineseBoldBesideWordsAndPunctuation() {
        assertThat(html("**中文**测试")).isEqualTo("<p><strong>中文</strong>测试</p>");
        assertThat(html("**该星号不会被识别，而是直接显示。**这是因为它没有被识别为强调符号。"))
                .isEqualTo("<p><strong>该星号不会被识别，而是直接显示。</strong>这是因为它没有被识别为强调符号。</p>");
        assertThat(html("这是**“重要”**的")).isEqualTo("<p>这是<strong>“重要”</strong>的</p>");
    }

    @Test
    void koreanBoldInsideAWordAndAfterABracket() {
        assertThat(html("한국어**강조**입니다")).isEqualTo("<p>한국어<strong>강조</strong>입니다</p>");
        // Korean puts spaces between words, but not between a word and its particle: here after a bracket.
        assertThat(html("**이 별표는 강조 표시로 인식되지 않고 그대로 표시됩니다(이 괄호 때문에)**이 문장 때문에."))
                .isEqualTo("<p><strong>이 별표는 강조 표시로 인식되지 않고 그대로 표시됩니다(이 괄호 때문에)</strong>이 문장 때문에.</p>");
        assertThat(html("한국어 **강조** 입니다")).isEqualTo("<p>한국어 <strong>강조</strong> 입니다</p>");
    }

    @Test
    void italicIsReadTheSameWay() {
        assertThat(html("要点だけを書く。*説明はノートに入れる。*聴衆は")).isEqualTo(
                "<p>要点だけを書く。<em>説明はノートに入れる。</em>聴衆は</p>");
        assertThat(html("これは*「重要」*です")).isEqualTo("<p>これは<em>「重要」</em>です</p>");
        assertThat(html("**大事な*一語*だ。**次")).isEqualTo("<p><strong>大事な<em>一語</em>だ。</strong>次</p>");
    }

    @Test
    void fullwidthAndIdeographicPunctuationInsideAndOutsideTheMarks() {
        assertThat(html("これは**「重要」**です")).isEqualTo("<p>これは<strong>「重要」</strong>です</p>");
        assertThat(html("「**重要**」と言った")).isEqualTo("<p>「<strong>重要</strong>」と言った</p>");
        assertThat(html("**ＯＫ！**次へ")).isEqualTo("<p><strong>ＯＫ！</strong>次へ</p>");
        assertThat(html("価格は**（税込）**です")).isEqualTo("<p>価格は<strong>（税込）</strong>です</p>");
        assertThat(html("**注意：**ここから")).isEqualTo("<p><strong>注意：</strong>ここから</p>");
    }

    @Test
    void variationSelectorsCountWithTheCharacterTheyFollow() {
        // 葛 with an ideographic variation selector; 神 with a standardized one; a quotation mark asked to be fullwidth.
        assertThat(html("葛\uDB40\uDD00**(注)**")).isEqualTo("<p>葛\uDB40\uDD00<strong>(注)</strong></p>");
        assertThat(html("神\uFE00**(注)**")).isEqualTo("<p>神\uFE00<strong>(注)</strong></p>");
        assertThat(html("“\uFE01**(注)**")).isEqualTo("<p>“\uFE01<strong>(注)</strong></p>");
        // The same marks after a character that is no CJK: CommonMark's reading, asterisks as typed.
        assertThat(html("“\uFE00**(注)**")).isEqualTo(commonMark("“\uFE00**(注)**")).contains("**(注)**");
        assertThat(html("e\uFE00**(x)**")).contains("**(x)**");
    }

    @Test
    void ideographsBeyondTheBasicPlaneAreCjk() {
        // 𠮷 (U+20BB7) is written as two UTF-16 units; the marks must see the character, not its halves.
        assertThat(html("𠮷**(注)**")).isEqualTo("<p>𠮷<strong>(注)</strong></p>");
        assertThat(html("**(注意)**𠮷")).isEqualTo("<p><strong>(注意)</strong>𠮷</p>");
    }

    @Test
    void anEmojiIsNoCjkCharacter() {
        assertThat(html("😀**(x)**")).isEqualTo(commonMark("😀**(x)**")).contains("**(x)**");
        assertThat(html("☺\uFE0F**(x)**")).contains("**(x)**");
    }

    @Test
    void whiteSpaceBesideTheMarksStillDecides() {
        // An ideographic space is white space: marks after it open, never close.
        assertThat(html("**説明。**\u3000次")).isEqualTo(commonMark("**説明。**\u3000次"));
        assertThat(html("説明 ** 次")).isEqualTo("<p>説明 ** 次</p>");
    }

    @Test
    void underscoresAreReadAsCommonMarkReadsThem() {
        // The amendment leaves _ alone: inside a run of letters it marks nothing, in any script.
        for (String markdown : List.of("これは__「重要」__です", "__説明__は", "説明_は_です", "「__重要__」")) {
            assertThat(html(markdown)).as(markdown).isEqualTo(commonMark(markdown));
        }
        assertThat(html("これは__「重要」__です")).contains("__");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a**\"b\"**c", "foo**bar**", "*(*foo*)*", "**foo \"*bar*\" foo**", "a ** b **",
            "__foo, __bar__, baz__", "*foo`*`", "Ünïcödé**(x)**y", "ά**(x)**", "$**(x)**$"})
    void textWithNoCjkCharacterIsReadAsCommonMarkReadsIt(String markdown) {
        assertThat(html(markdown)).isEqualTo(commonMark(markdown));
    }

    @Test
    void everyExampleOfTheCommonMarkSpecReadsAsWithoutTheAmendment() {
        List<CommonMarkSpec.Example> examples = CommonMarkSpec.examples();
        assertThat(examples).hasSize(652);
        for (CommonMarkSpec.Example example : examples) {
            assertThat(html(example.markdown())).as("example %d (%s)", example.number(), example.section())
                    .isEqualTo(commonMark(example.markdown()));
        }
    }

    @Test
    void everyHanKanaAndHangulCharacterIsCjkAndNoLatinGreekOrCyrillicLetterIs() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (!Character.isDefined(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean fullwidth = cp >= 0xFF01 && cp <= 0xFFEE;
            // Bopomofo's two tone letters among the modifier letters (U+02EA, U+02EB) are as narrow as Latin.
            boolean toneLetter = cp == 0x02EA || cp == 0x02EB;
            switch (script) {
                case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> assertThat(CjkEmphasis.isCjk(cp) || toneLetter)
                        .as("U+%04X (%s)", cp, script).isTrue();
                case LATIN, GREEK, CYRILLIC, ARABIC, HEBREW, DEVANAGARI, THAI -> assertThat(CjkEmphasis.isCjk(cp))
                        .as("U+%04X (%s)", cp, script).isEqualTo(fullwidth);
                default -> {
                }
            }
        }
        assertThat(CjkEmphasis.isCjk('。')).isTrue();
        assertThat(CjkEmphasis.isCjk('！')).isTrue();
        assertThat(CjkEmphasis.isCjk('“')).as("a curly quote is as wide as the text around it").isFalse();
        assertThat(CjkEmphasis.isCjk(0x1F600)).as("an emoji").isFalse();
    }

    @Test
    void theEssayReaderReadsTheJapaneseClaimAsBold() {
        Essay essay = new EssayReader().parse(Path.of("essay.md"),
                "# 発表\n\n## 要点\n\nスライドには要点だけを書く。**説明は話し手のノートに入れるべきだ。**聴衆は聞きに来ている。\n",
                new Warnings());
        Paragraph paragraph = (Paragraph) essay.sections().get(0).blocks().get(0);
        assertThat(paragraph.runs()).filteredOn(Run::bold).extracting(Run::text)
                .containsExactly("説明は話し手のノートに入れるべきだ。");
        assertThat(paragraph.text()).doesNotContain("*");
    }
}
