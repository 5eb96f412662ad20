package lectern.layout;

/** A box on a slide, in points from its top left; text inside it keeps PowerPoint's default insets. */
public record Frame(double x, double y, double width, double height) {

    public double textWidth() {
        return width - 2 * Region.INSET_X;
    }

    public double textHeight() {
        return height - 2 * Region.INSET_Y;
    }

    public double bottom() {
        return y + height;
    }
}
