package lectern.read;

import java.util.List;

/** A GFM table: rows of cells, each cell formatted runs. */
public record Table(List<Row> rows, int line) implements Block {

    public Table {
        rows = List.copyOf(rows);
    }

    public record Row(List<List<Run>> cells, boolean header) {
        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }
}
