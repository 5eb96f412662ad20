package lectern.write;

import java.util.ArrayList;
import java.util.List;
import lectern.layout.Fonts;
import lectern.layout.Region;
import lectern.layout.TextMeasure;
import lectern.layout.TextStyle;
import lectern.plan.Claim;
import lectern.plan.Figure;
import lectern.theme.Theme;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBodyProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

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
        fill(shape, paragraphs, region, size, min, heading, TextStyle.TITLE, true);
    }

    /** One statement set large in a title placeholder, the author's bold kept and the rest regular. */
    void statement(XSLFTextShape shape, Claim claim, Region region, double size, double min) {
        fill(shape, List.of(claim.spans()), region, size, min, heading, TextStyle.TITLE, true);
    }

    /**
     * A quotation set as a statement, the author's bold kept, with who said it as a smaller last paragraph;
     * measured together, so the source never falls off the slide.
     */
    void quote(XSLFTextShape shape, Figure.QuoteFigure quote, Region region, double size, double min, double source) {
        List<List<Claim.Span>> paragraphs = new ArrayList<>(quote.paragraphs());
        quote.attribution().ifPresent(a -> paragraphs.add(List.of(new Claim.Span(a, false))));
        fill(shape, paragraphs, region, size, min, heading, TextStyle.TITLE, true);
        quote.attribution().ifPresent(a -> {
            List<XSLFTextParagraph> written = shape.getTextParagraphs();
            XSLFTextParagraph last = written.get(written.size() - 1);
            last.setSpaceBefore(-source * 0.6);
            last.getTextRuns().forEach(run -> {
                run.setFontSize(Math.min(source, run.getFontSize() == null ? size : run.getFontSize()));
                run.setItalic(true);
            });
        });
    }

    void claims(XSLFTextShape shape, List<Claim> claims, Region region, double size, double min) {
        fill(shape, claims.stream().map(Claim::spans).toList(), region, size, min, body, TextStyle.CLAIMS, true);
    }

    /**
     * Plain lines in the body font, one paragraph each: a subtitle, the heading over a statement, the
     * subsections a divider lists. These small boxes get no autofit: LibreOffice shrinks autofit text in any
     * body or subtitle placeholder shorter than its own default (about 306 pt), however much room is left.
     */
    void lines(XSLFTextShape shape, List<String> lines, Region region, TextStyle style, double size, double min) {
        fill(shape, lines.stream().map(line -> List.of(new Claim.Span(line, false))).toList(), region, size, min, body,
                style, false);
    }

    private static void fill(XSLFTextShape shape, List<List<Claim.Span>> paragraphs, Region region, double size,
                             double min, TextMeasure measure, TextStyle style, boolean autofit) {
        TextMeasure.Fit fit = measure.fit(paragraphs, region.textWidth(), region.textHeight(), style, size, min);
        shape.clearText();
        for (List<Claim.Span> spans : paragraphs) {
            XSLFTextParagraph paragraph = shape.addNewTextParagraph();
            for (Claim.Span span : spans) {
                XSLFTextRun run = paragraph.addNewTextRun();
                run.setText(span.text());
                run.setBold(span.bold());
                if (!span.link().isEmpty()) {
                    // Clickable on the slide too, as in the essay; PowerPoint colours it as a link.
                    run.createHyperlink().setAddress(span.link());
                }
                if (fit.size() != size) {
                    run.setFontSize(fit.size());
                }
            }
        }
        if (autofit) {
            // Lets PowerPoint keep shrinking the text as the user edits it.
            shape.setTextAutofit(TextAutofit.NORMAL);
        } else {
            noAutofit(shape);
        }
    }

    /**
     * No autofit, said by leaving the setting out (which means the same to PowerPoint): LibreOffice 7 takes
     * an explicit {@code noAutofit} in a body placeholder as a reason to shrink the text.
     */
    private static void noAutofit(XSLFTextShape shape) {
        CTTextBodyProperties properties = ((CTShape) shape.getXmlObject()).getTxBody().getBodyPr();
        if (properties.isSetNormAutofit()) {
            properties.unsetNormAutofit();
        }
        if (properties.isSetNoAutofit()) {
            properties.unsetNoAutofit();
        }
        if (properties.isSetSpAutoFit()) {
            properties.unsetSpAutoFit();
        }
    }
}
