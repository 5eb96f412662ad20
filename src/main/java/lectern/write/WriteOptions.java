package lectern.write;

/**
 * Choices that change how a plan is written, not what it shows.
 *
 * @param keepOriginals put pictures into the deck as their files are, however large
 */
public record WriteOptions(boolean keepOriginals) {
    public static final WriteOptions DEFAULTS = new WriteOptions(false);
}
