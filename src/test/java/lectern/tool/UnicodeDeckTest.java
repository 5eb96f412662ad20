package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lectern.testing.Cli;
import lectern.testing.OoxmlSchemas;
import lectern.testing.Zipped;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Essays in German, Japanese, Arabic and with emoji, built as a user builds them: every run of their decks says
 * the language it is in, and Arabic paragraphs run right to left.
 */
class UnicodeDeckTest {
    private static final Path ESSAYS = Path.of("src", "test", "resources", "unicode");
    private static final Pattern RUN = Pattern.compile("<a:r><a:rPr([^>]*?)/?>.*?<a:t>([^<]*)</a:t></a:r>", Pattern.DOTALL);
    private static final Pattern PARAGRAPH = Pattern.compile("<a:p>(.*?)</a:p>", Pattern.DOTALL);

    @TempDir
    static Path out;

    /**
     * A run as written: its text, its language, whether its paragraph runs right to left and is not set flush left,
     * and whether its paragraph's first letter is Arabic.
     */
    record Written(String text, String lang, boolean rtl, boolean notLeft, boolean arabicFirst) {
    }

    @BeforeAll
    static void build() {
        Cli.Result result = Cli.run("build", "-o", out.toString(), ESSAYS.resolve("german.md").toString(),
                ESSAYS.resolve("japanese.md").toString(), ESSAYS.resolve("arabic.md").toString(),
                ESSAYS.resolve("emoji.md").toString()).saysNoJava();
        assertThat(result.exit()).as(result.err()).isZero();
    }

    @Test
    void germanIsGermanThroughout() throws IOException {
        List<Written> runs = runs("german");
        assertThat(runs).isNotEmpty().allSatisfy(run -> assertThat(run.lang()).as(run.text()).isEqualTo("de-DE"));
        assertThat(runs).anySatisfy(run -> assertThat(run.text()).contains("Größere Pläne"));
    }

    @Test
    void japaneseIsJapaneseWithTheEnglishNamesInEnglish() throws IOException {
        List<Written> runs = runs("japanese");
        assertThat(runs).filteredOn(run -> run.text().contains("OpenTelemetry"))
                .singleElement().satisfies(run -> assertThat(run.lang()).isEqualTo("en-US"));
        assertThat(runs).filteredOn(run -> run.text().matches(".*[\\p{IsHiragana}\\p{IsHan}].*"))
                .isNotEmpty().allSatisfy(run -> assertThat(run.lang()).as(run.text()).isEqualTo("ja-JP"));
    }

    @Test
    void theJapaneseBoldClaimIsOnItsSlide() throws IOException {
        try (var deck = Cli.open(out.resolve("japanese.pptx"))) {
            var slide = deck.getSlides().stream().filter(s -> Cli.title(s).equals("要点だけを書く")).findFirst().orElseThrow();
            assertThat(Cli.text(slide)).contains("説明は話し手のノートに入れるべきだ。").doesNotContain("**");
            assertThat(Cli.notes(slide)).doesNotContain("**");
        }
    }

    @Test
    void aFooterInAnotherScriptIsMeasuredInItsOwnFaceAndShown() throws IOException {
        for (String deck : List.of("japanese", "arabic")) {
            try (var show = Cli.open(out.resolve(deck + ".pptx"))) {
                String title = Cli.title(show.getSlides().get(0));
                var second = show.getSlides().get(1);
                assertThat(second.getPlaceholders()).as(deck).anySatisfy(box -> {
                    assertThat(box.getPlaceholderDetails().getPlaceholder())
                            .isEqualTo(org.apache.poi.sl.usermodel.Placeholder.FOOTER);
                    assertThat(box.getText()).isEqualTo(title);
                });
            }
        }
    }

    @Test
    void arabicRunsRightToLeftAndItsLatinWordsAreEnglish() throws IOException {
        List<Written> runs = runs("arabic");
        assertThat(runs).filteredOn(run -> run.text().matches(".*\\p{IsArabic}.*"))
                .isNotEmpty().allSatisfy(run -> assertThat(run.lang()).as(run.text()).isEqualTo("ar-SA"));
        // Lectern's cues ("Next: …") open in English, and run left to right as the bidirectional algorithm says.
        assertThat(runs).filteredOn(Written::arabicFirst).hasSizeGreaterThan(10).allSatisfy(run -> {
            assertThat(run.rtl()).as(run.text()).isTrue();
            assertThat(run.notLeft()).as(run.text()).isTrue();
        });
        assertThat(runs).filteredOn(run -> run.text().contains("Acme")).singleElement()
                .satisfies(run -> assertThat(run.lang()).isEqualTo("en-US"));
    }

    @Test
    void emojiStayInTheirWords() throws IOException {
        List<Written> runs = runs("emoji");
        assertThat(runs).allSatisfy(run -> assertThat(run.lang()).isEqualTo("en-US"));
        assertThat(String.join("", runs.stream().map(Written::text).toList())).contains("🚀", "👩‍💻👨‍💻", "🇩🇪", "👍🏽");
    }

    @Test
    void theThemeNamesFacesForEastAsianAndComplexScripts() throws IOException {
        String theme = Zipped.read(out.resolve("japanese.pptx")).text("/ppt/theme/theme1.xml");
        assertThat(theme).contains("<a:ea typeface=\"Yu Gothic\"/>", "<a:cs typeface=\"Arial\"/>")
                .doesNotContain("<a:ea typeface=\"\"/>");
    }

    @Test
    void theDecksAreValid() throws IOException {
        for (String name : List.of("german", "japanese", "arabic", "emoji")) {
            assertThat(OoxmlSchemas.problems(out.resolve(name + ".pptx"))).as(name).isEmpty();
        }
    }

    private static List<Written> runs(String deck) throws IOException {
        List<Written> runs = new ArrayList<>();
        Zipped zipped = Zipped.read(out.resolve(deck + ".pptx"));
        for (String part : zipped.names()) {
            if (!part.matches("/ppt/(slides|notesSlides)/\\w+\\.xml")) {
                continue;
            }
            Matcher paragraphs = PARAGRAPH.matcher(zipped.text(part));
            while (paragraphs.find()) {
                String paragraph = paragraphs.group(1);
                boolean rtl = paragraph.matches("(?s)<a:pPr[^>]*rtl=\"(1|true)\".*");
                boolean notLeft = !paragraph.matches("(?s)<a:pPr[^>]*algn=\"l\".*");
                String text = paragraph.replaceAll("<[^>]+>", "");
                boolean arabicFirst = text.matches("(?s)[^\\p{L}]*\\p{IsArabic}.*");
                Matcher run = RUN.matcher(paragraph);
                while (run.find()) {
                    Matcher lang = Pattern.compile("lang=\"([^\"]*)\"").matcher(run.group(1));
                    runs.add(new Written(run.group(2), lang.find() ? lang.group(1) : "", rtl, notLeft, arabicFirst));
                }
            }
        }
        return runs;
    }
}
