package lectern.plan;

import java.nio.file.Path;
import lectern.deck.Picture;

/**
 * What each picture of an essay is, asked of whatever can look at its file before the deck is planned: whether a
 * diagram is wide or tall decides its slide, so the planner must know it, yet reads no file itself.
 */
@FunctionalInterface
public interface PictureLooks {
    /** No picture looked at: each is placed as before anyone could tell a diagram from a photograph. */
    PictureLooks NONE = (essay, src) -> Picture.Look.UNKNOWN;

    /** What the picture {@code src} of {@code essay} is; {@link Picture.Look#UNKNOWN} when it cannot be used. */
    Picture.Look look(Path essay, String src);
}
