package lectern.check;

import java.util.List;
import lectern.deck.DiscussionSlide;
import lectern.deck.Slide;
import lectern.deck.Timing;

/**
 * Whether the talk keeps to its time: the whole of it against {@code --duration}, each slide against its share,
 * and which slides are hidden to keep to it.
 */
final class Time implements RuleGroup {
    /** A slide may take this many times its even share of the talk before the room has looked at it too long. */
    static final int SHARES = 2;
    /** However short the talk, a slide may take this long. */
    static final int LONGEST_ANY_SLIDE_MAY_TAKE = 120;

    @Override
    public void check(Talk talk, Found found) {
        Timing timing = talk.timing();
        String of = timing.target().map(target -> Timing.clock((int) target.toSeconds())).orElse("");
        int shown = shownAsWritten(talk);
        if (timing.target().isPresent() && shown > timing.target().get().toSeconds()) {
            long shorten = timing.slides().stream().filter(s -> s.advice() == Timing.Advice.SHORTEN).count();
            found.add(Rule.OVER_TIME, 0, 0, "the slides shown take ~" + Timing.clock(shown) + " as their notes are written, "
                    + Timing.clock(shown - (int) timing.target().get().toSeconds()) + " more than " + of
                    + (shorten == 0 ? "" : "; " + shorten + (shorten == 1 ? " slide is" : " slides are") + " marked to say shorter"),
                    talk.fromDeck() ? "hide slides you can do without (in PowerPoint: right-click the slide, Hide Slide), or cut the longest notes"
                            : "keep the slides marked to say shorter to their shortened time, cut prose from the longest sections, or ask for a longer slot");
        }
        int budget = timing.target().map(target -> (int) target.toSeconds()).orElse(shown);
        List<Timing.SlideTime> speaking = timing.slides().stream()
                .filter(s -> s.advice() != Timing.Advice.SKIP && s.seconds() > 0).toList();
        int share = speaking.isEmpty() ? budget : budget / speaking.size();
        int limit = Math.max(SHARES * share, LONGEST_ANY_SLIDE_MAY_TAKE);
        for (Slide slide : talk.slides()) {
            Timing.SlideTime time = timing.slides().get(slide.number() - 1);
            String own = "~" + Timing.clock(time.seconds());
            if (time.advice() == Timing.Advice.SKIP) {
                found.add(Rule.SLIDE_HIDDEN, slide.line(), slide.number(), (talk.fromDeck() ? "hidden" : "hidden to keep to " + of)
                        + " (" + own + (slide instanceof DiscussionSlide ? " of discussion)" : " of notes)"),
                        talk.fromDeck() ? "to show it, unhide it in PowerPoint (right-click the slide, Hide Slide)"
                                : "nothing to do: it stays in the deck, skipped in the show; to show it, give the talk more time with --duration");
            } else if (slide instanceof lectern.deck.ExerciseSlide || slide instanceof lectern.deck.BreakSlide) {
                // An exercise's and a break's time is the room's, as its author set it, not the notes'.
                continue;
            } else if (slide instanceof DiscussionSlide) {
                // A discussion's time is the room's, not the notes': the facilitator gives it what the plan allows.
                if (time.advice() == Timing.Advice.SHORTEN) {
                    found.add(Rule.DISCUSSION_SHORTENED, slide.line(), slide.number(), "give the room ~"
                            + Timing.clock(time.keepTo()) + " of the " + own + " its questions suggest, to keep to " + of,
                            "put the question that matters most first; take fewer answers");
                }
            } else if (time.advice() == Timing.Advice.SHORTEN) {
                found.add(Rule.NOTES_TOO_LONG, slide.line(), slide.number(), "the notes take " + own + "; to keep to "
                        + of + " say them in ~" + Timing.clock(time.keepTo()),
                        "say the gist and skip the rest, or cut prose from this section");
            } else if (time.seconds() > limit) {
                found.add(Rule.NOTES_TOO_LONG, slide.line(), slide.number(), "the notes take " + own + ", more than "
                        + SHARES + " times the slide's share of " + (of.isEmpty() ? "the talk" : of) + " (~"
                        + Timing.clock(share) + " for each of " + speaking.size() + " slides); the room looks at one slide too long",
                        talk.fromDeck() ? "move some of the notes to a new slide, or cut them"
                                : "split the section in two with a ### heading, or cut prose from it");
            }
        }
    }

    /**
     * The slides shown, each as long as its notes are: what reading the notes as written takes. A discussion
     * counts as long as the plan gives the room, which the facilitator keeps to, not as long as its questions could.
     */
    static int shownAsWritten(Talk talk) {
        int total = 0;
        for (Slide slide : talk.slides()) {
            Timing.SlideTime time = talk.timing().slides().get(slide.number() - 1);
            if (time.advice() != Timing.Advice.SKIP) {
                total += slide instanceof DiscussionSlide && time.advice() == Timing.Advice.SHORTEN
                        ? time.keepTo() : time.seconds();
            }
        }
        return total;
    }

    static int hidden(Timing timing) {
        return timing.slides().stream().filter(s -> s.advice() == Timing.Advice.SKIP).mapToInt(Timing.SlideTime::seconds).sum();
    }
}
