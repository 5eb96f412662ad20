package lectern.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lectern.plan.Claim;
import lectern.plan.Figure;
import lectern.plan.Slide;
import lectern.plan.SlideKind;

/**
 * Which text of a planned slide does not fit its box even at the smallest size the box allows: what the room
 * would see cut off or spilling over. The planner moves claims to "(continued)" slides so they fit; what it
 * cannot move (one very long claim, a long heading, a discussion's questions) is found here, measured as
 * {@link MeasuredCapacity} measures, in the boxes the writer fills with the same text.
 */
public final class SlideFit {
    private final SlideGeometry geometry;
    private final Map<String, TextMeasure> measures = new HashMap<>();

    public SlideFit(SlideGeometry geometry) {
        this.geometry = geometry;
    }

    /**
     * Text that does not fit.
     *
     * @param title   whether it is the title box (else the text box: claims, subtitle, list)
     * @param text    the text, paragraphs separated by newlines
     * @param minSize the smallest size, in points, the box lets it shrink to
     */
    public record Overflow(boolean title, String text, double minSize) {
    }

    /** The boxes of the slide whose text overflows at their smallest size; empty when all of it fits. */
    public List<Overflow> overflows(Slide slide) {
        SlideGeometry.Boxes boxes = geometry.of(slide.kind());
        List<Overflow> found = new ArrayList<>();
        // The same text in the same box as SlideWriter puts it, kind by kind.
        check(boxes.title(), titleText(slide), true).ifPresent(found::add);
        check(boxes.body(), bodyText(slide), false).ifPresent(found::add);
        return found;
    }

    private static List<List<Claim.Span>> titleText(Slide slide) {
        return switch (slide.kind()) {
            case STATEMENT -> spans(slide.claims());
            case CLOSING -> slide.claims().isEmpty() ? bold(slide.title()) : spans(slide.claims());
            case QUOTE -> slide.figure().filter(Figure.QuoteFigure.class::isInstance)
                    .map(figure -> quote((Figure.QuoteFigure) figure)).orElseGet(() -> spans(slide.claims()));
            default -> bold(slide.title());
        };
    }

    private static List<List<Claim.Span>> bodyText(Slide slide) {
        return switch (slide.kind()) {
            case TITLE -> slide.subtitle().map(SlideFit::plain).orElse(List.of());
            case STATEMENT, QUOTE -> plain(slide.title());
            case CLAIMS, CLAIMS_WITH_PICTURE -> spans(slide.claims());
            case SECTION, AGENDA, DISCUSSION, CLOSING -> slide.items().stream().map(item -> List.of(new Claim.Span(item, false))).toList();
            case PICTURE, TABLE, CODE -> List.of();
        };
    }

    private Optional<Overflow> check(Optional<TextBox> box, List<List<Claim.Span>> paragraphs, boolean title) {
        if (box.isEmpty() || paragraphs.isEmpty()) {
            return Optional.empty();
        }
        TextBox b = box.get();
        double height = measures.computeIfAbsent(b.family(), TextMeasure::new)
                .height(paragraphs, b.min(), b.frame().textWidth(), b.style());
        if (height <= b.frame().textHeight()) {
            return Optional.empty();
        }
        List<String> lines = paragraphs.stream().map(p -> p.stream().map(Claim.Span::text).reduce("", String::concat)).toList();
        return Optional.of(new Overflow(title, String.join("\n", lines), b.min()));
    }

    private static List<List<Claim.Span>> spans(List<Claim> claims) {
        return claims.stream().map(Claim::spans).toList();
    }

    private static List<List<Claim.Span>> bold(String text) {
        return List.of(List.of(new Claim.Span(text, true)));
    }

    private static List<List<Claim.Span>> plain(String text) {
        return List.of(List.of(new Claim.Span(text, false)));
    }

    private static List<List<Claim.Span>> quote(Figure.QuoteFigure quote) {
        List<List<Claim.Span>> paragraphs = new ArrayList<>(quote.paragraphs());
        quote.attribution().ifPresent(a -> paragraphs.add(List.of(new Claim.Span(a, false))));
        return paragraphs;
    }
}
