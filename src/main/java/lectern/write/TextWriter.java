package lectern.write;

import java.util.List;
import lectern.layout.Fonts;
import lectern.layout.Region;
import lectern.layout.TextMeasure;
import lectern.layout.TextStyle;
import lectern.plan.Claim;
import lectern.theme.Theme;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Puts text into placeholders at the largest size that fits their box, measured in the theme's fonts.
 * The size is only written when it differs from the layout's, so untouched text follows the master.
 */
final class TextWriter {
    private final TextMeasure heading;
    private final TextMeasure body;

    TextWriter(Theme theme) {
        this.heading = new TextMeasure(Fonts.firstInstalled(theme.fonts().heading()));
        this.body = new TextMeasure(Fonts.firstInstalled(theme.fonts().body()));
    }

    /** A title: bold, in the heading font. */
    void title(XSLFTextShape shape, String text, Region region, double size, double min) {
        List<List<Claim.Span>> paragraphs = List.of(List.of(new Claim.Span(text, true)));
        fill(shape, paragraphs, region, size, min, heading, TextStyle.TITLE);
    }

    /** One statement set large in a title placeholder, the author's bold kept and the rest regular. */
    void statement(XSLFTextShape shape, Claim claim, Region region, double size, double min) {
        fill(shape, List.of(claim.spans()), region, size, min, heading, TextStyle.TITLE);
    }

    void claims(XSLFTextShape shape, List<Claim> claims, Region region, double size, double min) {
        fill(shape, claims.stream().map(Claim::spans).toList(), region, size, min, body, TextStyle.CLAIMS);
    }

    void plain(XSLFTextShape shape, String text, Region region, double size, double min) {
        fill(shape, List.of(List.of(new Claim.Span(text, false))), region, size, min, body, TextStyle.PLAIN);
    }

    private static void fill(XSLFTextShape shape, List<List<Claim.Span>> paragraphs, Region region, double size,
                             double min, TextMeasure measure, TextStyle style) {
        TextMeasure.Fit fit = measure.fit(paragraphs, region.textWidth(), region.textHeight(), style, size, min);
        shape.clearText();
        for (List<Claim.Span> spans : paragraphs) {
            XSLFTextParagraph paragraph = shape.addNewTextParagraph();
            for (Claim.Span span : spans) {
                XSLFTextRun run = paragraph.addNewTextRun();
                run.setText(span.text());
                run.setBold(span.bold());
                if (fit.size() != size) {
                    run.setFontSize(fit.size());
                }
            }
        }
        // Lets PowerPoint keep shrinking the text as the user edits it.
        shape.setTextAutofit(TextAutofit.NORMAL);
    }
}
