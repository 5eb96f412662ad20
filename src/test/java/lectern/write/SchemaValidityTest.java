package lectern.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lectern.Pipeline;
import lectern.Warnings;
import lectern.plan.Slide;
import lectern.plan.SlideKind;
import lectern.testing.OoxmlSchemas;
import lectern.testing.Seed;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every XML part of the decks we write must validate against the full ECMA-376 schemas: PowerPoint
 * offers to "repair" a deck that does not, and a repaired deck has lost whatever PowerPoint dropped.
 */
class SchemaValidityTest {
    /** Touches everything the writer does that the seed essay does not. */
    private static final String EVERYTHING = """
            ---
            subtitle: A deck that exercises the writer
            author: Lectern tests
            ---

            ![A cover picture that does not exist](missing-cover.jpg)

            # Every feature at once

            Opening prose before the first section, with a [link](https://example.com/opening).

            ## A section with more claims than fit

            **The first claim is a full sentence that takes up a good part of a line.** Then some prose.

            **The second claim says something else entirely, and says it at some length too.**

            **A third claim, long enough to need a second line on a slide of this width.**

            **The fourth claim keeps going so that the slide must overflow onto another.**

            **The fifth claim is here to be sure the planner continues the section.**

            **A sixth claim, because one continued slide is not proof that it keeps going.**

            **The seventh claim closes the list, written long enough to need its own lines.**

            **And an eighth claim, for good measure, so nothing can squeeze them all on one slide.**

            ## Lists, quotes, code and tables

            Some text with a **bold claim in the middle of a sentence** and a [second link](https://example.org/a?b=c&d=e).

            - A bulleted item with `inline code`
            - Another item
              - A nested item, one level down
                - And two levels down
            - Back at the top

            1. A numbered item
            2. The second numbered item
               1. A nested numbered item

            ### A level-three heading

            > A block quote with *emphasis* and a [link inside it](https://example.net/quote).
            >
            > Its second paragraph.

            ```java
            class Example {

                int answer() { return 42; }
            }
            ```

            | Column | Another column |
            | ------ | -------------- |
            | a cell | **bold** cell  |
            | `code` | [link](https://example.com/table) |

            ---

            ## A section without claims or pictures

            Only prose here, which goes into the speaker notes of a statement slide.

            ## A picture that is missing

            ![A picture that does not exist](missing-picture.jpg)

            **The claim beside a missing picture.**

            ## A picture without claims

            ![A castle whose moat is dry](castle.jpg)

            Prose beside the picture, without any claim.

            ## The same picture twice more

            ![The same castle, a second time](castle.jpg)

            **A claim beside the picture shown for the second time.**

            ![The castle a third time, on a slide of its own](castle.jpg)
            """;

    @Test
    void theSeedDeckValidates(@TempDir Path dir) throws Exception {
        Pipeline.Result result = Seed.pipeline().build(Seed.ESSAY, dir.resolve("seed.pptx"), new Warnings());
        assertThat(OoxmlSchemas.problems(result.deck())).isEmpty();
    }

    @Test
    void aDeckUsingEveryFeatureValidates(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("assets", "castle-moat-dry.jpg"), dir.resolve("castle.jpg"));
        Path essay = dir.resolve("everything.md");
        Files.writeString(essay, EVERYTHING, StandardCharsets.UTF_8);
        Warnings warnings = new Warnings();

        Pipeline.Result result = Seed.pipeline().build(essay, dir.resolve("everything.pptx"), warnings);

        // The essay must really reach the paths it was written for, or this test proves less than it says.
        List<Slide> slides = result.plan().slides();
        assertThat(slides).extracting(Slide::title).anyMatch(t -> t.endsWith("(continued)"));
        assertThat(slides).extracting(Slide::kind).contains(SlideKind.TITLE, SlideKind.STATEMENT,
                SlideKind.CLAIMS, SlideKind.PICTURE);
        assertThat(slides.get(0).picture()).isPresent();
        assertThat(warnings.all()).extracting(Object::toString)
                .anyMatch(w -> w.contains("missing-cover.jpg")).anyMatch(w -> w.contains("missing-picture.jpg"));
        try (InputStream in = Files.newInputStream(result.deck()); XMLSlideShow show = new XMLSlideShow(in)) {
            assertThat(show.getPictureData()).hasSize(1);
            assertThat(show.getSlides().stream().flatMap(s -> s.getShapes().stream()).map(s -> s.getShapeName()))
                    .filteredOn("Missing picture"::equals).hasSize(2);
            assertThat(show.getSlides().stream().flatMap(s -> s.getShapes().stream()))
                    .filteredOn(XSLFPictureShape.class::isInstance).hasSize(3);
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
