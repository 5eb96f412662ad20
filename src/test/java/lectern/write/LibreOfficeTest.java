package lectern.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import lectern.Pipeline;
import lectern.testing.LibreOffice;
import lectern.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader that is not POI: LibreOffice must open the seed deck and draw one page per slide. */
class LibreOfficeTest {

    @Test
    void libreOfficeOpensTheSeedDeckAndDrawsEverySlide(@TempDir Path out) throws Exception {
        LibreOffice.assumeInstalled();
        Pipeline.Result result = Seed.deck();
        Path pdf = LibreOffice.toPdf(result.deck(), out);
        assertThat(LibreOffice.pages(pdf)).isEqualTo(result.plan().slides().size());
    }
}
