package lectern.plan;

import java.nio.file.Path;
import java.util.List;
import lectern.Limits;
import lectern.deck.Slide;

/**
 * Refuses a deck of more slides than {@link Limits#SLIDES}, at the essay's line where the first slide past the
 * limit starts: once from the headings alone, before any slide is planned, and again once the slides are known.
 */
final class SlideLimit {
    private SlideLimit() {
    }

    /** Each unit but the opening starts a slide, and the title slide comes before them all. */
    static void units(Path essay, List<Unit> units) {
        if (units.size() > Limits.SLIDES) {
            throw Limits.slides(essay, units.get(Limits.SLIDES).line);
        }
    }

    /** @param before the slides of the deck before these (a workshop's earlier episodes) */
    static void slides(Path essay, List<Slide> slides, int before) {
        if (before + slides.size() > Limits.SLIDES) {
            int line = slides.subList(Math.max(0, Limits.SLIDES - before), slides.size()).stream().mapToInt(Slide::line)
                    .filter(l -> l > 0).findFirst().orElse(0);
            throw Limits.slides(essay, line);
        }
    }
}
