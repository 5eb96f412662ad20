package lectern.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lectern.testing.Allocated;
import lectern.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture is read and checked from its header before a pixel of it is decoded. */
class PictureFileTest {
    @TempDir
    Path dir;

    @Test
    void aHugePictureIsRefusedFromItsHeaderWithoutDecodingAPixel() throws Exception {
        Path huge = Files.write(dir.resolve("huge.png"), Pictures.blankPng(30_000, 30_000));
        assertThat(Files.size(huge)).isLessThan(200_000);
        Path essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n");
        long before = Allocated.bytes();
        assertThatThrownBy(() -> PictureFile.load("huge.png", essay, PictureFolders.of(essay, List.of())))
                .isInstanceOf(PictureProblem.class).hasMessageContaining("30000 × 30000 pixels");
        // The picture would take 3.6 GB as pixels; reading its file and header takes a few hundred kilobytes.
        assertThat(Allocated.bytes() - before).isLessThan(16L << 20);
    }

    @Test
    void aPictureIsToldByItsBytesNotItsName() throws Exception {
        Path essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n");
        Files.write(dir.resolve("photo.gif"), Pictures.of(java.awt.Color.BLUE, 30, 20, "png"));
        PictureFile file = PictureFile.load("photo.gif", essay, PictureFolders.of(essay, List.of()));
        assertThat(file.format()).isEqualTo(PictureFormat.PNG);
        assertThat(file.name()).isEqualTo("photo.gif");
        assertThat(List.of(file.width(), file.height())).containsExactly(30, 20);
    }
}
