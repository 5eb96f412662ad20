package lectern.read;

/**
 * A heading that cannot start a slide, since the author set it inside something: a div (a challenge's
 * "Solution"), an alert, a {@code <details>}, a list or a quotation. It stays in the notes, as a heading.
 *
 * @param level  1 for {@code #}, 2 for {@code ##}
 * @param inside what it is set inside, as a message names it: "::: solution", "<details>", "a list"
 */
public record Subheading(String text, int level, int line, String inside) implements Block {
}
