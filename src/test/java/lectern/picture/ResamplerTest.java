package lectern.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lectern.testing.Allocated;
import lectern.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture is made smaller without its full size ever being held in memory. */
class ResamplerTest {
    @Test
    void aPictureJustWithinThePixelLimitIsDecodedWithoutEverHoldingItsFullSize(@TempDir Path dir) throws Exception {
        Path big = Files.write(dir.resolve("big.png"), Pictures.blankPng(10_000, 10_000));
        assertThat(Files.size(big)).isLessThan(50_000);
        Path essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n");
        PictureFile file = PictureFile.load("big.png", essay, PictureFolders.of(essay, List.of()));
        long before = Allocated.bytes();
        // Decoded, scaled to a fifth and encoded: the file stays (it is smaller than any re-encoding of it).
        assertThat(Resampler.fit(file, 0.2)).isEmpty();
        // At full size as the pixels Java draws with, 10,000 × 10,000 would be 400 MB.
        assertThat(Allocated.bytes() - before).isLessThan(100L << 20);
    }
}
