package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lectern.testing.Cli;
import lectern.testing.OoxmlSchemas;
import lectern.testing.Zipped;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims that appear one click at a time, asked for on the command line or in the essay's front matter. */
class RevealTest {
    private static final String ESSAY = """
            # Talk

            ## Three things

            **First, the plan.** It starts small.

            **Second, the people.** They carry it.

            **Third, the time.** It runs out.

            ## One thing

            **Only this.** Nothing else.
            """;

    @Test
    void eachClaimFadesInOnAClickOfItsOwnAndTheNotesSayWhere(@TempDir Path dir) throws Exception {
        Path essay = Files.writeString(dir.resolve("talk.md"), ESSAY);
        Cli.Result result = Cli.run("build", "--reveal", "-o", dir.toString(), essay.toString()).saysNoJava();
        assertThat(result.exit()).as(result.err()).isZero();
        Path deck = dir.resolve("talk.pptx");
        assertThat(OoxmlSchemas.problems(deck)).isEmpty();
        try (XMLSlideShow show = Cli.open(deck)) {
            XSLFSlide three = slide(show, "Three things");
            String xml = Zipped.read(deck).text("/ppt/slides/slide" + three.getSlideNumber() + ".xml");
            // One click effect per claim, each the paragraph it shows, and the box built by paragraph.
            assertThat(count(xml, "nodeType=\"clickEffect\"")).isEqualTo(3);
            for (int p = 0; p < 3; p++) {
                assertThat(xml).contains("<p:pRg st=\"" + p + "\" end=\"" + p + "\"/>");
            }
            assertThat(xml).contains("presetID=\"10\" presetClass=\"entr\"", "build=\"p\"", "filter=\"fade\"");
            List<String> cues = Cli.notes(three).lines().filter(line -> line.startsWith("Click: ")).toList();
            assertThat(cues).containsExactly("Click: First, the plan.", "Click: Second, the people.", "Click: Third, the time.");
            // Each cue stands before the prose that tells its claim.
            String notes = Cli.notes(three);
            assertThat(notes.indexOf("Click: Second")).isGreaterThan(notes.indexOf("It starts small."));
            // A slide of one claim shows it at once.
            XSLFSlide one = slide(show, "One thing");
            assertThat(Zipped.read(deck).text("/ppt/slides/slide" + one.getSlideNumber() + ".xml")).doesNotContain("p:timing");
            assertThat(Cli.notes(one)).doesNotContain("Click: ");
        }
    }

    @Test
    void theFrontMatterAsksItOfItsOwnDeckAndWithoutItNothingBuilds(@TempDir Path dir) throws Exception {
        Path asked = Files.writeString(dir.resolve("asked.md"), "---\nreveal: true\n---\n" + ESSAY);
        Path plain = Files.writeString(dir.resolve("plain.md"), ESSAY);
        assertThat(Cli.run("build", "-o", dir.toString(), asked.toString(), plain.toString()).saysNoJava().exit()).isZero();
        assertThat(allSlides(dir.resolve("asked.pptx"))).contains("clickEffect");
        assertThat(allSlides(dir.resolve("plain.pptx"))).doesNotContain("clickEffect");
    }

    private static String allSlides(Path deck) throws Exception {
        Zipped zipped = Zipped.read(deck);
        StringBuilder all = new StringBuilder();
        for (String part : zipped.names()) {
            if (part.matches("/ppt/slides/slide\\d+\\.xml")) {
                all.append(zipped.text(part));
            }
        }
        return all.toString();
    }

    private static XSLFSlide slide(XMLSlideShow show, String title) {
        return show.getSlides().stream().filter(s -> Cli.title(s).equals(title)).findFirst().orElseThrow();
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
