package lectern.check;

import java.util.Locale;

/** How much a finding matters to the talk. */
public enum Level {
    /** Would embarrass the presenter in front of the room or break the deck: text cut off, a picture gone. */
    ERROR,
    /** Worth fixing before the talk: the room will notice. */
    WARNING,
    /** Worth knowing; often fine as it is. */
    HINT;

    /** As printed: {@code error}, {@code warning}, {@code hint}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
