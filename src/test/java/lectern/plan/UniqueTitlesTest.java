package lectern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import lectern.Warnings;
import lectern.deck.DeckPlan;
import lectern.deck.Slide;
import lectern.layout.SlideCapacity;
import lectern.read.EssayReader;
import org.junit.jupiter.api.Test;

class UniqueTitlesTest {

    private static List<String> titles(String markdown, PlanOptions options) {
        DeckPlan plan = new DeckPlanner(options, SlideCapacity.atMost(2))
                .plan(new EssayReader().parse(Path.of("talk.md"), markdown, new Warnings()));
        return plan.slides().stream().map(Slide::title).toList();
    }

    @Test
    void noTwoSlidesShareATitle() {
        List<String> titles = titles("""
                # Talk

                Opening words.

                ## First part

                **One.** **Two.** **Three.** **Four.** **Five.**

                Why did it work? What would you change?

                ## Summary

                **A point.**

                ## Second part

                **Six.**

                Why did it fail? What would you keep?

                ## Summary

                **Another point.**
                """, PlanOptions.DEFAULTS);
        assertThat(titles).doesNotHaveDuplicates();
        // More claims than fit: the second slide of a heading continues it.
        assertThat(titles).contains("First part", "First part (continued)");
        // Two headings in the same words: numbered, not taken for one another's continuation.
        assertThat(titles).contains("Summary", "Summary 2");
        assertThat(titles).contains("Discussion 1", "Discussion 2");
    }

    @Test
    void aDividerIsNumberedWhenItsSectionsSlideSharesItsHeading() {
        List<String> titles = titles("""
                # Talk

                ## Alpha

                **A.**

                ## Beta

                **B.**

                ### Beta one

                **B1.**

                ### Beta two

                **B2.**

                ## Gamma

                **C.**
                """, PlanOptions.DEFAULTS);
        // Without an agenda, a divider is numbered among the dividers.
        assertThat(titles).doesNotHaveDuplicates().contains("1. Beta", "Beta");
        assertThat(titles.indexOf("1. Beta")).isLessThan(titles.indexOf("Beta"));
    }

    @Test
    void aClosingOnTheTalksTitleSaysItIsTheClosing() {
        List<String> titles = titles("# Talk\n\n_A subtitle._\n\n## One\n\nNo bold here at all.\n", PlanOptions.DEFAULTS);
        assertThat(titles).doesNotHaveDuplicates();
        assertThat(titles.get(titles.size() - 1)).isIn("Talk (closing)", "One");
    }

    @Test
    void aHeadingInBracketsTakesTheContinuationInsideThem() {
        List<String> titles = titles("# Talk\n\n## Hint (optional)\n\n**One.** **Two.** **Three.** **Four.** **Five.**\n",
                PlanOptions.DEFAULTS.withoutRoomSlides());
        assertThat(titles).contains("Hint (optional)", "Hint (optional, continued)");
    }

    @Test
    void aNumberedHeadingsSlidesGoOnAsThatNumberedOne() {
        String claims = "**One.** **Two.** **Three.** **Four.** **Five.**\n\n";
        List<String> titles = titles("# Talk\n\n## Linux\n\n#### With Make\n\n" + claims + "## macOS\n\n#### With Make\n\n"
                + claims, PlanOptions.DEFAULTS.withoutRoomSlides());
        // A section's first slide is titled by the section, even when what it shows stands under a subheading.
        assertThat(titles).containsExactly("Talk", "Linux", "With Make", "With Make (continued)", "macOS", "With Make 2",
                "With Make 2 (continued)");
    }
}
