package lectern.plan;

import java.util.List;

/**
 * Whether claims fit one slide of a kind at a readable size. The planner asks; an implementation that
 * measures text with the theme's fonts lives with the layout, so the planner stays free of fonts and boxes.
 */
@FunctionalInterface
public interface SlideCapacity {

    boolean fits(SlideKind kind, List<Claim> claims);

    /** A capacity that only counts claims: for tests that exercise the planner's rules alone. */
    static SlideCapacity atMost(int claims) {
        return (kind, list) -> list.size() <= (kind == SlideKind.STATEMENT ? 1 : claims);
    }
}
