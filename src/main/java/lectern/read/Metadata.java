package lectern.read;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the front matter says about the essay itself, read and checked.
 *
 * @param date   the front matter's {@code date}
 * @param lesson   a workshop lesson's minutes, as the Carpentries' {@code teaching:} and {@code exercises:} give them
 * @param language the front matter's {@code lang:}, a BCP 47 tag as PowerPoint writes one (de-DE, ja-JP)
 * @param reveal   the front matter's {@code reveal:}: claims appear one click at a time
 */
public record Metadata(Optional<String> author, Optional<String> subject, List<String> keywords, Optional<Instant> date,
                       Optional<LessonTime> lesson, Optional<String> language, Optional<Boolean> reveal) {

    public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public Metadata {
        keywords = List.copyOf(keywords);
    }

    /**
     * How long an episode of a lesson takes, in minutes, as its author planned it.
     *
     * @param teaching  the instructor's part
     * @param exercises the room's: shared among the episode's exercises
     */
    public record LessonTime(int teaching, int exercises) {
        public int total() {
            return teaching + exercises;
        }
    }
}
