package lectern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import lectern.Warnings;
import lectern.deck.PlanPrinter;
import lectern.testing.Corpus;
import lectern.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plans of the seed essay and of every document of the corpus, printed, against reviewed copies: a reviewer
 * reads what a change does to real documents in the diff of these files. After an intended change, regenerate
 * with {@code mvn test -Dtest=GoldenPlanTest -Dgolden.update=true} and review the diff like any other.
 */
class GoldenPlanTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void theSeedEssaysPlanMatchesTheReviewedOne() throws IOException {
        Warnings warnings = new Warnings();
        assertMatches(PlanPrinter.print(Seed.pipeline().plan(Seed.ESSAY, warnings)),
                GOLDEN.resolve("when-execution-collapses.txt"));
        assertThat(warnings.all()).isEmpty();
    }

    /** A table of fourteen columns, too wide for one slide: a reviewer sees which columns each of its slides shows. */
    @Test
    void aWideTablesPlanMatchesTheReviewedOne() throws IOException {
        Warnings warnings = new Warnings();
        assertMatches(PlanPrinter.print(Seed.pipeline().plan(GOLDEN.resolve("wide-table.md"), warnings)),
                GOLDEN.resolve("wide-table.txt"));
        assertThat(warnings.all()).isEmpty();
    }

    static Stream<Corpus.Document> corpus() {
        return Corpus.documents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachCorpusDocumentsPlanMatchesTheReviewedOne(Corpus.Document document) throws IOException {
        assertMatches(PlanPrinter.print(Seed.pipeline().plan(document.file(), new Warnings())),
                GOLDEN.resolve("corpus").resolve(document.name() + ".txt"));
    }

    private static void assertMatches(String printed, Path golden) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, printed, StandardCharsets.UTF_8);
        }
        assertThat(printed).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
