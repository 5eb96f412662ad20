package lectern.read;

import java.util.List;

/**
 * A GFM table: rows of cells, each cell formatted runs.
 *
 * @param alignments how each column is aligned, as the table's delimiter row says
 */
public record Table(List<Row> rows, int line, List<Alignment> alignments) implements Block {

    public Table {
        rows = List.copyOf(rows);
        alignments = List.copyOf(alignments);
    }

    public Table(List<Row> rows, int line) {
        this(rows, line, List.of());
    }

    public enum Alignment { NONE, LEFT, CENTRE, RIGHT }

    public record Row(List<List<Run>> cells, boolean header) {
        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }
}
