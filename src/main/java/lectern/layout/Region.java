package lectern.layout;

/**
 * The boxes of Lectern's 16:9 layouts, in points on a 960 × 540 pt (13.333 × 7.5 in) slide. The writer
 * draws the layouts from these and the planner measures text against them, so what is measured is what is
 * drawn. Margins: 56 pt at the sides of text slides, a footer band from 500 pt down.
 */
public enum Region {
    /** The title slide's text keeps to the left, over the darkest part of the veil on its picture. */
    TITLE_SLIDE_TITLE(64, 96, 500, 230),
    TITLE_SLIDE_SUBTITLE(64, 338, 440, 120),
    /** A section divider: the heading, and below it the subsections it opens. */
    SECTION_TITLE(80, 150, 800, 200),
    SECTION_BODY(80, 364, 800, 124),
    /** A statement: the heading it comes from as a small line on top, the claim large in the middle. */
    STATEMENT_KICKER(96, 40, 768, 60),
    STATEMENT(96, 128, 768, 352),
    TITLE(56, 26, 848, 108),
    BODY(56, 152, 848, 336),
    /** Title and claims beside a picture that fills the right half. */
    PICTURE_TITLE(48, 34, 404, 132),
    PICTURE_BODY(48, 180, 404, 308),
    PICTURE(480, 0, 480, 540),
    /** A picture that fills the slide, its heading over the bottom of it. */
    FULL_PICTURE(0, 0, 960, 540),
    /** A picture shown whole under the title, and its caption under it. */
    DIAGRAM(56, 140, 848, 300),
    DIAGRAM_CAPTION(56, 446, 848, 50),
    PICTURE_CAPTION(56, 360, 760, 130),
    /** The footer band: date on the left, footer in the middle, number on the right. */
    DATE(56, 500, 200, 26),
    FOOTER(280, 500, 400, 26),
    NUMBER(760, 500, 144, 26),
    /** Beside a picture on the right, the footer band stays in the text column, on the slide's own background. */
    NUMBER_LEFT(48, 500, 40, 26),
    FOOTER_LEFT(92, 500, 210, 26),
    DATE_LEFT(306, 500, 146, 26);

    public static final double SLIDE_WIDTH = 960;
    public static final double SLIDE_HEIGHT = 540;
    /** PowerPoint's default text insets: 0.1 in left and right, 0.05 in top and bottom. */
    public static final double INSET_X = 7.2;
    public static final double INSET_Y = 3.6;
    /** Hanging indent of a claim, room for its marker. */
    public static final double CLAIM_INDENT = 28;

    public final double x;
    public final double y;
    public final double width;
    public final double height;

    Region(double x, double y, double width, double height) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    public double textWidth() {
        return width - 2 * INSET_X;
    }

    public double textHeight() {
        return height - 2 * INSET_Y;
    }
}
