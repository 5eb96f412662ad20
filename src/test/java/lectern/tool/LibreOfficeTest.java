package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import lectern.Warnings;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.testing.LibreOffice;
import lectern.testing.Seed;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reader that is not POI: LibreOffice must open the seed deck, in every shipped theme, and draw one page per slide. */
class LibreOfficeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"default", "dark", "high-contrast"})
    void libreOfficeOpensTheSeedDeckAndDrawsEverySlide(String theme, @TempDir Path out) throws Exception {
        LibreOffice.assumeInstalled();
        Pipeline.Result result = new Pipeline(ThemeLoader.load(theme), PlanOptions.DEFAULTS)
                .build(Seed.ESSAY, out.resolve("seed.pptx"), new Warnings());
        Path pdf = LibreOffice.toPdf(result.deck(), out);
        assertThat(LibreOffice.pages(pdf)).isEqualTo(result.plan().slides().size());
    }
}
