package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lectern.Locations;
import lectern.testing.Cli;
import lectern.testing.Zipped;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input far past what any talk needs gets an answer in bounded time: a deck, or one line that says the limit and
 * what to do. Each of these ran for minutes without printing anything, or crashed.
 */
class LimitsTest {
    @TempDir
    Path dir;

    private Path essay;
    private Path out;

    private Cli.Result build(String markdown) throws IOException {
        essay = Files.writeString(dir.resolve("talk.md"), markdown);
        out = dir.resolve("out");
        return Cli.run("build", essay.toString(), "-o", out.toString()).saysNoJava();
    }

    private String refused(int line, String message) {
        return "lectern: " + Locations.format(essay, line) + ": " + message + " (no deck written)";
    }

    @Test
    void anEssayOfAHundredThousandHeadingsIsRefusedAtTheHeadingPastTheLimitBeforeAnySlideIsPlanned() throws IOException {
        String headings = IntStream.rangeClosed(1, 100_000).mapToObj(i -> "## Part " + i + "\n").collect(Collectors.joining());
        Cli.Result result = build("# Talk\n" + headings);
        assertThat(result.exit()).isEqualTo(1);
        // The title is the first slide; the 2,000th heading would be the 2,001st.
        assertThat(result.errLines()).containsExactly(refused(2_001,
                "more than 2,000 slides from here on, the most a deck may have; split the essay into shorter ones"));
        assertThat(Cli.files(out)).isEmpty();
    }

    @Test
    void slidesPastTheLimitThatNoHeadingStartsAreRefusedAtTheFirstOfThem() throws IOException {
        // One heading over 2,100 pictures, each a slide of its own: the 2,000th picture would be the 2,001st slide.
        String pictures = IntStream.rangeClosed(1, 2_100).mapToObj(i -> "![Chart " + i + "](chart-" + i + ".png)\n\n")
                .collect(Collectors.joining());
        Cli.Result result = build("# Talk\n\n## Charts\n\n" + pictures);
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(refused(5 + 2 * 1_999,
                "more than 2,000 slides from here on, the most a deck may have; split the essay into shorter ones"));
    }

    @Test
    void aHeadingOfFiveMegabytesIsShortenedOnItsSlideAndWholeInTheNotes() throws IOException {
        String heading = "word ".repeat(1024 * 1024).strip();
        Cli.Result result = build("# Talk\n\n## " + heading + "\n\n**A claim.** Prose.\n");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.errLines()).singleElement().asString().matches(".*talk\\.md:3: warning: heading too long for a "
                + "slide \\(1048576 words\\); the slide shows its first \\d+ words, the notes the whole heading");
        // Seconds of work, but written to a pipe: no progress line among the warnings.
        assertThat(result.err()).doesNotContain("\r", "building");
        int shown = Integer.parseInt(result.err().replaceAll("(?s).*its first (\\d+) words.*", "$1"));
        // Read as a zip: notes this alike compress past the ratio POI's reader takes for a zip bomb.
        Zipped deck = Zipped.read(out.resolve("talk.pptx"));
        assertThat(deck.text("/ppt/slides/slide2.xml")).contains(">" + "word ".repeat(shown).strip() + "\u2026<")
                .doesNotContain("word ".repeat(shown + 1));
        assertThat(deck.text(deck.targets("/ppt/slides/slide2.xml", "notesSlide").get(0))).contains(heading);
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {1024 * 1024, 10 * 1024 * 1024})
    void aFrontMatterValueOfMegabytesIsRefusedBeforeTheYamlIsRead(int characters) throws IOException {
        Cli.Result result = build("---\ntitle: Talk\nauthor: " + "a".repeat(characters) + "\n---\n\n# Talk\n\n"
                + "## One\n\n**A claim.**\n\n## Two\n\n**Another.**\n\n## Three\n\n**A third.**\n");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(refused(1, "front matter of " + String.format("%,d", characters + 28)
                + " characters, more than the 100,000 Lectern reads; move long text out of it, into the essay"));
    }

    @Test
    void aTableOfFiveHundredColumnsIsRefusedInsteadOfCrashing() throws IOException {
        String header = IntStream.range(0, 500).mapToObj(i -> "C" + i).collect(Collectors.joining(" | ", "| ", " |\n"));
        String rule = "|---".repeat(500) + "|\n";
        String row = IntStream.range(0, 500).mapToObj(String::valueOf).collect(Collectors.joining(" | ", "| ", " |\n"));
        Cli.Result result = build("# Talk\n\n## Wide\n\n" + header + rule + row);
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(refused(5, "a table of 500 columns, more than the 100 a deck "
                + "shows; keep a narrower table in the essay and the whole one in a file it links to"));
    }

    @Test
    void aTableOfAHundredColumnsGoesAFewColumnsAtATimeWithItsFirstColumnOnEverySlide() throws IOException {
        String header = IntStream.range(0, 100).mapToObj(i -> i == 0 ? "Region" : "Month " + i)
                .collect(Collectors.joining(" | ", "| ", " |\n"));
        String row = IntStream.range(0, 100).mapToObj(i -> i == 0 ? "Coast" : String.valueOf(100 + i))
                .collect(Collectors.joining(" | ", "| ", " |\n"));
        Cli.Result result = build("# Talk\n\n## Wide\n\n" + header + "|---".repeat(100) + "|\n" + row);
        assertThat(result.exit()).as(result.err()).isZero();
        try (XMLSlideShow deck = Cli.open(out.resolve("talk.pptx"))) {
            List<XSLFTable> tables = deck.getSlides().stream().flatMap(s -> s.getShapes().stream())
                    .filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).toList();
            assertThat(tables).hasSizeGreaterThan(1).allSatisfy(table -> {
                assertThat(table.getCell(0, 0).getText()).isEqualTo("Region");
                assertThat(table.getCell(1, 0).getText()).isEqualTo("Coast");
            });
            // Every column but the first is shown once, in order.
            assertThat(tables.stream().flatMap(t -> IntStream.range(1, t.getNumberOfColumns())
                    .mapToObj(c -> t.getCell(0, c).getText())).toList())
                    .isEqualTo(IntStream.range(1, 100).mapToObj(i -> "Month " + i).toList());
        }
    }
}
