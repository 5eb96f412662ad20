package lectern.deck;

import java.util.List;

/** One claim, large: the opening claim, or the single claim that carries a section, under its heading set small. */
public record StatementSlide(Common common, Claim claim) implements Slide {

    @Override
    public StatementSlide with(Common other) {
        return new StatementSlide(other, claim);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.statement(this);
    }

    @Override
    public Contents contents() {
        return Contents.of(List.of(claim));
    }
}
