package lectern.deck;

import java.util.List;
import java.util.Optional;

/**
 * The last slide: the claim the essay ends on again (its title is that claim's text), or, when it does not end on
 * one, the talk's title again; and who presented it.
 *
 * @param lastClaim the essay's last claim, which an earlier slide showed first
 * @param presenter the lines under it: who is presenting and how to reach them, from the front matter, after the
 *                  talk's subtitle when it closes on its title
 */
public record ClosingSlide(Common common, Optional<Claim> lastClaim, List<String> presenter) implements Slide {
    /** What a closing on the talk's title adds to it, so no two slides share a title. */
    public static final String ON_THE_TITLE = " (closing)";

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
