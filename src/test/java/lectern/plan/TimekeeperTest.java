package lectern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lectern.deck.Claim;
import lectern.deck.ClaimsSlide;
import lectern.deck.ClosingSlide;
import lectern.deck.DiscussionSlide;
import lectern.deck.NoteParagraph;
import lectern.deck.Run;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.deck.StatementSlide;
import lectern.deck.Timing;
import lectern.deck.TitleSlide;
import org.junit.jupiter.api.Test;

/** Timing a talk by its notes, and keeping it to a duration by hiding and shortening, never deleting. */
class TimekeeperTest {

    /** A slide whose notes take {@code seconds} at 60 words a minute: one word a second. */
    private static Slide slide(String kind, String title, int seconds, int level) {
        SpeakerNotes notes = seconds == 0 ? SpeakerNotes.NONE : new SpeakerNotes(List.of(new NoteParagraph(
                NoteParagraph.Style.PROSE, 0, 0, List.of(Run.plain("word ".repeat(seconds).strip())))));
        Slide.Common common = new Slide.Common(0, title, notes, 1, level, title.endsWith(" (continued)"));
        return switch (kind) {
            case "title" -> new TitleSlide(common, Optional.empty(), Optional.empty());
            case "statement" -> new StatementSlide(common, new Claim(List.of(new Claim.Span("A claim.", true)), 1));
            case "section" -> new SectionSlide(common, List.of());
            case "closing" -> new ClosingSlide(common, Optional.empty(), List.of());
            default -> new ClaimsSlide(common, List.of());
        };
    }

    private static Slide discussion(int questions) {
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            asked.add("Question " + i + "?");
        }
        return new DiscussionSlide(new Slide.Common(0, "Discussion", SpeakerNotes.NONE, 1, 2, false), asked);
    }

    private static Timekeeper.Timed time(List<Slide> slides, Duration target, boolean cues) {
        PlanOptions options = PlanOptions.DEFAULTS.withRoom(PlanOptions.Toggle.OFF, true, true, cues)
                .withTime(60, Optional.ofNullable(target));
        return new Timekeeper(options).time(slides);
    }

    private static List<Timing.Advice> advice(Timekeeper.Timed timed) {
        return timed.timing().slides().stream().map(Timing.SlideTime::advice).toList();
    }

    @Test
    void aHundredThousandSlidesAreKeptToTimeByHidingTheEarliestOfTheEasiestToSkip() {
        // Every pick used to look through every slide left, and every cue for the next slide shown through those
        // hidden after it: some ten billion steps here.
        List<Slide> slides = new ArrayList<>(List.of(slide("title", "Talk", 0, 1)));
        for (int i = 1; i <= 100_000; i++) {
            slides.add(slide("claims", "Part " + i + " (continued)", 10, 2));
        }
        Timekeeper.Timed timed = time(slides, Duration.ofSeconds(100), true);
        assertThat(advice(timed)).filteredOn(a -> a == Timing.Advice.SKIP).hasSize(99_990);
        assertThat(advice(timed).subList(99_991, 100_001)).containsOnly(Timing.Advice.KEEP);
        List<NoteParagraph> first = timed.slides().get(0).notes().paragraphs();
        assertThat(first.get(first.size() - 1).text()).isEqualTo("Next: Part 99991 (continued)");
    }

    @Test
    void eachSlideTakesItsNotesAtThePaceAndComesUpWhenTheOnesBeforeItAreDone() {
        Timekeeper.Timed timed = time(List.of(slide("title", "Talk", 0, 1), slide("claims", "One", 90, 2),
                slide("claims", "Two", 30, 2)), null, true);
        assertThat(timed.timing().slides()).extracting(Timing.SlideTime::seconds).containsExactly(0, 90, 30);
        assertThat(timed.timing().slides()).extracting(Timing.SlideTime::startsAt).containsExactly(0, 0, 90);
        assertThat(timed.timing().totalSeconds()).isEqualTo(120);
        List<NoteParagraph> second = timed.slides().get(1).notes().paragraphs();
        assertThat(second.get(0).text()).isEqualTo("~1:30 \u00B7 at 0:00 of 2:00");
        assertThat(second.get(second.size() - 1).text()).isEqualTo("Next: Two");
        assertThat(second).filteredOn(p -> p.style() == NoteParagraph.Style.CUE).allSatisfy(p -> assertThat(NoteParagraph.isCue(p.text())).isTrue());
        List<NoteParagraph> last = timed.slides().get(2).notes().paragraphs();
        assertThat(last.get(last.size() - 1).text()).doesNotStartWith("Next:");
        assertThat(timed.slides().get(1).notes().words()).as("cues are not counted as the author's words").isEqualTo(90);
    }

    @Test
    void withoutCuesTheNotesAreTheAuthorsAlone() {
        Timekeeper.Timed timed = time(List.of(slide("claims", "One", 10, 2), slide("claims", "Two", 10, 2)),
                null, false);
        assertThat(timed.slides()).allSatisfy(s -> assertThat(s.notes().paragraphs())
                .noneMatch(p -> p.style() == NoteParagraph.Style.CUE));
    }

    @Test
    void aDiscussionGivesTheRoomLessTimeBeforeAnySlideIsHidden() {
        List<Slide> slides = List.of(slide("claims", "One", 300, 2), slide("claims", "One (continued)", 60, 2),
                discussion(3), slide("closing", "Closing", 10, 1));
        Timekeeper.Timed timed = time(slides, Duration.ofSeconds(600), true);
        assertThat(advice(timed)).containsExactly(Timing.Advice.KEEP, Timing.Advice.KEEP, Timing.Advice.SHORTEN, Timing.Advice.KEEP);
        assertThat(timed.timing().slides().get(2).keepTo()).isEqualTo(360 - 130);
        assertThat(timed.timing().totalSeconds()).isEqualTo(600);
    }

    @Test
    void whatContinuesASlideIsHiddenFirstAndNoMoreThanTheTimeNeeds() {
        List<Slide> slides = List.of(slide("claims", "A", 200, 2), slide("claims", "A (continued)", 100, 2),
                slide("claims", "B", 200, 2), slide("claims", "B (continued)", 30, 2),
                slide("claims", "Sub", 100, 3));
        // 630 seconds into 590: B (continued) alone cannot cover the 40 seconds; the smallest that can,
        // A (continued), is hidden, and nothing else.
        Timekeeper.Timed timed = time(slides, Duration.ofSeconds(590), true);
        assertThat(advice(timed)).containsExactly(Timing.Advice.KEEP, Timing.Advice.SKIP, Timing.Advice.KEEP,
                Timing.Advice.KEEP, Timing.Advice.KEEP);
        assertThat(timed.slides().get(1).notes().paragraphs().get(0).text()).startsWith("Skipped to keep to 9:50");
        assertThat(timed.timing().slides().get(2).startsAt()).as("hidden slides take no time").isEqualTo(200);
    }

    @Test
    void whenHidingIsNotEnoughTheLongestSlidesAreSaidShorterButNeverBelowHalf() {
        List<Slide> slides = List.of(slide("title", "Talk", 20, 1), slide("statement", "A", 400, 2),
                slide("claims", "B", 100, 2), slide("section", "C", 0, 2), slide("closing", "End", 20, 1));
        Timekeeper.Timed timed = time(slides, Duration.ofSeconds(300), true);
        assertThat(advice(timed)).doesNotContain(Timing.Advice.SKIP);
        assertThat(timed.timing().slides().get(1).advice()).isEqualTo(Timing.Advice.SHORTEN);
        assertThat(timed.timing().slides().get(1).keepTo()).isEqualTo(200);
        assertThat(timed.timing().slides().get(2).keepTo()).as("only what is still over").isEqualTo(60);
        assertThat(timed.timing().totalSeconds()).isEqualTo(300);
        assertThat(timed.slides().get(1).notes().paragraphs().get(0).text())
                .isEqualTo("~3:20 (shortened from ~6:40 to keep to 5:00) \u00B7 at 0:20 of 5:00");
    }

    @Test
    void aTalkNoHalvingCanSaveEndsAsShortAsHalvingAllows() {
        Timekeeper.Timed timed = time(List.of(slide("title", "Talk", 20, 1), slide("claims", "A", 400, 2)),
                Duration.ofSeconds(60), true);
        assertThat(timed.timing().slides().get(1).keepTo()).isEqualTo(200);
        assertThat(timed.timing().totalSeconds()).as("every slide at half its time").isEqualTo(210);
    }

    @Test
    void aTalkThatFitsIsLeftAsItIs() {
        Timekeeper.Timed timed = time(List.of(slide("claims", "A (continued)", 100, 2), discussion(2)),
                Duration.ofMinutes(10), true);
        assertThat(advice(timed)).containsOnly(Timing.Advice.KEEP);
    }
}
