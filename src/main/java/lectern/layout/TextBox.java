package lectern.layout;

/**
 * A box that text is set in, with what measuring it needs to know.
 *
 * @param size   the size the layout gives the text
 * @param min    the smallest size it may shrink to before it must go elsewhere
 * @param family the family it is measured with: the one the deck names, or its stand-in
 */
public record TextBox(Frame frame, double size, double min, TextStyle style, String family) {
}
