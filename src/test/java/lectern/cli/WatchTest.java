package lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import lectern.testing.Cli;
import lectern.testing.Pictures;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lectern build --watch} as an author uses it: save the essay, a picture or the theme, and the deck follows.
 * The waits only give a slow machine room; nothing here measures how fast a rebuild is (bench/run does).
 */
class WatchTest {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String ESSAY = """
            # Watching

            ## First

            **The first claim stands here.** Prose for the first section.

            ## Second

            **The second claim stands here.** Prose for the second section.
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicInteger exit = new AtomicInteger(-1);
    private Thread watching;

    @AfterEach
    void stop() throws InterruptedException {
        if (watching != null) {
            watching.interrupt();
            watching.join(PATIENCE.toMillis());
            assertThat(watching.isAlive()).as("the watch stops when interrupted").isFalse();
            assertThat(exit.get()).isZero();
        }
    }

    @Test
    void anEssaySavedIsBuiltAgain() throws Exception {
        Path essay = save(dir.resolve("talk.md"), ESSAY);
        watch("build", "--watch", essay.toString(), "-o", dir.resolve("out").toString());
        awaitOut(text -> text.contains("watching"));
        Path deck = dir.resolve("out/talk.pptx");
        assertThat(titles(deck)).doesNotContain("A third claim arrives.");

        save(essay, ESSAY + "\n## Third\n\n**A third claim arrives.** Prose for the third.\n");

        awaitOut(text -> builds(text) == 2);
        assertThat(titles(deck)).contains("A third claim arrives.");
        assertThat(out.toString()).containsPattern("\\d\\d:\\d\\d:\\d\\d built in \\d+ ms: .*talk\\.pptx: ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aSaveThatBreaksTheEssayKeepsTheDeckUntilItIsFixed() throws Exception {
        Path essay = save(dir.resolve("talk.md"), ESSAY);
        watch("build", "--watch", essay.toString(), "-o", dir.resolve("out").toString());
        awaitOut(text -> text.contains("watching"));
        Path deck = dir.resolve("out/talk.pptx");
        byte[] before = Files.readAllBytes(deck);

        saveBytes(essay, new byte[] {0, 1, 2, 3, 0, (byte) 0xFF, 0, 0});
        awaitErr(text -> text.contains("the previous deck is kept"));
        assertThat(Files.readAllBytes(deck)).isEqualTo(before);
        assertThat(err.toString()).contains("talk.md").doesNotContain("Exception", "\tat ");
        assertThat(Cli.files(dir.resolve("out"))).containsExactly("talk.pptx");

        save(essay, ESSAY.replace("The second claim", "The mended claim"));
        awaitOut(text -> builds(text) == 2);
        assertThat(titles(deck)).contains("The mended claim stands here.");
    }

    @Test
    void aPictureAddedAfterTheEssayNamedItIsBuiltIn() throws Exception {
        Path essay = save(dir.resolve("talk.md"), ESSAY.replace("## Second\n", "## Second\n\n![A view](view.png)\n"));
        watch("build", "--watch", essay.toString(), "-o", dir.resolve("out").toString());
        awaitOut(text -> text.contains("watching"));
        assertThat(err.toString()).contains("view.png").contains("not found");
        Path deck = dir.resolve("out/talk.pptx");
        assertThat(pictures(deck)).isZero();

        saveBytes(dir.resolve("view.png"), Pictures.of(Color.ORANGE, 800, 450, "png"));

        awaitOut(text -> builds(text) == 2);
        assertThat(pictures(deck)).isOne();
    }

    @Test
    void aThemeSavedRestylesTheDeckAndABrokenOneWaitsToBeFixed() throws Exception {
        Path essay = save(dir.resolve("talk.md"), ESSAY);
        String theme = Files.readString(Path.of("themes/default.yaml"));
        Path themeFile = save(dir.resolve("mine.yaml"), theme);
        watch("build", "--watch", essay.toString(), "-o", dir.resolve("out").toString(), "--theme", themeFile.toString());
        awaitOut(text -> text.contains("watching"));
        Path deck = dir.resolve("out/talk.pptx");
        assertThat(themeXml(deck)).contains("E8A33D");

        save(themeFile, "colors: [not, a, map\n");
        awaitErr(text -> text.contains("mine.yaml") && text.contains("no deck rebuilt until it is fixed"));

        save(themeFile, theme.replace("#E8A33D", "#B5179E"));
        awaitOut(text -> builds(text) == 2);
        assertThat(themeXml(deck)).contains("B5179E").doesNotContain("E8A33D");
    }

    private void watch(String... args) {
        watching = new Thread(() -> exit.set(Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true))),
                "lectern --watch");
        watching.setDaemon(true);
        watching.start();
    }

    private static int builds(String out) {
        return (int) out.lines().filter(line -> line.contains(" built in ")).count();
    }

    private void awaitOut(Predicate<String> done) throws InterruptedException {
        await(out, done);
    }

    private void awaitErr(Predicate<String> done) throws InterruptedException {
        await(err, done);
    }

    private void await(StringWriter what, Predicate<String> done) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!done.test(what.toString())) {
            assertThat(Instant.now()).as("still waiting; out:%n%s%nerr:%n%s", out, err).isBefore(giveUp);
            assertThat(watching.isAlive()).as("the watch ended early; out:%n%s%nerr:%n%s", out, err).isTrue();
            Thread.sleep(50);
        }
    }

    private static Path save(Path file, String text) throws IOException {
        return saveBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the file, and makes sure its time moves on even where a file system counts only whole seconds. */
    private static Path saveBytes(Path file, byte[] bytes) throws IOException {
        Instant before = Files.exists(file) ? Files.getLastModifiedTime(file).toInstant() : Instant.EPOCH;
        Files.write(file, bytes);
        Instant after = Files.getLastModifiedTime(file).toInstant();
        if (!after.isAfter(before.plusSeconds(1))) {
            Files.setLastModifiedTime(file, FileTime.from(before.plusSeconds(2)));
        }
        return file;
    }

    private static java.util.List<String> titles(Path deck) throws IOException {
        try (XMLSlideShow show = Cli.open(deck)) {
            return Cli.titles(show);
        }
    }

    private static int pictures(Path deck) throws IOException {
        try (XMLSlideShow show = Cli.open(deck)) {
            return show.getPictureData().size();
        }
    }

    private static String themeXml(Path deck) throws IOException {
        try (XMLSlideShow show = Cli.open(deck)) {
            return show.getSlideMasters().get(0).getTheme().getXmlObject().xmlText();
        }
    }
}
