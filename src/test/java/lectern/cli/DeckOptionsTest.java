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
import java.time.Duration;
import java.util.List;
import lectern.deck.NoteParagraph;
import lectern.testing.Seed;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Every slide and line Lectern adds for the room can be switched off from the command line. */
class DeckOptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private List<String> kinds(String... options) throws IOException {
        out.getBuffer().setLength(0);
        String[] args = new String[options.length + 3];
        args[0] = "outline";
        args[1] = Seed.ESSAY.toString();
        args[2] = "--json";
        System.arraycopy(options, 0, args, 3, options.length);
        assertThat(run(args)).as(err.toString()).isEqualTo(ExitCode.OK);
        return JSON.readTree(out.toString()).get("decks").get(0).get("slides").findValuesAsText("kind");
    }

    @Test
    void agendaDiscussionAndClosingAreOnByDefaultAndEachCanBeSwitchedOff() throws IOException {
        assertThat(kinds()).contains("agenda", "discussion", "closing");
        assertThat(kinds("--no-agenda")).doesNotContain("agenda").contains("discussion", "closing");
        assertThat(kinds("--no-discussion")).doesNotContain("discussion").contains("agenda", "closing");
        assertThat(kinds("--no-closing")).doesNotContain("closing").contains("agenda", "discussion");
    }

    @Test
    void boldOnlyKeepsTheSentencesLecternWouldChooseOffTheSlides() throws IOException {
        assertThat(run("outline", Seed.ESSAY.toString(), "--json")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"chosen\" : true");
        out.getBuffer().setLength(0);
        assertThat(run("outline", Seed.ESSAY.toString(), "--json", "--bold-only")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).doesNotContain("\"chosen\" : true").contains("\"chosen\" : false");
    }

    @Test
    void anAgendaCanBeAskedForWhenTheEssayHasFewSections() throws IOException {
        Path essay = Files.writeString(dir.resolve("short.md"), "# Short\n\n## One\n\n**A.** a\n\n## Two\n\n**B.** b\n");
        assertThat(run("outline", essay.toString(), "--json")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).doesNotContain("\"agenda\"");
        out.getBuffer().setLength(0);
        assertThat(run("outline", essay.toString(), "--json", "--agenda")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"kind\" : \"agenda\"");
    }

    @Test
    void noTimingTakesTheClockAndTheNextSlidesTitleOutOfTheNotes() throws IOException {
        assertThat(run("build", Seed.ESSAY.toString(), "-o", dir.resolve("timed").toString(), "-q")).isEqualTo(ExitCode.OK);
        assertThat(run("build", Seed.ESSAY.toString(), "-o", dir.resolve("plain").toString(), "-q", "--no-timing"))
                .isEqualTo(ExitCode.OK);
        assertThat(cueLines(dir.resolve("timed/when-execution-collapses.pptx"))).isGreaterThan(20);
        assertThat(cueLines(dir.resolve("plain/when-execution-collapses.pptx"))).isZero();
    }

    @Test
    void aSlowerPaceMakesALongerTalk() throws IOException {
        assertThat(run("outline", Seed.ESSAY.toString(), "--json")).isEqualTo(ExitCode.OK);
        int usual = JSON.readTree(out.toString()).get("decks").get(0).get("seconds").asInt();
        out.getBuffer().setLength(0);
        assertThat(run("outline", Seed.ESSAY.toString(), "--json", "--words-per-minute", "100")).isEqualTo(ExitCode.OK);
        JsonNode slower = JSON.readTree(out.toString()).get("decks").get(0);
        assertThat(slower.get("wordsPerMinute").asInt()).isEqualTo(100);
        assertThat(slower.get("seconds").asInt()).isGreaterThan(usual);
    }

    @ParameterizedTest
    @CsvSource({"45m,2700", "45,2700", "1h30m,5400", "1h,3600", "90s,90", "45:00,2700", "1:15:00,4500", "' 20 min ',1200"})
    void aTalksLengthIsReadTheWayPeopleWriteIt(String written, long seconds) {
        assertThat(new TalkDuration().convert(written)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "0m", "soon", "45x", "25h", "-5m", "99999999999999999999"})
    void aLengthThatIsNotOneIsBadUsageWithAnExample(String written) {
        assertThat(run("outline", Seed.ESSAY.toString(), "--duration", written)).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--duration").contains("45m").doesNotContain("Exception");
    }

    @Test
    void aPaceNoOneSpeaksAtIsBadUsage() {
        assertThat(run("outline", Seed.ESSAY.toString(), "--words-per-minute", "5")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--words-per-minute must be a speaking pace from 40 to 400, was 5");
        assertThat(new CommandLine(new Main()).getSubcommands().get("build").getCommandSpec()
                .findOption("--words-per-minute")).isNotNull();
    }

    private static long cueLines(Path deck) throws IOException {
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            long cues = 0;
            for (XSLFSlide slide : show.getSlides()) {
                if (slide.getNotes() != null) {
                    cues += slide.getNotes().getTextParagraphs().stream().flatMap(List::stream)
                            .map(p -> p.getText().strip())
                            .filter(text -> NoteParagraph.isCue(text) && (text.startsWith("~") || text.startsWith("Next: ")))
                            .count();
                }
            }
            return cues;
        }
    }
}
