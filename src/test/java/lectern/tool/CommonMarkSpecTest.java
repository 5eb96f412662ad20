package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lectern.LecternException;
import lectern.Warnings;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.testing.CommonMarkSpec;
import lectern.testing.CommonMarkSpec.Example;
import lectern.testing.OoxmlSchemas;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of the CommonMark spec (0.30, as flexmark ships it) as an essay of its own: the odd corners of
 * Markdown a real author can hit, from tabs to link reference definitions. Each must become a valid deck that
 * keeps its prose, or a Lectern error of one line.
 */
class CommonMarkSpecTest {
    private static Path dir;
    private static Pipeline pipeline;

    @BeforeAll
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("lectern-commonmark");
        PipelinePropertyTest.pictures(dir);
        pipeline = new Pipeline(ThemeLoader.load("default"), PlanOptions.DEFAULTS);
    }

    @AfterAll
    static void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleOfTheSpecBecomesAValidDeckThatKeepsItsProse() throws IOException {
        List<Example> examples = CommonMarkSpec.examples();
        assertThat(examples).as("spec.0.30.txt has 652 examples").hasSize(652);
        return examples.stream().map(example -> DynamicTest.dynamicTest(
                "example " + example.number() + " (" + example.section() + ")", () -> run(example)));
    }

    private static void run(Example example) throws Exception {
        Path essay = Files.writeString(dir.resolve("content").resolve("example-" + example.number() + ".md"),
                example.markdown());
        Path deck = dir.resolve("out").resolve("example-" + example.number() + ".pptx");
        try {
            pipeline.build(essay, deck, new Warnings());
        } catch (LecternException e) {
            assertThat(e.userMessage()).as("a Lectern error is one line").doesNotContain("\n");
            return;
        }
        assertThat(OoxmlSchemas.problems(deck)).as("schema problems").isEmpty();
        Map<String, Integer> lost = DeckWords.missing(DeckWords.ofEssay(example.markdown()), DeckWords.ofDeck(deck));
        assertThat(lost).as("words of the example's prose missing from the deck:%n%s", example.markdown()).isEmpty();
        Files.delete(deck);
    }
}
