package lectern.deck;

import java.util.List;
import java.util.Optional;

/**
 * A short warning the room must see, set apart as the author set it apart (a {@code caution} div, a GitHub
 * {@code [!WARNING]}): a label in the theme's accent colour over the author's words.
 *
 * @param label what kind of callout it is, as a presenter says it: "Warning", "Caution", "Important"
 */
public record CalloutSlide(Common common, String label, List<List<Claim.Span>> text) implements Slide {

    public CalloutSlide {
        text = text.stream().map(List::copyOf).toList();
    }

    @Override
    public CalloutSlide with(Common other) {
        return new CalloutSlide(other, label, text);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.callout(this);
    }

    @Override
    public Contents contents() {
        return new Contents(Optional.of(label), Claim.texts(text), List.of(), Optional.empty(), Optional.empty());
    }
}
