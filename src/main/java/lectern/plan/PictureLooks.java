package lectern.plan;

import java.nio.file.Path;
import java.util.function.Function;
import lectern.deck.Picture;

/**
 * What each picture of an essay is, asked of whatever can look at its file before the deck is planned: whether a
 * diagram is wide or tall decides its slide, so the planner must know it, yet reads no file itself.
 */
@FunctionalInterface
public interface PictureLooks {
    /** No picture looked at: each is placed as before anyone could tell a diagram from a photograph. */
    PictureLooks NONE = essay -> src -> Picture.Look.UNKNOWN;

    /**
     * What each picture of {@code essay} is, as its files are now (asked afresh for each plan, so a picture saved
     * again under {@code --watch} is looked at again); {@link Picture.Look#UNKNOWN} for one that cannot be used.
     */
    Function<String, Picture.Look> of(Path essay);
}
