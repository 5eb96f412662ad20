package lectern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import lectern.Warnings;
import lectern.deck.DeckPlan;
import lectern.deck.NoteParagraph;
import lectern.deck.Slide;
import lectern.layout.SlideCapacity;
import lectern.read.EssayReader;
import org.junit.jupiter.api.Test;

/** A footnote goes to the notes of each slide whose notes cite it, where the presenter meets its marker. */
class FootnotesTest {

    private static DeckPlan plan(String markdown) {
        return new DeckPlanner(PlanOptions.DEFAULTS.withoutRoomSlides(), SlideCapacity.atMost(4))
                .plan(new EssayReader().parse(Path.of("talk.md"), markdown, new Warnings()));
    }

    private static String notes(Slide slide) {
        return String.join("\n", slide.notes().paragraphs().stream().map(NoteParagraph::text).toList());
    }

    @Test
    void aFootnoteGoesToTheNotesOfEverySlideThatCitesItAndAnUncitedOneToTheLast() {
        DeckPlan plan = plan("# T\n\nOpening.[^a]\n\n## One\n\nCited.[^a] Again.[^b]\n\n## Two\n\nNothing here.\n\n"
                + "[^a]: Footnote A.\n[^b]: Footnote B.\n[^c]: Footnote C.\n");
        Slide title = plan.slides().get(0);
        Slide one = plan.slides().get(1);
        Slide two = plan.slides().get(2);
        assertThat(notes(title)).isEqualTo("Opening.[1]\nFootnote A.");
        assertThat(notes(one)).isEqualTo("Cited.[1] Again.[2]\nFootnote A.\nFootnote B.");
        assertThat(one.notes().paragraphs()).extracting(NoteParagraph::style, NoteParagraph::number).endsWith(
                org.assertj.core.groups.Tuple.tuple(NoteParagraph.Style.FOOTNOTE, 1),
                org.assertj.core.groups.Tuple.tuple(NoteParagraph.Style.FOOTNOTE, 2));
        assertThat(notes(two)).isEqualTo("Nothing here.\nFootnote C.");
        assertThat(two.notes().paragraphs().get(1).number()).isEqualTo(3);
    }
}
