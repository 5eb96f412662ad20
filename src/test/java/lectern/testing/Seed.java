package lectern.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lectern.Warnings;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.theme.ThemeLoader;

/** The seed essay and its deck, built once per test run: several test classes look at the same deck. */
public final class Seed {
    public static final Path ESSAY = Path.of("content", "when-execution-collapses.md");
    private static Pipeline.Result built;
    private static Warnings warnings;

    private Seed() {
    }

    public static Pipeline pipeline() {
        return new Pipeline(ThemeLoader.load("default"), PlanOptions.DEFAULTS);
    }

    public static synchronized Pipeline.Result deck() throws IOException {
        if (built == null) {
            Path dir = Files.createTempDirectory("lectern-seed");
            warnings = new Warnings();
            built = pipeline().build(ESSAY, dir.resolve("when-execution-collapses.pptx"), warnings);
        }
        return built;
    }

    public static synchronized Warnings warnings() throws IOException {
        deck();
        return warnings;
    }
}
