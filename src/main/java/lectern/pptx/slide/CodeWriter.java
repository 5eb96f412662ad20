package lectern.pptx.slide;

import lectern.deck.Figure;
import lectern.layout.FigureMeasure;
import lectern.layout.Fonts;
import lectern.pptx.xml.Box;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Code as a monospaced text box under the slide's title, line for line as the author wrote it, on a faint
 * panel of the text colour so it reads as code from the back of the room.
 */
final class CodeWriter {
    private final FigureMeasure measure;

    CodeWriter(FigureMeasure measure) {
        this.measure = measure;
    }

    void write(XSLFSlide slide, Figure.CodeFigure figure) {
        double size = measure.codeSize(figure.lines());
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(Box.of(measure.box()));
        box.setVerticalAlignment(VerticalAlignment.TOP);
        CTShape shape = (CTShape) box.getXmlObject();
        shape.getNvSpPr().getCNvPr().setName(figure.language().isEmpty() ? "Code" : "Code: " + figure.language());
        if (shape.getSpPr().isSetNoFill()) {
            shape.getSpPr().unsetNoFill();
        }
        var tint = shape.getSpPr().addNewSolidFill().addNewSchemeClr();
        tint.setVal(STSchemeColorVal.TX_1);
        tint.addNewAlpha().setVal(6_000);
        box.clearText();
        for (String line : figure.lines()) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            XSLFTextRun run = paragraph.addNewTextRun();
            // An empty line still takes a line's height; a run with no text would not say how high.
            run.setText(line.isEmpty() ? " " : line);
            run.setFontFamily(Fonts.CODE);
            run.setFontSize(size);
        }
    }
}
