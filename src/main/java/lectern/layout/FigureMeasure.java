package lectern.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final Optional<TextBox> leadBox;
    private final TableWidth widths;

    public FigureMeasure(SlideGeometry geometry, Theme theme) {
        this.box = geometry.figure();
        this.sizes = theme.sizes();
        this.body = new TextMeasure(geometry.bodyFamily());
        this.code = new TextMeasure(Fonts.standIn(Fonts.CODE).orElse("Monospaced"));
        this.leadBox = geometry.kinds().code().body();
        this.widths = new TableWidth(body, box.width());
    }

    /**
     * Where the sentence that introduces code goes: across the top of the figure's box, as high as the
     * sentence set at the size of the code layout's text box. Empty without a sentence or a text box for it.
     */
    public Optional<TextBox> lead(Optional<Claim> lead) {
        return lead(lead.map(claim -> List.of(claim.spans())).orElse(List.of()));
    }

    /** As {@link #lead(Optional)}, for words of several paragraphs over code: an exercise's task, a solution's. */
    public Optional<TextBox> lead(List<List<Claim.Span>> paragraphs) {
        if (paragraphs.isEmpty() || leadBox.isEmpty()) {
            return Optional.empty();
        }
        TextBox text = leadBox.get();
        TextMeasure measure = text.family().equals(body.family()) ? body : new TextMeasure(text.family());
        double height = measure.height(paragraphs, text.size(), box.textWidth(), text.style())
                + 2 * Region.INSET_Y;
        return Optional.of(new TextBox(new Frame(box.x(), box.y(), box.width(), height), text.size(),
                text.size(), text.style(), text.family()));
    }

    /** The room the sentence that introduces code takes above it; 0 without one. */
    public double above(Optional<Claim> lead) {
        return lead(lead).map(b -> b.frame().height() + LEAD_GAP).orElse(0.0);
    }

    /** The room words of several paragraphs take above code; 0 without any. */
    public double above(List<List<Claim.Span>> paragraphs) {
        return lead(paragraphs).map(b -> b.frame().height() + LEAD_GAP).orElse(0.0);
    }

    /** Where a table or code goes: the box under the slide's title. */
    public Frame box() {
        return box;
    }

    /**
     * The columns each slide of a table shows (counted from 0): all of them, or for a table too wide to read on one
     * slide even at the theme's smallest size, its first column and a few more on each (see {@link TableWidth}).
     */
    public List<List<Integer>> tableColumns(Figure.TableFigure table) {
        return widths.parts(table, sizes.tableMin());
    }

    /**
     * How many of the table's rows fit under its header: at the size its columns' words fit across (the theme's,
     * or smaller for a wide table), or at its minimum if none do.
     */
    public int tableRows(Figure.TableFigure table) {
        // The rows a slide could hold at the smallest size are the most whose words can decide how small it must be.
        int most = Math.max(1, rowsAt(table, sizes.tableMin()));
        int fit = rowsAt(table, across(table.withRows(table.rows().subList(0, Math.min(most, table.rows().size())))));
        return fit > 0 ? fit : Math.max(1, rowsAt(table, sizes.tableMin()));
    }

    /** The largest size, from the theme's down to its minimum, at which the table's words fit across its columns. */
    private double across(Figure.TableFigure table) {
        return widths.across(table, sizes.table(), sizes.tableMin());
    }

    /** The largest size, from the theme's down to its minimum, at which the whole table fits the box. */
    public double tableSize(Figure.TableFigure table) {
        for (double size = across(table); size > sizes.tableMin(); size -= 1) {
            if (rowsAt(table, size) == table.rows().size()) {
                return size;
            }
        }
        return sizes.tableMin();
    }

    public double columnWidth(Figure.TableFigure table) {
        return box.width() / Math.max(1, table.columns());
    }

    /**
     * A row's height: its tallest cell set at {@code size}, with the cell's margins. A cell is measured only as far
     * as the box is tall: a row taller than the box cannot be shown whole, however much taller it is.
     */
    public double rowHeight(Figure.TableFigure.Row row, double size, double columnWidth) {
        double tallest = 0;
        for (List<Run> cell : row.cells()) {
            List<Claim.Span> spans = new ArrayList<>();
            cell.forEach(run -> spans.add(new Claim.Span(run.text(), run.bold() || row.header())));
            if (spans.isEmpty()) {
                spans.add(new Claim.Span("", false));
            }
            tallest = Math.max(tallest, body.heightUpTo(List.of(spans), size, columnWidth - 2 * CELL_INSET_X,
                    TextStyle.PLAIN, box.height()));
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

    /** Room between two listings shown together, a command and its output. */
    public static final double LISTING_GAP = 10;
    /**
     * Code's lines are set this many times their size apart, exactly: renderers disagree on a monospaced font's own
     * line height (LibreOffice adds an East Asian font's to a line of Latin code), and a box sized to its code
     * must hold it in all of them.
     */
    public static final double LINE_PITCH = 1.2;
    /** Room between the sentence that introduces code and the code. */
    public static final double LEAD_GAP = 8;

    /**
     * How a piece of code is set: one type size for all its listings, whether long lines wrap, and each
     * listing's height and the width of the widest, so each box is as large as its code and no larger.
     */
    public record CodeSet(double size, boolean wraps, List<Double> heights, double width) {
        public CodeSet {
            heights = List.copyOf(heights);
        }
    }

    /**
     * The largest size, from the theme's down to its minimum, at which the code fits the room under
     * {@code above} points of the box without a line wrapping; failing that, at the minimum with its long lines
     * wrapped. Empty when it does not fit even so: then it must be split.
     */
    public Optional<CodeSet> codeSet(Figure.CodeFigure code, double above) {
        double room = box.height() - above;
        double widest = code.listings().stream().flatMap(l -> java.util.stream.Stream.concat(java.util.stream.Stream.of(l.label()), l.lines().stream()))
                .mapToDouble(line -> this.code.width(line, 1)).max().orElse(0);
        for (double size = sizes.code(); size >= sizes.codeMin(); size = next(size)) {
            if (widest * size <= box.textWidth()) {
                CodeSet set = set(code, size, false, widest * size);
                if (total(set) <= room) {
                    return Optional.of(set);
                }
            }
        }
        CodeSet wrapped = set(code, sizes.codeMin(), true, box.textWidth());
        return total(wrapped) <= room ? Optional.of(wrapped) : Optional.empty();
    }

    /**
     * As {@link #codeSet}, or when the code does not fit (the planner splits code so that it does, but a
     * template's box may hold less than it measured), set at the minimum and wrapped: shown, if cramped.
     */
    public CodeSet codeSetAnyway(Figure.CodeFigure code, double above) {
        return codeSet(code, above).orElseGet(() -> set(code, sizes.codeMin(), true, box.textWidth()));
    }

    /** Whole points down to the minimum, and the minimum itself when it is not a whole point. */
    private double next(double size) {
        return size - 1 < sizes.codeMin() && size > sizes.codeMin() ? sizes.codeMin() : size - 1;
    }

    private CodeSet set(Figure.CodeFigure code, double size, boolean wraps, double width) {
        List<Double> heights = new ArrayList<>();
        double line = size * LINE_PITCH;
        for (Figure.Listing listing : code.listings()) {
            // A label is a line over the code, as high as one of its lines.
            double text = listing.label().isEmpty() ? 0 : line;
            for (String l : listing.lines()) {
                // A wrapped line is measured only as far as the box is tall: one taller cannot be shown whole anyway.
                text += wraps ? line * Math.max(1, Math.round(this.code.heightUpTo(List.of(List.of(new Claim.Span(l, false))),
                        size, box.textWidth(), TextStyle.PLAIN, box.height()) / this.code.lineHeight(size))) : line;
            }
            heights.add(text + 2 * Region.INSET_Y);
        }
        return new CodeSet(size, wraps, heights, Math.min(box.textWidth(), width));
    }

    private static double total(CodeSet set) {
        return set.heights().stream().mapToDouble(Double::doubleValue).sum() + LISTING_GAP * (set.heights().size() - 1);
    }
}
