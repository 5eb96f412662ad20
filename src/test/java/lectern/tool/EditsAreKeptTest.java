package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import lectern.Warnings;
import lectern.pipeline.Pipeline;
import lectern.pptx.rebuild.Changes;
import lectern.pptx.rebuild.Rebuild;
import lectern.pptx.xml.Placeholders;
import lectern.testing.OoxmlSchemas;
import lectern.testing.Seed;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deck edited by hand is never lost to a rebuild; Lectern's own unedited deck is replaced and the changes told. */
class EditsAreKeptTest {
    private static final String ESSAY = """
            ---
            date: 2026-11-24
            ---
            # A talk

            ## The hierarchy is flipping

            **Judgment now beats execution.** Prose about it.

            ## Why AI is different

            **It learns the craft itself.** More prose.

            ## Moats are drying up

            ![A castle whose moat is dry](castle.jpg)

            **Knowledge is no longer a moat.** Prose beside the picture.
            """;

    @TempDir
    Path dir;
    private Path essay;
    private Path deck;

    @BeforeEach
    void essay() throws IOException {
        Files.copy(Path.of("assets", "castle-moat-dry.jpg"), dir.resolve("castle.jpg"));
        essay = Files.writeString(dir.resolve("talk.md"), ESSAY);
        deck = dir.resolve("out").resolve("talk.pptx");
    }

    private Pipeline.Result build(boolean force) throws IOException {
        Pipeline.Result result = Seed.pipeline().build(essay, deck, force, new Warnings());
        assertThat(OoxmlSchemas.problems(result.deck())).isEmpty();
        return result;
    }

    /** Opens the deck with POI, changes it, and saves it in place, as a person in PowerPoint would. */
    private static void edit(Path file, Consumer<XMLSlideShow> change) throws IOException {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file); XMLSlideShow show = new XMLSlideShow(in)) {
            change.accept(show);
            show.write(saved);
        }
        Files.write(file, saved.toByteArray());
    }

    private static XSLFSlide slide(XMLSlideShow show, String name) {
        return show.getSlides().stream().filter(s -> name.equals(s.getXmlObject().getCSld().getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no slide named " + name));
    }

    private static XSLFTextShape text(XSLFSlide slide) {
        return slide.getShapes().stream().filter(s -> s instanceof XSLFTextShape t && !t.getText().isBlank())
                .map(XSLFTextShape.class::cast).findFirst().orElseThrow();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(deck.getParent())) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDeckEditedByHandIsLeftAsItIsAndTheNewDeckGoesBesideIt() throws IOException {
        build(false);
        edit(deck, show -> text(slide(show, "Why AI is different")).getTextParagraphs().get(0).getTextRuns().get(0)
                .setText("Reworded in PowerPoint"));
        byte[] edited = Files.readAllBytes(deck);

        Pipeline.Result result = build(false);
        assertThat(Files.readAllBytes(deck)).isEqualTo(edited);
        assertThat(result.deck()).isEqualTo(dir.resolve("out").resolve("talk.new.pptx")).isNotEmptyFile();
        assertThat(result.rebuild().found()).isEqualTo(Rebuild.Found.EDITED_DECK);
        assertThat(result.rebuild().changes().changed()).containsExactly("Why AI is different");
        assertThat(files()).containsExactly("talk.new.pptx", "talk.pptx");
    }

    @Test
    void withForceTheEditedDeckIsMovedAsideAndTheNewOneTakesItsPlace() throws IOException {
        byte[] fresh = Files.readAllBytes(build(false).deck());
        edit(deck, show -> text(slide(show, "Why AI is different")).setText("Reworded"));
        byte[] edited = Files.readAllBytes(deck);

        Pipeline.Result result = build(true);
        assertThat(result.deck()).isEqualTo(deck);
        assertThat(Files.readAllBytes(deck)).isEqualTo(fresh);
        Path kept = result.rebuild().keptAs().orElseThrow();
        assertThat(kept.getFileName().toString()).matches("talk\\.edited-\\d{8}-\\d{6}\\.pptx");
        assertThat(Files.readAllBytes(kept)).isEqualTo(edited);
        assertThat(files()).containsExactly(kept.getFileName().toString(), "talk.pptx");
    }

    @Test
    void editingOnlyTheNotesIsAnEdit() throws IOException {
        build(false);
        edit(deck, show -> {
            for (XSLFShape shape : slide(show, "The hierarchy is flipping").getNotes().getShapes()) {
                if (Placeholders.is(shape, Placeholder.BODY)) {
                    ((XSLFTextShape) shape).setText("What I will really say.");
                }
            }
        });
        assertThat(build(false).rebuild().changes().changed()).containsExactly("The hierarchy is flipping");
    }

    @Test
    void movingAPictureIsAnEdit() throws IOException {
        build(false);
        edit(deck, show -> {
            XSLFPictureShape picture = slide(show, "Moats are drying up").getShapes().stream()
                    .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).findFirst().orElseThrow();
            Rectangle2D at = picture.getAnchor();
            picture.setAnchor(new Rectangle2D.Double(at.getX() - 20, at.getY(), at.getWidth(), at.getHeight()));
        });
        Pipeline.Result result = build(false);
        assertThat(result.rebuild().found()).isEqualTo(Rebuild.Found.EDITED_DECK);
        assertThat(result.rebuild().changes().changed()).containsExactly("Moats are drying up");
    }

    @Test
    void deletingASlideIsAnEdit() throws IOException {
        build(false);
        edit(deck, show -> show.removeSlide(show.getSlides().indexOf(slide(show, "Why AI is different"))));
        Changes edits = build(false).rebuild().changes();
        assertThat(edits.removed()).containsExactly("Why AI is different");
        assertThat(edits.changed()).isEmpty();
    }

    @Test
    void openingAndSavingWithoutChangesIsNoEdit() throws IOException {
        byte[] fresh = Files.readAllBytes(build(false).deck());
        edit(deck, show -> { });
        assertThat(Files.readAllBytes(deck)).isNotEqualTo(fresh);

        Pipeline.Result result = build(false);
        assertThat(result.rebuild().found()).isEqualTo(Rebuild.Found.LECTERNS_DECK);
        assertThat(result.rebuild().changes().none()).isTrue();
        assertThat(Files.readAllBytes(deck)).isEqualTo(fresh);
        assertThat(files()).containsExactly("talk.pptx");
    }

    @Test
    void aDeckLecternDidNotWriteIsNeverReplacedWithoutForce() throws IOException {
        Files.createDirectories(deck.getParent());
        try (XMLSlideShow someoneElses = new XMLSlideShow()) {
            someoneElses.createSlide();
            try (var out = Files.newOutputStream(deck)) {
                someoneElses.write(out);
            }
        }
        byte[] theirs = Files.readAllBytes(deck);

        Pipeline.Result result = build(false);
        assertThat(result.rebuild().found()).isEqualTo(Rebuild.Found.OTHER_DECK);
        assertThat(Files.readAllBytes(deck)).isEqualTo(theirs);
        assertThat(result.deck().getFileName()).hasToString("talk.new.pptx");

        result = build(true);
        assertThat(result.deck()).isEqualTo(deck);
        assertThat(Files.readAllBytes(result.rebuild().keptAs().orElseThrow())).isEqualTo(theirs);
    }

    @Test
    void aFileThatIsNotADeckAtAllIsKeptToo() throws IOException {
        Files.createDirectories(deck.getParent());
        Files.writeString(deck, "not a zip");
        Pipeline.Result result = build(false);
        assertThat(result.rebuild().found()).isEqualTo(Rebuild.Found.UNREADABLE);
        assertThat(result.rebuild().problem()).isPresent();
        assertThat(deck).hasContent("not a zip");
        assertThat(result.deck().getFileName()).hasToString("talk.new.pptx");
    }

    @Test
    void anEditedNewDeckIsMovedAsideRatherThanReplaced() throws IOException {
        build(false);
        edit(deck, show -> text(slide(show, "Why AI is different")).setText("First edit"));
        Path beside = build(false).deck();
        edit(beside, show -> text(slide(show, "Why AI is different")).setText("An edit to the new deck"));
        byte[] editedBeside = Files.readAllBytes(beside);

        Pipeline.Result result = build(false);
        assertThat(result.deck()).isEqualTo(beside);
        Path kept = result.rebuild().besideKeptAs().orElseThrow();
        assertThat(kept.getFileName().toString()).startsWith("talk.new.edited-");
        assertThat(Files.readAllBytes(kept)).isEqualTo(editedBeside);
    }

    @Test
    void aRebuildOfLecternsOwnDeckSaysWhichSlidesChangedCameAndWent() throws IOException {
        build(false);
        Files.writeString(essay, ESSAY.replace("**It learns the craft itself.**", "**It learns every craft.**")
                .replace("## The hierarchy is flipping\n\n**Judgment now beats execution.** Prose about it.\n",
                        "## Judgment is the job\n\n**Taste decides.** Prose.\n\n## So is trust\n\n**People buy from people.** Prose.\n"));
        Pipeline.Result result = build(false);
        assertThat(result.deck()).isEqualTo(deck);
        assertThat(result.rebuild().found()).isEqualTo(Rebuild.Found.LECTERNS_DECK);
        Changes changes = result.rebuild().changes();
        assertThat(changes.changed()).containsExactly("Why AI is different");
        // Four sections now: the talk gains an agenda too.
        assertThat(changes.added()).containsExactly("Agenda", "Judgment is the job", "So is trust");
        assertThat(changes.removed()).containsExactly("The hierarchy is flipping");
    }
}
