package lectern.deck;

import java.util.Optional;

/**
 * Code under the section's heading, in monospaced boxes sized to it: a listing, or a command and its output.
 *
 * @param lead the author's sentence that introduces a short piece of code, shown above it so that the slide is
 *             not a line of code alone: the sentence before it (chosen), or the claim right before it; empty when
 *             the code stands by itself
 */
public record CodeSlide(Common common, Optional<Claim> lead, Figure.CodeFigure code) implements Slide {

    public CodeSlide(Common common, Figure.CodeFigure code) {
        this(common, Optional.empty(), code);
    }

    @Override
    public CodeSlide with(Common other) {
        return new CodeSlide(other, lead, code);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.code(this);
    }

    @Override
    public Contents contents() {
        // A claim of the author's above the code is a claim the slide shows; a sentence Lectern chose is not.
        Optional<Claim> claim = lead.filter(l -> !l.isChosen());
        return new Contents(lead.filter(Claim::isChosen).map(Claim::text), java.util.List.of(),
                claim.map(java.util.List::of).orElse(java.util.List.of()), Optional.of(code), Optional.empty());
    }
}
