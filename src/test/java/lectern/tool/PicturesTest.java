package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import lectern.Warnings;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.pptx.WriteOptions;
import lectern.testing.OoxmlSchemas;
import lectern.theme.ThemeLoader;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/** What goes into a deck for a picture: no more pixels than its frames need, vectors kept, crops with intent. */
class PicturesTest {
    @TempDir
    Path dir;

    private static void image(Path file, int width, int height, boolean transparent, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x1B2A41), width, height, new Color(0xE8A33D)));
        if (transparent) {
            g.fillOval(0, 0, width, height);
        } else {
            g.fillRect(0, 0, width, height);
            g.setColor(Color.WHITE);
            for (int i = 0; i < 400; i++) {
                g.drawLine(i * width / 400, 0, width - i * width / 400, height);
            }
        }
        g.dispose();
        ImageIO.write(image, format, file.toFile());
    }

    private XMLSlideShow build(String markdown, boolean keepOriginals) throws IOException {
        Path essay = dir.resolve("pictures.md");
        Files.writeString(essay, markdown);
        Path deck = dir.resolve(keepOriginals ? "kept.pptx" : "pictures.pptx");
        new Pipeline(ThemeLoader.load("default"), PlanOptions.DEFAULTS, WriteOptions.DEFAULTS.withKeepOriginals(keepOriginals))
                .build(essay, deck, new Warnings());
        assertThat(OoxmlSchemas.problems(deck)).isEmpty();
        try (InputStream in = Files.newInputStream(deck)) {
            return new XMLSlideShow(in);
        }
    }

    private static List<XSLFPictureShape> pictures(XMLSlideShow show) {
        return show.getSlides().stream().flatMap(s -> s.getShapes().stream())
                .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList();
    }

    @Test
    void aLargePhotoIsStoredWithTwiceTheFramesPixelsAt144DpiAsJpeg() throws IOException {
        image(dir.resolve("big.jpg"), 5000, 3000, false, "jpg");
        try (XMLSlideShow show = build("# T\n\n## Beside\n\n![Big](big.jpg)\n\n**A claim.**\n", false)) {
            XSLFPictureData data = pictures(show).get(0).getPictureData();
            assertThat(data.getType()).isEqualTo(PictureType.JPEG);
            // The frame is half the slide, 480 x 540 pt: covering 1920 x 2160 px takes the full height (a photograph
            // may lose up to half its width to the crop).
            var size = ImageIO.read(new ByteArrayInputStream(data.getData()));
            assertThat(size.getHeight()).isEqualTo(2160);
            assertThat(size.getWidth()).isEqualTo(3600);
        }
    }

    @Test
    void keepOriginalsPutsTheFileInAsItIs() throws IOException {
        image(dir.resolve("big.png"), 5000, 3000, false, "png");
        try (XMLSlideShow show = build("# T\n\n## Beside\n\n![Big](big.png)\n\n**A claim.**\n", true)) {
            assertThat(pictures(show).get(0).getPictureData().getData()).isEqualTo(Files.readAllBytes(dir.resolve("big.png")));
        }
    }

    @Test
    void aPictureUsedInTwoFramesKeepsWhatTheLargerNeeds() throws IOException {
        image(dir.resolve("big.jpg"), 6000, 3375, false, "jpg");
        try (XMLSlideShow show = build("![](big.jpg)\n\n# T\n\n## Beside\n\n![Big](big.jpg)\n\n**A claim.**\n", false)) {
            assertThat(show.getPictureData()).hasSize(1);
            var size = ImageIO.read(new ByteArrayInputStream(show.getPictureData().get(0).getData()));
            // Behind the whole title slide, 960 x 540 pt: 3840 px wide.
            assertThat(size.getWidth()).isEqualTo(3840);
        }
    }

    @Test
    void aTransparentPictureStaysPngAndASmallOneKeepsItsBytes() throws IOException {
        image(dir.resolve("round.png"), 6000, 6000, true, "png");
        image(dir.resolve("small.jpg"), 800, 450, false, "jpg");
        try (XMLSlideShow show = build("# T\n\n## A\n\n![Round](round.png)\n\n**C.**\n\n## B\n\n![Small](small.jpg)\n\n**D.**\n", false)) {
            List<XSLFPictureShape> pictures = pictures(show);
            assertThat(pictures.get(0).getPictureData().getType()).isEqualTo(PictureType.PNG);
            // A diagram is shown whole: in the 480 x 540 pt frame beside the claim, a circle 480 pt across.
            assertThat(ImageIO.read(new ByteArrayInputStream(pictures.get(0).getPictureData().getData())).getWidth()).isEqualTo(1920);
            assertThat(pictures.get(1).getPictureData().getData()).isEqualTo(Files.readAllBytes(dir.resolve("small.jpg")));
        }
    }

    @Test
    void anSvgIsStoredAsItselfWithAPngForOlderReaders() throws IOException {
        Files.copy(Path.of("assets/src/castle-moat-dry.svg"), dir.resolve("castle.svg"));
        try (XMLSlideShow show = build("# T\n\n## Vector\n\n![A castle](castle.svg)\n\n**A claim.**\n", false)) {
            XSLFPictureShape picture = pictures(show).get(0);
            assertThat(picture.getPictureData().getType()).isEqualTo(PictureType.PNG);
            assertThat(picture.getSvgImage()).isNotNull();
            assertThat(picture.getSvgImage().getType()).isEqualTo(PictureType.SVG);
            assertThat(picture.getSvgImage().getData()).isEqualTo(Files.readAllBytes(dir.resolve("castle.svg")));
            // Too wide to stand beside the claim, the drawing is shown whole under the heading, 356 pt high there
            // (the caption's room too, since it has none): its PNG has 2 pixels for each point.
            assertThat(ImageIO.read(new ByteArrayInputStream(picture.getPictureData().getData())).getHeight()).isEqualTo(712);
        }
    }

    @Test
    void anAuthorNamesTheFocusAtTheEndOfTheImagesAddress() throws IOException {
        image(dir.resolve("wide.jpg"), 1600, 1000, false, "jpg");
        try (XMLSlideShow show = build("# T\n\n## A\n\n![Wide](wide.jpg#focus=10,50)\n\n**C.**\n", false)) {
            CTPicture ct = (CTPicture) pictures(show).get(0).getXmlObject();
            assertThat(share(ct.getBlipFill().getSrcRect().getL())).isEqualTo(0.0);
            assertThat(share(ct.getBlipFill().getSrcRect().getR())).isGreaterThan(0.4);
        }
    }

    private static double share(Object edge) {
        return edge == null ? 0 : Math.round(Double.parseDouble(edge.toString().replace("%", "")) / 1000.0) / 100.0;
    }
}
