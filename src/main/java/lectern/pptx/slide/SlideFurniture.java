package lectern.pptx.slide;

import java.util.Optional;
import lectern.layout.Scripts;
import lectern.pptx.xml.Elements;
import lectern.pptx.xml.Placeholders;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Puts the layout's slide number, footer and date placeholders on a slide. POI leaves them out of new
 * slides; PowerPoint shows them only where the slide carries them, and keeps a slide-number field up to date
 * when slides move. Their position and look stay the layout's, so changing the layout changes every slide.
 */
final class SlideFurniture {
    private SlideFurniture() {
    }

    /**
     * Adds what is given. This appends to the slide's XML behind POI's back, so it must come after everything
     * else that walks the slide's shapes.
     */
    static void add(XSLFSlide slide, Optional<Integer> number, Optional<String> footer, Optional<String> date,
                    String language) {
        date.ifPresent(text -> copy(slide, Placeholder.DATETIME).ifPresent(shape -> text(shape, text, language)));
        footer.ifPresent(text -> copy(slide, Placeholder.FOOTER).ifPresent(shape -> text(shape, text,
                Scripts.stretches(text, text, language).get(0).language())));
        number.ifPresent(n -> copy(slide, Placeholder.SLIDE_NUMBER).ifPresent(shape -> number(shape, n, language)));
    }

    /** The layout's placeholder of a type, copied onto the slide without its own position or style. */
    private static Optional<CTShape> copy(XSLFSlide slide, Placeholder type) {
        Optional<XSLFTextShape> fromLayout = Placeholders.find(slide.getSlideLayout(), type);
        if (fromLayout.isEmpty()) {
            return Optional.empty();
        }
        CTShape shape = slide.getXmlObject().getCSld().getSpTree().addNewSp();
        shape.set(fromLayout.get().getXmlObject().copy());
        shape.getSpPr().set(CTShapeProperties.Factory.newInstance());
        shape.getNvSpPr().getCNvPr().setId(nextId(slide));
        CTTextBody text = shape.getTxBody();
        if (text.isSetLstStyle()) {
            text.unsetLstStyle();
        }
        text.addNewLstStyle();
        return Optional.of(shape);
    }

    private static void text(CTShape shape, String text, String language) {
        CTTextBody body = shape.getTxBody();
        clear(body);
        var paragraph = body.addNewP();
        if (Scripts.rightToLeft(text)) {
            // A title in Arabic or Hebrew reads from the band's right edge, as the slides' own paragraphs do.
            paragraph.addNewPPr().setRtl(true);
            paragraph.getPPr().setAlgn(org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType.R);
        }
        var run = paragraph.addNewR();
        var properties = run.addNewRPr();
        properties.setLang(language);
        // The theme's body font, named on the run: LibreOffice sets a footer that inherits it in a serif.
        properties.addNewLatin().setTypeface("+mn-lt");
        run.setT(text);
    }

    /** Keeps the layout's slide-number field, with this slide's number as the text it shows until updated. */
    private static void number(CTShape shape, int number, String language) {
        CTTextBody body = shape.getTxBody();
        CTTextField field = null;
        for (CTTextParagraph p : body.getPArray()) {
            for (CTTextField f : p.getFldArray()) {
                field = field == null ? f : field;
            }
        }
        if (field == null) {
            return;
        }
        CTTextField kept = (CTTextField) field.copy();
        clear(body);
        CTTextField written = body.addNewP().addNewFld();
        written.set(kept);
        written.setT(Integer.toString(number));
        var properties = written.isSetRPr() ? written.getRPr() : written.addNewRPr();
        properties.setLang(language);
        if (!properties.isSetLatin()) {
            properties.addNewLatin().setTypeface("+mn-lt");
        }
    }

    private static void clear(CTTextBody body) {
        while (body.sizeOfPArray() > 0) {
            body.removeP(0);
        }
    }

    private static long nextId(XSLFSlide slide) {
        return Elements.largestShapeId(slide.getXmlObject().getCSld().getSpTree()) + 1;
    }
}
