package lectern.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import lectern.Warnings;
import org.junit.jupiter.api.Test;

/** The {@code **} and {@code __} that pair with no other mark, found where the essay has them. */
class UnpairedMarksTest {
    private static List<LiteralEmphasis> marks(String markdown) {
        return new EssayReader().parse(Path.of("essay.md"), markdown, new Warnings()).literalEmphasis();
    }

    @Test
    void anUnclosedBoldIsFoundOnItsLine() {
        assertThat(marks("# T\n\n## Part\n\nFirst line of prose,\nthen **a bold that never closes.\n"))
                .extracting(LiteralEmphasis::mark, LiteralEmphasis::line, LiteralEmphasis::context)
                .containsExactly(tuple("**", 6, "then **a bold that…"));
    }

    @Test
    void marksCommonMarkCannotPairBesideLatinPunctuationAreFound() {
        // A letter outside and punctuation inside: neither mark may open or close.
        assertThat(marks("# T\n\nSay a**\"b\"**c.\n")).extracting(LiteralEmphasis::mark).containsExactly("**", "**");
    }

    @Test
    void underscoresInsideCjkTextAreFoundAndAsterisksAreNot() {
        assertThat(marks("# T\n\nこれは__「重要」__です。\n")).extracting(LiteralEmphasis::mark).containsExactly("__", "__");
        assertThat(marks("# T\n\nスライドには要点だけを書く。**説明は話し手のノートに入れるべきだ。**聴衆は\n")).isEmpty();
    }

    @Test
    void headingsTablesAndLinksAreProseToo() {
        String markdown = "# T\n\n## A **heading\n\n| a | b |\n| - | - |\n| x**y | z |\n\nSee [the **guide](https://example.com).\n";
        assertThat(marks(markdown)).extracting(LiteralEmphasis::line).containsExactly(3, 7, 9);
    }

    @Test
    void whatIsNoMarkIsNotFound() {
        String markdown = """
                # T

                **Paired.** And *paired* and __paired__ and ***both***.

                Escaped \\*\\* and \\_\\_, spaced 2 ** 10, a blank to fill ____ in, `code**` and <https://example.com/a**b>.

                ```
                not **prose
                ```

                **A longer run*, one left over.

                ![a **picture](p.png)
                """;
        assertThat(marks(markdown)).isEmpty();
    }
}
