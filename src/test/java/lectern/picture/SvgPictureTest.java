package lectern.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import lectern.testing.CountingServer;
import lectern.testing.Pictures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An SVG is drawn shut in: no script runs, nothing outside it is read or fetched, and its own size is kept. */
class SvgPictureTest {
    @TempDir
    Path dir;

    private CountingServer web;

    @BeforeEach
    void listen() throws IOException {
        web = new CountingServer();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    /** SVGs that would make Batik fetch or read something outside them, each in its own way. */
    static Stream<String> reachingOut() {
        return Stream.of(
                "<image xlink:href='WEB/picture.png' width='100' height='100'/>",
                "<image xlink:href='FILE' width='100' height='100'/>",
                "<use xlink:href='WEB/other.svg#shape'/>",
                "<style>@import url(WEB/style.css);</style><rect width='10' height='10'/>",
                "<rect width='10' height='10' style='fill:url(WEB/paint.svg#p)'/>",
                "<script type='application/java-archive' xlink:href='WEB/evil.jar'/><rect width='10' height='10'/>",
                "<script>var x = 1;</script><rect width='10' height='10' onload='x = 2'/>");
    }

    @ParameterizedTest
    @MethodSource("reachingOut")
    void anSvgThatReachesOutIsNeitherFetchedNorRead(String inside) throws IOException {
        Path secret = Files.write(dir.resolve("secret.png"), Pictures.of(Color.RED, 32, 32, "png"));
        byte[] svg = ("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='100' "
                + "height='100'><rect width='100' height='100' fill='white'/>"
                + inside.replace("WEB", web.address("")).replace("FILE", secret.toUri().toString()) + "</svg>")
                .getBytes(StandardCharsets.UTF_8);
        try {
            byte[] png = SvgPicture.png(svg, 100, 100);
            // Drawn without what it reaches for: nothing red, nothing fetched.
            assertThat(ImageIO.read(new ByteArrayInputStream(png)).getRGB(50, 50)).isNotEqualTo(Color.RED.getRGB());
        } catch (SvgPicture.ReachesOut refused) {
            assertThat(refused.address()).isNotBlank();
        }
        assertThat(web.requests()).isZero();
    }

    @Test
    void anSvgWithAnExternalEntityReadsNothing() {
        byte[] svg = ("<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY secret SYSTEM '" + web.address("/entity.txt") + "'>]>"
                + "<svg xmlns='http://www.w3.org/2000/svg' width='100' height='100'><text y='50'>&secret;</text></svg>")
                .getBytes(StandardCharsets.UTF_8);
        try {
            SvgPicture.png(svg, 100, 100);
        } catch (IOException | RuntimeException refused) {
            // Refusing it is as good as drawing it without the entity.
        }
        assertThat(web.requests()).isZero();
    }

    @Test
    void anSvgMayCarryItsOwnPictures() throws IOException {
        String red = Base64.getEncoder().encodeToString(("<svg xmlns='http://www.w3.org/2000/svg' width='8' height='8'>"
                + "<rect width='8' height='8' fill='#FF0000'/></svg>").getBytes(StandardCharsets.UTF_8));
        byte[] svg = ("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='100' "
                + "height='100'><image xlink:href='data:image/svg+xml;base64," + red + "' width='100' height='100'/></svg>")
                .getBytes(StandardCharsets.UTF_8);
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(SvgPicture.png(svg, 100, 100)));
        assertThat(drawn.getRGB(4, 4)).isEqualTo(Color.RED.getRGB());
    }

    @Test
    void anSvgIsSizedByItsViewBoxElseByItsWidthAndHeight() throws IOException {
        byte[] boxed = "<svg xmlns='http://www.w3.org/2000/svg' width='10cm' height='5cm' viewBox='0 0 400 200'/>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] sized = "<svg xmlns='http://www.w3.org/2000/svg' width='300' height='150'/>".getBytes(StandardCharsets.UTF_8);
        assertThat(SvgPicture.dimensions(boxed)).containsExactly(400, 200);
        assertThat(SvgPicture.dimensions(sized)).containsExactly(300, 150);
    }

    /** The smallest rectangle holding every pixel that is not fully transparent. */
    static java.awt.Rectangle drawn(BufferedImage image) {
        java.awt.Rectangle bounds = null;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) >>> 24 != 0) {
                    java.awt.Rectangle pixel = new java.awt.Rectangle(x, y, 1, 1);
                    bounds = bounds == null ? pixel : bounds.union(pixel);
                }
            }
        }
        return bounds == null ? new java.awt.Rectangle() : bounds;
    }

    /** SVGs whose view box a full-size circle fills, whatever size and units the file says it is. */
    static Stream<String> sized() {
        return Stream.of(
                "width='32' height='32' viewBox='0 0 512 512'",
                "width='210mm' height='210mm' viewBox='0 0 512 512'",
                "width='100%' height='100%' viewBox='0 0 512 512'",
                "viewBox='0 0 512 512'",
                "width='512' height='512'",
                "width='135.47mm' height='135.47mm'");
    }

    @ParameterizedTest
    @MethodSource("sized")
    void theDrawingFillsThePngWhateverSizeTheSvgSays(String size) throws IOException {
        byte[] svg = ("<svg xmlns='http://www.w3.org/2000/svg' " + size + "><circle cx='256' cy='256' r='256' "
                + "fill='#0A0'/></svg>").getBytes(StandardCharsets.UTF_8);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(SvgPicture.png(svg, 400, 400)));
        java.awt.Rectangle drawn = drawn(png);
        assertThat(drawn.width).isGreaterThanOrEqualTo(360);
        assertThat(drawn.height).isGreaterThanOrEqualTo(360);
    }

    @Test
    void aPngOfOtherProportionsHoldsTheWholeDrawingCentred() throws IOException {
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 50'><rect width='100' height='50'/></svg>"
                .getBytes(StandardCharsets.UTF_8);
        java.awt.Rectangle drawn = drawn(SvgPicture.draw(svg, 200, 200));
        assertThat(drawn).isEqualTo(new java.awt.Rectangle(0, 50, 200, 100));
    }

    @Test
    void anSvgMayCarryPngAndJpegPicturesToo() throws IOException {
        for (String format : new String[] {"png", "jpeg", "gif"}) {
            String red = Base64.getEncoder().encodeToString(Pictures.of(Color.RED, 8, 8, format));
            byte[] svg = ("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
                    + "viewBox='0 0 100 100'><image xlink:href='data:image/" + format + ";base64," + red
                    + "' width='100' height='100'/></svg>").getBytes(StandardCharsets.UTF_8);
            int pixel = SvgPicture.draw(svg, 100, 100).getRGB(50, 50);
            assertThat(new Color(pixel, true).getRed()).as(format).isGreaterThan(240);
            assertThat(new Color(pixel, true).getGreen()).as(format).isLessThan(15);
        }
    }

    @Test
    void aPictureInsideWithMorePixelsThanLecternReadsIsNotDecoded() throws IOException {
        String huge = Base64.getEncoder().encodeToString(Pictures.blankPng(30_000, 30_000));
        byte[] svg = ("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
                + "viewBox='0 0 100 100'><image xlink:href='data:image/png;base64," + huge
                + "' width='100' height='100'/></svg>").getBytes(StandardCharsets.UTF_8);
        long before = lectern.testing.Allocated.bytes();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SvgPicture.dimensions(svg))
                .isInstanceOf(Undrawable.class).hasMessageStartingWith("the URI \"data:image/png...\" on element <image> can't be opened");
        assertThat(lectern.testing.Allocated.bytes() - before).isLessThan(64L << 20);
    }
}
