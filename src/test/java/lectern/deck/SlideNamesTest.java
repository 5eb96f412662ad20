package lectern.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import lectern.Warnings;
import lectern.layout.SlideCapacity;
import lectern.plan.DeckPlanner;
import lectern.plan.PlanOptions;
import lectern.read.EssayReader;
import org.junit.jupiter.api.Test;

class SlideNamesTest {

    private static List<String> names(String markdown) {
        DeckPlan plan = new DeckPlanner(PlanOptions.DEFAULTS.withoutRoomSlides(), SlideCapacity.atMost(2))
                .plan(new EssayReader().parse(Path.of("talk.md"), markdown, new Warnings()));
        return SlideNames.of(plan.slides());
    }

    @Test
    void aSlideIsNamedByItsHeading() {
        assertThat(names("# Talk\n\n## Why AI is different\n\n**A claim.** Prose.\n\n## Next\n\nText.\n"))
                .containsExactly("Talk", "Why AI is different", "Next");
    }

    @Test
    void slidesOfOneHeadingAreNamedByTheTitlesThatTellThemApart() {
        // The planner titles every slide apart (a divider by its number, the opening as the title's continuation).
        assertThat(names("# Talk\n\n**An opening claim.**\n\n## Part\n\n**A claim.** a\n\n### Sub\n\nb\n"))
                .containsExactly("Talk", "Talk (continued)", "1. Part", "Part", "Sub");
    }

    @Test
    void continuedSlidesAreCounted() {
        assertThat(names("# Talk\n\n## Many\n\n**One.** **Two.** **Three.** **Four.** **Five.** **Six.** **Seven.**\n"))
                .containsExactly("Talk", "Many", "Many (continued)", "Many (continued 2)", "Many (continued 3)");
    }

    @Test
    void theSameHeadingTwiceIsCountedAndNoTwoNamesAreAlike() {
        assertThat(names("# Talk\n\n## Summary\n\n**A.** **B.**\n\n## Summary\n\n**C.** **D.**\n\n## Summary 2\n\n**E.** **F.**\n"))
                .containsExactly("Talk", "Summary", "Summary 2", "Summary 2 2");
    }

    @Test
    void aVeryLongHeadingIsCutAtAWordSoTheNameFitsADocumentProperty() {
        String heading = "word ".repeat(60).strip();
        List<String> names = names("# Talk\n\n## " + heading + "\n\nText.\n");
        assertThat(names.get(1)).endsWith("word…").hasSizeLessThanOrEqualTo(SlideNames.LONGEST_HEADING);
    }
}
