package lectern.outline;

import java.util.stream.Collectors;
import lectern.deck.Figure;

/** What a table, code or quotation slide shows, in a few words. */
final class Figures {
    private Figures() {
    }

    static String type(Figure figure) {
        return figure.accept(new Figure.Visitor<>() {
            @Override
            public String table(Figure.TableFigure table) {
                return "table";
            }

            @Override
            public String code(Figure.CodeFigure code) {
                return "code";
            }

            @Override
            public String quote(Figure.QuoteFigure quote) {
                return "quote";
            }
        });
    }

    static String describe(Figure figure) {
        return figure.accept(new Figure.Visitor<>() {
            @Override
            public String table(Figure.TableFigure t) {
                return t.part().map(p -> "columns " + p.numbers() + " of a table of " + p.of() + " columns, " + t.rows().size()
                        + " rows").orElse("table of " + t.columns() + " columns and " + t.rows().size() + " rows");
            }

            @Override
            public String code(Figure.CodeFigure c) {
                return c.listings().stream().map(l -> (l.language().isEmpty() ? "code" : l.language() + " code") + ", "
                        + l.lines().size() + (l.lines().size() == 1 ? " line" : " lines")).collect(Collectors.joining(" + "));
            }

            @Override
            public String quote(Figure.QuoteFigure q) {
                return "quotation" + q.attribution().map(a -> " " + a).orElse("");
            }
        });
    }
}
