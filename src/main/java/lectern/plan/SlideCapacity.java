package lectern.plan;

import java.util.List;

/**
 * Whether a slide of a kind holds its text at a readable size. The planner asks; an implementation that
 * measures text with the theme's fonts lives with the layout, so the planner stays free of fonts and boxes.
 */
@FunctionalInterface
public interface SlideCapacity {

    /**
     * @param title the slide's title as the planner would give it
     * @param lines what the slide shows under or beside its title: claims, or for a section divider the
     *              headings of its subsections
     */
    boolean fits(SlideKind kind, String title, List<Claim> lines);

    /** Whether a slide of this kind shows {@code title} whole in its title, at the smallest size allowed. */
    default boolean titleFits(SlideKind kind, String title) {
        return true;
    }

    /** How many of a table's rows, from its first, fit one slide under its header; at least one. */
    default int tableRows(Figure.TableFigure table) {
        return table.rows().size();
    }

    /** How many lines of code, from the first, fit one slide; at least one. */
    default int codeLines(List<String> lines) {
        return lines.size();
    }

    /** A capacity that only counts: for tests that exercise the planner's rules alone. */
    static SlideCapacity atMost(int claims) {
        return (kind, title, lines) -> lines.size() <= (kind == SlideKind.STATEMENT ? 1 : claims);
    }
}
