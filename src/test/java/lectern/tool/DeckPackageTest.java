package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import lectern.Warnings;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.pptx.WriteOptions;
import lectern.testing.AppXml;
import lectern.testing.Essays;
import lectern.testing.OoxmlSchemas;
import lectern.testing.PackageParts;
import lectern.testing.Seed;
import lectern.testing.Templates;
import lectern.testing.Zipped;
import lectern.theme.Theme;
import lectern.theme.ThemeLoader;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every deck the tests build, plain and with each test template, holds together as a package (each relationship
 * leads to a part that is there, no part has two of what it may have one of, every content type is for a part
 * that is there) and says in its app.xml what it holds. Both are read from the zip, not through POI.
 */
class DeckPackageTest {
    @TempDir
    Path dir;

    /** Makes a template in a folder. */
    interface Template {
        Path make(Path dir) throws IOException;
    }

    static Collection<Theme> themes() {
        return SchemaValidityTest.themes();
    }

    static Stream<Named<Template>> templates() {
        return Stream.of(
                Named.of("4:3, with a slide of its own", Templates::fourThree),
                Named.of("German layout names, reordered", Templates::renamedAndReordered),
                Named.of(".potx", Templates::potx),
                Named.of("pandoc's reference deck: slides with notes pages", Templates::reference),
                Named.of("a deck Lectern built, hidden slides, sections and all", DeckPackageTest::lecternDeck));
    }

    private static Path lecternDeck(Path dir) {
        PlanOptions short10 = PlanOptions.DEFAULTS.withTime(PlanOptions.WORDS_PER_MINUTE, Optional.of(Duration.ofMinutes(10)));
        return new Pipeline(ThemeLoader.load("default"), short10).build(Seed.ESSAY, dir.resolve("earlier-talk.pptx"),
                new Warnings()).deck();
    }

    private static void holdsTogether(Path deck) throws IOException {
        assertThat(PackageParts.problems(deck)).isEmpty();
        assertThat(AppXml.problems(deck)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void theSeedDeckHoldsTogetherInEveryTheme(Theme theme) throws IOException {
        Path deck = new Pipeline(theme, PlanOptions.DEFAULTS).build(Seed.ESSAY, dir.resolve("seed.pptx"), new Warnings()).deck();
        holdsTogether(deck);
    }

    @Test
    void aDeckUsingEveryFeatureHoldsTogether() throws IOException {
        Path deck = Seed.pipeline().build(Essays.everything(dir), dir.resolve("everything.pptx"), new Warnings()).deck();
        holdsTogether(deck);
    }

    @Test
    void aDeckWithSlidesHiddenToKeepTimeCountsThem() throws IOException {
        Path deck = lecternDeck(dir);
        assertThat(AppXml.count(Zipped.read(deck)).hidden()).isPositive();
        holdsTogether(deck);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void theSeedDeckHoldsTogetherWithEachTemplate(Template template) throws IOException {
        Path file = template.make(Files.createDirectories(dir.resolve("template")));
        Path deck = new Pipeline(ThemeLoader.load("default"), PlanOptions.DEFAULTS, WriteOptions.DEFAULTS.withTemplate(file))
                .build(Seed.ESSAY, dir.resolve("seed.pptx"), new Warnings()).deck();
        holdsTogether(deck);
        assertThat(OoxmlSchemas.problems(deck)).isEmpty();
    }

    // The check itself: each way of breaking a sound deck is reported.

    @Test
    void theCheckReportsADoubledRelationshipADanglingTargetAndAContentTypeForNothing() throws IOException {
        Path deck = Seed.deck().deck();
        String notes = "ppt/notesSlides/_rels/notesSlide1.xml.rels";
        Path doubled = rewrite(deck, dir.resolve("doubled.pptx"), notes, rels -> rels.replace("</Relationships>",
                "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                        + "notesMaster\" Target=\"../notesMasters/notesMaster1.xml\"/></Relationships>"));
        assertThat(PackageParts.problems(doubled)).containsExactly(
                "/ppt/notesSlides/notesSlide1.xml: 2 notesMaster relationships where it may have one");

        Path dangling = rewrite(deck, dir.resolve("dangling.pptx"), notes, rels -> rels.replace("../slides/slide1.xml",
                "../slides/slide99.xml"));
        assertThat(PackageParts.problems(dangling)).singleElement().asString()
                .startsWith("/ppt/notesSlides/notesSlide1.xml: its slide relationship")
                .endsWith("leads to /ppt/slides/slide99.xml, which the package does not hold");

        Path nothing = rewrite(deck, dir.resolve("override.pptx"), "[Content_Types].xml", types -> types.replace("</Types>",
                "<Override PartName=\"/ppt/slides/slide99.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.presentationml.slide+xml\"/></Types>"));
        assertThat(PackageParts.problems(nothing)).containsExactly(
                "/ppt/slides/slide99.xml: a content type is given for a part the package does not hold");
    }

    @Test
    void theCheckSeesThePresentationThemePoiAddsForItsNotesMaster() throws IOException {
        // What NotesDesign.oneThemePerPresentation takes out of every deck Lectern writes.
        Path deck = dir.resolve("notes.pptx");
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(deck)) {
            show.getNotesSlide(show.createSlide());
            show.write(out);
        }
        assertThat(PackageParts.problems(deck)).containsExactly(
                "/ppt/presentation.xml: 2 theme relationships where it may have one");
    }

    @Test
    void theCheckReportsAppXmlThatCountsAnotherDeck() throws IOException {
        Path deck = Seed.deck().deck();
        Path stale = rewrite(deck, dir.resolve("stale.pptx"), "docProps/app.xml",
                app -> app.replaceFirst("<Slides>\\d+</Slides>", "<Slides>4</Slides>"));
        assertThat(AppXml.problems(stale)).singleElement().asString().startsWith("Slides: app.xml says 4, the deck has ");
    }

    /** A copy of the deck with one entry's text changed. */
    private static Path rewrite(Path deck, Path copy, String entry, UnaryOperator<String> change) throws IOException {
        try (ZipFile zip = new ZipFile(deck.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry each : zip.stream().toList()) {
                byte[] bytes = zip.getInputStream(each).readAllBytes();
                if (each.getName().equals(entry)) {
                    String changed = change.apply(new String(bytes, StandardCharsets.UTF_8));
                    assertThat(changed).as("the change to " + entry).isNotEqualTo(new String(bytes, StandardCharsets.UTF_8));
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(each.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }
}
