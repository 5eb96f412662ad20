package lectern.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A slide's time is its notes at the presenter's pace; a discussion's is the room's. */
class TimingTest {

    private static Slide claims(int words) {
        SpeakerNotes notes = new SpeakerNotes(List.of(new NoteParagraph(NoteParagraph.Style.PROSE, 0, 0,
                List.of(Run.plain("word ".repeat(words).strip())))));
        return new ClaimsSlide(Slide.Common.of("A", notes, 1), List.of());
    }

    @Test
    void aSlideTakesAsLongAsItsNotesAndADiscussionAsLongAsItsQuestions() {
        assertThat(Timing.seconds(claims(130), 130)).isEqualTo(60);
        Slide discussion = new DiscussionSlide(Slide.Common.of("Discussion", SpeakerNotes.NONE, 1),
                List.of("Why?", "How?", "When?"));
        assertThat(Timing.seconds(discussion, 130)).isEqualTo(6 * 60);
        assertThat(DiscussionSlide.minutes(List.of("?", "?", "?", "?", "?", "?", "?"))).isEqualTo(DiscussionSlide.MOST_MINUTES);
    }

    @Test
    void hiddenSlidesTakeNoTimeInADeckAsShown() {
        Timing timing = Timing.asShown(List.of(claims(60), claims(120), claims(60)), List.of(false, true, false), 60,
                Optional.empty());
        assertThat(timing.totalSeconds()).isEqualTo(120);
        assertThat(timing.slides()).extracting(Timing.SlideTime::startsAt).containsExactly(0, 60, 60);
        assertThat(timing.slides().get(1).advice()).isEqualTo(Timing.Advice.SKIP);
        assertThat(Timing.clock(3725)).isEqualTo("1:02:05");
    }
}
