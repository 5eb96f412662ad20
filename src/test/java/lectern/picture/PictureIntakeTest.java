package lectern.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lectern.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture goes in no larger than the largest frame it fills needs; an SVG goes in with a PNG beside it. */
class PictureIntakeTest {
    @TempDir
    Path dir;

    private PictureIntake intake(boolean keepOriginals) throws IOException {
        return new PictureIntake(Files.writeString(dir.resolve("talk.md"), "# Talk\n"), List.of(), keepOriginals);
    }

    @Test
    void aLargePhotoIsMadeAsSmallAsItsLargestFrameNeeds() throws IOException, PictureProblem {
        Files.write(dir.resolve("photo.jpg"), Pictures.of(Color.ORANGE, 4000, 2000, "jpg"));
        PictureIntake intake = intake(false);
        intake.expect("photo.jpg", 240, 135);
        intake.expect("photo.jpg", 480, 270);
        PictureIntake.Taken taken = intake.take("photo.jpg");
        // Covering a 480 × 270 pt frame at twice 144 dpi needs 1080 pixels of height: 2160 of the 2:1 photo's width.
        assertThat(List.of(taken.picture().width(), taken.picture().height())).containsExactly(2160, 1080);
        assertThat(taken.fallback()).isEmpty();
        assertThat(intake.madeSmaller()).isEqualTo(1);
    }

    /** The JDK's PNG reader wraps whatever stops it, memory running out too, as a failure to read. */
    @Test
    void memoryRunningOutWhileDecodingIsNotCalledDamage() {
        OutOfMemoryError memory = new OutOfMemoryError("Java heap space");
        assertThatThrownBy(() -> PictureIntake.outOfMemory(new javax.imageio.IIOException("Error reading PNG image data",
                memory))).isSameAs(memory);
        PictureIntake.outOfMemory(new IOException("truncated"));
    }

    @Test
    void keepingOriginalsKeepsTheBytes() throws IOException, PictureProblem {
        byte[] photo = Pictures.of(Color.ORANGE, 4000, 2000, "jpg");
        Files.write(dir.resolve("photo.jpg"), photo);
        PictureIntake intake = intake(true);
        intake.expect("photo.jpg", 480, 270);
        assertThat(intake.take("photo.jpg").picture().bytes()).isEqualTo(photo);
        assertThat(intake.madeSmaller()).isZero();
    }

    @Test
    void anSvgGoesInAsItselfWithAPngDrawnForItsFrame() throws IOException, PictureProblem {
        Files.writeString(dir.resolve("chart.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='400' height='200'>"
                + "<rect width='400' height='200' fill='#00F'/><circle cx='200' cy='100' r='80' fill='#FF0'/></svg>",
                StandardCharsets.UTF_8);
        PictureIntake intake = intake(false);
        intake.expect("chart.svg", 480, 540);
        PictureIntake.Taken taken = intake.take("chart.svg");
        assertThat(taken.picture().format()).isEqualTo(PictureFormat.SVG);
        assertThat(taken.fallback()).hasValueSatisfying(png -> {
            assertThat(png.format()).isEqualTo(PictureFormat.PNG);
            assertThat(png.width()).isEqualTo(2160);
        });
    }

    @Test
    void aPictureThatCannotBeUsedSaysWhy() throws IOException {
        assertThatThrownBy(() -> intake(false).take("nowhere.png")).isInstanceOf(PictureProblem.class)
                .hasMessage("image nowhere.png not found").satisfies(e -> assertThat(((PictureProblem) e).missing()).isTrue());
    }

    @Test
    void anInkscapeSvgInMillimetresGoesInWithAPngItsDrawingFills() throws Exception {
        Files.writeString(dir.resolve("figure.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='40mm' height='20mm' "
                + "viewBox='0 0 40 20'><rect x='1' y='1' width='38' height='18' fill='#C00'/></svg>", StandardCharsets.UTF_8);
        PictureIntake intake = intake(false);
        intake.expect("figure.svg", 400, 200);
        PictureIntake.Taken taken = intake.take("figure.svg");
        assertThat(List.of(taken.picture().width(), taken.picture().height())).containsExactly(40, 20);
        PictureFile png = taken.fallback().orElseThrow();
        assertThat(List.of(png.width(), png.height())).containsExactly(800, 400);
        java.awt.Rectangle drawn = SvgPictureTest.drawn(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.bytes())));
        assertThat(drawn.width).isGreaterThanOrEqualTo(720);
        assertThat(drawn.height).isGreaterThanOrEqualTo(360);
    }

    @Test
    void anSvgThatComesOutBlankIsAProblemNotAnEmptyFrame() throws IOException {
        Files.writeString(dir.resolve("empty.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='100' height='50'>"
                + "<rect width='100' height='50' fill='white'/><foreignObject width='100' height='50'>"
                + "<p xmlns='http://www.w3.org/1999/xhtml'>Words Batik never draws</p></foreignObject></svg>",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> intake(false).take("empty.svg")).isInstanceOf(PictureProblem.class)
                .hasMessage("image empty.svg is an SVG that comes out blank when drawn for readers without SVG "
                        + "(LibreOffice, PowerPoint before 2019)");
    }

    @Test
    void aPictureIsLookedAtOnceAndThenRemembered() throws IOException {
        Files.write(dir.resolve("chart.png"), Pictures.of(Color.WHITE, 300, 200, "png"));
        PictureIntake intake = intake(false);
        Optional<PictureLook> first = intake.look("chart.png");
        assertThat(first).contains(new PictureLook(300, 200, PictureLook.Kind.DIAGRAM, false));
        Files.delete(dir.resolve("chart.png"));
        assertThat(intake.look("chart.png")).isSameAs(first);
    }

    @Test
    void aPictureThatCannotBeUsedHasNoLookAndNothingIsThrown() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(outside.resolve("secret.png"), Pictures.of(Color.RED, 30, 20, "png"));
        Path essays = Files.createDirectories(dir.resolve("essays/talks"));
        Files.write(dir.resolve("essays/talks/broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        PictureIntake intake = new PictureIntake(Files.writeString(essays.resolve("talk.md"), "# Talk\n"), List.of(), false);
        for (String src : new String[] {"nowhere.png", "../../elsewhere/secret.png", outside.resolve("secret.png").toString(),
                "broken.png", "https://example.org/a.png", "bad\u0000name.png", ""}) {
            assertThat(intake.look(src)).as(src).isEmpty();
        }
    }
}
