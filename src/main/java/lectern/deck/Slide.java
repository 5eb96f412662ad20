package lectern.deck;

import java.util.List;
import java.util.Optional;

/**
 * One slide, decided but not yet drawn. Each kind of slide is a record of its own that carries only what that
 * kind shows; what every slide has (its number, title, notes, where in the essay it comes from) is its
 * {@link Common}. Whatever must treat each kind in its own way is a {@link Visitor}, so a new kind is a compile
 * error everywhere it is not yet handled.
 */
public sealed interface Slide permits TitleSlide, SectionSlide, StatementSlide, ClaimsSlide, ClaimsWithPictureSlide,
        PictureSlide, DiagramSlide, ListSlide, TableSlide, CodeSlide, QuoteSlide, AgendaSlide, DiscussionSlide, ClosingSlide,
        ObjectivesSlide, ExerciseSlide, SolutionSlide, CalloutSlide, KeyPointsSlide,
        ScheduleSlide, BreakSlide {

    /**
     * What every slide has.
     *
     * @param number    1-based position in the deck; 0 until the plan is complete
     * @param title     the slide's title: the heading it comes from (a statement shows it small over its claim)
     * @param notes     what the presenter says while it is shown
     * @param line      the essay line the slide comes from (its heading), 0 for none
     * @param level     the level of the heading it comes from: 1 for the title and the slides about the whole talk
     * @param continues it goes on with the slide before it: more claims, rows, lines or pictures of one heading
     */
    record Common(int number, String title, SpeakerNotes notes, int line, int level, boolean continues) {
        /** What a slide that goes on with the slide before it adds to its heading. */
        public static final String CONTINUED = " (continued)";

        /** A slide of a section, not yet numbered. */
        public static Common of(String title, SpeakerNotes notes, int line) {
            return new Common(0, title, notes, line, 2, false);
        }

        public Common withNumber(int n) {
            return new Common(n, title, notes, line, level, continues);
        }

        public Common withTitle(String shown) {
            return new Common(number, shown, notes, line, level, continues);
        }

        public Common withNotes(SpeakerNotes more) {
            return new Common(number, title, more, line, level, continues);
        }

        public Common withLine(int at) {
            return new Common(number, title, notes, at, level, continues);
        }

        public Common withLevel(int depth) {
            return new Common(number, title, notes, line, depth, continues);
        }

        /** The same, going on with the slide before it. */
        public Common continued() {
            return new Common(number, title, notes, line, level, true);
        }
    }

    /** One method for each kind of slide. */
    interface Visitor<R> {
        R title(TitleSlide slide);

        R section(SectionSlide slide);

        R statement(StatementSlide slide);

        R claims(ClaimsSlide slide);

        R claimsWithPicture(ClaimsWithPictureSlide slide);

        R picture(PictureSlide slide);

        R diagram(DiagramSlide slide);

        R list(ListSlide slide);

        R table(TableSlide slide);

        R code(CodeSlide slide);

        R quote(QuoteSlide slide);

        R agenda(AgendaSlide slide);

        R discussion(DiscussionSlide slide);

        R closing(ClosingSlide slide);

        R objectives(ObjectivesSlide slide);

        R exercise(ExerciseSlide slide);

        R solution(SolutionSlide slide);

        R callout(CalloutSlide slide);

        R keyPoints(KeyPointsSlide slide);

        R schedule(ScheduleSlide slide);

        R breakTime(BreakSlide slide);
    }

    /**
     * What a slide shows, listed the way an outline lists it: the same for every kind, so that what only lists a
     * slide need not know its kind.
     *
     * @param subtitle a line under the title: the title slide's subtitle, the sentence that introduces code, a
 *                 picture's caption
     * @param items lines the slide lists that are not claims: the subsections a divider opens, the sections an
     *              agenda names, the questions a discussion puts to the room, who is presenting, the author's list
     * @param figure the table, code or quotation it shows
     */
    record Contents(Optional<String> subtitle, List<String> items, List<Claim> claims, Optional<Figure> figure,
                    Optional<Picture> picture) {
        public Contents {
            items = List.copyOf(items);
            claims = List.copyOf(claims);
        }

        static Contents of(List<Claim> claims) {
            return new Contents(Optional.empty(), List.of(), claims, Optional.empty(), Optional.empty());
        }

        static Contents ofItems(List<String> items) {
            return new Contents(Optional.empty(), items, List.of(), Optional.empty(), Optional.empty());
        }

        static Contents ofFigure(Figure figure) {
            return new Contents(Optional.empty(), List.of(), List.of(), Optional.of(figure), Optional.empty());
        }
    }

    Common common();

    /** The slides' titles and notes, one after another: what tells which script a deck is written in. */
    static String text(List<Slide> slides) {
        StringBuilder words = new StringBuilder();
        for (Slide slide : slides) {
            words.append(' ').append(slide.title());
            slide.notes().paragraphs().forEach(p -> words.append(' ').append(p.text()));
        }
        return words.toString();
    }

    /** The same slide with other common parts: numbered, retitled, with more notes. */
    Slide with(Common common);

    <R> R accept(Visitor<R> visitor);

    Contents contents();

    default int number() {
        return common().number();
    }

    default String title() {
        return common().title();
    }

    default SpeakerNotes notes() {
        return common().notes();
    }

    default int line() {
        return common().line();
    }

    default int level() {
        return common().level();
    }

    default boolean continues() {
        return common().continues();
    }

    /** The claims the slide shows, in essay order. */
    default List<Claim> claims() {
        return contents().claims();
    }

    default Optional<Picture> picture() {
        return contents().picture();
    }

    /** The kind as a user says it: "claims with picture". */
    default String kind() {
        return ByKind.NAMES.of(this);
    }

    default Slide withNumber(int n) {
        return with(common().withNumber(n));
    }

    default Slide withTitle(String shown) {
        return with(common().withTitle(shown));
    }

    default Slide withNotes(SpeakerNotes notes) {
        return with(common().withNotes(notes));
    }

    /**
     * The same slide showing its picture changed by {@code change}; a slide without a picture as it is. Only the
     * kinds that show a picture override it.
     */
    default Slide withPicture(java.util.function.UnaryOperator<Picture> change) {
        return this;
    }

    default Slide withLevel(int level) {
        return with(common().withLevel(level));
    }
}
