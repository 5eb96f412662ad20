package lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import lectern.plan.PlanOptions;
import lectern.pptx.WriteOptions;
import lectern.theme.Theme;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptPipelinesTest {
    private final Theme theme = ThemeLoader.load("default");

    @AfterEach
    void asAOneOffProcess() {
        KeptPipelines.forget();
    }

    @Test
    void aOneOffProcessOpensAPipelineForEveryCommand() {
        assertThat(KeptPipelines.open(theme, PlanOptions.DEFAULTS, WriteOptions.DEFAULTS, List.of()))
                .isNotSameAs(KeptPipelines.open(theme, PlanOptions.DEFAULTS, WriteOptions.DEFAULTS, List.of()));
    }

    @Test
    void theServerReusesThePipelineOfACommandWithTheSameThemeAndOptions() {
        KeptPipelines.keep();
        Pipeline first = KeptPipelines.open(theme, PlanOptions.DEFAULTS, WriteOptions.DEFAULTS, List.of());

        assertThat(KeptPipelines.open(ThemeLoader.load("default"), PlanOptions.DEFAULTS, WriteOptions.DEFAULTS, List.of()))
                .isSameAs(first);
        assertThat(KeptPipelines.open(ThemeLoader.load("dark"), PlanOptions.DEFAULTS, WriteOptions.DEFAULTS, List.of()))
                .isNotSameAs(first);
        assertThat(KeptPipelines.open(theme, PlanOptions.DEFAULTS.withBoldOnly(true), WriteOptions.DEFAULTS, List.of()))
                .isNotSameAs(first);
    }

    @Test
    void aDesignFileChangedSinceIsOpenedAgain(@TempDir Path folder) throws IOException {
        KeptPipelines.keep();
        Path file = Files.writeString(folder.resolve("theme.yaml"), "name: mine\n");
        Pipeline first = KeptPipelines.open(theme, PlanOptions.DEFAULTS, WriteOptions.DEFAULTS, List.of(file));
        assertThat(KeptPipelines.open(theme, PlanOptions.DEFAULTS, WriteOptions.DEFAULTS, List.of(file))).isSameAs(first);

        Files.writeString(file, "name: mine, edited\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2_000));

        assertThat(KeptPipelines.open(theme, PlanOptions.DEFAULTS, WriteOptions.DEFAULTS, List.of(file))).isNotSameAs(first);
    }
}
