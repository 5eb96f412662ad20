package lectern.deck;

import java.util.List;
import java.util.Optional;

/**
 * The last slide: the essay's last claim again (its title is that claim's text, or without one the last section's
 * heading), and who presented it.
 *
 * @param lastClaim the essay's last claim, which an earlier slide showed first
 * @param presenter who is presenting and how to reach them, from the front matter
 */
public record ClosingSlide(Common common, Optional<Claim> lastClaim, List<String> presenter) implements Slide {

    public ClosingSlide {
        presenter = List.copyOf(presenter);
    }

    @Override
    public ClosingSlide with(Common other) {
        return new ClosingSlide(other, lastClaim, presenter);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.closing(this);
    }

    @Override
    public Contents contents() {
        return new Contents(Optional.empty(), presenter, lastClaim.map(List::of).orElse(List.of()), Optional.empty(),
                Optional.empty());
    }
}
