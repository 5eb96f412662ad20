package lectern.deck;

/**
 * A section of the deck as PowerPoint's slide sorter shows it: the slides from {@code firstSlide} up to the
 * next section's first.
 *
 * @param name       the essay's title for the slides before its first section, else the section's heading
 * @param firstSlide 1-based number of the section's first slide
 */
public record DeckSection(String name, int firstSlide) {
}
