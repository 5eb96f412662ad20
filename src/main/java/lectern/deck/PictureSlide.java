package lectern.deck;

import java.util.List;
import java.util.Optional;

/**
 * A picture filling the slide, with the heading over it.
 *
 * @param picture the picture; always there in a plan, perhaps deleted from a deck read back
 */
public record PictureSlide(Common common, Optional<Picture> picture) implements Slide {

    @Override
    public PictureSlide with(Common other) {
        return new PictureSlide(other, picture);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.picture(this);
    }

    @Override
    public Contents contents() {
        return new Contents(Optional.empty(), List.of(), List.of(), Optional.empty(), picture);
    }

    @Override
    public Slide withPicture(java.util.function.UnaryOperator<Picture> change) {
        return new PictureSlide(common, picture.map(change));
    }
}
