package lectern.deck;

/**
 * A stretch of the author's text with one formatting, as slides and notes carry it: the unit in which bold,
 * italic, code and links survive from the essay to the deck.
 *
 * @param link the link target, or empty when the run is not a link
 */
public record Run(String text, boolean bold, boolean italic, boolean code, String link) {

    public Run {
        link = link == null ? "" : link;
    }

    public static Run plain(String text) {
        return new Run(text, false, false, false, "");
    }

    public boolean isLink() {
        return !link.isEmpty();
    }
}
