package lectern.deck;

/** A piece of code of the section, in a monospaced box under its heading: all of it, or the lines that fit. */
public record CodeSlide(Common common, Figure.CodeFigure code) implements Slide {

    @Override
    public CodeSlide with(Common other) {
        return new CodeSlide(other, code);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.code(this);
    }

    @Override
    public Contents contents() {
        return Contents.ofFigure(code);
    }
}
