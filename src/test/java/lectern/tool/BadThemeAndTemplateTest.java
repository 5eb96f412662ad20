package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lectern.Locations;
import lectern.testing.Cli;
import lectern.testing.HostileZips;
import lectern.testing.Pictures;
import lectern.testing.Templates;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A theme or template that is missing, malformed or of the wrong kind stops the build before anything is
 * written, in one line naming the file (and the line, in a theme) and what is wrong; the deck built before stays.
 * A theme cannot make Lectern build objects of Java classes, and a template is held to POI's own zip-bomb
 * limits, and to the size a template may be, before POI reads it.
 */
class BadThemeAndTemplateTest {
    @TempDir
    Path dir;

    private Path essay;
    private Path out;
    private byte[] before;

    @BeforeEach
    void aDeckBuiltBefore() throws IOException {
        essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n\n## Part\n\n**A claim.** Prose.\n");
        out = dir.resolve("out");
        assertThat(Cli.run("build", essay.toString(), "-o", out.toString()).exit()).isZero();
        before = Files.readAllBytes(out.resolve("talk.pptx"));
    }

    /** A file to give as a theme or template, the line its problem is on (0: none) and what Lectern says. */
    record Bad(String what, String name, byte[] bytes, int line, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Bad> themes() throws IOException {
        String laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                + "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n";
        return Stream.of(
                new Bad("missing", "absent.yaml", null, 0, "no such theme file"),
                new Bad("malformed", "broken.yaml", text("name: Mine\ncolors: [unclosed\n"), 3,
                        "not valid YAML: expected ',' or ']', but got <stream end>"),
                new Bad("a list, not a map", "list.yaml", text("- one\n- two\n"), 0,
                        "the file must be a map of 'key: value' lines"),
                new Bad("empty", "empty.yaml", new byte[0], 0, "the file must be a map of 'key: value' lines"),
                new Bad("a picture", "picture.yaml", Pictures.of(Color.RED, 8, 8, "png"), 0,
                        "is not a theme file: it is not text (a theme is a .yaml file)"),
                new Bad("a deck", "deck.pptx", Files.readAllBytes(Path.of("assets/castle-moat-dry.jpg")), 0,
                        "is not a theme file: it is not text (a theme is a .yaml file)"),
                new Bad("a billion laughs", "laughs.yaml", text(laughs), 0,
                        "not valid YAML: Number of aliases for non-scalar nodes exceeds the specified max=50"),
                new Bad("a theme naming a template that is not there", "named.yaml",
                        text(defaultTheme() + "\ntemplate: corporate.pptx\n"), (int) defaultTheme().lines().count() + 2,
                        "template: no such file: DIR/corporate.pptx"));
    }

    private static String defaultTheme() {
        try {
            return Files.readString(Path.of("themes/default.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void aBadThemeStopsTheBuildInOneLine(Bad bad) throws IOException {
        Path theme = dir.resolve(bad.name());
        if (bad.bytes() != null) {
            Files.write(theme, bad.bytes());
        }
        refused("--theme", theme, bad);
    }

    static Stream<Bad> templates() throws IOException {
        ByteArrayOutputStream ole2 = new ByteArrayOutputStream();
        try (POIFSFileSystem old = new POIFSFileSystem()) {
            old.writeFilesystem(ole2);
        }
        Path made = Files.createTempDirectory("lectern-template");
        Path template = Templates.fourThree(made);
        byte[] deck = Files.readAllBytes(template);
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Our template, described");
            document.write(word);
        }
        return Stream.of(
                new Bad("missing", "absent.pptx", null, 0, "no such template"),
                new Bad("a picture", "logo.pptx", Pictures.of(Color.RED, 8, 8, "png"), 0,
                        "is not a PowerPoint template or deck (.pptx or .potx); it is a picture"),
                new Bad("text", "notes.potx", text("just words"), 0, "is not a PowerPoint template or deck (.pptx or .potx)"),
                new Bad("an old .ppt, or one with a password", "old.pptx", ole2.toByteArray(), 0,
                        "is an old PowerPoint file (.ppt or .pot) or a password-protected one; save it as .pptx or "
                                + ".potx without a password"),
                new Bad("cut short", "cut.pptx", Arrays.copyOf(deck, deck.length / 2), 0,
                        "is not a PowerPoint template or deck (.pptx or .potx): Truncated ZIP file"),
                new Bad("a Word document", "brand.potx", word.toByteArray(), 0,
                        "is a Word document (.docx), not a PowerPoint template or deck (.pptx or .potx)"),
                new Bad("a zip bomb", "bomb.pptx", zipBomb(), 0,
                        "looks like a zip bomb: ppt/presentation.xml unpacks to more than 100 times its packed size"),
                new Bad("a zip bomb whose header says how big it is", "sized.pptx", Files.readAllBytes(HostileZips.withBomb(
                        template, made.resolve("sized.pptx"), "ppt/bomb.xml", 200L << 20)), 0,
                        "looks like a zip bomb: ppt/bomb.xml unpacks to 200 MB, and no part of a template is over 80 MB"),
                new Bad("more parts than a template has", "parts.pptx", Files.readAllBytes(HostileZips.withParts(template,
                        made.resolve("parts.pptx"), 1_000)), 0,
                        "looks like a zip bomb: it holds more than the 1,000 parts a template may have"));
    }

    /** A .pptx of a few kilobytes that unpacks to 200 MB: what POI's inflate-ratio check is for. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(text("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"));
            zip.putNextEntry(new ZipEntry("ppt/presentation.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
        }
        return bytes.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aBadTemplateStopsTheBuildInOneLine(Bad bad) throws IOException {
        Path template = dir.resolve(bad.name());
        if (bad.bytes() != null) {
            Files.write(template, bad.bytes());
        }
        refused("--template", template, bad);
    }

    @Test
    void aFolderIsNeitherAThemeNorATemplate() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("design.yaml"));
        refused("--theme", folder, new Bad("", "", null, 0, "is a folder, not a theme file (a theme is a .yaml file)"));
        refused("--template", folder, new Bad("", "", null, 0, "is a folder, not a template (a .pptx or .potx file)"));
    }

    private void refused(String option, Path file, Bad bad) throws IOException {
        Cli.Result result = Cli.run("build", essay.toString(), "-o", out.toString(), option, file.toString()).saysNoJava();
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("lectern: " + Locations.format(file, bad.line()) + ": "
                + bad.message().replace("DIR", dir.toString()) + " (no deck written)");
        assertThat(Files.readAllBytes(out.resolve("talk.pptx"))).isEqualTo(before);
        assertThat(Cli.files(out)).containsExactly("talk.pptx");
    }

    @Test
    void aThemeCannotMakeLecternBuildAJavaObject() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/theme";
            Path theme = Files.writeString(dir.resolve("evil.yaml"), "name: !!java.net.URL [\"" + url + "\"]\n"
                    + "description: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\""
                    + url + "\"]]]]\n");
            refused("--theme", theme, new Bad("", "", null, 1, "not valid YAML: the tag !!java.net.URL is not "
                    + "allowed; write plain text, numbers, dates and lists"));
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    /** A template too big to hold in memory is refused by its size: it is never read (and takes no disk here). */
    @Test
    void aTemplateOfAGigabyteIsRefusedByItsSize() throws IOException {
        Path huge = HostileZips.withHugePart(Templates.fourThree(dir), dir.resolve("huge.potx"), "ppt/media/image9.png", 1L << 30);
        refused("--template", huge, new Bad("", "", null, 0,
                "is 1.0 GB, too large for a template: Lectern reads templates of up to 100 MB"));
    }

    /**
     * POI's zip-bomb limits are global, and a deck Lectern wrote is read back by wider ones (its notes may pack 300
     * to 1); a template, read after one was, is still held to POI's own 100 to 1 and 1,000 parts.
     */
    @Test
    void aTemplateIsHeldToPoisOwnLimitsAfterADeckWasReadBack() throws IOException {
        assertThat(Cli.run("check", out.resolve("talk.pptx").toString()).err()).doesNotContain("zip bomb", "cannot read");
        assertThat(ZipSecureFile.getMinInflateRatio()).isLessThan(0.01);
        Path chant = HostileZips.withChant(Templates.fourThree(dir), dir.resolve("chant.pptx"), "ppt/chant.xml", 60_000);
        refused("--template", chant, new Bad("", "", null, 0,
                "looks like a zip bomb: ppt/chant.xml unpacks to more than 100 times its packed size"));
        refused("--template", HostileZips.withParts(Templates.fourThree(dir), dir.resolve("parts.pptx"), 1_000),
                new Bad("", "", null, 0, "looks like a zip bomb: it holds more than the 1,000 parts a template may have"));
    }
}
