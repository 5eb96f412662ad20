package lectern.layout;

import java.util.List;
import lectern.deck.Figure;
import lectern.deck.Slide;

/**
 * Whether a slide holds its text at a readable size: what the planner asks of each slide it considers.
 * {@link MeasuredCapacity} answers by setting the text in the boxes the writer fills.
 */
@FunctionalInterface
public interface SlideCapacity {

    /** Whether the slide holds what it shows under or beside its title (its claims, its list, its statement). */
    boolean fits(Slide slide);

    /** Whether the slide shows its title whole, at the smallest size allowed, where its title box holds it. */
    default boolean titleFits(Slide slide) {
        return true;
    }

    /**
     * The columns each slide of a table shows, counted from 0: all of them where they fit across, else the first
     * column and a few of the next on each. Every list starts with 0.
     */
    default List<List<Integer>> tableColumns(Figure.TableFigure table) {
        return List.of(java.util.stream.IntStream.range(0, table.columns()).boxed().toList());
    }

    /** How many of a table's rows, from its first, fit one slide under its header; at least one. */
    default int tableRows(Figure.TableFigure table) {
        return table.rows().size();
    }

    /**
     * A capacity that only counts the paragraphs a slide shows besides its headings (claims, listed lines, a
     * quotation's): for tests of the planner's rules alone.
     */
    static SlideCapacity atMost(int lines) {
        return slide -> {
            Placement.Placed placed = Placement.of(slide);
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(placed.title()), placed.body().stream())
                    .filter(text -> text.holds() != Placement.Holds.TITLE && text.holds() != Placement.Holds.HEADING)
                    .mapToInt(text -> text.paragraphs().size()).sum() <= lines;
        };
    }
}
