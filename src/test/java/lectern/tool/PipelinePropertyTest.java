package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import lectern.LecternException;
import lectern.Warnings;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.testing.OoxmlSchemas;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of generated essays through the whole pipeline. For each: Lectern either writes a deck or reports
 * one of its own errors (never anything else); every deck validates against the ECMA-376 schemas; and every word
 * of the prose is on a slide or in the notes. Seeds are fixed so CI repeats itself;
 * {@code -Dlectern.fuzz.essays=20000 -Dlectern.fuzz.seed=N} runs longer or elsewhere.
 */
class PipelinePropertyTest {
    private static final int ESSAYS = Integer.getInteger("lectern.fuzz.essays", 2000);
    private static final long SEED = Long.getLong("lectern.fuzz.seed", 20261124L);
    private static final int REPORTED = 8;

    @Test
    void everyGeneratedEssayBecomesAValidDeckWithAllItsProseOrALecternError(@TempDir Path dir) throws Exception {
        pictures(dir);
        Pipeline pipeline = new Pipeline(ThemeLoader.load("default"), PlanOptions.DEFAULTS);
        List<String> failures = new ArrayList<>();
        int decks = 0;
        int refused = 0;
        for (int i = 0; i < ESSAYS && failures.size() < REPORTED; i++) {
            long seed = SEED + i;
            String markdown = EssayGenerator.essay(seed);
            Path essay = Files.writeString(dir.resolve("content").resolve("essay-" + seed + ".md"), markdown);
            Path deck = dir.resolve("out").resolve("essay-" + seed + ".pptx");
            try {
                pipeline.build(essay, deck, new Warnings());
            } catch (LecternException e) {
                refused++;
                if (e.userMessage().contains("\n") || e.getMessage() == null) {
                    failures.add(keep(seed, markdown, "its error is not one line: " + e.userMessage()));
                }
                continue;
            } catch (RuntimeException | Error e) {
                failures.add(keep(seed, markdown, "threw " + e));
                continue;
            }
            decks++;
            List<String> invalid = OoxmlSchemas.problems(deck);
            if (!invalid.isEmpty()) {
                failures.add(keep(seed, markdown, "deck does not validate: " + invalid.get(0)));
            }
            Map<String, Integer> lost = DeckWords.missing(DeckWords.ofEssay(markdown), DeckWords.ofDeck(deck));
            if (!lost.isEmpty()) {
                failures.add(keep(seed, markdown, "prose lost: " + lost));
            }
            Files.delete(deck);
            Files.delete(essay);
        }
        assertThat(failures).as("essays that broke a property (kept under target/fuzz/ to replay)").isEmpty();
        assertThat(decks).as("most generated essays must make decks, or the test proves little").isGreaterThan(ESSAYS * 9 / 10);
        assertThat(refused + decks).isEqualTo(ESSAYS);
    }

    /** The pictures generated essays name: good ones, a broken one, and one outside the essay's project. */
    static void pictures(Path dir) throws IOException {
        Path assets = Files.createDirectories(dir.resolve("assets"));
        Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("out"));
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", assets.resolve("ok.png").toFile());
        ImageIO.write(image, "jpg", assets.resolve("ok.jpg").toFile());
        ImageIO.write(image, "png", dir.resolve("outside.png").toFile());
        Files.write(assets.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Files.writeString(assets.resolve("ok.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"30\">"
                + "<rect width=\"40\" height=\"30\" fill=\"teal\"/></svg>");
    }

    private static String keep(long seed, String markdown, String problem) {
        try {
            Path kept = Files.createDirectories(Path.of("target", "fuzz")).resolve("essay-" + seed + ".md");
            Files.writeString(kept, markdown);
            return "seed " + seed + " (" + kept + "): " + problem;
        } catch (IOException e) {
            return "seed " + seed + ": " + problem;
        }
    }
}
