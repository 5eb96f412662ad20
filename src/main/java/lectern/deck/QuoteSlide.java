package lectern.deck;

/** A quotation of the section, large, with who said it. */
public record QuoteSlide(Common common, Figure.QuoteFigure quote) implements Slide {

    @Override
    public QuoteSlide with(Common other) {
        return new QuoteSlide(other, quote);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.quote(this);
    }

    @Override
    public Contents contents() {
        return Contents.ofFigure(quote);
    }
}
