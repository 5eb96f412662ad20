package lectern.layout;

import java.util.ArrayList;
import java.util.List;
import lectern.deck.Claim;
import lectern.deck.Figure;
import lectern.deck.Run;
import lectern.theme.Theme;

/**
 * Sets tables and code in the box under a slide's title, as the writer draws them: what the planner asks to
 * split a long figure over slides, and what the writer asks to choose its type size.
 */
public final class FigureMeasure {
    /** PowerPoint's default cell margins: 0.1 in left and right, 0.05 in top and bottom. */
    public static final double CELL_INSET_X = 7.2;
    public static final double CELL_INSET_Y = 3.6;
    private final Frame box;
    private final Theme.Sizes sizes;
    private final TextMeasure body;
    private final TextMeasure code;

    public FigureMeasure(SlideGeometry geometry, Theme theme) {
        this.box = geometry.figure();
        this.sizes = theme.sizes();
        this.body = new TextMeasure(geometry.bodyFamily());
        this.code = new TextMeasure(Fonts.standIn(Fonts.CODE).orElse("Monospaced"));
    }

    /** Where a table or code goes: the box under the slide's title. */
    public Frame box() {
        return box;
    }

    /** How many of the table's rows fit under its header: at the theme's size, or at its minimum if none do. */
    public int tableRows(Figure.TableFigure table) {
        int fit = rowsAt(table, sizes.table());
        return fit > 0 ? fit : Math.max(1, rowsAt(table, sizes.tableMin()));
    }

    /** The largest size, from the theme's down to its minimum, at which the whole table fits the box. */
    public double tableSize(Figure.TableFigure table) {
        for (double size = sizes.table(); size > sizes.tableMin(); size -= 1) {
            if (rowsAt(table, size) == table.rows().size()) {
                return size;
            }
        }
        return sizes.tableMin();
    }

    public double columnWidth(Figure.TableFigure table) {
        return box.width() / Math.max(1, table.columns());
    }

    /** A row's height: its tallest cell set at {@code size}, with the cell's margins. */
    public double rowHeight(Figure.TableFigure.Row row, double size, double columnWidth) {
        double tallest = 0;
        for (List<Run> cell : row.cells()) {
            List<Claim.Span> spans = new ArrayList<>();
            cell.forEach(run -> spans.add(new Claim.Span(run.text(), run.bold() || row.header())));
            if (spans.isEmpty()) {
                spans.add(new Claim.Span("", false));
            }
            tallest = Math.max(tallest, body.height(List.of(spans), size, columnWidth - 2 * CELL_INSET_X, TextStyle.PLAIN));
        }
        return tallest + 2 * CELL_INSET_Y;
    }

    private int rowsAt(Figure.TableFigure table, double size) {
        double width = columnWidth(table);
        double room = box.height();
        for (Figure.TableFigure.Row header : table.header()) {
            room -= rowHeight(header, size, width);
        }
        int rows = 0;
        for (Figure.TableFigure.Row row : table.rows()) {
            room -= rowHeight(row, size, width);
            if (room < 0) {
                break;
            }
            rows++;
        }
        return rows;
    }

    /** How many lines of code fit the box: at the theme's size, or at its minimum if none do. */
    public int codeLines(List<String> lines) {
        int fit = linesAt(lines, sizes.code());
        return fit > 0 ? fit : Math.max(1, linesAt(lines, sizes.codeMin()));
    }

    /** The largest size, from the theme's down to its minimum, at which all the lines fit the box. */
    public double codeSize(List<String> lines) {
        for (double size = sizes.code(); size > sizes.codeMin(); size -= 1) {
            if (linesAt(lines, size) == lines.size()) {
                return size;
            }
        }
        return sizes.codeMin();
    }

    private int linesAt(List<String> lines, double size) {
        double room = box.textHeight();
        int fit = 0;
        for (String line : lines) {
            room -= code.height(List.of(List.of(new Claim.Span(line, false))), size, box.textWidth(), TextStyle.PLAIN);
            if (room < 0) {
                break;
            }
            fit++;
        }
        return fit;
    }
}
