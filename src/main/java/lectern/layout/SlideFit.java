package lectern.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lectern.deck.Slide;

/**
 * Which text of a planned slide does not fit its box even at the smallest size the box allows: what the room
 * would see cut off or spilling over. The planner moves claims to "(continued)" slides so they fit; what it
 * cannot move (one very long claim, a long heading, a discussion's questions) is found here, measured as
 * {@link MeasuredCapacity} measures, in the boxes the writer fills with the same text ({@link Placement}).
 */
public final class SlideFit {
    private final SlideGeometry geometry;
    private final FigureMeasure figures;
    private final Map<String, TextMeasure> measures = new HashMap<>();

    private final double tableMin;

    public SlideFit(SlideGeometry geometry, lectern.theme.Theme theme) {
        this.geometry = geometry;
        this.figures = new FigureMeasure(geometry, theme);
        this.tableMin = theme.sizes().tableMin();
    }

    /** The smallest size a table may shrink to, in points: a table too wide at it is shown a few columns at a time. */
    public double tableMin() {
        return tableMin;
    }

    /**
     * Code that does not sit in its box as a room should see it.
     *
     * @param fits    whether it fits once its long lines wrap (it overflows its box when not)
     * @param minSize the smallest size, in points, code may shrink to
     */
    public record CodeOverflow(boolean fits, double minSize) {
    }

    /** The slide's code, when its lines wrap at the smallest size code may shrink to, or it does not fit even so. */
    public Optional<CodeOverflow> code(lectern.deck.CodeSlide slide) {
        double above = figures.above(slide.lead());
        Optional<FigureMeasure.CodeSet> set = figures.codeSet(slide.code(), above);
        if (set.isPresent() && !set.get().wraps()) {
            return Optional.empty();
        }
        return Optional.of(new CodeOverflow(set.isPresent(), figures.codeSetAnyway(slide.code(), above).size()));
    }

    /**
     * Text that does not fit.
     *
     * @param title   whether it is the title box (else the text box)
     * @param holds   what the box holds
     * @param text    the text, paragraphs separated by newlines
     * @param minSize the smallest size, in points, the box lets it shrink to
     */
    public record Overflow(boolean title, Placement.Holds holds, String text, double minSize) {
    }

    /** The boxes of the slide whose text overflows at their smallest size; empty when all of it fits. */
    public List<Overflow> overflows(Slide slide) {
        SlideGeometry.Boxes boxes = geometry.of(slide);
        Placement.Placed placed = Placement.of(slide);
        List<Overflow> found = new ArrayList<>();
        check(boxes.title(), placed.title(), true).ifPresent(found::add);
        placed.body().flatMap(body -> check(boxes.body(), body, false)).ifPresent(found::add);
        return found;
    }

    private Optional<Overflow> check(Optional<TextBox> box, Placement.Text text, boolean title) {
        if (box.isEmpty() || text.paragraphs().isEmpty()) {
            return Optional.empty();
        }
        TextBox b = box.get();
        double height = measures.computeIfAbsent(b.family(), TextMeasure::new)
                .heightUpTo(text.paragraphs(), b.min(), b.frame().textWidth(), b.style(), b.frame().textHeight());
        if (height <= b.frame().textHeight()) {
            return Optional.empty();
        }
        return Optional.of(new Overflow(title, text.holds(), text.plain(), b.min()));
    }
}
