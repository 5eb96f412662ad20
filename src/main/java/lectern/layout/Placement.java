package lectern.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import lectern.deck.Picture;
import lectern.deck.PictureSlide;
import lectern.deck.QuoteSlide;
import lectern.deck.ScheduleSlide;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SolutionSlide;
import lectern.deck.StatementSlide;
import lectern.deck.TableSlide;
import lectern.deck.TitleSlide;

/**
 * Which of a slide's text goes into which of its two text boxes, the title and the text placeholder: decided
 * here once, so the writer fills exactly what the planner and the checks measure.
 */
public final class Placement {
    private Placement() {
    }

    /** What a text box holds, in the words a message about it uses. */
    public enum Holds {
        TITLE("the title"),
        CLAIMS("the claims"),
        LAST_CLAIM("the claim"),
        QUOTATION("the quotation"),
        SUBTITLE("the subtitle"),
        HEADING("the heading above it"),
        SUBSECTIONS("the list"),
        ITEMS("the list"),
        LEAD("the sentence above the code"),
        CAPTION("the caption"),
        AGENDA("the agenda"),
        QUESTIONS("the questions"),
        PRESENTER("who is presenting"),
        SCHEDULE("the schedule"),
        BREAK("the break's time"),
        OBJECTIVES("the objectives"),
        TASK("the task"),
        SOLUTION("the solution"),
        CALLOUT("the callout"),
        KEY_POINTS("the key points");

        private final String words;

        Holds(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The text of one box: what it is, and its paragraphs with the author's bold and links. */
    public record Text(Holds holds, List<List<Claim.Span>> paragraphs) {
        public Text {
            paragraphs = paragraphs.stream().map(List::copyOf).toList();
        }

        /** The words, paragraph by paragraph on lines of their own. */
        public String plain() {
            return String.join("\n", paragraphs.stream().map(Claim.Span::text).toList());
        }
    }

    /** A slide's text: always a title box, and for most kinds a text box. */
    public record Placed(Text title, Optional<Text> body) {
    }

    public static Placed of(Slide slide) {
        return slide.accept(PLACING);
    }

    private static final Slide.Visitor<Placed> PLACING = new Slide.Visitor<>() {
        @Override
        public Placed title(TitleSlide s) {
            return new Placed(heading(s), s.subtitle().map(sub -> lines(Holds.SUBTITLE, List.of(sub))));
        }

        @Override
        public Placed section(SectionSlide s) {
            return new Placed(heading(s), Optional.of(lines(Holds.SUBSECTIONS, s.subsections())));
        }

        @Override
        public Placed statement(StatementSlide s) {
            return new Placed(kicker(s), Optional.of(new Text(Holds.CLAIMS, List.of(s.claim().spans()))));
        }

        @Override
        public Placed claims(ClaimsSlide s) {
            return new Placed(heading(s), Optional.of(claimText(s.claims())));
        }

        @Override
        public Placed claimsWithPicture(ClaimsWithPictureSlide s) {
            return new Placed(heading(s), Optional.of(claimText(s.claims())));
        }

        @Override
        public Placed picture(PictureSlide s) {
            return new Placed(heading(s), Optional.empty());
        }

        @Override
        public Placed diagram(DiagramSlide s) {
            return new Placed(heading(s), s.picture().map(Picture::caption).filter(c -> !c.isEmpty())
                    .map(caption -> lines(Holds.CAPTION, List.of(caption))));
        }

        @Override
        public Placed list(ListSlide s) {
            return new Placed(heading(s), Optional.of(new Text(Holds.ITEMS, s.items())));
        }

        @Override
        public Placed table(TableSlide s) {
            return new Placed(heading(s), Optional.empty());
        }

        @Override
        public Placed code(CodeSlide s) {
            return new Placed(heading(s), s.lead().map(lead -> new Text(Holds.LEAD, List.of(lead.spans()))));
        }

        @Override
        public Placed quote(QuoteSlide s) {
            List<List<Claim.Span>> paragraphs = new ArrayList<>(s.quote().paragraphs());
            s.quote().attribution().ifPresent(by -> paragraphs.add(List.of(new Claim.Span(by, false))));
            return new Placed(kicker(s), Optional.of(new Text(Holds.QUOTATION, paragraphs)));
        }

        @Override
        public Placed agenda(AgendaSlide s) {
            return new Placed(heading(s), Optional.of(lines(Holds.AGENDA, s.sections())));
        }

        @Override
        public Placed discussion(DiscussionSlide s) {
            return new Placed(heading(s), Optional.of(lines(Holds.QUESTIONS, s.questions())));
        }

        @Override
        public Placed closing(ClosingSlide s) {
            Text title = s.lastClaim().map(claim -> new Text(Holds.LAST_CLAIM, List.of(claim.spans()))).orElse(heading(s));
            return new Placed(title, Optional.of(lines(Holds.PRESENTER, s.presenter())));
        }

        @Override
        public Placed objectives(ObjectivesSlide s) {
            List<List<Claim.Span>> paragraphs = new ArrayList<>();
            if (!s.questions().isEmpty()) {
                paragraphs.add(label(ObjectivesSlide.QUESTIONS));
                paragraphs.addAll(s.questions());
            }
            if (!s.objectives().isEmpty()) {
                paragraphs.add(label(ObjectivesSlide.OBJECTIVES));
                paragraphs.addAll(s.objectives());
            }
            return new Placed(heading(s), Optional.of(new Text(Holds.OBJECTIVES, paragraphs)));
        }

        @Override
        public Placed exercise(ExerciseSlide s) {
            return new Placed(heading(s), Optional.of(labelled(Holds.TASK, s.timebox(), s.task())));
        }

        @Override
        public Placed solution(SolutionSlide s) {
            return new Placed(heading(s), Optional.of(labelled(Holds.SOLUTION, SolutionSlide.LABEL, s.text())));
        }

        @Override
        public Placed callout(CalloutSlide s) {
            return new Placed(heading(s), Optional.of(labelled(Holds.CALLOUT, s.label(), s.text())));
        }

        @Override
        public Placed schedule(ScheduleSlide s) {
            return new Placed(heading(s), Optional.of(lines(Holds.SCHEDULE, s.lines())));
        }

        @Override
        public Placed breakTime(BreakSlide s) {
            return new Placed(heading(s), Optional.of(lines(Holds.BREAK, List.of(s.says()))));
        }

        @Override
        public Placed keyPoints(KeyPointsSlide s) {
            return new Placed(heading(s), Optional.of(new Text(Holds.KEY_POINTS, s.points())));
        }
    };

    /**
     * Which of a text box's paragraphs are labels over the rest ("Exercise · 5 min", "Solution", "Questions"), set
     * apart in the theme's accent colour: the first, for every kind that has one, and an objectives slide's second
     * list's too.
     */
    public static List<Integer> labels(Slide slide) {
        if (slide instanceof ObjectivesSlide s) {
            List<Integer> at = new ArrayList<>();
            if (!s.questions().isEmpty()) {
                at.add(0);
            }
            if (!s.objectives().isEmpty()) {
                at.add(s.questions().isEmpty() ? 0 : s.questions().size() + 1);
            }
            return at;
        }
        return slide instanceof ExerciseSlide || slide instanceof SolutionSlide || slide instanceof CalloutSlide
                ? List.of(0) : List.of();
    }

    private static List<Claim.Span> label(String words) {
        return List.of(new Claim.Span(words, true));
    }

    private static Text labelled(Holds holds, String label, List<List<Claim.Span>> paragraphs) {
        List<List<Claim.Span>> all = new ArrayList<>();
        all.add(label(label));
        all.addAll(paragraphs);
        return new Text(holds, all);
    }

    /** Titles are set bold. */
    private static Text heading(Slide slide) {
        return new Text(Holds.TITLE, List.of(List.of(new Claim.Span(slide.title(), true))));
    }

    /**
     * The heading a statement or quotation comes from, small above it, in the title's box: the outline, the
     * navigation pane and a screen reader name the slide by its heading, never by the sentence it shows.
     */
    private static Text kicker(Slide slide) {
        return lines(Holds.HEADING, List.of(slide.title()));
    }

    private static Text claimText(List<Claim> claims) {
        return new Text(Holds.CLAIMS, claims.stream().map(Claim::spans).toList());
    }

    private static Text lines(Holds holds, List<String> lines) {
        return new Text(holds, lines.stream().map(line -> List.of(new Claim.Span(line, false))).toList());
    }
}
