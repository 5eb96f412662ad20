package lectern.layout;

/**
 * How a text box sets its paragraphs, as far as measuring needs to know.
 *
 * @param lineSpacing  line pitch as a fraction of the font's natural line height (1.0 = single)
 * @param spaceBefore  space above every paragraph but the first, as a fraction of the font size
 * @param indent       hanging indent in points that the text wraps inside
 */
public record TextStyle(double lineSpacing, double spaceBefore, double indent) {
    public static final TextStyle TITLE = new TextStyle(0.9, 0, 0);
    public static final TextStyle CLAIMS = new TextStyle(1.0, 0.6, Region.CLAIM_INDENT);
    public static final TextStyle PLAIN = new TextStyle(1.0, 0, 0);
    /** Short lines one under the other, a little apart: the subsections a divider lists. */
    public static final TextStyle LINES = new TextStyle(1.0, 0.35, 0);
    /** An agenda's numbered lines: closer than claims, so a talk's sections fit one slide. */
    public static final TextStyle AGENDA = agenda(0);

    /**
     * An agenda set at up to {@code largest} points: its lines hang far enough right of their numbers that "10."
     * still leaves a gap, and never less than PowerPoint's own half inch.
     */
    public static TextStyle agenda(double largest) {
        return new TextStyle(1.0, 0.2, Math.max(36, 1.45 * largest));
    }
}
