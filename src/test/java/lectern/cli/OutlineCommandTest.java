package lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import lectern.deck.NoteParagraph;
import lectern.deck.Words;
import lectern.testing.JsonSchemaCheck;
import lectern.testing.Seed;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outline is the deck: what {@code lectern outline} promises is what {@code lectern build} writes. */
class OutlineCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theOutlineOfTheSeedEssayIsTheDeckThatBuildWrites() throws IOException {
        String essay = Seed.ESSAY.toString();
        assertThat(run("outline", essay, "--json", "--duration", "20m")).isEqualTo(ExitCode.OK);
        JsonNode deckPlan = JSON.readTree(out.toString()).get("decks").get(0);
        assertThat(run("build", essay, "-o", dir.toString(), "--duration", "20m", "-q")).isEqualTo(ExitCode.OK);

        try (InputStream in = Files.newInputStream(dir.resolve("when-execution-collapses.pptx"));
             XMLSlideShow deck = new XMLSlideShow(in)) {
            List<XSLFSlide> slides = deck.getSlides();
            JsonNode planned = deckPlan.get("slides");
            assertThat(slides).hasSize(planned.size());
            int hidden = 0;
            for (XSLFSlide slide : slides) {
                JsonNode plan = planned.get(slide.getSlideNumber() - 1);
                String where = "slide " + slide.getSlideNumber();
                assertThat(slide.getSlideName()).as(where).isEqualTo(plan.get("name").asText());
                // Every slide's title placeholder holds its title (a statement's claim is in its text box).
                assertThat(titleOf(slide)).as(where).isEqualTo(flat(plan.get("title").asText()));
                String text = flat(allText(slide));
                plan.get("claims").forEach(claim -> assertThat(text).as(where).contains(flat(claim.get("text").asText())));
                plan.get("items").forEach(item -> assertThat(text).as(where).contains(flat(item.asText())));
                assertThat(hasPicture(slide)).as(where).isEqualTo(!plan.get("picture").isNull());
                assertThat(notesWords(slide)).as(where).isEqualTo(plan.get("notesWords").asInt());
                boolean isHidden = slide.getXmlObject().isSetShow() && !slide.getXmlObject().getShow();
                assertThat(isHidden).as(where).isEqualTo(plan.get("hidden").asBoolean());
                hidden += isHidden ? 1 : 0;
            }
            assertThat(hidden).as("20 minutes is much shorter than the talk, so some slides are hidden").isPositive();
        }
    }

    @Test
    void theJsonIsWhatItsDocumentedSchemaSays() throws IOException {
        assertThat(run("outline", Seed.ESSAY.toString(), "--json", "--duration", "20m")).isEqualTo(ExitCode.OK);
        JsonNode schema = JSON.readTree(Path.of("docs", "outline.schema.json").toFile());
        JsonNode outline = JSON.readTree(out.toString());
        assertThat(JsonSchemaCheck.problems(schema, outline)).isEmpty();
        assertThat(outline.findValuesAsText("advice")).contains("keep", "skip");
        assertThat(outline.findValuesAsText("kind")).contains("title", "agenda", "discussion", "closing",
                "claims-with-picture");
    }

    @Test
    void theSchemaCheckCatchesAnOutlineThatStrays() throws IOException {
        JsonNode schema = JSON.readTree(Path.of("docs", "outline.schema.json").toFile());
        JsonNode stray = JSON.readTree("{\"format\": \"lectern-outline/2\", \"decks\": [{\"essay\": 3, \"extra\": true}]}");
        assertThat(JsonSchemaCheck.problems(schema, stray)).anyMatch(p -> p.startsWith("$.format"))
                .anyMatch(p -> p.startsWith("$.decks[0].essay")).anyMatch(p -> p.contains("extra is not in the schema"))
                .anyMatch(p -> p.contains("lacks required slides"));
    }

    @Test
    void theReadableOutlineNamesEverySlideWithItsTimeKindAndLine() throws IOException {
        assertThat(run("outline", Seed.ESSAY.toString())).isEqualTo(ExitCode.OK);
        String outline = out.toString();
        assertThat(outline).startsWith("content/when-execution-collapses.md: When execution collapses\n")
                .contains("words a minute")
                .containsPattern("\\n\\s+2\\s+0:00\\s+~0:00\\s+agenda\\s+Agenda\\n")
                .containsPattern("claims with picture\\s+The hierarchy is flipping  \\(line \\d+\\)")
                .contains("» Execution, the thing you were trained for")
                .contains("picture: assets/upside-down-tower.jpg")
                .containsPattern("discussion\\s+Discussion")
                .contains("· Ask yourself honestly: Is my value based on execution or judgment?")
                .containsPattern("closing\\s+");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anEssayThatCannotBeReadIsOneLineAndTheOthersAreStillOutlined() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.md"), "---\ntitle: [unclosed\n---\n# Bad\n");
        Path good = Files.writeString(dir.resolve("good.md"), "# Good\n\n## Part\n\n**A claim.** Prose.\n");
        assertThat(run("outline", bad.toString(), good.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString().strip()).contains("bad.md:").contains("front matter").doesNotContain("\n");
        assertThat(out.toString()).contains("good.md: Good");
    }

    private static String titleOf(XSLFSlide slide) {
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape text && text.getPlaceholder() != null
                    && (text.getPlaceholder() == Placeholder.TITLE || text.getPlaceholder() == Placeholder.CENTERED_TITLE)) {
                return flat(text.getText());
            }
        }
        return "";
    }

    private static String allText(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance)
                .map(s -> ((XSLFTextShape) s).getText()).collect(Collectors.joining("\n"));
    }

    private static boolean hasPicture(XSLFSlide slide) {
        return slide.getShapes().stream().anyMatch(XSLFPictureShape.class::isInstance);
    }

    private static int notesWords(XSLFSlide slide) {
        if (slide.getNotes() == null) {
            return 0;
        }
        int words = 0;
        for (XSLFShape shape : slide.getNotes().getShapes()) {
            if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.BODY) {
                for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
                    words += NoteParagraph.isCue(paragraph.getText()) ? 0 : Words.count(paragraph.getText());
                }
            }
        }
        return words;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
