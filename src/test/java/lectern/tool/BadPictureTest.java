package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import lectern.Locations;
import lectern.testing.Cli;
import lectern.testing.CountingServer;
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
 * Nothing is fetched. (How pictures are read and checked is {@code lectern.picture}'s tests.)
 */
class BadPictureTest {
    @TempDir
    Path dir;

    private CountingServer server;

    @BeforeEach
    void listen() throws IOException {
        server = new CountingServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String web(String path) {
        return server.address(path);
    }

    private Path essay(String src) throws IOException {
        return lectern.testing.Essays.onePicture(dir, src);
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
                        "image drawing.svg is an SVG that cannot be drawn: it is not well-formed XML (line 1: XML "
                                + "document structures must start and end within the same entity)"),
                // Batik would take minutes over a hundred thousand, and then run out of stack.
                new Bad("an SVG nested 100,000 deep", "deep.svg", ("<svg xmlns='http://www.w3.org/2000/svg' width='9' "
                        + "height='9'>" + "<g>".repeat(100_000) + "<rect width='5' height='5'/>" + "</g>".repeat(100_000)
                        + "</svg>").getBytes(StandardCharsets.UTF_8), "image deep.svg is an SVG that cannot be drawn: it "
                        + "nests its elements more than 500 deep, more than Batik, which draws it for readers without "
                        + "SVG, can follow"));
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
            sparse.setLength(50L * 1024 * 1024 + 1);
        }
        Cli.Result result = Cli.run("build", essay("poster.png").toString(), "-o", dir.resolve("out").toString());
        assertThat(result.errLines()).singleElement().asString().endsWith("warning: image poster.png is 50 MB, more "
                + "than the 50 MB a picture may be; left a marked gap on slide 2 (make it smaller first)");
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
    void aPictureOnTheWebIsNeverFetched() throws IOException {
        Path essay = essay(web("/photo.png"));
        Cli.Result result = Cli.run("build", essay.toString(), "-o", dir.resolve("out").toString());
        assertThat(result.errLines()).containsExactly(Locations.format(essay, 5) + ": warning: image " + web("/photo.png")
                + " is on the web, and Lectern never fetches pictures; left off the slides (download it "
                + "beside the essay and refer to it there)");
        assertThat(server.requests()).isZero();
    }

    record NotAFile(String what, String src, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<NotAFile> notAFile() {
        return Stream.of(
                new NotAFile("a folder", "figures", "image figures is a folder, not a picture"),
                new NotAFile("a pipe", "pipe.png", "image pipe.png is not a regular file (a pipe or device), so Lectern "
                        + "does not read it"),
                new NotAFile("a device", "/dev/zero", "image zero is not a regular file (a pipe or device), so Lectern "
                        + "does not read it"));
    }

    /** Never opened: a pipe would wait for a writer that never comes, /dev/zero never end. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("notAFile")
    void aFolderAPipeOrADeviceIsSaidToBeOneAndNeverRead(NotAFile notAFile) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("figures"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.png").toString()).start();
        org.assertj.core.api.Assumptions.assumeThat(mkfifo.waitFor()).as("mkfifo").isZero();
        Path essay = essay(notAFile.src());
        Cli.Result result = Cli.run("build", essay.toString(), "-o", dir.resolve("out").toString()).saysNoJava();
        assertThat(result.exit()).isZero();
        assertThat(result.errLines()).containsExactly(Locations.format(essay, 5) + ": warning: " + notAFile.message()
                + "; left a marked gap on slide 2");
    }

    /**
     * CommonMark reads a picture's path as an address, {@code %20} a space; a file may be called so too, and a per
     * cent sign that begins no escape is the file's own.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "a%20b.jpg|<a%20b.jpg>", "a b.jpg|<a%20b.jpg>", "a b.jpg|a%20b.jpg", "100%.jpg|100%.jpg", "50%25.jpg|50%25.jpg"})
    void aPictureIsFoundByItsPathAsWrittenAndAsAnAddress(String file, String src) throws IOException {
        Files.copy(Path.of("assets/castle-moat-dry.jpg"), dir.resolve(file));
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("build", essay(src).toString(), "-o", out.toString()).saysNoJava();
        assertThat(result.err()).isEmpty();
        try (XMLSlideShow deck = Cli.open(out.resolve("talk.pptx"))) {
            assertThat(deck.getPictureData()).hasSize(1);
        }
    }
}
