package lectern.pptx.slide;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lectern.deck.Claim;
import lectern.layout.Placement;
import lectern.layout.TextBox;
import lectern.layout.TextMeasure;
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
    private final RunLanguages languages;

    TextWriter(RunLanguages languages) {
        this.languages = languages;
    }

    RunLanguages languages() {
        return languages;
    }

    /** What the title box holds: a heading (bold), a statement, the essay's last claim, the author's bold kept. */
    void title(XSLFTextShape shape, Placement.Text text, TextBox box) {
        fill(shape, text.paragraphs(), box, true);
    }

    /**
     * A quotation set as a statement, the author's bold kept, with who said it as a smaller last paragraph;
     * measured together, so the source never falls off the slide.
     *
     * @param attributed whether the last paragraph is who said it
     */
    void quote(XSLFTextShape shape, Placement.Text text, TextBox box, double source, boolean attributed) {
        fill(shape, text.paragraphs(), box, true);
        if (attributed) {
            List<XSLFTextParagraph> written = shape.getTextParagraphs();
            XSLFTextParagraph last = written.get(written.size() - 1);
            last.setSpaceBefore(-source * 0.6);
            last.getTextRuns().forEach(run -> {
                run.setFontSize(Math.min(source, run.getFontSize() == null ? box.size() : run.getFontSize()));
                run.setItalic(true);
            });
        }
    }

    /** Lines numbered from {@code first}: an agenda, or its continuation; unnumbered from 0, as numbered already. */
    void numbered(XSLFTextShape shape, Placement.Text text, int first, TextBox box) {
        double size = fill(shape, text.paragraphs(), box, true);
        int number = first;
        for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
            if (first == 0) {
                paragraph.setBullet(false);
                paragraph.setSpaceBefore(-box.style().spaceBefore() * size);
                paragraph.setLeftMargin(0.0);
                paragraph.setIndent(0.0);
                continue;
            }
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

    /** Claims, or a discussion's questions: each a paragraph with the layout's marker, shrinking as edited. */
    void claims(XSLFTextShape shape, Placement.Text text, TextBox box) {
        fill(shape, text.paragraphs(), box, true);
    }

    /**
     * Plain lines, one paragraph each: a subtitle, the heading over a statement, the subsections a divider
     * lists. These small boxes get no autofit: LibreOffice shrinks autofit text in any body or subtitle
     * placeholder shorter than its own default (about 306 pt), however much room is left.
     */
    void lines(XSLFTextShape shape, Placement.Text text, TextBox box) {
        fill(shape, text.paragraphs(), box, false);
    }

    /**
     * The sentence that introduces code, across the top of the code layout's text box, or a picture's caption under
     * it: plain lines, without the box's list markers, at the size it was measured at (the layout sets its claims
     * larger).
     */
    void lead(XSLFTextShape shape, Placement.Text text, TextBox box) {
        double size = fill(shape, text.paragraphs(), box, false);
        for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
            paragraph.setBullet(false);
            paragraph.setLeftMargin(0.0);
            paragraph.setIndent(0.0);
            paragraph.setSpaceBefore(0.0);
            paragraph.getTextRuns().forEach(run -> run.setFontSize(size));
        }
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
            String whole = Claim.Span.text(spans);
            for (Claim.Span span : spans) {
                for (XSLFTextRun run : languages.add(paragraph, span.text(), whole)) {
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
            languages.direction(paragraph, whole);
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
