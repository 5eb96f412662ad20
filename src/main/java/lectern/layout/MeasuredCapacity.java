package lectern.layout;

import java.util.List;
import lectern.plan.Claim;
import lectern.plan.SlideCapacity;
import lectern.plan.SlideKind;
import lectern.theme.Theme;

/**
 * Decides whether claims fit a slide by setting them in the theme's body font at the smallest size the
 * theme allows, in the very box the writer will draw.
 */
public final class MeasuredCapacity implements SlideCapacity {
    /** More than this many claims stops reading as a slide, whatever the room. */
    public static final int MAX_CLAIMS = 4;

    private final Theme theme;
    private final TextMeasure body;

    public MeasuredCapacity(Theme theme) {
        this.theme = theme;
        this.body = new TextMeasure(Fonts.firstInstalled(theme.fonts().body()));
    }

    @Override
    public boolean fits(SlideKind kind, List<Claim> claims) {
        List<List<Claim.Span>> paragraphs = claims.stream().map(Claim::spans).toList();
        return switch (kind) {
            case TITLE -> true;
            case STATEMENT -> claims.size() <= 1 && fitsIn(paragraphs, Region.STATEMENT, TextStyle.TITLE,
                    theme.sizes().statementMin());
            case CLAIMS -> claims.size() <= MAX_CLAIMS && fitsIn(paragraphs, Region.BODY, TextStyle.CLAIMS,
                    theme.sizes().claimMin());
            case PICTURE -> claims.size() <= MAX_CLAIMS && fitsIn(paragraphs, Region.PICTURE_BODY, TextStyle.CLAIMS,
                    theme.sizes().claimMin());
        };
    }

    private boolean fitsIn(List<List<Claim.Span>> paragraphs, Region region, TextStyle style, double size) {
        return body.height(paragraphs, size, region.textWidth(), style) <= region.textHeight();
    }
}
