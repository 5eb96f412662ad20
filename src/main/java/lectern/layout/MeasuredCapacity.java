package lectern.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lectern.plan.Claim;
import lectern.plan.Figure;
import lectern.plan.SlideCapacity;
import lectern.plan.SlideKind;
import lectern.theme.Theme;

/**
 * Decides whether a slide holds its text by setting it at the smallest size its box allows, in the very box
 * the writer will fill; tables and code are measured by {@link FigureMeasure}.
 */
public final class MeasuredCapacity implements SlideCapacity {
    /** More than this many claims stops reading as a slide, whatever the room. */
    public static final int MAX_CLAIMS = 4;

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
    public boolean fits(SlideKind kind, String title, List<Claim> lines) {
        List<List<Claim.Span>> paragraphs = lines.stream().map(Claim::spans).toList();
        SlideGeometry.Boxes boxes = geometry.of(kind);
        return switch (kind) {
            case TITLE, PICTURE, TABLE, CODE, DISCUSSION, CLOSING -> true;
            case AGENDA -> fits(boxes.body(), paragraphs);
            case SECTION -> fits(boxes.body(), paragraphs);
            case STATEMENT -> lines.size() <= 1 && fits(boxes.title(), paragraphs) && kickerFits(boxes, title);
            case QUOTE -> fits(boxes.title(), paragraphs) && kickerFits(boxes, title);
            case CLAIMS, CLAIMS_WITH_PICTURE -> lines.size() <= MAX_CLAIMS && fits(boxes.body(), paragraphs);
        };
    }

    @Override
    public boolean titleFits(SlideKind kind, String title) {
        // Titles are set bold (TextWriter.title); a layout without a title box shows none to overflow.
        return geometry.of(kind).title().isEmpty()
                || fits(geometry.of(kind).title(), List.of(List.of(new Claim.Span(title, true))));
    }

    private boolean kickerFits(SlideGeometry.Boxes boxes, String title) {
        return fits(boxes.body(), List.of(List.of(new Claim.Span(title, false))));
    }

    /** Whether the paragraphs fit the box at its smallest size; a slide without the box holds nothing there. */
    private boolean fits(Optional<TextBox> box, List<List<Claim.Span>> paragraphs) {
        return box.map(b -> measure(b.family()).height(paragraphs, b.min(), b.frame().textWidth(), b.style())
                <= b.frame().textHeight()).orElse(false);
    }

    private TextMeasure measure(String family) {
        return measures.computeIfAbsent(family, TextMeasure::new);
    }

    @Override
    public int tableRows(Figure.TableFigure table) {
        return figures.tableRows(table);
    }

    @Override
    public int codeLines(List<String> lines) {
        return figures.codeLines(lines);
    }
}
