package lectern.plan;

/**
 * A picture for a slide.
 *
 * @param src  the image reference as the essay wrote it; the writer resolves it against the essay's folder
 * @param alt  the alternative text read by screen readers: never a path
 * @param line the essay line of the image
 */
public record Picture(String src, String alt, int line) {
}
