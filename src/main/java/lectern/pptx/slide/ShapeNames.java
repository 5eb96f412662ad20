package lectern.pptx.slide;

/**
 * The names Lectern gives the shapes it draws (as PowerPoint's Selection Pane shows them), by which a deck read
 * back tells its code, pictures and gaps from what a user added.
 */
public final class ShapeNames {
    /** A code box: "Code", or "Code: bash" with the fence's language. */
    public static final String CODE = "Code";
    /** A picture: "Picture: castle.jpg". */
    public static final String PICTURE = "Picture: ";
    /** The light plate behind a transparent picture, so its lines show on any background. */
    public static final String PLATE = "Plate";
    /** The marked gap where a picture could not be used. */
    public static final String GAP = "Missing picture";

    private ShapeNames() {
    }

    /** The name of a code box for code in {@code language}. */
    public static String code(String language) {
        return language.isEmpty() ? CODE : CODE + ": " + language;
    }
}
