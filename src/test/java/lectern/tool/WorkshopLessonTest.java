package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lectern.cli.ExitCode;
import lectern.testing.Cli;
import lectern.testing.JsonSchemaCheck;
import lectern.testing.Lessons;
import lectern.testing.OoxmlSchemas;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus's Carpentries episodes, and a lesson of both, built as an instructor would: objectives first and key
 * points last, every challenge an exercise with its minutes and a timer, its solutions on slides of their own after
 * it, no "Solution" among the sections, and a participants' handout without a solution in it.
 */
class WorkshopLessonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The exit wipe of the timer, as long as its exercise's minutes. */
    private static final Pattern TIMER = Pattern.compile("presetClass=\"exit\".*?<p:cTn id=\"6\" dur=\"(\\d+)\"");

    @TempDir
    Path dir;

    static Stream<Path> episodes() {
        return Stream.of(Lessons.GIT, Lessons.PLOTTING);
    }

    @ParameterizedTest
    @MethodSource("episodes")
    void anEpisodeOpensOnItsObjectivesAndEveryChallengeIsATimedExerciseBeforeItsSolutions(Path episode) throws IOException {
        Cli.Result built = Cli.run("build", episode.toString(), "-o", dir.toString()).saysNoJava();
        assertThat(built.exit()).as(built.err()).isEqualTo(ExitCode.OK);
        Path deck = dir.resolve(episode.getFileName().toString().replace(".md", ".pptx"));
        JsonNode outline = outline(episode.toString());
        JsonNode slides = outline.get("decks").get(0).get("slides");
        List<String> kinds = new ArrayList<>();
        slides.forEach(s -> kinds.add(s.get("kind").asText()));
        assertThat(kinds.get(1)).isEqualTo("objectives");
        assertThat(kinds.get(kinds.size() - 1)).isEqualTo("key-points");
        assertThat(outline.findValuesAsText("name")).noneMatch(name -> name.equals("Solution"));
        outline.get("decks").get(0).get("sections").forEach(s -> assertThat(s.get("name").asText()).isNotEqualTo("Solution"));

        long challenges = Files.readAllLines(episode).stream().filter(l -> l.matches(":{3,}\\s*challenge\\s*")).count();
        List<JsonNode> exercises = new ArrayList<>();
        slides.forEach(s -> {
            if (s.get("kind").asText().equals("exercise") && s.get("exerciseMinutes").asInt() > 0
                    && !s.get("title").asText().isEmpty()) {
                exercises.add(s);
            }
        });
        assertThat(exercises.stream().map(e -> heading(e.get("title").asText())).distinct().count()).isEqualTo(challenges);
        for (int i = 0; i < slides.size(); i++) {
            JsonNode slide = slides.get(i);
            if (slide.get("kind").asText().equals("solution")) {
                // A solution follows its exercise: the slides between are the same exercise's.
                int at = i;
                while (slides.get(at).get("kind").asText().equals("solution")) {
                    at--;
                }
                assertThat(slides.get(at).get("kind").asText()).isEqualTo("exercise");
                assertThat(heading(slides.get(at).get("title").asText())).isEqualTo(heading(slide.get("title").asText()));
            }
            if (slide.get("kind").asText().equals("exercise")) {
                assertThat(slide.get("subtitle").asText()).startsWith("Exercise");
                assertThat(slide.get("seconds").asInt()).isGreaterThanOrEqualTo(slide.get("exerciseMinutes").asInt() * 60);
            }
        }

        try (XMLSlideShow show = Cli.open(deck)) {
            for (JsonNode slide : slides) {
                XSLFSlide drawn = show.getSlides().get(slide.get("number").asInt() - 1);
                String xml;
                try (var in = drawn.getPackagePart().getInputStream()) {
                    xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
                int minutes = slide.get("exerciseMinutes").asInt(0);
                Matcher timer = TIMER.matcher(xml);
                assertThat(timer.find()).as("slide %s has a timer", slide.get("number")).isEqualTo(minutes > 0);
                if (minutes > 0) {
                    assertThat(Long.parseLong(timer.group(1))).isEqualTo(minutes * 60_000L);
                    assertThat(Cli.text(drawn)).contains("Exercise \u00B7 " + minutes + " min");
                }
                if (slide.get("kind").asText().equals("solution")) {
                    assertThat(Cli.text(drawn)).startsWith(Cli.title(drawn)).contains("Solution");
                }
            }
        }
        assertThat(OoxmlSchemas.problems(deck)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "dark", "high-contrast"})
    void aLessonOfBothEpisodesIsOneDeckWithASchedule(String theme) throws IOException {
        Path episodes = Lessons.bothEpisodes(dir);
        Path out = dir.resolve("out");
        Cli.Result built = Cli.run("build", "--workshop", episodes.toString(), "--start", "09:30", "--break", "15m",
                "--every", "60m", "--theme", theme, "-o", out.toString()).saysNoJava();
        assertThat(built.exit()).as(built.err()).isEqualTo(ExitCode.OK);
        Path deck = out.resolve("lesson.pptx");
        assertThat(built.out()).contains(deck.toString());

        JsonNode outline = outline("--workshop", episodes.toString(), "--start", "09:30", "--break", "15m", "--every", "60m");
        JsonNode plan = outline.get("decks").get(0);
        assertThat(plan.get("sections")).extracting(s -> s.get("name").asText())
                .containsExactly("lesson", "Visualizing Tabular Data", "Remotes in GitHub");
        assertThat(plan.get("slides").get(1).get("kind").asText()).isEqualTo("schedule");
        assertThat(plan.get("slides").get(1).get("items")).extracting(JsonNode::asText)
                .containsExactly("09:30  Visualizing Tabular Data (50 min)", "10:20  Break (15 min)",
                        "10:35  Remotes in GitHub (45 min)", "11:20  End");
        assertThat(plan.get("durationSeconds").asInt()).isEqualTo((50 + 15 + 45) * 60);
        assertThat(outline.findValuesAsText("kind")).contains("break", "objectives", "exercise", "solution", "key-points")
                .filteredOn("objectives"::equals).hasSize(2);
        // An episode's exercises and solutions are titled in the day as in the episode alone, not named twice over.
        List<String> alone = new ArrayList<>(lessonTitles(outline(Lessons.PLOTTING.toString()).get("decks").get(0)));
        alone.addAll(lessonTitles(outline(Lessons.GIT.toString()).get("decks").get(0)));
        assertThat(lessonTitles(plan)).containsExactlyElementsOf(alone);
        assertThat(OoxmlSchemas.problems(deck)).isEmpty();
        try (XMLSlideShow show = Cli.open(deck)) {
            // Every picture of both episodes came along, named from the lesson's folder.
            assertThat(show.getSlides().stream().flatMap(s -> s.getShapes().stream()).map(s -> s.getShapeName()))
                    .noneMatch("Missing picture"::equals);
        }
    }

    @org.junit.jupiter.api.Test
    void theParticipantsHandoutHasTheExercisesWithTheirTimesAndNoSolution() throws IOException {
        Path handout = dir.resolve("room.md");
        Cli.Result written = Cli.run("handout", "--for", "participants", Lessons.PLOTTING.toString(), "-o",
                handout.toString()).saysNoJava();
        assertThat(written.exit()).as(written.err()).isEqualTo(ExitCode.OK);
        String text = Files.readString(handout);
        assertThat(text).contains("## Objectives", "- Plot simple graphs from data.", "### 1. Plot Scaling \u2014 6 min",
                "## Key Points", "### 4. Moving Plots Around")
                .doesNotContain("Solution", "matplotlib interpolates", "A more automated approach", "figsize=(3.0, 10.0)");
        Path script = dir.resolve("script.md");
        assertThat(Cli.run("handout", Lessons.PLOTTING.toString(), "-o", script.toString()).exit()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(script)).contains("*Exercise \u00B7 ").contains("matplotlib interpolates");
    }

    private static List<String> lessonTitles(JsonNode deck) {
        List<String> titles = new ArrayList<>();
        deck.get("slides").forEach(slide -> {
            if (Set.of("exercise", "solution").contains(slide.get("kind").asText())) {
                titles.add(slide.get("title").asText());
            }
        });
        return titles;
    }

    private static JsonNode outline(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("outline", "--json"));
        all.addAll(List.of(args));
        Cli.Result result = Cli.run(all.toArray(String[]::new)).saysNoJava();
        assertThat(result.exit()).as(result.err()).isEqualTo(ExitCode.OK);
        JsonNode outline = JSON.readTree(result.out());
        JsonNode schema = JSON.readTree(Path.of("docs", "outline.schema.json").toFile());
        assertThat(JsonSchemaCheck.problems(schema, outline)).isEmpty();
        return outline;
    }

    /** The exercise's heading, without what keeps its slides' titles apart: "(continued)", "(solution 2)". */
    private static String heading(String title) {
        return title.replaceFirst(" \\((continued|solution|exercise)[^)]*\\)$", "");
    }
}
