package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import lectern.Warnings;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.pptx.WriteOptions;
import lectern.testing.Essays;
import lectern.testing.LibreOffice;
import lectern.testing.OoxmlSchemas;
import lectern.theme.ThemeLoader;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An essay unlike ours, with tables, code, quotations, footnotes and raw HTML, as a deck read back with POI. */
class GeneralEssayDeckTest {
    @TempDir
    static Path dir;
    private static Pipeline.Result result;
    private static Warnings warnings;
    private static XMLSlideShow deck;

    @BeforeAll
    static void build() throws IOException {
        warnings = new Warnings();
        result = new Pipeline(ThemeLoader.load("default"), PlanOptions.DEFAULTS)
                .build(Essays.general(dir), dir.resolve("general.pptx"), warnings);
        try (InputStream in = Files.newInputStream(result.deck())) {
            deck = new XMLSlideShow(in);
        }
    }

    private static XSLFSlide slide(String kind) {
        return deck.getSlides().get(result.plan().slides().stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow().number() - 1);
    }

    private static String notes(XSLFSlide slide) {
        return slide.getNotes() == null ? "" : slide.getNotes().getTextParagraphs().stream().flatMap(List::stream)
                .map(p -> p.getText()).collect(Collectors.joining("\n"));
    }

    @Test
    void aTableIsANativeTableWithItsHeaderInTheThemesDarkColour() {
        XSLFTable table = slide("table").getShapes().stream().filter(XSLFTable.class::isInstance)
                .map(XSLFTable.class::cast).findFirst().orElseThrow();
        assertThat(table.getNumberOfRows()).isEqualTo(4);
        assertThat(table.getCell(0, 0).getText()).isEqualTo("Year");
        assertThat(table.getCell(2, 2).getText()).isEqualTo("Doubled, with a link");
        var header = ((org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell) table.getCell(0, 0).getXmlObject()).getTcPr();
        assertThat(header.getSolidFill().getSchemeClr().getVal().toString()).isEqualTo("tx2");
        assertThat(table.getCell(1, 1).getTextParagraphs().get(0).getTextAlign()).hasToString("RIGHT");
    }

    @Test
    void codeIsMonospacedLineForLine() {
        XSLFTextShape code = slide("code").getShapes().stream().filter(s -> s.getShapeName().startsWith("Code"))
                .map(XSLFTextShape.class::cast).findFirst().orElseThrow();
        assertThat(code.getTextParagraphs()).hasSize(5);
        assertThat(code.getTextParagraphs().get(1).getText()).isEqualTo("    public static void main(String[] args) {");
        assertThat(code.getTextParagraphs().get(0).getTextRuns().get(0).getFontFamily()).isEqualTo("Courier New");
    }

    @Test
    void aQuotationIsAStatementWithItsSource() {
        XSLFSlide quote = slide("quote");
        assertThat(quote.getSlideLayout().getName()).isEqualTo("Statement");
        String text = quote.getPlaceholders()[0].getText() + "\n" + quote.getPlaceholders()[1].getText();
        assertThat(text).contains("The best way to predict the future is to invent it.").contains("\u2014 Alan Kay");
    }

    @Test
    void footnotesAreInTheNotesOfTheSlidesThatCiteThemAndNoWordIsLost() {
        String all = deck.getSlides().stream().map(GeneralEssayDeckTest::notes).collect(Collectors.joining("\n"));
        assertThat(notes(deck.getSlides().get(0))).contains("Opening words with a footnote.[1]").contains("[1] The first footnote, cited twice.");
        assertThat(notes(slide("table"))).contains("[1] The first footnote").contains("[2] The second footnote.");
        assertThat(all).contains("[3] A footnote nobody cites.").contains("Some text inside a div.").contains("A paragraph with inline HTML.")
                .contains("This quotation goes on for a very long time");
    }

    @Test
    void rawHtmlIsReportedWithItsLine() {
        assertThat(warnings.all()).extracting(w -> w.line() + ": " + w.message()).containsExactly(
                "68: raw HTML left off the slides; its text is in the notes",
                "70: raw HTML left off the slides; its text is in the notes");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"default", "dark", "high-contrast"})
    void theDeckValidatesAndLibreOfficeDrawsEverySlide(String theme, @TempDir Path out) throws Exception {
        Pipeline.Result built = new Pipeline(ThemeLoader.load(theme), PlanOptions.DEFAULTS)
                .build(Essays.general(out), out.resolve("general.pptx"), new Warnings());
        assertThat(OoxmlSchemas.problems(built.deck())).isEmpty();
        LibreOffice.assumeInstalled();
        assertThat(LibreOffice.pages(LibreOffice.toPdf(built.deck(), out))).isEqualTo(built.plan().slides().size());
    }

    @Test
    void documentPropertiesComeFromTheFrontMatter() {
        var core = deck.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("A general essay");
        assertThat(core.getCreator()).isEqualTo("Ada Lovelace");
        assertThat(core.getKeywords()).isEqualTo("tables, code, quotes");
        assertThat(core.getCreated()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2025-03-14T00:00:00Z")));
        assertThat(core.getSubject()).isEqualTo("Everything an essay can hold");
    }

    @Test
    void optionsOverrideTheFrontMatterAndFooterNumbersAndDateCanBeSwitched(@TempDir Path out) throws IOException {
        WriteOptions options = new WriteOptions(false, false, true, java.util.Optional.of("Workshop, Berlin"), true,
                java.util.Optional.of("Grace Hopper"), java.util.Optional.empty(), List.of("one", "two"), java.util.Optional.empty());
        Pipeline.Result built = new Pipeline(ThemeLoader.load("default"), PlanOptions.DEFAULTS, options)
                .build(Essays.general(out), out.resolve("general.pptx"), new Warnings());
        try (InputStream in = Files.newInputStream(built.deck()); XMLSlideShow other = new XMLSlideShow(in)) {
            assertThat(other.getProperties().getCoreProperties().getCreator()).isEqualTo("Grace Hopper");
            assertThat(other.getProperties().getCoreProperties().getKeywords()).isEqualTo("one, two");
            XSLFSlide second = other.getSlides().get(1);
            List<String> furniture = java.util.Arrays.stream(second.getPlaceholders())
                    .filter(p -> p.getPlaceholderDetails().getPlaceholder().name().matches("FOOTER|DATETIME|SLIDE_NUMBER"))
                    .map(p -> p.getPlaceholderDetails().getPlaceholder() + " " + p.getText()).toList();
            assertThat(furniture).containsExactlyInAnyOrder("FOOTER Workshop, Berlin", "DATETIME 14 March 2025");
        }
    }
}
