package lectern.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import lectern.deck.Figure;
import lectern.deck.Run;

/**
 * Whether a table's columns fit across the box: each as wide as the box shares out, and readable when the widest
 * word in it (a number, a name, anything a line does not break inside) fits on a line of its own. A table too wide
 * for that even at the theme's smallest size is shown a few columns at a time, its first column on every part.
 */
final class TableWidth {
    private final TextMeasure body;
    private final double box;
    private final Map<Integer, Double> plain = new HashMap<>();
    private final Map<Integer, Double> bold = new HashMap<>();

    TableWidth(TextMeasure body, double box) {
        this.body = body;
        this.box = box;
    }

    /**
     * The columns each slide of the table shows, counted from 0: all of them when they fit across at {@code min},
     * else the first and as many of the next as fit, shared out evenly where that fits too (6 and 6, not 10 and 2).
     */
    List<List<Integer>> parts(Figure.TableFigure table, double min) {
        int columns = table.columns();
        double[] widest = widest(table);
        List<Integer> all = IntStream.range(0, columns).boxed().toList();
        if (columns <= 2 || fits(widest, all, min)) {
            return List.of(all);
        }
        List<List<Integer>> greedy = new ArrayList<>();
        List<Integer> part = new ArrayList<>(List.of(0));
        for (int c = 1; c < columns; c++) {
            part.add(c);
            // A part shows at least one column beside the first, however wide: its words then break.
            if (part.size() > 2 && !fits(widest, part, min)) {
                part.remove(part.size() - 1);
                greedy.add(part);
                part = new ArrayList<>(List.of(0, c));
            }
        }
        greedy.add(part);
        List<List<Integer>> even = evenly(columns - 1, greedy.size());
        return even.stream().allMatch(p -> p.size() <= 2 || fits(widest, p, min)) ? even : greedy;
    }

    /** The columns after the first shared out over so many parts, earlier parts the fuller, each with the first. */
    private static List<List<Integer>> evenly(int columns, int parts) {
        List<List<Integer>> shared = new ArrayList<>();
        int from = 1;
        for (int p = 0; p < parts; p++) {
            int size = (columns - (from - 1) + (parts - p) - 1) / (parts - p);
            List<Integer> part = new ArrayList<>(List.of(0));
            IntStream.range(from, from + size).forEach(part::add);
            shared.add(part);
            from += size;
        }
        return shared;
    }

    /** The largest whole size from {@code max} down to {@code min} at which every column's widest word fits it. */
    double across(Figure.TableFigure table, double max, double min) {
        double[] widest = widest(table);
        double inner = inner(table.columns());
        double size = max;
        for (double width : widest) {
            if (width > 0) {
                size = Math.min(size, Math.floor(inner / width));
            }
        }
        return Math.max(min, size);
    }

    private boolean fits(double[] widest, List<Integer> columns, double size) {
        double inner = inner(columns.size());
        return columns.stream().allMatch(c -> widest[c] * size <= inner);
    }

    /** The width a column's text has, between its cell's margins. */
    private double inner(int columns) {
        return box / Math.max(1, columns) - 2 * FigureMeasure.CELL_INSET_X;
    }

    /** Each column's widest word, at 1 pt. */
    private double[] widest(Figure.TableFigure table) {
        double[] widest = new double[table.columns()];
        Stream.concat(table.header().stream(), table.rows().stream()).forEach(row -> {
            for (int c = 0; c < Math.min(widest.length, row.cells().size()); c++) {
                widest[c] = Math.max(widest[c], widestWord(row.cells().get(c), row.header()));
            }
        });
        return widest;
    }

    private double widestWord(List<Run> cell, boolean header) {
        String text = cell.stream().map(Run::text).reduce("", String::concat);
        boolean strong = header || cell.stream().anyMatch(Run::bold);
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        double widest = 0;
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            widest = Math.max(widest, width(text.substring(start, end).strip(), strong));
        }
        return widest;
    }

    /**
     * A word's width, its letters' added up: each letter measured once, since a long table holds many words and
     * kerning is within the margin {@link TextMeasure} allows for.
     */
    private double width(String word, boolean strong) {
        Map<Integer, Double> advances = strong ? bold : plain;
        return word.codePoints().mapToDouble(c -> advances.computeIfAbsent(c,
                k -> body.width(new String(Character.toChars(k)), 100, strong) / 100)).sum();
    }
}
