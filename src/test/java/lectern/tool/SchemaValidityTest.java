package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import lectern.Warnings;
import lectern.deck.ByKind;
import lectern.deck.Slide;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.testing.Essays;
import lectern.testing.OoxmlSchemas;
import lectern.testing.Seed;
import lectern.theme.Theme;
import lectern.theme.ThemeLoader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every XML part of the decks we write must validate against the full ECMA-376 schemas: PowerPoint
 * offers to "repair" a deck that does not, and a repaired deck has lost whatever PowerPoint dropped.
 */
class SchemaValidityTest {
    static Collection<Theme> themes() {
        return ThemeLoader.available().values().stream().map(ThemeLoader.Listed::theme).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void theSeedDeckValidatesInEveryTheme(Theme theme, @TempDir Path dir) throws Exception {
        Pipeline.Result result = new Pipeline(theme, PlanOptions.DEFAULTS).build(Seed.ESSAY, dir.resolve("seed.pptx"),
                new Warnings());
        assertThat(OoxmlSchemas.problems(result.deck())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void aDeckUsingEveryFeatureValidatesInEveryTheme(Theme theme, @TempDir Path dir) throws Exception {
        Path essay = Essays.everything(dir);
        Warnings warnings = new Warnings();

        Pipeline.Result result = new Pipeline(theme, PlanOptions.DEFAULTS).build(essay, dir.resolve("everything.pptx"), warnings);

        // The essay must really reach the paths it was written for, or this test proves less than it says.
        List<Slide> slides = result.plan().slides();
        assertThat(slides).extracting(Slide::title).anyMatch(t -> t.endsWith("(continued)"));
        // Key points take the closing's place, and a schedule and breaks come only with a workshop: see below.
        assertThat(slides).extracting(Slide::kind).contains(ByKind.NAMES.values().stream()
                .filter(kind -> !List.of("key points", "schedule", "break").contains(kind)).toArray(String[]::new));
        assertThat(slides.get(0).picture()).isPresent();
        assertThat(warnings.all()).extracting(Object::toString)
                .anyMatch(w -> w.contains("missing-cover.jpg")).anyMatch(w -> w.contains("missing-picture.jpg"));
        try (InputStream in = Files.newInputStream(result.deck()); XMLSlideShow show = new XMLSlideShow(in)) {
            // The castle once however often it is shown; the drawing as itself and the PNG older readers show.
            assertThat(show.getPictureData()).hasSize(3);
            assertThat(show.getSlides().stream().flatMap(s -> s.getShapes().stream()).map(s -> s.getShapeName()))
                    .filteredOn("Missing picture"::equals).hasSize(2);
            assertThat(show.getSlides().stream().flatMap(s -> s.getShapes().stream()))
                    .filteredOn(XSLFPictureShape.class::isInstance).hasSize(4);
            assertThat(show.getSlides().stream().flatMap(s -> s.getShapes().stream())
                    .filter(org.apache.poi.xslf.usermodel.XSLFTextShape.class::isInstance)
                    .flatMap(s -> ((org.apache.poi.xslf.usermodel.XSLFTextShape) s).getTextParagraphs().stream())
                    .flatMap(p -> p.getTextRuns().stream()).filter(r -> r.getHyperlink() != null)
                    .map(r -> r.getHyperlink().getAddress())).contains("https://example.com/claim");
            assertThat(show.getSlides().stream().filter(s -> s.getNotes() != null)
                    .flatMap(s -> s.getNotes().getTextParagraphs().stream()).flatMap(List::stream)
                    .flatMap(p -> p.getTextRuns().stream()).filter(r -> r.getHyperlink() != null)).isNotEmpty();
        }

        assertThat(OoxmlSchemas.problems(result.deck())).isEmpty();
    }

    @Test
    void theValidatorReportsAPartTheSchemaForbids(@TempDir Path dir) throws Exception {
        Path deck = dir.resolve("broken.pptx");
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(deck)) {
            XSLFTextBox box = show.createSlide().createTextBox();
            box.setText("Soon without a paragraph");
            show.write(out);
        }
        assertThat(OoxmlSchemas.problems(deck)).isEmpty();

        // A text body must hold at least one a:p: take the text box's paragraph out behind POI's back.
        try (OPCPackage pkg = OPCPackage.open(deck.toFile(), PackageAccess.READ_WRITE)) {
            PackagePart slide = pkg.getPart(PackagingURIHelper.createPartName("/ppt/slides/slide1.xml"));
            String xml;
            try (InputStream in = slide.getInputStream()) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String broken = xml.replaceAll("(?s)<a:p>.*</a:p>", "").replaceAll("(?s)<a:p/>", "");
            assertThat(broken).isNotEqualTo(xml);
            try (OutputStream out = slide.getOutputStream()) {
                out.write(broken.getBytes(StandardCharsets.UTF_8));
            }
        }

        assertThat(OoxmlSchemas.problems(deck)).singleElement().asString()
                .startsWith("/ppt/slides/slide1.xml: error: Expected element 'p@")
                .endsWith("(at /p:sld/p:cSld/p:spTree/p:sp/p:txBody)");
    }

    @Test
    void theValidatorReportsTheDateFieldPoisNotesPageCopies(@TempDir Path dir) throws Exception {
        // What NotesWriter cleans up: POI copies the notes master's date field as an a:r with a field's
        // id and type, which the schema forbids on a run.
        Path deck = dir.resolve("notes.pptx");
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(deck)) {
            show.getNotesSlide(show.createSlide());
            show.write(out);
        }

        assertThat(OoxmlSchemas.problems(deck)).isNotEmpty()
                .allMatch(p -> p.startsWith("/ppt/notesSlides/notesSlide1.xml: error: "))
                .anyMatch(p -> p.contains("id in element r@") && p.contains("/p:txBody/a:p/a:r)"));
    }

    @Test
    void theValidatorReportsAPartOutsideTheSchemas(@TempDir Path dir) throws Exception {
        Path deck = dir.resolve("stranger.pptx");
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(deck)) {
            show.createSlide();
            show.write(out);
        }
        try (OPCPackage pkg = OPCPackage.open(deck.toFile(), PackageAccess.READ_WRITE)) {
            PackagePart stranger = pkg.createPart(PackagingURIHelper.createPartName("/customXml/stranger.xml"),
                    "application/xml");
            try (OutputStream out = stranger.getOutputStream()) {
                out.write("<stranger xmlns=\"urn:example:not-ooxml\"/>".getBytes(StandardCharsets.UTF_8));
            }
        }

        assertThat(OoxmlSchemas.problems(deck)).singleElement().asString()
                .startsWith("/customXml/stranger.xml:").contains("not in the ECMA-376 schemas");
    }
}
