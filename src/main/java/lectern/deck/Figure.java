package lectern.deck;

import java.util.List;
import java.util.Optional;

/**
 * Something of the essay that is shown on a slide of its own as it is, rather than as claims: a table, a
 * piece of code, a quotation.
 */
public sealed interface Figure {

    /** The essay line the figure starts on. */
    int line();

    <R> R accept(Visitor<R> visitor);

    /** One method for each kind of figure. */
    interface Visitor<R> {
        R table(TableFigure table);

        R code(CodeFigure code);

        R quote(QuoteFigure quote);
    }

    /**
     * A table, or the part of one that fits a slide: its header rows repeat on every slide it is split over.
     *
     * @param part which of the whole table's columns this shows, when it is too wide for one slide; empty: all
     */
    record TableFigure(List<Row> header, List<Row> rows, List<Alignment> alignments, int line, Optional<ColumnPart> part)
            implements Figure {
        public TableFigure {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            alignments = List.copyOf(alignments);
        }

        /** A whole table. */
        public TableFigure(List<Row> header, List<Row> rows, List<Alignment> alignments, int line) {
            this(header, rows, alignments, line, Optional.empty());
        }

        /** How a column is aligned, as the table's delimiter row says. */
        public enum Alignment { NONE, LEFT, CENTRE, RIGHT }

        /** A row of cells, each cell formatted runs. */
        public record Row(List<List<Run>> cells, boolean header) {
            public Row {
                cells = cells.stream().map(List::copyOf).toList();
            }

            /** The row's cells in these columns, an empty one where the row stops short. */
            Row only(List<Integer> columns) {
                return new Row(columns.stream().map(c -> c < cells.size() ? cells.get(c) : List.<Run>of()).toList(), header);
            }
        }

        /**
         * The columns of a table too wide for one slide that one of its slides shows: its first column, the row's
         * label, on every one, and the next few.
         *
         * @param columns the whole table's columns shown, counted from 0
         * @param of      how many columns the whole table has
         */
        public record ColumnPart(List<Integer> columns, int of) {
            public ColumnPart {
                columns = List.copyOf(columns);
            }

            /** The columns shown as a reader counts them, from 1: "1 and 6-9". */
            public String numbers() {
                int first = columns.get(1) + 1;
                int last = columns.get(columns.size() - 1) + 1;
                return "1 and " + (first == last ? String.valueOf(first) : first + "-" + last);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }

        public TableFigure withRows(List<Row> some) {
            return new TableFigure(header, some, alignments, line, part);
        }

        /** The part of the whole table that shows only {@code shown} of its columns, counted from 0. */
        public TableFigure withColumns(List<Integer> shown) {
            return new TableFigure(header.stream().map(r -> r.only(shown)).toList(), rows.stream().map(r -> r.only(shown)).toList(),
                    shown.stream().map(c -> c < alignments.size() ? alignments.get(c) : Alignment.NONE).toList(), line,
                    Optional.of(new ColumnPart(shown, columns())));
        }

        public int columns() {
            return header.isEmpty() ? rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0)
                    : header.get(0).cells().size();
        }
    }

    /**
     * Code as a presenter shows it: one listing, or a few shown together (a command and its output), each as
     * the author wrote it or the part of a long one that fits a slide.
     */
    record CodeFigure(List<Listing> listings, int line) implements Figure {
        public CodeFigure {
            listings = List.copyOf(listings);
        }

        /** One listing alone. */
        public CodeFigure(String language, List<String> lines, int line) {
            this(List.of(new Listing(language, lines, line)), line);
        }

        /** How many lines all its listings show. */
        public int lineCount() {
            return listings.stream().mapToInt(l -> l.lines().size()).sum();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.code(this);
        }
    }

    /**
     * The lines of one code block, or of the part of it a slide shows.
     *
     * @param language the fence's tag ({@code bash}, {@code output}), empty when it has none
     * @param label    the words of the list item whose code it is, shown over it; empty for code not in a list
     */
    record Listing(String language, List<String> lines, int line, String label) {
        public Listing {
            lines = List.copyOf(lines);
            label = label == null ? "" : label;
        }

        public Listing(String language, List<String> lines, int line) {
            this(language, lines, line, "");
        }

        /** The same lines under the words of the list item they are the code of ("Fedora", "Run:"). */
        public Listing withLabel(String words) {
            return new Listing(language, lines, line, words);
        }
    }

    /**
     * A quotation, paragraph by paragraph with the author's bold kept.
     *
     * @param attribution who said it, as the essay writes it ({@code — Alan Kay})
     */
    record QuoteFigure(List<List<Claim.Span>> paragraphs, Optional<String> attribution, int line) implements Figure {
        public QuoteFigure {
            paragraphs = paragraphs.stream().map(List::copyOf).toList();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.quote(this);
        }
    }
}
