package lectern.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check asks about a picture as a build reads it, and a deck's gap is read back as the problem it states. */
class PictureCheckTest {
    @TempDir
    Path dir;

    private PictureCheck.Problem problem(String src) throws IOException {
        Path essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n");
        return PictureCheck.of(src, essay, List.of()).orElseThrow();
    }

    @Test
    void aPictureThatIsNotThereIsMissing() throws IOException {
        assertThat(problem("nowhere.png")).isEqualTo(new PictureCheck.Problem(true, "image nowhere.png not found"));
    }

    @Test
    void aPictureOnTheWebIsMissingToo() throws IOException {
        assertThat(problem("https://example.org/a.png").missing()).isTrue();
    }

    @Test
    void aPictureThatIsThereButUnusableIsNotMissing() throws IOException {
        Files.writeString(dir.resolve("notes.png"), "not a picture");
        assertThat(problem("notes.png")).isEqualTo(new PictureCheck.Problem(false,
                "image notes.png is not a JPEG, PNG, GIF, BMP, TIFF or SVG file"));
    }

    @Test
    void aGapIsReadBackAsTheProblemItsWordsState() throws IOException {
        Files.writeString(dir.resolve("notes.png"), "not a picture");
        for (String src : List.of("nowhere.png", "https://example.org/a.png", "notes.png")) {
            PictureCheck.Problem asBuilt = problem(src);
            assertThat(PictureCheck.Problem.inGap(asBuilt.message())).isEqualTo(asBuilt);
        }
    }

    @Test
    void aPictureABuildCanUseHasNoProblem() throws IOException {
        Path essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n");
        Files.writeString(dir.resolve("dot.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
                + "<circle cx='5' cy='5' r='4'/></svg>");
        assertThat(PictureCheck.of("dot.svg", essay, List.of())).isEmpty();
    }
}
