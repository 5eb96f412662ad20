package lectern.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import lectern.deck.Claim;
import lectern.deck.ClaimsSlide;
import lectern.deck.DiscussionSlide;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

/** What would spill over a box even at its smallest size, and which box: what check reports. */
class SlideFitTest {
    private static final SlideFit FIT = new SlideFit(SlideGeometry.lectern(ThemeLoader.load("default")),
            ThemeLoader.load("default"));

    @Test
    void textThatFitsIsNoOverflow() {
        Slide slide = new ClaimsSlide(Slide.Common.of("Heading", SpeakerNotes.NONE, 1),
                List.of(new Claim(List.of(new Claim.Span("Short.", true)), 1)));
        assertThat(FIT.overflows(slide)).isEmpty();
    }

    @Test
    void anOverflowSaysWhichBoxAndWhatItHolds() {
        List<String> questions = Collections.nCopies(30, "Is this the question that will take the whole afternoon?");
        Slide slide = new DiscussionSlide(Slide.Common.of("Discussion", SpeakerNotes.NONE, 1), questions);
        assertThat(FIT.overflows(slide)).singleElement().satisfies(overflow -> {
            assertThat(overflow.title()).isFalse();
            assertThat(overflow.holds()).isEqualTo(Placement.Holds.QUESTIONS);
            assertThat(overflow.text()).startsWith("Is this the question");
        });
    }
}
