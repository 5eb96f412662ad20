package lectern.pptx.xml;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextListStyle;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/** Finding placeholders on slides, layouts and masters, and reaching the XML POI does not wrap. */
public final class Placeholders {
    private Placeholders() {
    }

    public static Optional<CTPlaceholder> of(XSLFShape shape) {
        if (shape.getXmlObject() instanceof CTShape sp && sp.getNvSpPr().getNvPr().isSetPh()) {
            return Optional.of(sp.getNvSpPr().getNvPr().getPh());
        }
        if (shape.getXmlObject() instanceof CTPicture pic && pic.getNvPicPr().getNvPr().isSetPh()) {
            return Optional.of(pic.getNvPicPr().getNvPr().getPh());
        }
        return Optional.empty();
    }

    public static boolean is(XSLFShape shape, Placeholder type) {
        return shape instanceof XSLFTextShape text && text.getPlaceholderDetails() != null
                && text.getPlaceholderDetails().getPlaceholder() == type;
    }

    public static Optional<XSLFTextShape> find(XSLFSheet sheet, Placeholder... types) {
        for (Placeholder type : types) {
            for (XSLFShape shape : sheet.getShapes()) {
                if (is(shape, type)) {
                    return Optional.of((XSLFTextShape) shape);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The placeholder that fills a slot: its type (a body and a content placeholder both hold text, as do a
     * title and a centred title) and, unless it is {@link #ANY}, its index.
     */
    public static Optional<XSLFTextShape> find(XSLFSheet sheet, Placeholder type, long idx) {
        for (XSLFShape shape : sheet.getShapes()) {
            if (shape instanceof XSLFTextShape text && text.getPlaceholderDetails() != null
                    && same(text.getPlaceholderDetails().getPlaceholder(), type) && (idx == ANY || idx(shape) == idx)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The index of a placeholder that any index matches. */
    public static final long ANY = -1;

    private static boolean same(Placeholder type, Placeholder wanted) {
        if (type == null) {
            return false;
        }
        return type == wanted || TEXT.contains(type) && TEXT.contains(wanted) || TITLES.contains(type) && TITLES.contains(wanted);
    }

    private static final List<Placeholder> TEXT = List.of(Placeholder.BODY, Placeholder.CONTENT);
    private static final List<Placeholder> TITLES = List.of(Placeholder.TITLE, Placeholder.CENTERED_TITLE);

    public static long idx(XSLFShape shape) {
        return of(shape).filter(CTPlaceholder::isSetIdx).map(CTPlaceholder::getIdx).orElse(0L);
    }

    /** The lines of a slide's speaker notes, blank ones included: what the notes page's body holds. */
    public static List<String> notesLines(XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        if (notes == null) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>();
        for (XSLFShape shape : notes.getShapes()) {
            if (shape instanceof XSLFTextShape body && is(shape, Placeholder.BODY)) {
                body.getText().lines().forEach(lines::add);
            }
        }
        return lines;
    }

    /** Text placeholders in drawing order, date, footer and slide number left out. */
    public static List<XSLFTextShape> content(XSLFSheet sheet) {
        return sheet.getShapes().stream().filter(s -> of(s).isPresent() && s instanceof XSLFTextShape)
                .map(XSLFTextShape.class::cast)
                .filter(s -> !is(s, Placeholder.DATETIME) && !is(s, Placeholder.FOOTER) && !is(s, Placeholder.SLIDE_NUMBER))
                .toList();
    }

    /**
     * Gives a placeholder its own position. POI's {@code setAnchor} writes into the first position it finds
     * up the inheritance chain, so on a layout placeholder without one it would move the master's.
     */
    public static void anchor(XSLFTextShape shape, Rectangle2D box) {
        CTShapeProperties properties = ((CTShape) shape.getXmlObject()).getSpPr();
        if (!properties.isSetXfrm()) {
            properties.addNewXfrm();
        }
        shape.setAnchor(box);
    }

    /** The first-level paragraph style of a shape's own list style, created when absent. */
    public static CTTextParagraphProperties level1(XSLFTextShape shape) {
        CTTextBody body = ((CTShape) shape.getXmlObject()).getTxBody();
        CTTextListStyle list = body.isSetLstStyle() ? body.getLstStyle() : body.addNewLstStyle();
        return list.isSetLvl1PPr() ? list.getLvl1PPr() : list.addNewLvl1PPr();
    }

    /**
     * POI copies the layout's prompt text ("Click to edit Master title style") into the slide's
     * placeholders; on a slide that text would be real text, so it goes before anything is filled in.
     */
    public static void clearPromptText(XSLFSlide slide) {
        for (XSLFTextShape shape : content(slide)) {
            shape.clearText();
            shape.addNewTextParagraph();
        }
    }

    /** An empty placeholder shows "Click to add text" to the user: never leave one behind. */
    public static void removeEmpty(XSLFSlide slide) {
        for (XSLFShape shape : List.copyOf(slide.getShapes())) {
            if (shape instanceof XSLFTextShape textShape && of(shape).isPresent() && textShape.getText().isBlank()) {
                slide.removeShape(shape);
            }
        }
    }
}
