package lectern.deck;

import java.util.List;
import java.util.Optional;

/**
 * A picture shown whole under its heading, its caption beneath: a diagram, chart or screenshot, which a crop
 * would cut, or a photograph a crop would take too much of (see {@link Picture#fillsCropped}).
 *
 * @param picture the picture; always there in a plan, perhaps deleted from a deck read back
 */
public record DiagramSlide(Common common, Optional<Picture> picture) implements Slide {

    @Override
    public DiagramSlide with(Common other) {
        return new DiagramSlide(other, picture);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.diagram(this);
    }

    @Override
    public Contents contents() {
        return new Contents(picture.map(Picture::caption).filter(c -> !c.isEmpty()), List.of(), List.of(),
                Optional.empty(), picture);
    }

    @Override
    public Slide withPicture(java.util.function.UnaryOperator<Picture> change) {
        return new DiagramSlide(common, picture.map(change));
    }
}
