package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import lectern.LecternException;
import lectern.Warnings;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.pptx.WriteOptions;
import lectern.pptx.rebuild.Rebuild;
import lectern.pptx.design.TemplateDoctor;
import lectern.read.EssayReader;
import lectern.read.Section;
import lectern.testing.LibreOffice;
import lectern.testing.OoxmlSchemas;
import lectern.testing.Seed;
import lectern.testing.Templates;
import lectern.theme.Theme;
import lectern.theme.ThemeLoader;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed deck built with templates the tests make: their layouts and theme, never their slides. */
class TemplateTest {
    @TempDir
    Path dir;
    private final Theme theme = ThemeLoader.load("default");

    private Pipeline.Result build(Path template) {
        return new Pipeline(theme, PlanOptions.DEFAULTS, WriteOptions.DEFAULTS.withTemplate(template))
                .build(Seed.ESSAY, dir.resolve("seed.pptx"), new Warnings());
    }

    private static XMLSlideShow read(Path deck) throws IOException {
        try (InputStream in = Files.newInputStream(deck)) {
            return new XMLSlideShow(in);
        }
    }

    @Test
    void aRenamedAndReorderedTemplateGivesEveryKindItsLayoutByName() throws Exception {
        Path template = Templates.renamedAndReordered(dir);
        Pipeline.Result result = build(template);
        try (XMLSlideShow deck = read(result.deck())) {
            for (var planned : result.plan().slides()) {
                String layout = deck.getSlides().get(planned.number() - 1).getSlideLayout().getName();
                String expected = switch (planned.kind()) {
                    case "title" -> "Titelfolie";
                    case "section", "statement", "quote", "closing" -> "Abschnittsüberschrift";
                    case "claims", "agenda", "discussion" -> "Titel und Inhalt";
                    case "claims with picture" -> "Zwei Inhalte";
                    case "picture" -> "Bild mit Überschrift";
                    default -> "Nur Titel";
                };
                assertThat(layout).as("slide %d, %s", planned.number(), planned.kind()).isEqualTo(expected);
            }
            // The template's theme, not Lectern's: POI's blank deck calls its own "Office Theme".
            assertThat(deck.getSlideMasters().get(0).getTheme().getName()).isEqualTo("Office Theme");
            assertThat(deck.getPageSize().getWidth()).isEqualTo(960);
        }
        assertThat(OoxmlSchemas.problems(result.deck())).isEmpty();
        assertThat(new Pipeline(theme, PlanOptions.DEFAULTS, WriteOptions.DEFAULTS.withTemplate(template)).layoutChoices())
                .contains("claims \u2192 \"Titel und Inhalt\" (by its name)");
    }

    @Test
    void aFourThreeTemplateKeepsItsShapeLeavesItsOwnSlideOutAndLibreOfficeOpensTheDeck() throws Exception {
        Pipeline.Result result = build(Templates.fourThree(dir));
        try (XMLSlideShow deck = read(result.deck())) {
            assertThat(deck.getPageSize().getWidth()).isEqualTo(720);
            assertThat(deck.getSlides()).hasSize(result.plan().slides().size());
            assertThat(deck.getSlides()).noneMatch(s -> text(s).contains("The template's own slide"));
            assertThat(sections(result.deck())).isEqualTo(1 + topLevelSections());
            // No room on the title slide for the title picture: it gets a slide of its own, straight after.
            assertThat(result.plan().slides().get(1).kind()).isEqualTo("picture");
            assertThat(result.plan().slides().get(1).picture()).isPresent();
        }
        assertThat(OoxmlSchemas.problems(result.deck())).isEmpty();
        LibreOffice.assumeInstalled();
        Path pdf = LibreOffice.toPdf(result.deck(), dir);
        assertThat(LibreOffice.pages(pdf)).isEqualTo(result.plan().slides().size());
    }

    @Test
    void aPotxTemplateGivesAPresentationNotATemplate() throws Exception {
        Pipeline.Result result = build(Templates.potx(dir));
        String types;
        try (var zip = new java.util.zip.ZipFile(result.deck().toFile())) {
            types = new String(zip.getInputStream(zip.getEntry("[Content_Types].xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(types).contains("presentationml.presentation.main+xml").doesNotContain("presentationml.template.main+xml");
        assertThat(OoxmlSchemas.problems(result.deck())).isEmpty();
    }

    @Test
    void aTemplatesSlidesNotesPagesAndPropertiesStayItsOwn() throws Exception {
        Pipeline.Result result = build(Templates.reference(dir));
        int slides = result.plan().slides().size();
        String app = entry(result.deck(), "docProps/app.xml");
        assertThat(app).contains("<Slides>" + slides + "</Slides>", "<Notes>" + slides + "</Notes>",
                "<PresentationFormat>On-screen Show (4:3)</PresentationFormat>", "<vt:lpstr>Office Theme</vt:lpstr>")
                .doesNotContain("Template Company Ltd", "Template Manager", "Corporate.potx", "Presentation Title",
                        "<TotalTime>2</TotalTime>", "15.0000");
        assertThat(entry(result.deck(), "docProps/core.xml")).contains("<cp:revision>1</cp:revision>")
                .doesNotContain(Templates.TEMPLATE_AUTHOR, "description", "Template category", "template keywords", "Draft");
        assertThat(entry(result.deck(), "docProps/custom.xml")).doesNotContain("Template Client");
        // The template's notes pages go with its slides, relationships and all: the deck's own have one of each.
        assertThat(entry(result.deck(), "ppt/notesSlides/_rels/notesSlide1.xml.rels"))
                .containsOnlyOnce("relationships/notesMaster\"").containsOnlyOnce("relationships/slide\"");
        assertThat(OoxmlSchemas.problems(result.deck())).isEmpty();
    }

    @Test
    void aDeckLecternBuiltIsATemplateTooAndItsRebuildIsRecognised() throws Exception {
        Path earlier = new Pipeline(theme, PlanOptions.DEFAULTS).build(Seed.ESSAY,
                Files.createDirectories(dir.resolve("earlier")).resolve("talk.pptx"), new Warnings()).deck();
        Pipeline withTemplate = new Pipeline(theme, PlanOptions.DEFAULTS, WriteOptions.DEFAULTS.withTemplate(earlier));
        Path deck = withTemplate.build(Seed.ESSAY, dir.resolve("seed.pptx"), new Warnings()).deck();
        // Its fingerprint and sections are the template's: the deck records its own, once.
        assertThat(entry(deck, "docProps/custom.xml")).containsOnlyOnce("name=\"Lectern fingerprint\"")
                .containsOnlyOnce("name=\"Lectern essay\"");
        assertThat(sections(deck)).isEqualTo(1 + topLevelSections());

        Pipeline.Result again = withTemplate.build(Seed.ESSAY, dir.resolve("seed.pptx"), new Warnings());
        assertThat(again.rebuild().found()).isEqualTo(Rebuild.Found.LECTERNS_DECK);
        assertThat(again.rebuild().changes().none()).isTrue();
        assertThat(again.rebuild().besideIt()).isFalse();
    }

    @Test
    void aTemplateWithoutAnyTitledLayoutIsAClearError() throws Exception {
        Path template = Templates.withoutTitles(dir);
        assertThatThrownBy(() -> build(template)).isInstanceOf(LecternException.class)
                .satisfies(e -> assertThat(((LecternException) e).userMessage())
                        .startsWith(template.toString()).contains("no layout with a title placeholder"));
    }

    @Test
    void aFileThatIsNotATemplateIsAClearError() throws Exception {
        Path notATemplate = Files.writeString(dir.resolve("notes.pptx"), "just words");
        assertThatThrownBy(() -> build(notATemplate)).isInstanceOf(LecternException.class)
                .hasMessageContaining("is not a PowerPoint template or deck");
    }

    @Test
    void aThemeFileMayNameATemplateBesideIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("team"));
        Files.copy(Templates.renamedAndReordered(dir), folder.resolve("corporate.pptx"));
        Path themeFile = folder.resolve("ours.yaml");
        Files.writeString(themeFile, Files.readString(Path.of("themes/default.yaml")) + "\ntemplate: corporate.pptx\n");
        Theme ours = ThemeLoader.fromFile(themeFile);
        assertThat(ours.template()).contains(folder.resolve("corporate.pptx").toAbsolutePath().normalize());
        Pipeline.Result result = new Pipeline(ours, PlanOptions.DEFAULTS).build(Seed.ESSAY, dir.resolve("t.pptx"), new Warnings());
        try (XMLSlideShow deck = read(result.deck())) {
            assertThat(deck.getSlides().get(0).getSlideLayout().getName()).isEqualTo("Titelfolie");
        }
    }

    @Test
    void theDoctorSaysWhichLayoutEachKindGetsAndWhatToWatch() throws Exception {
        TemplateDoctor.Report report = TemplateDoctor.examine(Templates.fourThree(dir), theme);
        assertThat(report.usable()).isTrue();
        assertThat(report.lines().get(0)).startsWith("slides 4:3, 10.00 \u00D7 7.50 in; 1 master; 1 slide of its own");
        assertThat(report.lines()).contains("  claims \u2192 \"Title and Content\" (by its name)",
                "  \"Title Only\": title, datetime 10, footer 11, slide_number 12");
        assertThat(report.findings()).extracting(TemplateDoctor.Finding::message)
                .anyMatch(m -> m.contains("not copied")).anyMatch(m -> m.contains("title picture"));
        TemplateDoctor.Report broken = TemplateDoctor.examine(Templates.withoutTitles(dir), theme);
        assertThat(broken.usable()).isFalse();
        assertThat(broken.findings()).extracting(TemplateDoctor.Finding::level).contains("error");
    }

    private static String text(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance)
                .map(s -> ((XSLFTextShape) s).getText()).reduce("", String::concat);
    }

    private static String entry(Path deck, String name) throws IOException {
        try (var zip = new java.util.zip.ZipFile(deck.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long sections(Path deck) throws IOException {
        try (var zip = new java.util.zip.ZipFile(deck.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("ppt/presentation.xml")).readAllBytes(), StandardCharsets.UTF_8);
            return Pattern.compile("<(?:p14:)?section ").matcher(xml).results().count();
        }
    }

    private static long topLevelSections() {
        List<Section> sections = new EssayReader().read(Seed.ESSAY, new Warnings()).sections();
        return sections.stream().filter(s -> s.level() == 2).count();
    }
}
