package lectern.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import lectern.LecternException;
import lectern.Warnings;
import lectern.pipeline.Pipeline;
import lectern.testing.Seed;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed deck drawn by POI: the right files, of the right size, with real pixels in them. */
class PreviewTest {
    private static final int WIDTH = 480;
    @TempDir
    static Path dir;
    private static Pipeline.Result seed;
    private static Preview.Written written;
    private static Warnings warnings;
    private static byte[] deckBefore;

    @BeforeAll
    static void drawTheSeedDeck() throws IOException {
        seed = Seed.deck();
        deckBefore = Files.readAllBytes(seed.deck());
        Path folder = dir.resolve("when-execution-collapses");
        Files.createDirectories(folder);
        // Left over from a longer deck: must not survive the new preview.
        Files.write(folder.resolve("slide-99.png"), new byte[] {1});
        warnings = new Warnings();
        written = Preview.of(WIDTH, ThemeLoader.load("default")).write(seed.deck(), folder, warnings);
    }

    @Test
    void writesOnePicturePerSlideAtTheRequestedWidthAndTheSlidesShape() throws IOException {
        int slides = seed.plan().slides().size();
        assertThat(written.slides()).hasSize(slides);
        assertThat(written.slides().get(0).getFileName()).hasToString("slide-01.png");
        assertThat(written.slides().get(slides - 1).getFileName()).hasToString(String.format("slide-%02d.png", slides));
        for (Path file : written.slides()) {
            BufferedImage picture = ImageIO.read(file.toFile());
            assertThat(picture.getWidth()).isEqualTo(WIDTH);
            assertThat(picture.getHeight()).isEqualTo(WIDTH * 9 / 16);
        }
        try (var files = Files.list(written.folder())) {
            assertThat(files.map(f -> f.getFileName().toString())).doesNotContain("slide-99.png");
        }
    }

    @Test
    void theContactSheetHoldsEverySlideInItsGrid() throws IOException {
        BufferedImage sheet = ImageIO.read(written.contactSheet().toFile());
        ContactSheet.Grid grid = ContactSheet.grid(seed.plan().slides().size(), WIDTH, WIDTH * 9 / 16);
        assertThat(grid.columns()).isEqualTo(3);
        assertThat(grid.rows()).isEqualTo((seed.plan().slides().size() + 2) / 3);
        assertThat(sheet.getWidth()).isEqualTo(grid.width()).isBetween(3 * WIDTH, 3 * WIDTH + 4 * grid.gap());
        assertThat(sheet.getHeight()).isEqualTo(grid.height());
    }

    @Test
    void aPlainClaimsSlideShowsTheThemesBackground() throws IOException {
        // Slide 3 has one claim: its lower right is empty slide.
        BufferedImage claims = ImageIO.read(written.slides().get(2).toFile());
        int background = claims.getRGB(WIDTH * 9 / 10, WIDTH * 9 / 16 * 9 / 10);
        int[] rgb = channels(background);
        assertThat(rgb[0]).as("red").isCloseTo(0xF7, within(3));
        assertThat(rgb[1]).as("green").isCloseTo(0xF4, within(3));
        assertThat(rgb[2]).as("blue").isCloseTo(0xEE, within(3));
    }

    @Test
    void theTitleSlideShowsItsPictureAndText() throws IOException {
        BufferedImage title = ImageIO.read(written.slides().get(0).toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < title.getHeight(); y += 4) {
            for (int x = 0; x < title.getWidth(); x += 4) {
                colours.add(title.getRGB(x, y));
            }
        }
        assertThat(colours).hasSizeGreaterThan(500);
    }

    @Test
    void theFontsOfTheSeedDeckAreInstalledOrStoodInForSoThereIsNoWarning() {
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void theDeckFileIsOnlyRead() throws IOException {
        assertThat(Files.readAllBytes(seed.deck())).isEqualTo(deckBefore);
    }

    @Test
    void aFileThatIsNotADeckIsAOneLineError() throws IOException {
        Path fake = Files.writeString(dir.resolve("notes.pptx"), "just text");
        assertThatThrownBy(() -> Preview.of(WIDTH).write(fake, dir.resolve("notes"), new Warnings()))
                .isInstanceOf(LecternException.class)
                .hasMessage("is not a PowerPoint deck (.pptx)");
    }

    private static int[] channels(int rgb) {
        return new int[] {rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF};
    }

    @Test
    void anSvgPictureIsDrawnWholeUnderItsHeading(@TempDir Path other) throws IOException {
        Files.copy(Path.of("assets/src/castle-moat-dry.svg"), other.resolve("castle.svg"));
        Path essay = Files.writeString(other.resolve("vector.md"), "# T\n\n## Castle\n\n![A castle](castle.svg)\n\n**A claim.**\n");
        Path deck = other.resolve("vector.pptx");
        Seed.pipeline().build(essay, deck, new Warnings());
        Preview.Written drawn = Preview.of(WIDTH).write(deck, other.resolve("preview"), new Warnings());
        // A drawing too wide to stand beside the claim has a slide of its own, before the claim as in the essay,
        // shown whole under the heading: from 140 pt down, 356 pt high, centred.
        BufferedImage slide = ImageIO.read(drawn.slides().get(1).toFile());
        // The castle's dark walls stand in its middle, two fifths down; POI's SVG renderer drew nothing there.
        int rgb = slide.getRGB(WIDTH / 2, slide.getHeight() * (140 + 356 * 2 / 5) / 540);
        int luminance = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
        assertThat(luminance).isLessThan(100);
    }
}
