package lectern.deck;

import java.util.List;
import java.util.Optional;

/**
 * A heading and its claims beside the section's picture.
 *
 * @param picture the section's picture; always there in a plan, perhaps deleted from a deck read back
 */
public record ClaimsWithPictureSlide(Common common, List<Claim> claims, Optional<Picture> picture) implements Slide {

    public ClaimsWithPictureSlide {
        claims = List.copyOf(claims);
    }

    @Override
    public ClaimsWithPictureSlide with(Common other) {
        return new ClaimsWithPictureSlide(other, claims, picture);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.claimsWithPicture(this);
    }

    @Override
    public Contents contents() {
        return new Contents(Optional.empty(), List.of(), claims, Optional.empty(), picture);
    }

    @Override
    public Slide withPicture(java.util.function.UnaryOperator<Picture> change) {
        return new ClaimsWithPictureSlide(common, claims, picture.map(change));
    }
}
