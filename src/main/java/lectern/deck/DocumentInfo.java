package lectern.deck;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a deck says about itself in File › Info and file browsers, from the essay's front matter.
 *
 * @param date when the essay was written: its front matter {@code date}, else when it last changed
 */
public record DocumentInfo(String title, Optional<String> author, Optional<String> subject, List<String> keywords,
                           Optional<Instant> date) {

    public DocumentInfo {
        keywords = List.copyOf(keywords);
    }
}
