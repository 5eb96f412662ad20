package lectern.deck;

import java.util.List;

/** A heading over its claims. */
public record ClaimsSlide(Common common, List<Claim> claims) implements Slide {

    public ClaimsSlide {
        claims = List.copyOf(claims);
    }

    @Override
    public ClaimsSlide with(Common other) {
        return new ClaimsSlide(other, claims);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.claims(this);
    }

    @Override
    public Contents contents() {
        return Contents.of(claims);
    }
}
