package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import lectern.Locations;
import lectern.testing.Cli;
import lectern.testing.CountingServer;
import lectern.testing.Essays;
import lectern.testing.OoxmlSchemas;
import lectern.testing.Pictures;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An SVG is a picture and nothing more once in a deck: what would run in it is taken out, with one warning per
 * picture that says what; one that would load anything outside itself is refused, with a warning that says what it
 * names. Nothing is fetched.
 */
class BadSvgTest {
    @TempDir
    Path dir;

    private Path essay(String src) throws IOException {
        return Essays.onePicture(dir, src);
    }

    private static final String SVG = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
            + "width='100' height='100'>";

    record Outside(String what, String svg, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    /** SVGs that would draw on something outside themselves; WEB stands for the address of a server that counts. */
    static Stream<Outside> outside() {
        String file = "image chart.svg is refused: it refers to a file outside itself, which Lectern never reads; left a "
                + "marked gap on slide 2 (it names ";
        String web = "image chart.svg is refused: it refers to the web, and Lectern never fetches pictures; left a "
                + "marked gap on slide 2 (it names WEB/";
        String entity = "image chart.svg is refused: it declares an external entity, which Lectern never reads; left a "
                + "marked gap on slide 2 (it names ";
        return Stream.of(
                new Outside("a picture beside it", SVG + "<image xlink:href='secret.png' width='100' height='100'/></svg>",
                        file + "secret.png; put that picture inside the SVG)"),
                new Outside("a picture by its file: address", SVG + "<image xlink:href='SECRET' width='10' height='10'/></svg>",
                        file + "SECRET; put that picture inside the SVG)"),
                new Outside("a part of another SVG", SVG + "<use href='other.svg#shape'/></svg>",
                        file + "other.svg#shape; put that picture inside the SVG)"),
                new Outside("a picture on the web", SVG + "<image href='WEB/photo.png' width='100' height='100'/></svg>",
                        web + "photo.png; put that picture inside the SVG)"),
                new Outside("a style sheet on the web", SVG + "<style>@import url(WEB/style.css);</style><rect width='5' "
                        + "height='5'/></svg>", web + "style.css; put that picture inside the SVG)"),
                new Outside("a fill from the web", SVG + "<rect width='5' height='5' style='fill: url(\"WEB/a.svg#g\")'/></svg>",
                        web + "a.svg#g; put that picture inside the SVG)"),
                new Outside("an external entity", "<?xml version='1.0'?>\n<!DOCTYPE svg [<!ENTITY name SYSTEM "
                        + "'file:///etc/hostname'>]>\n" + SVG + "<text y='20'>&name;</text></svg>",
                        entity + "file:///etc/hostname; an SVG needs none: remove the declaration)"),
                new Outside("a DTD on the web", "<!DOCTYPE svg SYSTEM 'WEB/svg.dtd'>\n" + SVG + "<rect width='5' height='5'/></svg>",
                        entity + "WEB/svg.dtd; an SVG needs none: remove the declaration)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outside")
    void anSvgThatDrawsOnSomethingOutsideItselfIsRefusedAndSaysWhatItNames(Outside outside) throws IOException {
        try (CountingServer server = new CountingServer()) {
            refused(outside, server.address("").replaceFirst("/$", ""));
            assertThat(server.requests()).isZero();
        }
    }

    private void refused(Outside outside, String address) throws IOException {
        Path secret = Files.write(dir.resolve("secret.png"), Pictures.of(Color.RED, 32, 32, "png"));
        Files.writeString(dir.resolve("chart.svg"), outside.svg().replace("SECRET", secret.toUri().toString())
                .replace("WEB", address));
        Path essay = essay("chart.svg");
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("build", essay.toString(), "-o", out.toString()).saysNoJava();
        assertThat(result.errLines()).containsExactly(Locations.format(essay, 5) + ": warning: " + outside.message()
                .replace("SECRET", secret.toUri().toString()).replace("WEB", address));
        try (XMLSlideShow deck = Cli.open(out.resolve("talk.pptx"))) {
            assertThat(deck.getPictureData()).isEmpty();
        }
    }

    /** What a browser would run, were the deck's SVG opened in one: every kind there is, and one picture shown twice. */
    @Test
    void anSvgGoesInWithoutWhatWouldRunAndOneWarningSaysWhatWasTakenOut() throws IOException {
        Files.writeString(dir.resolve("chart.svg"), "<svg xmlns='http://www.w3.org/2000/svg' "
                + "xmlns:xlink='http://www.w3.org/1999/xlink' width='100' height='100' onload='alert(1)'>"
                + "<script>alert(2)</script><script xlink:href='https://evil.example/x.js'/>"
                + "<rect width='50' height='50' fill='#c00' onclick='alert(3)'><set attributeName='href' to='javascript:x()'/></rect>"
                + "<a xlink:href=' javascript:alert(4)'><circle cx='70' cy='70' r='20' fill='#00c'/></a>"
                + "<a href='https://example.org/about'><circle cx='20' cy='80' r='5' fill='#0c0'/></a>"
                + "<foreignObject width='100' height='100'><div xmlns='http://www.w3.org/1999/xhtml'>"
                + "<iframe src='https://evil.example/'/></div></foreignObject></svg>");
        Path essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n\n## One\n\n![A chart](chart.svg)\n\n"
                + "**A claim.** Prose.\n\n## Two\n\n![The chart again](chart.svg)\n\n**Another claim.** Prose.\n");
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("build", essay.toString(), "-o", out.toString()).saysNoJava();

        assertThat(result.errLines()).containsExactly(Locations.format(essay, 5) + ": warning: image chart.svg went in "
                + "without 2 scripts, the event handlers onload and onclick, a javascript: link, its HTML "
                + "(foreignObject) and an animation that sets a link or handler: a picture in a deck runs nothing");
        try (XMLSlideShow deck = Cli.open(out.resolve("talk.pptx"))) {
            String svg = deck.getPictureData().stream().filter(data -> data.getType() == PictureType.SVG)
                    .map(data -> new String(data.getData(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
            assertThat(svg).contains("<rect", "<circle", "https://example.org/about")
                    .doesNotContain("script", "alert", "onload", "onclick", "foreignObject", "iframe", "evil", "<set");
        }
        assertThat(OoxmlSchemas.problems(out.resolve("talk.pptx"))).isEmpty();
    }

    /** Old editors name the W3C's DTD, and Illustrator declares entities of its own: a picture like any other. */
    @Test
    void anSvgWithTheW3csDtdAndEntitiesOfItsOwnGoesInAsItIs() throws IOException {
        String svg = "<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN' "
                + "'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd' [\n\t<!ENTITY ns_extend "
                + "'http://ns.adobe.com/Extensibility/1.0/'>\n\t<!ENTITY fill '#336699'>\n]>\n<svg "
                + "xmlns='http://www.w3.org/2000/svg' xmlns:x='&ns_extend;' width='100' height='100'><rect width='50' "
                + "height='50' fill='&fill;'/></svg>";
        Files.writeString(dir.resolve("chart.svg"), svg);
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("build", essay("chart.svg").toString(), "-o", out.toString());
        assertThat(result.err()).isEmpty();
        try (XMLSlideShow deck = Cli.open(out.resolve("talk.pptx"))) {
            assertThat(deck.getPictureData()).anySatisfy(data ->
                    assertThat(data.getData()).isEqualTo(svg.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
