package lectern.layout;

import java.util.List;
import lectern.plan.Claim;
import lectern.plan.Figure;
import lectern.plan.SlideCapacity;
import lectern.plan.SlideKind;
import lectern.theme.Theme;

/**
 * Decides whether a slide holds its text by setting it in the theme's fonts at the smallest size the theme
 * allows, in the very box the writer will draw; tables and code are measured by {@link FigureMeasure}.
 */
public final class MeasuredCapacity implements SlideCapacity {
    /** More than this many claims stops reading as a slide, whatever the room. */
    public static final int MAX_CLAIMS = 4;
    private final Theme theme;
    private final TextMeasure heading;
    private final TextMeasure body;
    private final FigureMeasure figures;

    public MeasuredCapacity(Theme theme) {
        this.theme = theme;
        this.heading = new TextMeasure(Fonts.firstInstalled(theme.fonts().heading()));
        this.body = new TextMeasure(Fonts.firstInstalled(theme.fonts().body()));
        this.figures = new FigureMeasure(theme);
    }

    @Override
    public boolean fits(SlideKind kind, String title, List<Claim> lines) {
        List<List<Claim.Span>> paragraphs = lines.stream().map(Claim::spans).toList();
        Theme.Sizes sizes = theme.sizes();
        return switch (kind) {
            case TITLE, PICTURE, TABLE, CODE -> true;
            case SECTION -> fitsIn(body, paragraphs, Region.SECTION_BODY, TextStyle.LINES, sizes.claimMin());
            case STATEMENT -> lines.size() <= 1 && fitsIn(heading, paragraphs, Region.STATEMENT, TextStyle.TITLE,
                    sizes.statementMin()) && kickerFits(title);
            case QUOTE -> fitsIn(heading, paragraphs, Region.STATEMENT, TextStyle.TITLE, sizes.statementMin())
                    && kickerFits(title);
            case CLAIMS -> lines.size() <= MAX_CLAIMS
                    && fitsIn(body, paragraphs, Region.BODY, TextStyle.CLAIMS, sizes.claimMin());
            case CLAIMS_WITH_PICTURE -> lines.size() <= MAX_CLAIMS
                    && fitsIn(body, paragraphs, Region.PICTURE_BODY, TextStyle.CLAIMS, sizes.claimMin());
        };
    }

    private boolean kickerFits(String title) {
        return fitsIn(body, List.of(List.of(new Claim.Span(title, false))), Region.STATEMENT_KICKER, TextStyle.PLAIN,
                theme.sizes().claimMin());
    }

    @Override
    public int tableRows(Figure.TableFigure table) {
        return figures.tableRows(table);
    }

    @Override
    public int codeLines(List<String> lines) {
        return figures.codeLines(lines);
    }

    private static boolean fitsIn(TextMeasure measure, List<List<Claim.Span>> paragraphs, Region region,
                                  TextStyle style, double size) {
        return measure.height(paragraphs, size, region.textWidth(), style) <= region.textHeight();
    }
}
