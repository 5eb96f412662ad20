package lectern.deck;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long the talk takes, slide by slide, from the words of its notes at a speaking pace; with a target
 * duration, which slides to skip or shorten to keep to it.
 *
 * @param wordsPerMinute the presenter's pace
 * @param target         the time the talk must keep to, when one was given
 * @param slides         each slide's share, in deck order
 */
public record Timing(int wordsPerMinute, Optional<Duration> target, List<SlideTime> slides) {

    public Timing {
        slides = List.copyOf(slides);
    }

    /** What to do with a slide to keep to time. */
    public enum Advice {
        /** Present it as planned. */
        KEEP,
        /** Say less: its notes take longer than the talk can give it. */
        SHORTEN,
        /** Leave it out: it stays in the deck, hidden. */
        SKIP
    }

    /**
     * @param seconds  how long its notes take to say (a discussion: how long the room gets)
     * @param startsAt when it comes up, counted from the start of the talk, skipped slides left out
     * @param keepTo   with {@link Advice#SHORTEN}, the seconds it should take
     */
    public record SlideTime(int seconds, int startsAt, Advice advice, int keepTo) {
    }

    /**
     * The timing of slides as a person left them in a deck, not as the planner would keep them to time: the
     * hidden ones skipped, none shortened.
     *
     * @param hidden for each slide, whether it is hidden
     */
    public static Timing asShown(List<Slide> slides, List<Boolean> hidden, int wordsPerMinute, Optional<Duration> target) {
        List<SlideTime> times = new java.util.ArrayList<>();
        int clock = 0;
        for (int i = 0; i < slides.size(); i++) {
            int seconds = seconds(slides.get(i), wordsPerMinute);
            boolean skipped = hidden.get(i);
            times.add(new SlideTime(seconds, clock, skipped ? Advice.SKIP : Advice.KEEP, 0));
            clock += skipped ? 0 : seconds;
        }
        return new Timing(wordsPerMinute, target, times);
    }

    /**
     * A slide's time: its notes at the presenter's pace, or the minutes a discussion gives the room, or an
     * exercise's timebox (and longer only if its notes take longer to say).
     */
    public static int seconds(Slide slide, int wordsPerMinute) {
        if (slide instanceof DiscussionSlide discussion) {
            return discussion.minutes() * 60;
        }
        if (slide instanceof BreakSlide pause) {
            return pause.minutes() * 60;
        }
        if (slide instanceof ExerciseSlide exercise) {
            return Math.max(exercise.minutes() * 60, (int) Math.round(slide.notes().words() * 60.0 / wordsPerMinute));
        }
        return (int) Math.round(slide.notes().words() * 60.0 / wordsPerMinute);
    }

    /** The time the visible slides take. */
    public int totalSeconds() {
        return slides.stream().filter(s -> s.advice() != Advice.SKIP)
                .mapToInt(s -> s.advice() == Advice.SHORTEN ? s.keepTo() : s.seconds()).sum();
    }

    /** What the talk is measured against: the target, or its own total. */
    public int ofSeconds() {
        return target.map(d -> (int) d.toSeconds()).orElse(totalSeconds());
    }

    public static String clock(int seconds) {
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
