package lectern.deck;

import java.util.List;
import java.util.Optional;

/** The essay's title, its subtitle, and its title picture behind them. */
public record TitleSlide(Common common, Optional<String> subtitle, Optional<Picture> picture) implements Slide {

    @Override
    public TitleSlide with(Common other) {
        return new TitleSlide(other, subtitle, picture);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.title(this);
    }

    @Override
    public Contents contents() {
        return new Contents(subtitle, List.of(), List.of(), Optional.empty(), picture);
    }

    @Override
    public Slide withPicture(java.util.function.UnaryOperator<Picture> change) {
        return new TitleSlide(common, subtitle, picture.map(change));
    }
}
