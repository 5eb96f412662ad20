package lectern.read;

/**
 * An image as the essay references it.
 *
 * @param src   the path or URL exactly as written in the Markdown
 * @param alt   the alt text, possibly empty
 * @param title the image title ({@code ![alt](src "title")}), possibly empty
 */
public record Image(String src, String alt, String title, int line) implements Block {
}
