package lectern.read;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lectern.Limits;
import lectern.Warnings;

/** A GFM table as the essay's {@link Table}: its rows' cells as runs, its columns' alignment. */
final class TableReader {
    private TableReader() {
    }

    /** @param footnoteNumbers each footnote label's number, given as the text cites it */
    static Table table(Node node, int line, Path file, Document document, Warnings warnings,
                       Map<String, Integer> footnoteNumbers) {
        List<Table.Row> rows = new ArrayList<>();
        List<Table.Alignment> alignments = new ArrayList<>();
        for (Node row : node.getDescendants()) {
            // The |---| line is a row in flexmark's tree but holds no words.
            if (row instanceof TableRow && !(row.getParent() instanceof TableSeparator)) {
                List<List<Run>> cells = new ArrayList<>();
                for (Node cell : row.getChildren()) {
                    if (cell instanceof TableCell tableCell) {
                        Inlines.Result inline = Inlines.collect(cell, document, footnoteNumbers);
                        // GFM ends a cell at a pipe even inside code, so an author escapes it there; the escape
                        // is not shown (flexmark keeps it in a code span's text).
                        List<Run> runs = new ArrayList<>(inline.runs().stream().map(run -> run.code()
                                ? new Run(run.text().replace("\\|", "|"), run.bold(), run.italic(), true, run.link())
                                : run).toList());
                        // A cell holds text on a slide: a picture in it is told by its alt text, and said so once.
                        for (Image picture : inline.images()) {
                            if (!picture.alt().isBlank()) {
                                runs.add(Run.plain((runs.isEmpty() ? "" : " ") + picture.alt().strip()));
                            }
                            warnings.add(file, picture.line(), "picture " + LeftOut.shown(picture.src())
                                    + " in a table's cell is left off the slides; the cell shows its alt text");
                        }
                        cells.add(runs);
                        if (rows.isEmpty()) {
                            alignments.add(alignment(tableCell.getAlignment()));
                        }
                    }
                }
                rows.add(new Table.Row(cells, row.getParent() instanceof TableHead));
            }
        }
        int columns = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        if (columns > Limits.TABLE_COLUMNS) {
            throw Limits.tableColumns(file, line, columns);
        }
        return new Table(evenRows(rows, line, file, warnings), line, alignments);
    }

    /**
     * Markdown drops the cells of a row beyond its header's; a deck never drops the author's words, so the
     * table gets the columns its longest row needs, and every row as many cells.
     */
    private static List<Table.Row> evenRows(List<Table.Row> rows, int line, Path file, Warnings warnings) {
        int header = rows.isEmpty() ? 0 : rows.get(0).cells().size();
        int columns = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        if (columns <= header) {
            return rows;
        }
        warnings.add(file, line, "a row of this table has more cells than its header (" + columns + " against "
                + header + "); the table gets " + columns + " columns so that none is lost");
        return rows.stream().map(row -> {
            List<List<Run>> cells = new ArrayList<>(row.cells());
            while (cells.size() < columns) {
                cells.add(List.of());
            }
            return new Table.Row(cells, row.header());
        }).toList();
    }

    private static Table.Alignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return Table.Alignment.NONE;
        }
        return switch (alignment) {
            case LEFT -> Table.Alignment.LEFT;
            case CENTER -> Table.Alignment.CENTRE;
            case RIGHT -> Table.Alignment.RIGHT;
        };
    }
}
