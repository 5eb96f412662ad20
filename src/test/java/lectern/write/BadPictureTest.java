package lectern.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import lectern.Locations;
import lectern.testing.Cli;
import lectern.testing.OoxmlSchemas;
import lectern.testing.Pictures;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A picture that cannot go into a deck leaves a marked gap on its slide and one warning that names the essay's
 * line, what is wrong with the picture and what the author can do; one Lectern can convert goes in converted.
 * Nothing is fetched, and nothing is decoded at a size that could fill the memory.
 */
class BadPictureTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void listen() throws IOException {
        // Counts every request, so a test can prove Lectern fetched nothing.
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] red = Pictures.of(Color.RED, 32, 32, "png");
            exchange.sendResponseHeaders(200, red.length);
            exchange.getResponseBody().write(red);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String web(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Path essay(String src) throws IOException {
        return Files.writeString(dir.resolve("talk.md"), "# Talk\n\n## Picture\n\n![A picture](" + src
                + ")\n\n**A claim beside it.** Prose.\n");
    }

    record Bad(String what, String file, byte[] bytes, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Bad> bad() throws IOException {
        byte[] png = Pictures.of(Color.BLUE, 300, 200, "png");
        byte[] jpeg = Files.readAllBytes(Path.of("assets/castle-moat-dry.jpg"));
        return Stream.of(
                new Bad("missing", "elsewhere.png", null, "image missing.png not found"),
                new Bad("zero bytes", "empty.png", new byte[0], "image empty.png is empty (0 bytes)"),
                new Bad("corrupt header", "broken.jpg", Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 64),
                        "image broken.jpg is damaged: its header cannot be read"),
                new Bad("truncated PNG", "cut.png", Arrays.copyOf(png, png.length - 40),
                        "image cut.png is damaged: its picture data is cut short or corrupt"),
                new Bad("truncated JPEG", "cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 3),
                        "image cut.jpg is damaged: its picture data is cut short or corrupt"),
                new Bad("not a picture", "notes.png", "Some notes, not a picture.".getBytes(StandardCharsets.UTF_8),
                        "image notes.png is not a JPEG, PNG, GIF, BMP, TIFF or SVG file"),
                new Bad("WebP", "photo.webp", Pictures.webpHeader(), "image photo.webp is a WebP picture, which "
                        + "Lectern cannot put into a deck; left a marked gap on slide 2 (convert it to PNG or JPEG "
                        + "first, for example: magick photo.webp photo.png)"),
                new Bad("HEIC", "IMG_0042.HEIC", Pictures.heicHeader(), "image IMG_0042.HEIC is a HEIC picture, "
                        + "which Lectern cannot put into a deck; left a marked gap on slide 2 (convert it to PNG or "
                        + "JPEG first, for example: magick IMG_0042.HEIC IMG_0042.png)"),
                new Bad("30,000 × 30,000 pixels", "huge.png", Pictures.blankPng(30_000, 30_000), "image huge.png is "
                        + "30000 × 30000 pixels, more than the 100 megapixels Lectern reads; left a marked gap on "
                        + "slide 2 (make it smaller first: 4000 pixels across is plenty for a slide)"),
                new Bad("an SVG that is not SVG", "drawing.svg",
                        "<svg xmlns='http://www.w3.org/2000/svg'><rect width='1'".getBytes(StandardCharsets.UTF_8),
                        "image drawing.svg is an SVG that cannot be drawn (not valid SVG, or no size)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void aPictureThatCannotGoInLeavesAMarkedGapAndOneWarning(Bad bad) throws IOException {
        String name = bad.bytes() == null ? "missing.png" : bad.file();
        if (bad.bytes() != null) {
            Files.write(dir.resolve(bad.file()), bad.bytes());
        }
        Path essay = essay(name);
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("build", essay.toString(), "-o", out.toString()).saysNoJava();

        assertThat(result.exit()).isZero();
        String message = bad.message().contains("left a marked gap") ? bad.message()
                : bad.message() + "; left a marked gap on slide 2";
        assertThat(result.errLines()).containsExactly(Locations.format(essay, 5) + ": warning: " + message);
        try (XMLSlideShow deck = Cli.open(out.resolve("talk.pptx"))) {
            assertThat(deck.getSlides().get(1).getShapes()).extracting(XSLFShape::getShapeName).contains("Missing picture");
            assertThat(deck.getPictureData()).isEmpty();
        }
    }

    @Test
    void aPictureFileOverTheSizeLimitIsRefusedWithoutBeingRead() throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(dir.resolve("poster.png").toFile(), "rw")) {
            sparse.setLength(PictureFile.MAX_BYTES + 1);
        }
        Cli.Result result = Cli.run("build", essay("poster.png").toString(), "-o", dir.resolve("out").toString());
        assertThat(result.errLines()).singleElement().asString().endsWith("warning: image poster.png is 50 MB, more "
                + "than the 50 MB a picture may be; left a marked gap on slide 2 (make it smaller first)");
    }

    @Test
    void aHugePictureIsRefusedFromItsHeaderWithoutDecodingAPixel() throws Exception {
        Path huge = Files.write(dir.resolve("huge.png"), Pictures.blankPng(30_000, 30_000));
        assertThat(Files.size(huge)).isLessThan(200_000);
        long before = allocated();
        assertThatThrownBy(() -> PictureFile.load("huge.png", essay("huge.png"), PictureFolders.of(dir.resolve("talk.md"), List.of())))
                .isInstanceOf(PictureFile.Problem.class).hasMessageContaining("30000 × 30000 pixels");
        // The picture would take 3.6 GB as pixels; reading its file and header takes a few hundred kilobytes.
        assertThat(allocated() - before).isLessThan(16L << 20);
    }

    @Test
    void aPictureJustWithinThePixelLimitIsDecodedWithoutEverHoldingItsFullSize() throws Exception {
        Path big = Files.write(dir.resolve("big.png"), Pictures.blankPng(10_000, 10_000));
        assertThat(Files.size(big)).isLessThan(50_000);
        PictureFile file = PictureFile.load("big.png", essay("big.png"), PictureFolders.of(dir.resolve("talk.md"), List.of()));
        long before = allocated();
        // Decoded, scaled to a fifth and encoded: the file stays (it is smaller than any re-encoding of it).
        assertThat(Resampler.fit(file, 0.2)).isEmpty();
        // At full size as the pixels Java draws with, 10,000 × 10,000 would be 400 MB.
        assertThat(allocated() - before).isLessThan(100L << 20);
    }

    /** Bytes this thread has allocated so far: what decoding a picture costs, whatever the collector does. */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void aTiffGoesInAsPng() throws IOException {
        Files.write(dir.resolve("scan.tif"), Pictures.of(Color.ORANGE, 120, 80, "tiff"));
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("build", essay("scan.tif").toString(), "-o", out.toString());
        assertThat(result.err()).isEmpty();
        try (XMLSlideShow deck = Cli.open(out.resolve("talk.pptx"))) {
            assertThat(deck.getPictureData()).singleElement().satisfies(data -> {
                assertThat(data.getType()).isEqualTo(PictureType.PNG);
                assertThat(ImageIO.read(new ByteArrayInputStream(data.getData())).getRGB(60, 40)).isEqualTo(Color.ORANGE.getRGB());
            });
        }
        assertThat(OoxmlSchemas.problems(out.resolve("talk.pptx"))).isEmpty();
    }

    /**
     * An animated GIF stays animated: the author chose it, and PowerPoint, Keynote and Impress play it in the
     * show. Only Lectern's own checks and previews look at its first frame.
     */
    @Test
    void anAnimatedGifKeepsEveryFrame() throws IOException {
        byte[] gif = Pictures.animatedGif(Color.RED, Color.GREEN, Color.BLUE);
        Files.write(dir.resolve("spinner.gif"), gif);
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("build", essay("spinner.gif").toString(), "-o", out.toString());
        assertThat(result.err()).isEmpty();
        try (XMLSlideShow deck = Cli.open(out.resolve("talk.pptx"))) {
            XSLFPictureData data = deck.getPictureData().get(0);
            assertThat(data.getType()).isEqualTo(PictureType.GIF);
            assertThat(data.getData()).isEqualTo(gif);
            assertThat(frames(data.getData())).isEqualTo(3);
        }
    }

    private static int frames(byte[] gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return reader.getNumImages(true);
        }
    }

    @Test
    void anInlinePictureIsDecodedAndGoesIn() throws IOException {
        byte[] png = Pictures.of(Color.MAGENTA, 40, 30, "png");
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("build", essay("data:image/png;base64," + Base64.getEncoder().encodeToString(png))
                .toString(), "-o", out.toString());
        assertThat(result.err()).isEmpty();
        try (XMLSlideShow deck = Cli.open(out.resolve("talk.pptx"))) {
            assertThat(deck.getPictureData()).singleElement().satisfies(data -> assertThat(data.getData()).isEqualTo(png));
        }
    }

    @Test
    void aBrokenInlinePictureLeavesAGap() throws IOException {
        Path essay = essay("data:image/png;base64,@@@@");
        Cli.Result result = Cli.run("build", essay.toString(), "-o", dir.resolve("out").toString());
        assertThat(result.errLines()).containsExactly(Locations.format(essay, 5) + ": warning: inline picture "
                + "(data:image/png;base64,@@@@) is not valid base64; left a marked gap on slide 2");
    }

    @Test
    void anInlinePictureOverTheSizeLimitIsRefusedBeforeItIsDecoded() {
        String src = "data:image/png;base64," + "A".repeat((int) (PictureFile.MAX_BYTES / 3 * 4) + 8);
        assertThatThrownBy(() -> InlinePicture.decode(src)).isInstanceOf(PictureFile.Problem.class)
                .hasMessage("inline picture (data:image/png;base64,AAAAAAAAAAAAAAA...) is larger than the 50 MB a picture may be");
    }

    @Test
    void aPictureOnTheWebIsNeverFetched() throws IOException {
        Path essay = essay(web("/photo.png"));
        Cli.Result result = Cli.run("build", essay.toString(), "-o", dir.resolve("out").toString());
        assertThat(result.errLines()).containsExactly(Locations.format(essay, 5) + ": warning: image " + web("/photo.png")
                + " is on the web, and Lectern never fetches pictures; left a marked gap on slide 2 (download it "
                + "beside the essay and refer to it there)");
        assertThat(requests).hasValue(0);
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
                + inside.replace("WEB", web("")).replace("FILE", secret.toUri().toString()) + "</svg>")
                .getBytes(StandardCharsets.UTF_8);
        try {
            byte[] png = SvgPicture.png(svg, 100, 100);
            // Drawn without what it reaches for: nothing red, nothing fetched.
            assertThat(ImageIO.read(new ByteArrayInputStream(png)).getRGB(50, 50)).isNotEqualTo(Color.RED.getRGB());
        } catch (SvgPicture.ReachesOut refused) {
            assertThat(refused.address()).isNotBlank();
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void anSvgThatReachesForALocalFileLeavesAGapAndSaysWhatItNames() throws IOException {
        Path secret = Files.write(dir.resolve("secret.png"), Pictures.of(Color.RED, 32, 32, "png"));
        Files.writeString(dir.resolve("chart.svg"), "<svg xmlns='http://www.w3.org/2000/svg' "
                + "xmlns:xlink='http://www.w3.org/1999/xlink' width='100' height='100'><image xlink:href='"
                + secret.toUri() + "' width='100' height='100'/></svg>");
        Path essay = essay("chart.svg");
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("build", essay.toString(), "-o", out.toString());
        assertThat(result.errLines()).singleElement().asString().startsWith(Locations.format(essay, 5) + ": warning: "
                + "image chart.svg is an SVG that draws on a file or address outside itself, which Lectern never "
                + "reads; left a marked gap on slide 2 (it names file:").endsWith("secret.png; put that picture inside the SVG)");
        try (XMLSlideShow deck = Cli.open(out.resolve("talk.pptx"))) {
            assertThat(deck.getPictureData()).isEmpty();
        }
    }

    @Test
    void anSvgWithAnExternalEntityReadsNothing() throws IOException {
        byte[] svg = ("<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY secret SYSTEM '" + web("/entity.txt") + "'>]>"
                + "<svg xmlns='http://www.w3.org/2000/svg' width='100' height='100'><text y='50'>&secret;</text></svg>")
                .getBytes(StandardCharsets.UTF_8);
        try {
            SvgPicture.png(svg, 100, 100);
        } catch (IOException | RuntimeException refused) {
            // Refusing it is as good as drawing it without the entity.
        }
        assertThat(requests).hasValue(0);
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
}
