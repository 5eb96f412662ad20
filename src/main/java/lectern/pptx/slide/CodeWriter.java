package lectern.pptx.slide;

import java.util.List;
import java.util.Optional;
import lectern.code.Syntax;
import lectern.deck.CodeSlide;
import lectern.deck.Figure;
import lectern.layout.FigureMeasure;
import lectern.layout.Fonts;
import lectern.layout.Frame;
import lectern.layout.Placement;
import lectern.layout.Region;
import lectern.layout.TextBox;
import lectern.pptx.xml.Box;
import lectern.pptx.xml.Placeholders;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Code as monospaced text boxes under the slide's title, line for line as the author wrote it: one box per
 * listing (a command, then its output), each as high as its lines and as wide as its widest, on a faint panel of
 * the text colour so it reads as code from the back of the room, its tokens in the theme's colours.
 */
final class CodeWriter {
    private final FigureMeasure measure;
    private final TextWriter text;
    private final CodeColours colours;

    CodeWriter(FigureMeasure measure, TextWriter text, CodeColours colours) {
        this.measure = measure;
        this.text = text;
        this.colours = colours;
    }

    /**
     * The slide's code, under the sentence that introduces it when it has one: that goes into the layout's text
     * placeholder, made as high as the sentence, across the top of the code's box.
     */
    void write(XSLFSlide slide, CodeSlide code, Optional<XSLFTextShape> body, Optional<Placement.Text> lead) {
        Optional<TextBox> box = measure.lead(code.lead());
        if (box.isPresent() && body.isPresent() && lead.isPresent()) {
            Placeholders.anchor(body.get(), Box.of(box.get().frame()));
            text.lead(body.get(), lead.get(), box.get());
        }
        write(slide, code.code(), measure.above(code.lead()));
    }

    /**
     * Code under words of several paragraphs (an exercise's task, a solution's words): they go into the layout's
     * text placeholder, made as high as they are, across the top of the code's box.
     */
    void write(XSLFSlide slide, Figure.CodeFigure code, Optional<XSLFTextShape> body, Placement.Text words) {
        Optional<TextBox> box = measure.lead(words.paragraphs());
        if (box.isPresent() && body.isPresent()) {
            Placeholders.anchor(body.get(), Box.of(box.get().frame()));
            text.lead(body.get(), words, box.get());
        }
        write(slide, code, measure.above(words.paragraphs()));
    }

    /** Sets a run in the theme's first accent, shaded as code's keywords are to read on the slide. */
    void accent(XSLFTextRun run) {
        colours.paint(((CTRegularTextRun) run.getXmlObject()).getRPr(), Syntax.Role.KEYWORD);
    }

    /** @param above how much of the figure's box the sentence introducing the code takes, from its top */
    private void write(XSLFSlide slide, Figure.CodeFigure figure, double above) {
        FigureMeasure.CodeSet set = measure.codeSetAnyway(figure, above);
        Frame frame = measure.box();
        double y = frame.y() + above;
        for (int i = 0; i < figure.listings().size(); i++) {
            Figure.Listing listing = figure.listings().get(i);
            double height = set.heights().get(i);
            XSLFTextBox box = slide.createTextBox();
            // Half a point more than measured: a box stored in whole EMUs must never come out a hair too narrow
            // for its longest line.
            box.setAnchor(Box.of(new Frame(frame.x(), y, set.width() + 2 * Region.INSET_X + 0.5, height)));
            y += height + FigureMeasure.LISTING_GAP;
            box.setVerticalAlignment(VerticalAlignment.TOP);
            box.setWordWrap(set.wraps());
            CTShape shape = (CTShape) box.getXmlObject();
            shape.getNvSpPr().getCNvPr().setName(ShapeNames.code(listing.language()));
            if (shape.getSpPr().isSetNoFill()) {
                shape.getSpPr().unsetNoFill();
            }
            var tint = shape.getSpPr().addNewSolidFill().addNewSchemeClr();
            tint.setVal(STSchemeColorVal.TX_1);
            tint.addNewAlpha().setVal(CodeColours.PANEL_ALPHA);
            box.clearText();
            if (!listing.label().isEmpty()) {
                label(box, listing.label(), set.size());
            }
            lines(box, Syntax.of(listing.language()).tokens(listing.lines()), set.size());
        }
    }

    /** The list item's words over its code, in the slide's own face and the theme's accent, as a lesson's labels are. */
    private void label(XSLFTextBox box, String words, double size) {
        XSLFTextParagraph paragraph = box.addNewTextParagraph();
        paragraph.setLineSpacing(-size * FigureMeasure.LINE_PITCH);
        XSLFTextRun run = text.languages().add(paragraph, words);
        run.setFontSize(size);
        run.setBold(true);
        accent(run);
    }

    private void lines(XSLFTextBox box, List<List<Syntax.Token>> lines, double size) {
        for (List<Syntax.Token> line : lines) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            // Exactly as far apart as measured: a negative spacing is in points.
            paragraph.setLineSpacing(-size * FigureMeasure.LINE_PITCH);
            boolean empty = line.stream().allMatch(token -> token.text().isEmpty());
            if (empty) {
                // An empty line still takes a line's height; a run with no text would not say how high.
                run(paragraph, " ", size);
                continue;
            }
            for (Syntax.Token token : line) {
                if (!token.text().isEmpty()) {
                    XSLFTextRun run = run(paragraph, token.text(), size);
                    colours.paint(((CTRegularTextRun) run.getXmlObject()).getRPr(), token.role());
                }
            }
        }
    }

    private XSLFTextRun run(XSLFTextParagraph paragraph, String text, double size) {
        XSLFTextRun run = this.text.languages().add(paragraph, text);
        // Code is in no spoken language: PowerPoint's spelling checker has nothing to say about it.
        ((CTRegularTextRun) run.getXmlObject()).getRPr().setNoProof(true);
        run.setFontFamily(Fonts.CODE);
        run.setFontSize(size);
        return run;
    }
}
