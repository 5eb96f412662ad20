package lectern.plan;

import java.util.List;
import lectern.deck.Figure;
import lectern.deck.Run;
import lectern.read.Table;

/** The author's inline text as the reader found it, in the deck's own words: so no output needs the reader's. */
final class Runs {
    private Runs() {
    }

    static Run of(lectern.read.Run run) {
        return new Run(run.text(), run.bold(), run.italic(), run.code(), run.link());
    }

    static List<Run> of(List<lectern.read.Run> runs) {
        return runs.stream().map(Runs::of).toList();
    }

    static Figure.TableFigure.Row row(Table.Row row) {
        return new Figure.TableFigure.Row(row.cells().stream().map(Runs::of).toList(), row.header());
    }

    static Figure.TableFigure.Alignment alignment(Table.Alignment alignment) {
        return switch (alignment) {
            case NONE -> Figure.TableFigure.Alignment.NONE;
            case LEFT -> Figure.TableFigure.Alignment.LEFT;
            case CENTRE -> Figure.TableFigure.Alignment.CENTRE;
            case RIGHT -> Figure.TableFigure.Alignment.RIGHT;
        };
    }
}
