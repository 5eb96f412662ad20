package lectern.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lectern.deck.BreakSlide;
import lectern.deck.DiscussionSlide;
import lectern.deck.ExerciseSlide;
import lectern.deck.NoteParagraph;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SolutionSlide;
import lectern.deck.SpeakerNotes;
import lectern.deck.Timing;

/**
 * Times the talk by its notes and keeps it to a target: it skips the slides a talk can most easily do without
 * (hidden in the deck, never deleted) and, if that is not enough, asks the longest slides to be said shorter.
 * It also writes the presenter's cue at the start of each slide's notes (its time, and when it comes up) and,
 * at the end, which slide comes next.
 */
final class Timekeeper {
    private final PlanOptions options;

    Timekeeper(PlanOptions options) {
        this.options = options;
    }

    record Timed(List<Slide> slides, Timing timing) {
    }

    Timed time(List<Slide> slides) {
        List<Integer> seconds = slides.stream().map(slide -> Timing.seconds(slide, options.wordsPerMinute())).toList();
        Timing.Advice[] advice = new Timing.Advice[slides.size()];
        int[] keepTo = new int[slides.size()];
        java.util.Arrays.fill(advice, Timing.Advice.KEEP);
        options.duration().ifPresent(target -> keepTo((int) target.toSeconds(), slides, seconds, advice, keepTo));

        List<Timing.SlideTime> times = new ArrayList<>();
        int clock = 0;
        for (int i = 0; i < slides.size(); i++) {
            times.add(new Timing.SlideTime(seconds.get(i), clock, advice[i], keepTo[i]));
            if (advice[i] != Timing.Advice.SKIP) {
                clock += advice[i] == Timing.Advice.SHORTEN ? keepTo[i] : seconds.get(i);
            }
        }
        Timing timing = new Timing(options.wordsPerMinute(), options.duration(), times);
        return new Timed(options.cues() ? cued(slides, timing) : slides, timing);
    }

    /** The least time worth giving a room to discuss: one question's worth. */
    private static final int SHORTEST_DISCUSSION = 120;

    private static void keepTo(int target, List<Slide> slides, List<Integer> seconds, Timing.Advice[] advice, int[] keepTo) {
        int total = seconds.stream().mapToInt(Integer::intValue).sum();
        // The room's time gives first: a facilitator cuts a discussion short before cutting what the essay says.
        for (int i = 0; i < slides.size() && total > target; i++) {
            if (slides.get(i) instanceof DiscussionSlide && seconds.get(i) > SHORTEST_DISCUSSION) {
                int saved = Math.min(seconds.get(i) - SHORTEST_DISCUSSION, total - target);
                advice[i] = Timing.Advice.SHORTEN;
                keepTo[i] = seconds.get(i) - saved;
                total -= saved;
            }
        }
        // Then what a talk can most easily do without: what continues a slide, then discussions, then subsections;
        // within each, the slide that covers what is left with the least to spare, so no more is hidden than must be.
        for (int pass = 0; pass < 3 && total > target; pass++) {
            // By the time each takes (a discussion already cut short only its shortened time), the earliest first
            // among equals: picking is a look-up, so a long deck is not searched once for each slide hidden.
            java.util.TreeMap<Integer, java.util.ArrayDeque<Integer>> candidates = new java.util.TreeMap<>();
            for (int i = 0; i < slides.size(); i++) {
                if (skippable(slides.get(i)) == pass && seconds.get(i) > 0) {
                    candidates.computeIfAbsent(taking(i, seconds, advice, keepTo), t -> new java.util.ArrayDeque<>()).add(i);
                }
            }
            while (total > target && !candidates.isEmpty()) {
                var covering = candidates.ceilingEntry(total - target);
                var chosen = covering != null ? covering : candidates.lastEntry();
                int pick = chosen.getValue().removeFirst();
                if (chosen.getValue().isEmpty()) {
                    candidates.remove(chosen.getKey());
                }
                advice[pick] = Timing.Advice.SKIP;
                keepTo[pick] = 0;
                total -= chosen.getKey();
            }
        }
        List<Integer> longest = new ArrayList<>();
        for (int i = 0; i < slides.size(); i++) {
            if (advice[i] == Timing.Advice.KEEP && seconds.get(i) > 0 && !(slides.get(i) instanceof ExerciseSlide)
                    && !(slides.get(i) instanceof BreakSlide)) {
                longest.add(i);
            }
        }
        longest.sort(Comparator.comparing((Integer i) -> -seconds.get(i)));
        for (int i : longest) {
            if (total <= target) {
                return;
            }
            int half = seconds.get(i) / 2;
            int saved = Math.min(seconds.get(i) - half, total - target);
            advice[i] = Timing.Advice.SHORTEN;
            keepTo[i] = seconds.get(i) - saved;
            total -= saved;
        }
    }

    private static int taking(int i, List<Integer> seconds, Timing.Advice[] advice, int[] keepTo) {
        return advice[i] == Timing.Advice.SHORTEN ? keepTo[i] : seconds.get(i);
    }

    /**
     * How readily a slide can be skipped: 0 first, 2 last, 3 never (the title, agenda, sections, closing, and a
     * lesson's exercises and solutions, whose time the author set).
     */
    private static int skippable(Slide slide) {
        if (slide instanceof ExerciseSlide || slide instanceof SolutionSlide || slide instanceof BreakSlide) {
            return 3;
        }
        if (slide.continues()) {
            return 0;
        }
        if (slide instanceof DiscussionSlide) {
            return 1;
        }
        if (slide.level() >= 3 && !(slide instanceof SectionSlide)) {
            return 2;
        }
        return 3;
    }

    private static List<Slide> cued(List<Slide> slides, Timing timing) {
        List<Slide> cued = new ArrayList<>();
        String of = Timing.clock(timing.ofSeconds());
        List<Optional<String>> next = next(slides, timing);
        for (int i = 0; i < slides.size(); i++) {
            Slide slide = slides.get(i);
            Timing.SlideTime time = timing.slides().get(i);
            List<NoteParagraph> notes = new ArrayList<>();
            notes.add(NoteParagraph.cue(cue(time, of, timing)));
            notes.addAll(slide.notes().paragraphs());
            next.get(i).ifPresent(title -> notes.add(NoteParagraph.cue("Next: " + title)));
            cued.add(slide.withNotes(new SpeakerNotes(notes)));
        }
        return cued;
    }

    private static String cue(Timing.SlideTime time, String of, Timing timing) {
        String own = "~" + Timing.clock(time.seconds());
        return switch (time.advice()) {
            case SKIP -> "Skipped to keep to " + of + " (hidden; " + own + " of notes)";
            case SHORTEN -> "~" + Timing.clock(time.keepTo()) + " (shortened from " + own + " to keep to " + of
                    + ") \u00B7 at " + Timing.clock(time.startsAt()) + " of " + of;
            case KEEP -> own + " \u00B7 at " + Timing.clock(time.startsAt()) + " of " + of;
        };
    }

    /** For each slide, the title of the next slide the room will see; none after the last. Found from the end. */
    private static List<Optional<String>> next(List<Slide> slides, Timing timing) {
        List<Optional<String>> next = new ArrayList<>(java.util.Collections.nCopies(slides.size(), Optional.empty()));
        Optional<String> seen = Optional.empty();
        for (int n = slides.size() - 1; n >= 0; n--) {
            next.set(n, seen);
            if (timing.slides().get(n).advice() != Timing.Advice.SKIP) {
                seen = Optional.of(slides.get(n).title());
            }
        }
        return next;
    }
}
