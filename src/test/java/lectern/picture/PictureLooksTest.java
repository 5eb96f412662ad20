package lectern.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import lectern.picture.PictureLook.Kind;
import lectern.testing.Allocated;
import lectern.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture is a diagram (seen whole) or a photograph (may be cropped), told by its own pixels. */
class PictureLooksTest {
    @TempDir
    Path dir;

    private Optional<PictureLook> look(byte[] bytes) throws IOException, PictureProblem {
        return PictureLooks.of(file(bytes));
    }

    private PictureFile file(byte[] bytes) throws IOException, PictureProblem {
        Path essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n");
        Files.write(dir.resolve("picture"), bytes);
        return PictureFile.load("picture", essay, PictureFolders.of(essay, List.of()));
    }

    private static byte[] encoded(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A bar chart as a plotting library draws one: white, an axis, three flat bars, antialiased edges. */
    private static BufferedImage chart(int type) {
        BufferedImage image = new BufferedImage(600, 400, type);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (type == BufferedImage.TYPE_INT_RGB) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 600, 400);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2));
        g.drawLine(50, 350, 570, 350);
        g.drawLine(50, 30, 50, 350);
        Color[] bars = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44)};
        for (int i = 0; i < bars.length; i++) {
            g.setColor(bars[i]);
            g.fillRect(90 + i * 160, 100 + i * 60, 100, 250 - i * 60);
        }
        g.drawString("inflammation", 250, 380);
        g.dispose();
        return image;
    }

    /** Light falling across a scene, with a sensor's noise in every pixel: what no chart looks like. */
    private static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = clamp(60 + 120 * x / width + (int) (noise.nextGaussian() * 12));
                int g = clamp(90 + 80 * y / height + (int) (noise.nextGaussian() * 12));
                int b = clamp(140 - 60 * (x + y) / (width + height) + (int) (noise.nextGaussian() * 12));
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    private static int clamp(int channel) {
        return Math.max(0, Math.min(255, channel));
    }

    @Test
    void aFlatColourChartIsADiagram() throws Exception {
        assertThat(look(encoded(chart(BufferedImage.TYPE_INT_RGB), "png")))
                .contains(new PictureLook(600, 400, Kind.DIAGRAM, false));
        // Saved as JPEG, the same chart is taken for a photograph: cameras save JPEG, and so do illustrations made
        // to be cropped (the seed essay's, flat as they are).
        assertThat(look(encoded(chart(BufferedImage.TYPE_INT_RGB), "jpeg"))).map(PictureLook::kind).contains(Kind.PHOTOGRAPH);
    }

    @Test
    void aPngThatLetsTheSlideThroughIsATransparentDiagram() throws Exception {
        assertThat(look(encoded(chart(BufferedImage.TYPE_INT_ARGB), "png")))
                .contains(new PictureLook(600, 400, Kind.DIAGRAM, true));
    }

    @Test
    void aPngWithAnAlphaChannelItNeverUsesIsNotTransparent() throws Exception {
        BufferedImage opaque = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        opaque.createGraphics().drawImage(photo(300, 200), 0, 0, null);
        assertThat(look(encoded(opaque, "png"))).contains(new PictureLook(300, 200, Kind.PHOTOGRAPH, false));
    }

    @Test
    void aNoisyJpegIsAPhotograph() throws Exception {
        PictureLook look = look(encoded(photo(640, 480), "jpeg")).orElseThrow();
        assertThat(look).isEqualTo(new PictureLook(640, 480, Kind.PHOTOGRAPH, false));
        assertThat(look.aspect()).isEqualTo(4 / 3.0);
    }

    @Test
    void aTinyPhotographIsNotTakenForADiagramForHavingFewPixels() throws Exception {
        assertThat(look(encoded(photo(40, 30), "png"))).map(PictureLook::kind).contains(Kind.PHOTOGRAPH);
        assertThat(look(Pictures.of(Color.ORANGE, 40, 30, "png"))).map(PictureLook::kind).contains(Kind.DIAGRAM);
    }

    @Test
    void aGifIsADiagramWhateverItShows() throws Exception {
        assertThat(look(encoded(photo(200, 100), "gif"))).map(PictureLook::kind).contains(Kind.DIAGRAM);
    }

    @Test
    void anSvgIsADiagramTransparentUnlessItPaintsItsWholeCanvas() throws Exception {
        String circle = "<circle cx='200' cy='100' r='90' fill='#1F77B4'/>";
        byte[] bare = ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 200'>" + circle + "</svg>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] painted = ("<svg xmlns='http://www.w3.org/2000/svg' width='400pt' height='200pt' viewBox='0 0 400 200'>"
                + "<rect width='100%' height='100%' fill='white'/>" + circle + "</svg>").getBytes(StandardCharsets.UTF_8);
        assertThat(look(bare)).contains(new PictureLook(400, 200, Kind.DIAGRAM, true));
        assertThat(look(painted)).contains(new PictureLook(400, 200, Kind.DIAGRAM, false));
    }

    @Test
    void anSvgThatDrawsNothingCannotBeUsed() throws Exception {
        assertThat(look("<svg xmlns='http://www.w3.org/2000/svg' width='40' height='40'/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void aHugePictureIsJudgedByASampleOfItsPixels() throws Exception {
        PictureFile huge = file(Pictures.blankPng(10_000, 10_000));
        long before = Allocated.bytes();
        assertThat(PictureLooks.of(huge)).contains(new PictureLook(10_000, 10_000, Kind.DIAGRAM, false));
        // Decoded whole, its 100 megapixels would take 12.5 MB even at one bit each; a grid of 65,000 takes none of it.
        assertThat(Allocated.bytes() - before).isLessThan(8L << 20);
    }
}
