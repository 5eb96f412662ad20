package lectern.deck;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a deck says about itself in File › Info and file browsers, from the essay's front matter.
 *
 * @param date     when the essay was written: its front matter {@code date}, else when it last changed
 * @param language the BCP 47 tag of the language the deck is in: its front matter's {@code lang:}, else told from
 *                 its letters' script (a Latin one is taken as en-US)
 */
public record DocumentInfo(String title, Optional<String> author, Optional<String> subject, List<String> keywords,
                           Optional<Instant> date, String language) {

    /** The language a deck is taken to be in when nothing says otherwise. */
    public static final String ENGLISH = "en-US";

    public DocumentInfo {
        keywords = List.copyOf(keywords);
    }
}
