package lectern.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import lectern.deck.AgendaSlide;
import lectern.deck.Claim;
import lectern.deck.ClaimsSlide;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.deck.StatementSlide;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

/** A slide holds its text when it sets at the smallest size its boxes allow, in the boxes the writer fills. */
class MeasuredCapacityTest {
    private static final MeasuredCapacity CAPACITY = new MeasuredCapacity(ThemeLoader.load("default"));
    private static final Slide.Common COMMON = Slide.Common.of("Heading", SpeakerNotes.NONE, 1);

    private static Claim claim(int words) {
        return new Claim(List.of(new Claim.Span(String.join(" ", Collections.nCopies(words, "word")) + ".", true)), 1);
    }

    @Test
    void aShortClaimMakesAStatementAndAVeryLongOneDoesNot() {
        assertThat(CAPACITY.fits(new StatementSlide(COMMON, claim(8)))).isTrue();
        assertThat(CAPACITY.fits(new StatementSlide(COMMON, claim(200)))).isFalse();
    }

    @Test
    void moreClaimsThanARoomTakesInDoNotFitWhateverTheRoom() {
        assertThat(CAPACITY.fits(new ClaimsSlide(COMMON, Collections.nCopies(MeasuredCapacity.MAX_CLAIMS, claim(3))))).isTrue();
        assertThat(CAPACITY.fits(new ClaimsSlide(COMMON, Collections.nCopies(MeasuredCapacity.MAX_CLAIMS + 1, claim(3)))))
                .isFalse();
    }

    @Test
    void anAgendaHoldsAsManySectionsAsItsBoxHasLinesFor() {
        assertThat(CAPACITY.fits(new AgendaSlide(COMMON, Collections.nCopies(5, "A section"), 1))).isTrue();
        assertThat(CAPACITY.fits(new AgendaSlide(COMMON, Collections.nCopies(40, "A section"), 1))).isFalse();
    }

    @Test
    void aTitleTooLongForItsBoxIsSaidNotToFitButAStatementsHeadingIsNotInTheTitleBox() {
        String heading = String.join(" ", Collections.nCopies(60, "long"));
        Slide.Common long_ = Slide.Common.of(heading, SpeakerNotes.NONE, 1);
        assertThat(CAPACITY.titleFits(new ClaimsSlide(long_, List.of(claim(3))))).isFalse();
        assertThat(CAPACITY.titleFits(new StatementSlide(long_, claim(3)))).isTrue();
    }
}
