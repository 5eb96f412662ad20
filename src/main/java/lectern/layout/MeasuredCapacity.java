package lectern.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
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
import lectern.deck.Figure;
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
import lectern.deck.TitleSlide;
import lectern.theme.Theme;

/**
 * Decides whether a slide holds its text by setting it at the smallest size its box allows, in the very box
 * the writer will fill with the same text ({@link Placement}); tables and code are measured by {@link FigureMeasure}.
 */
public final class MeasuredCapacity implements SlideCapacity {
    /** More than this many claims stops reading as a slide, whatever the room. */
    public static final int MAX_CLAIMS = 4;
    /** The author's own list reads as a slide up to this many items. */
    public static final int MAX_ITEMS = 7;

    private final SlideGeometry geometry;
    private final FigureMeasure figures;
    private final Map<String, TextMeasure> measures = new HashMap<>();

    public MeasuredCapacity(SlideGeometry geometry, Theme theme) {
        this.geometry = geometry;
        this.figures = new FigureMeasure(geometry, theme);
    }

    /** Lectern's own layouts in a theme. */
    public MeasuredCapacity(Theme theme) {
        this(SlideGeometry.lectern(theme), theme);
    }

    @Override
    public boolean fits(Slide slide) {
        SlideGeometry.Boxes boxes = geometry.of(slide);
        Placement.Placed placed = Placement.of(slide);
        BooleanSupplier body = () -> fits(boxes.body(), placed.body().map(Placement.Text::paragraphs).orElse(List.of()));
        BooleanSupplier title = () -> fits(boxes.title(), placed.title().paragraphs());
        // What the planner can still move elsewhere is measured; a title, a picture or a figure it cannot.
        return slide.accept(new Slide.Visitor<Boolean>() {
            @Override
            public Boolean title(TitleSlide s) {
                return true;
            }

            @Override
            public Boolean section(SectionSlide s) {
                return body.getAsBoolean();
            }

            @Override
            public Boolean statement(StatementSlide s) {
                return title.getAsBoolean() && body.getAsBoolean();
            }

            @Override
            public Boolean claims(ClaimsSlide s) {
                return s.claims().size() <= MAX_CLAIMS && body.getAsBoolean();
            }

            @Override
            public Boolean claimsWithPicture(ClaimsWithPictureSlide s) {
                return s.claims().size() <= MAX_CLAIMS && body.getAsBoolean();
            }

            @Override
            public Boolean picture(PictureSlide s) {
                return true;
            }

            @Override
            public Boolean diagram(DiagramSlide s) {
                return true;
            }

            @Override
            public Boolean list(ListSlide s) {
                return s.items().size() <= MAX_ITEMS && body.getAsBoolean();
            }

            @Override
            public Boolean table(TableSlide s) {
                return true;
            }

            @Override
            public Boolean code(CodeSlide s) {
                return figures.codeSet(s.code(), figures.above(s.lead())).isPresent();
            }

            @Override
            public Boolean quote(QuoteSlide s) {
                return title.getAsBoolean() && body.getAsBoolean();
            }

            @Override
            public Boolean agenda(AgendaSlide s) {
                return body.getAsBoolean();
            }

            @Override
            public Boolean discussion(DiscussionSlide s) {
                return true;
            }

            @Override
            public Boolean closing(ClosingSlide s) {
                return true;
            }

            @Override
            public Boolean objectives(ObjectivesSlide s) {
                return body.getAsBoolean();
            }

            @Override
            public Boolean exercise(ExerciseSlide s) {
                return withCode(s.code());
            }

            @Override
            public Boolean solution(SolutionSlide s) {
                return withCode(s.code());
            }

            @Override
            public Boolean callout(CalloutSlide s) {
                return body.getAsBoolean();
            }

            @Override
            public Boolean schedule(ScheduleSlide s) {
                return body.getAsBoolean();
            }

            @Override
            public Boolean breakTime(BreakSlide s) {
                return true;
            }

            @Override
            public Boolean keyPoints(KeyPointsSlide s) {
                return body.getAsBoolean();
            }

            /** Words over code are measured as the sentence over code is; words alone, in the text box. */
            private boolean withCode(Optional<Figure.CodeFigure> code) {
                List<List<Claim.Span>> words = placed.body().map(Placement.Text::paragraphs).orElse(List.of());
                return code.isEmpty() ? body.getAsBoolean() : figures.codeSet(code.get(), figures.above(words)).isPresent();
            }
        });
    }

    @Override
    public boolean titleFits(Slide slide) {
        Placement.Text title = Placement.of(slide).title();
        // A layout without a title box shows none to overflow.
        Optional<TextBox> box = geometry.of(slide).title();
        return title.holds() != Placement.Holds.TITLE || box.isEmpty() || fits(box, title.paragraphs());
    }

    /** Whether the paragraphs fit the box at its smallest size; a slide without the box holds nothing there. */
    private boolean fits(Optional<TextBox> box, List<List<Claim.Span>> paragraphs) {
        return box.map(b -> measure(b.family()).heightUpTo(paragraphs, b.min(), b.frame().textWidth(), b.style(),
                b.frame().textHeight()) <= b.frame().textHeight()).orElse(false);
    }

    private TextMeasure measure(String family) {
        return measures.computeIfAbsent(family, TextMeasure::new);
    }

    @Override
    public List<List<Integer>> tableColumns(Figure.TableFigure table) {
        return figures.tableColumns(table);
    }

    @Override
    public int tableRows(Figure.TableFigure table) {
        return figures.tableRows(table);
    }
}
