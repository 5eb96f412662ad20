package lectern.deck;

/** A table of the section, as a table, under its heading: all of it, or the rows that fit one slide. */
public record TableSlide(Common common, Figure.TableFigure table) implements Slide {

    @Override
    public TableSlide with(Common other) {
        return new TableSlide(other, table);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.table(this);
    }

    @Override
    public Contents contents() {
        return Contents.ofFigure(table);
    }
}
