package lectern.write;

import java.util.Optional;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Puts the layout's slide-number placeholder on a slide. POI leaves it out of new slides; PowerPoint shows
 * a number only where the slide carries the placeholder, with a field it keeps up to date when slides move.
 */
final class SlideNumber {
    private SlideNumber() {
    }

    /**
     * Adds the number. This appends to the slide's XML behind POI's back, so it must come after everything
     * else that walks the slide's shapes.
     */
    static void add(XSLFSlide slide, int number) {
        Optional<XSLFTextShape> fromLayout = Placeholders.find(slide.getSlideLayout(), Placeholder.SLIDE_NUMBER);
        if (fromLayout.isEmpty()) {
            return;
        }
        CTShape layoutShape = (CTShape) fromLayout.get().getXmlObject();
        CTShape shape = slide.getXmlObject().getCSld().getSpTree().addNewSp();
        shape.set(layoutShape.copy());
        // Position and style come from the layout, so moving the layout's number moves every slide's.
        shape.getSpPr().set(org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties.Factory.newInstance());
        shape.getNvSpPr().getCNvPr().setId(nextId(slide));
        CTTextBody text = shape.getTxBody();
        if (text.isSetLstStyle()) {
            text.unsetLstStyle();
        }
        text.addNewLstStyle();
        CTTextField field = null;
        for (CTTextParagraph p : text.getPArray()) {
            for (CTTextField f : p.getFldArray()) {
                field = field == null ? f : field;
            }
        }
        if (field == null) {
            return;
        }
        CTTextField kept = (CTTextField) field.copy();
        while (text.sizeOfPArray() > 0) {
            text.removeP(0);
        }
        CTTextField written = text.addNewP().addNewFld();
        written.set(kept);
        written.setT(Integer.toString(number));
    }

    private static long nextId(XSLFSlide slide) {
        long max = 1;
        var tree = slide.getXmlObject().getCSld().getSpTree();
        try (var cursor = tree.newCursor()) {
            if (cursor.toFirstChild()) {
                do {
                    max = Math.max(max, idOf(cursor.getObject()));
                } while (cursor.toNextSibling());
            }
        }
        return max + 1;
    }

    private static long idOf(org.apache.xmlbeans.XmlObject shape) {
        try (var cursor = shape.newCursor()) {
            // Every shape kind keeps its id in its first child's cNvPr.
            if (cursor.toFirstChild() && cursor.toFirstChild()) {
                String id = cursor.getAttributeText(new javax.xml.namespace.QName("id"));
                return id == null ? 0 : Long.parseLong(id);
            }
        }
        return 0;
    }
}
