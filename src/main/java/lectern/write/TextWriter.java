package lectern.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import lectern.layout.TextBox;
import lectern.layout.TextMeasure;
import lectern.plan.Claim;
import lectern.plan.Figure;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBodyProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Puts text into placeholders at the largest size that fits their box, measured in the box's font. The
 * size is only written when it differs from the layout's, so untouched text follows the master.
 */
final class TextWriter {
    private final Map<String, TextMeasure> measures = new HashMap<>();

    /** A title: bold. */
    void title(XSLFTextShape shape, String text, TextBox box) {
        fill(shape, List.of(List.of(new Claim.Span(text, true))), box, true);
    }

    /** One statement set large in a title placeholder, the author's bold kept and the rest regular. */
    void statement(XSLFTextShape shape, Claim claim, TextBox box) {
        fill(shape, List.of(claim.spans()), box, true);
    }

    /**
     * A quotation set as a statement, the author's bold kept, with who said it as a smaller last paragraph;
     * measured together, so the source never falls off the slide.
     */
    void quote(XSLFTextShape shape, Figure.QuoteFigure quote, TextBox box, double source) {
        List<List<Claim.Span>> paragraphs = new ArrayList<>(quote.paragraphs());
        quote.attribution().ifPresent(a -> paragraphs.add(List.of(new Claim.Span(a, false))));
        fill(shape, paragraphs, box, true);
        quote.attribution().ifPresent(a -> {
            List<XSLFTextParagraph> written = shape.getTextParagraphs();
            XSLFTextParagraph last = written.get(written.size() - 1);
            last.setSpaceBefore(-source * 0.6);
            last.getTextRuns().forEach(run -> {
                run.setFontSize(Math.min(source, run.getFontSize() == null ? box.size() : run.getFontSize()));
                run.setItalic(true);
            });
        });
    }

    /** Lines numbered from {@code first}: an agenda, or its continuation. */
    void numbered(XSLFTextShape shape, List<String> lines, int first, TextBox box) {
        double size = fill(shape, lines.stream().map(line -> List.of(new Claim.Span(line, false))).toList(), box, true);
        int number = first;
        for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
            paragraph.setBulletAutoNumber(org.apache.poi.sl.usermodel.AutoNumberingScheme.arabicPeriod, number++);
            // The layout sizes its bullet marks in points and sets them in a symbol font; a number reads as part of
            // its line only in the line's own size and font.
            var properties = paragraph.getXmlObject().getPPr();
            if (properties.isSetBuFont()) {
                properties.unsetBuFont();
            }
            properties.addNewBuFontTx();
            properties.addNewBuSzTx();
            // Spaced and indented as measured, at the size the lines were set in, closer than claims.
            paragraph.setSpaceBefore(-box.style().spaceBefore() * size);
            paragraph.setLeftMargin(box.style().indent());
            paragraph.setIndent(-box.style().indent());
        }
    }

    void claims(XSLFTextShape shape, List<Claim> claims, TextBox box) {
        fill(shape, claims.stream().map(Claim::spans).toList(), box, true);
    }

    /**
     * Plain lines, one paragraph each: a subtitle, the heading over a statement, the subsections a divider
     * lists. These small boxes get no autofit: LibreOffice shrinks autofit text in any body or subtitle
     * placeholder shorter than its own default (about 306 pt), however much room is left.
     */
    void lines(XSLFTextShape shape, List<String> lines, TextBox box) {
        fill(shape, lines.stream().map(line -> List.of(new Claim.Span(line, false))).toList(), box, false);
    }

    /** Sets the paragraphs at the largest size that fits the box; returns that size. */
    private double fill(XSLFTextShape shape, List<List<Claim.Span>> paragraphs, TextBox box, boolean autofit) {
        double size = box.size();
        TextMeasure measure = measures.computeIfAbsent(box.family(), TextMeasure::new);
        TextMeasure.Fit fit = measure.fit(paragraphs, box.frame().textWidth(), box.frame().textHeight(), box.style(),
                size, box.min());
        shape.clearText();
        for (List<Claim.Span> spans : paragraphs) {
            XSLFTextParagraph paragraph = shape.addNewTextParagraph();
            for (Claim.Span span : spans) {
                XSLFTextRun run = paragraph.addNewTextRun();
                run.setText(span.text());
                run.setBold(span.bold());
                if (!span.link().isEmpty()) {
                    // Clickable on the slide too, as in the essay; PowerPoint colours it as a link.
                    Links.add(run, span.link());
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
        return fit.size();
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
