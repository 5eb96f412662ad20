package lectern.outline;

import lectern.plan.Figure;

/** What a table, code or quotation slide shows, in a few words. */
final class Figures {
    private Figures() {
    }

    static String type(Figure figure) {
        if (figure instanceof Figure.TableFigure) {
            return "table";
        }
        return figure instanceof Figure.CodeFigure ? "code" : "quote";
    }

    static String describe(Figure figure) {
        if (figure instanceof Figure.TableFigure t) {
            return "table of " + t.columns() + " columns and " + t.rows().size() + " rows";
        }
        if (figure instanceof Figure.CodeFigure c) {
            return (c.language().isEmpty() ? "code" : c.language() + " code") + ", " + c.lines().size() + " lines";
        }
        Figure.QuoteFigure q = (Figure.QuoteFigure) figure;
        return "quotation" + q.attribution().map(a -> " " + a).orElse("");
    }
}
