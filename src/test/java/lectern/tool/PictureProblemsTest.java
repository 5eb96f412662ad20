package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import lectern.Warning;
import lectern.Warnings;
import lectern.testing.OoxmlSchemas;
import lectern.testing.Seed;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture that cannot be used never stops the deck: it leaves a marked gap and a warning naming file and line. */
class PictureProblemsTest {

    @Test
    void brokenEmptyAndUnknownPicturesLeaveMarkedGapsAndOneOnTheWebIsLeftOut(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("broken.jpg"), Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 64));
        Files.write(dir.resolve("empty.png"), new byte[0]);
        Files.writeString(dir.resolve("drawing.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><rect width='1'");
        Files.copy(Path.of("assets/castle-moat-dry.jpg"), dir.resolve("good.jpg"));
        Path essay = dir.resolve("pictures.md");
        Files.writeString(essay, String.join("\n",
                "# Pictures", "",
                "## Broken", "", "![](broken.jpg)", "", "Text.", "",
                "## Empty", "", "![](empty.png)", "", "Text.", "",
                "## Remote", "", "![](https://example.org/a.png)", "", "Text.", "",
                "## Vector", "", "![](drawing.svg)", "", "Text.", "",
                "## Good", "", "![A castle](good.jpg)", "", "Text.", ""));
        Warnings warnings = new Warnings();
        Path deck = dir.resolve("pictures.pptx");
        Seed.pipeline().build(essay, deck, warnings);

        // The picture on the web is left out as the plan is made, before the deck is written.
        assertThat(warnings.all()).extracting(Warning::line, Warning::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(17, "image https://example.org/a.png is on the web, and Lectern never "
                        + "fetches pictures; left off the slides (download it beside the essay and refer to it there)"),
                org.assertj.core.groups.Tuple.tuple(5, "image broken.jpg is damaged: its header cannot be read; left a marked gap on slide 3"),
                org.assertj.core.groups.Tuple.tuple(11, "image empty.png is empty (0 bytes); left a marked gap on slide 4"),
                org.assertj.core.groups.Tuple.tuple(23, "image drawing.svg is an SVG that cannot be drawn: it is not well-formed XML (line 1: XML document "
                        + "structures must start and end within the same entity); left a marked gap on slide 6"));
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            // Slide 2 is the agenda: this essay has five sections. The remote one's slide shows its prose.
            for (int i : new int[] {2, 3, 5}) {
                assertThat(show.getSlides().get(i).getShapes()).extracting(XSLFShape::getShapeName).contains("Missing picture");
            }
            assertThat(show.getSlides().get(4).getShapes()).extracting(XSLFShape::getShapeName).doesNotContain("Missing picture");
            assertThat(show.getSlides().get(6).getShapes()).filteredOn(XSLFPictureShape.class::isInstance).hasSize(1);
        }
        assertThat(OoxmlSchemas.problems(deck)).isEmpty();
    }
}
