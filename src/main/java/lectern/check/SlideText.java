package lectern.check;

import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import lectern.deck.AgendaSlide;
import lectern.deck.BreakSlide;
import lectern.deck.CalloutSlide;
import lectern.deck.Claim;
import lectern.deck.ClaimsSlide;
import lectern.deck.ClaimsWithPictureSlide;
import lectern.deck.ClosingSlide;
import lectern.deck.CodeSlide;
import lectern.deck.DiagramSlide;
import lectern.deck.DiscussionSlide;
import lectern.deck.ExerciseSlide;
import lectern.deck.KeyPointsSlide;
import lectern.deck.ListSlide;
import lectern.deck.ObjectivesSlide;
import lectern.deck.PictureSlide;
import lectern.deck.QuoteSlide;
import lectern.deck.ScheduleSlide;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SolutionSlide;
import lectern.deck.StatementSlide;
import lectern.deck.TableSlide;
import lectern.deck.Timing;
import lectern.deck.TitleSlide;
import lectern.deck.Words;
import lectern.layout.Placement;
import lectern.layout.SlideFit;

/** What each slide shows: whether it fits, and whether the room can take it in. */
final class SlideText implements RuleGroup {
    /** Past this a room reads the slide instead of listening to the presenter. */
    static final int MOST_WORDS_ON_A_SLIDE = 40;
    /** Past this a claim is a paragraph, not a point. */
    static final int MOST_WORDS_IN_A_CLAIM = 30;

    private final SlideFit fit;

    SlideText(SlideFit fit) {
        this.fit = fit;
    }

    @Override
    public void check(Talk talk, Found found) {
        for (Slide slide : talk.slides()) {
            if (found.wants(Rule.TEXT_OVERFLOW)) {
                fit.overflows(slide).forEach(overflow -> overflow(talk, slide, overflow, found));
            }
            int words = wordsOn(slide);
            if (words > MOST_WORDS_ON_A_SLIDE) {
                found.add(Rule.SLIDE_TOO_WORDY, slide.line(), slide.number(), words + " words on the slide; past "
                        + MOST_WORDS_ON_A_SLIDE + " the room reads instead of listening", fewerWords(talk, slide));
            }
            if (!(slide instanceof ClosingSlide)) {
                // The closing repeats the essay's last claim, which is reported where it first appears.
                for (Claim claim : slide.claims()) {
                    if (claim.words() > MOST_WORDS_IN_A_CLAIM) {
                        found.add(Rule.CLAIM_TOO_LONG, talk.lineOf(claim, slide), slide.number(), "a claim of " + claim.words()
                                + " words (\"" + Report.shorten(claim.text(), 50) + "\"); past "
                                + MOST_WORDS_IN_A_CLAIM + " it is a paragraph, not a point", talk.fromDeck()
                                ? "cut the claim on the slide to its point; the rest can go in the notes"
                                : "bold one short sentence that makes the point: bold words inside a sentence bring the whole sentence to the slide");
                    }
                }
            }
            if (headingAlone(talk, slide)) {
                int seconds = talk.timing().slides().get(slide.number() - 1).seconds();
                found.add(Rule.NO_CLAIM, slide.line(), slide.number(), seconds > 0
                        ? "no bold claim: the slide shows only its heading while you speak for ~" + Timing.clock(seconds)
                        : "no bold claim and no prose: the slide is a heading alone", talk.fromDeck()
                        ? "put the point the room should remember on the slide as text"
                        : "bold the sentence you want the room to remember (**like this**); it goes on the slide");
            }
        }
    }

    /**
     * Words on the slide that compete with the presenter for the room's attention: what its text boxes hold. An
     * agenda is glanced at, and a discussion's questions are there to be read while the presenter is silent; a
     * table or code is data.
     */
    static int wordsOn(Slide slide) {
        // An exercise's task, like an agenda or a discussion's questions, is there for the room to read.
        if (slide instanceof AgendaSlide || slide instanceof DiscussionSlide || slide instanceof ExerciseSlide
                || slide instanceof ScheduleSlide) {
            return 0;
        }
        Placement.Placed placed = Placement.of(slide);
        return Stream.concat(Stream.of(placed.title()), placed.body().stream())
                .flatMap(text -> text.paragraphs().stream())
                .mapToInt(paragraph -> Words.count(paragraph.stream().map(Claim.Span::text).reduce("", String::concat)))
                .sum();
    }

    /**
     * A section slide with nothing but its heading. A divider opening a section whose own slides follow it (same
     * heading) is not one: its section's claims are on those.
     */
    private static boolean headingAlone(Talk talk, Slide slide) {
        if (!(slide instanceof SectionSlide section) || !section.subsections().isEmpty() || slide.level() < 2) {
            return false;
        }
        return talk.slides().stream().noneMatch(other -> other != slide && !(other instanceof DiscussionSlide)
                && (slide.line() > 0 ? other.line() == slide.line() : other.title().equals(slide.title())));
    }

    private static void overflow(Talk talk, Slide slide, SlideFit.Overflow overflow, Found found) {
        Placement.Holds holds = overflow.holds();
        boolean claims = holds == Placement.Holds.CLAIMS || holds == Placement.Holds.LAST_CLAIM;
        String what = claims ? (slide.claims().size() == 1 ? "the claim" : "the claims") : holds.words();
        int line = claims ? slide.claims().stream().max(Comparator.comparingInt(Claim::words))
                .map(claim -> talk.lineOf(claim, slide)).filter(l -> l > 0).orElse(slide.line()) : slide.line();
        found.add(Rule.TEXT_OVERFLOW, line, slide.number(), what + " does not fit " + (overflow.title() ? "its box" : "the text box")
                + String.format(Locale.ROOT, " even at %.0f pt, the smallest the theme allows", overflow.minSize())
                + " (\"" + Report.shorten(overflow.text().replace('\n', ' '), 50) + "\")", shorter(talk, holds));
    }

    private static String shorter(Talk talk, Placement.Holds holds) {
        if (talk.fromDeck()) {
            return "shorten the text on the slide in PowerPoint, or move some of it to the notes";
        }
        return switch (holds) {
            case TITLE -> "shorten the heading to a few words the room takes in at a glance; say the rest";
            case CLAIMS -> "shorten the claim, or bold one short sentence of it instead of a part of a long one";
            case LAST_CLAIM -> "shorten the essay's last claim (the closing slide repeats it), or leave the closing out with --no-closing";
            case QUOTATION -> "shorten the quotation, or leave it in the notes as a passage to read out";
            case AGENDA -> "shorten the ## headings, or leave the agenda out with --no-agenda";
            case QUESTIONS -> "ask fewer or shorter questions in the section, or leave discussions out with --no-discussion";
            case SUBTITLE -> "shorten the subtitle, the italic line under the title";
            case PRESENTER -> "shorten presenter:, contact:, email: and website: in the front matter";
            case HEADING, SUBSECTIONS -> "shorten the heading";
            case ITEMS -> "shorten the list's items, or bold the one sentence the room should remember";
            case LEAD -> "shorten the sentence that introduces the code";
            case CAPTION -> "shorten the picture's caption (its title); the rest can go in the prose";
            case OBJECTIVES -> "shorten the objectives and questions, or keep fewer of them";
            case TASK -> "shorten the exercise's task; what it needs to say at length can go in a callout below it";
            case SOLUTION -> "shorten the solution's words; the slide shows what fits and the notes keep all of it";
            case CALLOUT -> "shorten the callout, or make it a note (a callout of another kind stays in the notes)";
            case KEY_POINTS -> "shorten the key points, or keep fewer of them";
            case SCHEDULE -> "shorten the episodes' titles";
            case BREAK -> "the break's time is Lectern's own; a template's layout may be too small for it";
        };
    }

    private static String fewerWords(Talk talk, Slide slide) {
        if (talk.fromDeck()) {
            return "move words from the slide into the notes in PowerPoint";
        }
        String fewerClaims = "bold fewer, shorter sentences; the rest of your prose stays in the notes";
        return slide.accept(new Slide.Visitor<>() {
            @Override
            public String title(TitleSlide s) {
                return "shorten the title or the subtitle";
            }

            @Override
            public String section(SectionSlide s) {
                return "shorten the subsection headings the divider lists";
            }

            @Override
            public String statement(StatementSlide s) {
                return fewerClaims;
            }

            @Override
            public String claims(ClaimsSlide s) {
                return fewerClaims;
            }

            @Override
            public String claimsWithPicture(ClaimsWithPictureSlide s) {
                return fewerClaims;
            }

            @Override
            public String picture(PictureSlide s) {
                return fewerClaims;
            }

            @Override
            public String diagram(DiagramSlide s) {
                return "shorten the picture's caption";
            }

            @Override
            public String list(ListSlide s) {
                return "shorten the list, or bold the one sentence of the section the room should remember";
            }

            @Override
            public String table(TableSlide s) {
                return fewerClaims;
            }

            @Override
            public String code(CodeSlide s) {
                return fewerClaims;
            }

            @Override
            public String quote(QuoteSlide s) {
                return fewerClaims;
            }

            @Override
            public String agenda(AgendaSlide s) {
                return fewerClaims;
            }

            @Override
            public String discussion(DiscussionSlide s) {
                return fewerClaims;
            }

            @Override
            public String closing(ClosingSlide s) {
                return "shorten the essay's last claim, or leave the closing out with --no-closing";
            }

            @Override
            public String objectives(ObjectivesSlide s) {
                return "shorten the objectives and questions";
            }

            @Override
            public String exercise(ExerciseSlide s) {
                return "shorten the exercise's task";
            }

            @Override
            public String solution(SolutionSlide s) {
                return "shorten the solution";
            }

            @Override
            public String callout(CalloutSlide s) {
                return "shorten the callout";
            }

            @Override
            public String schedule(ScheduleSlide s) {
                return "shorten the episodes' titles";
            }

            @Override
            public String breakTime(BreakSlide s) {
                return "shorten the break's slide in PowerPoint";
            }

            @Override
            public String keyPoints(KeyPointsSlide s) {
                return "shorten the key points";
            }
        });
    }
}
