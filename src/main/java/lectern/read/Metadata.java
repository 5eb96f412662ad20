package lectern.read;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the front matter says about the essay itself, read and checked.
 *
 * @param date the front matter's {@code date}
 */
public record Metadata(Optional<String> author, Optional<String> subject, List<String> keywords, Optional<Instant> date) {

    public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), List.of(), Optional.empty());

    public Metadata {
        keywords = List.copyOf(keywords);
    }
}
