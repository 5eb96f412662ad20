package lectern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lectern.Warnings;
import lectern.deck.PlanPrinter;
import lectern.testing.Seed;
import org.junit.jupiter.api.Test;

/**
 * The seed essay's plan, printed, against a reviewed copy. After an intended change, regenerate with
 * {@code mvn test -Dtest=GoldenPlanTest -Dgolden.update=true} and review the diff like any other.
 */
class GoldenPlanTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/when-execution-collapses.txt");

    @Test
    void theSeedEssaysPlanMatchesTheReviewedOne() throws IOException {
        Warnings warnings = new Warnings();
        String printed = PlanPrinter.print(Seed.pipeline().plan(Seed.ESSAY, warnings));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, printed, StandardCharsets.UTF_8);
        }
        assertThat(printed).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertThat(warnings.all()).isEmpty();
    }
}
