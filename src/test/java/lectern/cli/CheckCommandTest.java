package lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import lectern.testing.JsonSchemaCheck;
import lectern.testing.Seed;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/** {@code lectern check} on the seed essay, on decks Lectern built and a person edited, and on decks it did not build. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FINDING = Pattern.compile(
            "(?m)^(\\S+?):(\\d+): (error|warning|hint): (.*) \\[([a-z-]+)]\\n  fix: .+$");

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private record Found(String file, int line, String level, String message, String code) {
    }

    private List<Found> findings() {
        List<Found> found = new ArrayList<>();
        Matcher m = FINDING.matcher(out.toString());
        while (m.find()) {
            found.add(new Found(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4), m.group(5)));
        }
        return found;
    }

    @Test
    void theSeedEssayIn30MinutesHasRealFindingsWithFileAndLineAndNoErrors() throws IOException {
        assertThat(run("check", Seed.ESSAY.toString(), "--duration", "30m")).as(err.toString()).isEqualTo(ExitCode.OK);
        List<String> essay = Files.readAllLines(Seed.ESSAY);
        List<Found> found = findings();
        assertThat(found).isNotEmpty().allSatisfy(f -> {
            assertThat(f.file()).isEqualTo("content/when-execution-collapses.md");
            assertThat(f.level()).isNotEqualTo("error");
        });
        // Each finding is true of the essay: the seed's pictures have empty brackets, ...
        assertThat(found).filteredOn(f -> f.code().equals("alt-text-missing")).hasSize(6)
                .allSatisfy(f -> assertThat(essay.get(f.line() - 1)).startsWith("![]("));
        // ... the slides said to show a sentence Lectern chose show one of a section with no bold in it, ...
        assertThat(found).filteredOn(f -> f.code().equals("chosen-text")).hasSize(2).allSatisfy(f -> {
            int heading = f.line() - 1;
            while (!essay.get(heading).startsWith("#")) {
                heading--;
            }
            for (int i = heading + 1; i < essay.size() && !essay.get(i).startsWith("#"); i++) {
                assertThat(essay.get(i)).doesNotContain("**");
            }
        });
        // ... and 30 minutes are found by giving the first discussion less time, hiding nothing.
        assertThat(found).filteredOn(f -> f.code().equals("discussion-shortened")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("give the room ~3:53 of the ~6:00"));
        assertThat(found).noneMatch(f -> f.code().equals("slide-hidden") || f.code().equals("over-time"));
        assertThat(out.toString()).containsPattern("(?m)^time: ~\\d+:\\d\\d of 30:00 at 130 words a minute")
                .containsPattern("(?m)^content/when-execution-collapses.md: 0 errors, \\d+ warnings, \\d+ hints$");

        assertThat(run("check", Seed.ESSAY.toString(), "--duration", "30m", "--strict"))
                .as("the seed's warnings fail a strict check").isEqualTo(ExitCode.FAILED);
    }

    @Test
    void theSlidesCheckCallsHiddenAreTheOnesTheOutlineOfTheSameTalkHides() throws IOException {
        List<Integer> outlineHides = hiddenInOutline("--duration", "20m");
        out.getBuffer().setLength(0);
        assertThat(run("check", Seed.ESSAY.toString(), "--duration", "20m")).as(err.toString()).isEqualTo(ExitCode.OK);
        List<String> hidden = findings().stream().filter(f -> f.code().equals("slide-hidden")).map(Found::message).toList();
        assertThat(hidden).isNotEmpty().allSatisfy(m -> assertThat(m).startsWith("hidden to keep to 20:00"));
        assertThat(outlineHides).hasSize(hidden.size());
        for (int slide : outlineHides) {
            assertThat(out.toString()).containsPattern("(?m)^slide " + slide + " \".*\" \\(hidden\\)$");
        }
    }

    private List<Integer> hiddenInOutline(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("outline", Seed.ESSAY.toString(), "--json"));
        args.addAll(List.of(options));
        assertThat(run(args.toArray(String[]::new))).isEqualTo(ExitCode.OK);
        List<Integer> hidden = new ArrayList<>();
        for (JsonNode slide : JSON.readTree(out.toString()).get("decks").get(0).get("slides")) {
            if (slide.get("hidden").asBoolean()) {
                hidden.add(slide.get("number").asInt());
            }
        }
        return hidden;
    }

    @Test
    void rulesAreSwitchedOffByTheirCodesAndAnUnknownCodeIsBadUsage() {
        assertThat(run("check", Seed.ESSAY.toString(), "--duration", "30m", "--strict",
                "--ignore", "alt-text-missing,chosen-text", "--ignore", "discussion-shortened")).isEqualTo(ExitCode.OK);
        assertThat(findings()).isEmpty();
        assertThat(out.toString()).contains("0 errors, 0 warnings, 0 hints (not checked: alt-text-missing, chosen-text, discussion-shortened)");

        assertThat(run("check", "--ignore", "alt-text")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("'alt-text' is not a rule; the rules are text-overflow, ");
    }

    @Test
    void theJsonIsWhatItsDocumentedSchemaSays() throws IOException {
        assertThat(run("check", Seed.ESSAY.toString(), "--json", "--duration", "20m")).isEqualTo(ExitCode.OK);
        JsonNode schema = JSON.readTree(Path.of("docs", "check.schema.json").toFile());
        JsonNode report = JSON.readTree(out.toString());
        assertThat(JsonSchemaCheck.problems(schema, report)).isEmpty();
        JsonNode file = report.get("files").get(0);
        assertThat(file.get("source").asText()).isEqualTo("essay");
        assertThat(file.get("durationSeconds").asInt()).isEqualTo(1200);
        assertThat(file.get("hiddenSlides")).isNotEmpty();
        assertThat(file.get("findings").findValuesAsText("code")).contains("alt-text-missing", "slide-hidden", "chosen-text");
        assertThat(file.get("findings").get(0).get("line").asInt()).isPositive();

        JsonNode stray = JSON.readTree("{\"format\": \"lectern-check/2\", \"files\": [{\"file\": 3, \"findings\": "
                + "[{\"level\": \"fatal\", \"code\": \"made-up\"}], \"extra\": true}]}");
        assertThat(JsonSchemaCheck.problems(schema, stray)).anyMatch(p -> p.startsWith("$.format"))
                .anyMatch(p -> p.startsWith("$.files[0].file")).anyMatch(p -> p.contains("extra is not in the schema"))
                .anyMatch(p -> p.startsWith("$.files[0].findings[0].level"))
                .anyMatch(p -> p.startsWith("$.files[0].findings[0].code"));
    }

    private static final String TALK = """
            # A talk

            ## Why it matters

            **Small steps are easier to review.** A reviewer reads a short change in minutes.

            ## What it looks like

            ![A staircase of small steps](steps.jpg)

            **Each step stands on the one before.** Prose about it.

            ## How to begin

            **Start with the smallest change that helps.** More prose.
            """;

    /** The talk, built into {@code out/} from {@code content/}, as a user's project lays them out. */
    private Path built() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        // A photograph (a JPEG) with the pixels its frame beside the claim needs.
        ImageIO.write(new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB), "jpg", content.resolve("steps.jpg").toFile());
        Path essay = Files.writeString(content.resolve("talk.md"), TALK);
        assertThat(run("build", essay.toString(), "-o", dir.resolve("out").toString(), "-q")).as(err.toString())
                .isEqualTo(ExitCode.OK);
        return dir.resolve("out").resolve("talk.pptx");
    }

    @Test
    void aDeckAsLecternBuiltItHasWhatItsEssayHas() throws IOException {
        Path deck = built();
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            assertThat(show.getProperties().getCustomProperties().getProperty("Lectern essay").getLpwstr())
                    .as("the essay's name, never its path: decks are sent to other people").isEqualTo("talk.md");
        }
        assertThat(run("check", deck.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("talk.pptx: \"A talk\", 5 slides, built from ")
                .contains("0 errors, 0 warnings, 0 hints");
    }

    @Test
    void aDeckEditedInPowerPointIsCheckedAsItIsNowWithTheEssaysLines() throws IOException {
        Path deck = built();
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            // Slide 2 is "Why it matters" (a statement), 3 "What it looks like" (claims beside the picture).
            XSLFSlide picture = show.getSlides().get(2);
            body(picture).setText("Each step stands on the one before. " + "And then it goes on and on. ".repeat(60));
            for (XSLFShape shape : picture.getShapes()) {
                if (shape instanceof XSLFPictureShape shown) {
                    ((CTPicture) shown.getXmlObject()).getNvPicPr().getCNvPr().setDescr("");
                }
            }
            show.getSlides().get(3).setHidden(true);
            try (OutputStream to = Files.newOutputStream(deck)) {
                show.write(to);
            }
        }
        assertThat(run("check", deck.toString())).isEqualTo(ExitCode.FAILED);
        List<Found> found = findings();
        assertThat(found).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("text-overflow");
            assertThat(f.level()).isEqualTo("error");
            assertThat(f.file()).endsWith("content/talk.md");
            assertThat(f.line()).isEqualTo(7);
        });
        assertThat(found).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("alt-text-missing");
            assertThat(f.line()).isEqualTo(9);
            assertThat(f.message()).contains("steps.jpg");
        });
        assertThat(found).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("slide-hidden");
            assertThat(f.line()).isEqualTo(13);
        });
        assertThat(found).anySatisfy(f -> assertThat(f.code()).isEqualTo("slide-too-wordy"));
        assertThat(out.toString()).contains("slide 4 \"How to begin\" (hidden)");
    }

    @Test
    void aDeckWhoseEssayIsNotFoundIsCheckedBySlide() throws IOException {
        Path deck = Files.copy(built(), Files.createDirectories(dir.resolve("sent").resolve("by mail")).resolve("talk.pptx"));
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            show.getSlides().get(1).setHidden(true);
            try (OutputStream to = Files.newOutputStream(deck)) {
                show.write(to);
            }
        }
        assertThat(run("check", deck.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("its essay was not found, so findings name slides, not lines")
                .containsPattern("(?m)^slide 2 \"Why it matters\" \\(hidden\\)\\n.*/by mail/talk.pptx: hint: hidden \\(~0:\\d\\d of notes\\) \\[slide-hidden]$");
    }

    @Test
    void aDeckLecternDidNotBuildGetsAOneLineAnswer() throws IOException {
        Path other = dir.resolve("other.pptx");
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream to = Files.newOutputStream(other)) {
            show.createSlide();
            show.write(to);
        }
        Path notADeck = Files.writeString(dir.resolve("notes.pptx"), "just text");
        assertThat(run("check", other.toString(), notADeck.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString().lines().toList()).hasSize(2).satisfiesExactly(
                line -> assertThat(line).startsWith("lectern: ").contains("other.pptx: was not built by Lectern"),
                line -> assertThat(line).startsWith("lectern: ").contains("notes.pptx: is not a PowerPoint deck"));
        assertThat(out.toString()).isEmpty();
    }

    private static XSLFTextShape body(XSLFSlide slide) {
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape text && text.getPlaceholder() != null
                    && (text.getPlaceholder() == Placeholder.BODY || text.getPlaceholder() == Placeholder.CONTENT)) {
                return text;
            }
        }
        throw new AssertionError("no text box on slide " + slide.getSlideNumber());
    }
}
