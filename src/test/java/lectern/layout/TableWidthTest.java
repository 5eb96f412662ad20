package lectern.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import lectern.deck.Figure;
import lectern.deck.Run;
import lectern.theme.Theme;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

/**
 * A table fits across a slide while each column's widest word fits its share of the box at the theme's smallest
 * table size; a wider one is shown a few columns at a time, its first column, the rows' labels, on every part.
 */
class TableWidthTest {
    private static final Theme THEME = ThemeLoader.load("default");
    private static final FigureMeasure MEASURE = new FigureMeasure(SlideGeometry.lectern(THEME), THEME);

    private static Figure.TableFigure table(int columns, String word) {
        List<List<Run>> header = new ArrayList<>(List.of(List.of(Run.plain("Region"))));
        List<List<Run>> row = new ArrayList<>(List.of(List.of(Run.plain("Highlands"))));
        for (int c = 1; c < columns; c++) {
            header.add(List.of(Run.plain(word)));
            row.add(List.of(Run.plain(String.valueOf(100 + c))));
        }
        return new Figure.TableFigure(List.of(new Figure.TableFigure.Row(header, true)),
                List.of(new Figure.TableFigure.Row(row, false)), List.of(), 1);
    }

    @Test
    void aTableWhoseWordsFitAcrossIsShownWhole() {
        assertThat(MEASURE.tableColumns(table(5, "September"))).containsExactly(List.of(0, 1, 2, 3, 4));
    }

    @Test
    void aTooWideTableIsSharedOutEvenlyWithItsFirstColumnOnEveryPart() {
        List<List<Integer>> parts = MEASURE.tableColumns(table(14, "September"));
        assertThat(parts).hasSizeGreaterThan(1).allMatch(part -> part.get(0) == 0);
        assertThat(parts.stream().flatMap(part -> part.stream().skip(1)).toList())
                .isEqualTo(IntStream.range(1, 14).boxed().toList());
        int fullest = parts.stream().mapToInt(List::size).max().orElseThrow();
        assertThat(parts).allMatch(part -> part.size() >= fullest - 1);
    }

    @Test
    void aWideTableIsSetSmallerThanANarrowOneBeforeItIsSplit() {
        assertThat(MEASURE.tableSize(table(3, "September"))).isEqualTo(THEME.sizes().table());
        assertThat(MEASURE.tableSize(table(8, "September"))).isLessThan(THEME.sizes().table())
                .isGreaterThanOrEqualTo(THEME.sizes().tableMin());
    }

    @Test
    void aHundredColumnsOfAWordTooLongForAnyColumnGoTwoToASlideWithoutACrash() {
        Figure.TableFigure wide = table(100, "x".repeat(300));
        List<List<Integer>> parts = MEASURE.tableColumns(wide);
        assertThat(parts).hasSize(99).allMatch(part -> part.size() == 2);
        assertThat(MEASURE.tableRows(wide.withColumns(parts.get(0)))).isEqualTo(1);
    }
}
