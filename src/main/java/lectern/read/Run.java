package lectern.read;

/**
 * A stretch of prose with one formatting: the unit in which bold, italic, code and links survive from the
 * essay to the slides and notes.
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

    boolean sameStyleAs(Run other) {
        return bold == other.bold && italic == other.italic && code == other.code && link.equals(other.link);
    }
}
