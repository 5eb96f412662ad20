package lectern.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import lectern.deck.Claim;
import lectern.deck.ClosingSlide;
import lectern.deck.Figure;
import lectern.deck.QuoteSlide;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.deck.StatementSlide;
import lectern.deck.TitleSlide;
import org.junit.jupiter.api.Test;

/** Which text goes into which box, decided once for the writer, the planner and the checks. */
class PlacementTest {
    private static final Slide.Common COMMON = Slide.Common.of("The heading", SpeakerNotes.NONE, 1);
    private static final Claim CLAIM = new Claim(List.of(new Claim.Span("Bold ", true), new Claim.Span("and not.", false)), 1);

    @Test
    void aStatementsTitleBoxHoldsItsHeadingAndItsTextBoxTheClaim() {
        Placement.Placed placed = Placement.of(new StatementSlide(COMMON, CLAIM));
        assertThat(placed.title().holds()).isEqualTo(Placement.Holds.HEADING);
        assertThat(placed.title().plain()).isEqualTo("The heading");
        assertThat(placed.body()).map(Placement.Text::paragraphs).contains(List.of(CLAIM.spans()));
        assertThat(placed.body()).map(Placement.Text::holds).contains(Placement.Holds.CLAIMS);
    }

    @Test
    void aTitleIsSetBoldAndATitleSlideWithoutASubtitleHasNothingInItsTextBox() {
        Placement.Placed placed = Placement.of(new TitleSlide(COMMON, Optional.empty(), Optional.empty()));
        assertThat(placed.title().paragraphs()).containsExactly(List.of(new Claim.Span("The heading", true)));
        assertThat(placed.body()).isEmpty();
    }

    @Test
    void aQuotationEndsWithWhoSaidIt() {
        Figure.QuoteFigure quote = new Figure.QuoteFigure(List.of(CLAIM.spans()), Optional.of("— Someone"), 1);
        assertThat(Placement.of(new QuoteSlide(COMMON, quote)).body()).map(Placement.Text::plain)
                .contains("Bold and not.\n— Someone");
    }

    @Test
    void theClosingShowsTheLastClaimWhereThereIsOneAndItsHeadingWhereNot() {
        assertThat(Placement.of(new ClosingSlide(COMMON, Optional.of(CLAIM), List.of("Ada"))).title().holds())
                .isEqualTo(Placement.Holds.LAST_CLAIM);
        Placement.Placed bare = Placement.of(new ClosingSlide(COMMON, Optional.empty(), List.of("Ada")));
        assertThat(bare.title().holds()).isEqualTo(Placement.Holds.TITLE);
        assertThat(bare.body()).map(Placement.Text::plain).contains("Ada");
    }
}
