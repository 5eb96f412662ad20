package lectern.deck;

import java.util.List;
import java.util.Optional;

/**
 * A solution to the exercise before it, on a slide of its own so the presenter shows it once the room has tried;
 * its title is the exercise's, and a label says it is a solution.
 *
 * @param text the solution's paragraphs and list items, as many as the slide holds (all are in the notes)
 * @param code the solution's code
 */
public record SolutionSlide(Common common, List<List<Claim.Span>> text, Optional<Figure.CodeFigure> code) implements Slide {

    /** What marks the slide as a solution. */
    public static final String LABEL = "Solution";

    public SolutionSlide {
        text = text.stream().map(List::copyOf).toList();
    }

    @Override
    public SolutionSlide with(Common other) {
        return new SolutionSlide(other, text, code);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.solution(this);
    }

    @Override
    public Contents contents() {
        return new Contents(Optional.of(LABEL), Claim.texts(text), List.of(), code.map(Figure.class::cast), Optional.empty());
    }
}
