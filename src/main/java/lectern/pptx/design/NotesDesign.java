package lectern.pptx.design;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import lectern.pptx.xml.Box;
import lectern.pptx.xml.Placeholders;
import lectern.pptx.xml.Styles;
import lectern.theme.Theme;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFNotesMaster;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextListStyle;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;

/**
 * The notes page the presenter prints or reads: portrait, 7.5 × 10 in, the slide as a 16:9 picture on top
 * and the notes below. POI's notes master is drawn for a landscape page and runs off a portrait one.
 */
public final class NotesDesign {
    static final Rectangle2D SLIDE_IMAGE = Box.of(54, 45, 432, 243);
    static final Rectangle2D BODY = Box.of(54, 306, 432, 372);
    private static final Rectangle2D HEADER = Box.of(0, 0, 234, 27);
    private static final Rectangle2D DATE = Box.of(306, 0, 234, 27);
    private static final Rectangle2D FOOTER = Box.of(0, 693, 234, 27);
    private static final Rectangle2D NUMBER = Box.of(306, 693, 234, 27);

    private NotesDesign() {
    }

    public static void apply(XSLFNotesMaster master, Theme theme) throws IOException {
        ThemePart.applyForPrint(master.getTheme(), theme);
        place(master);
        CTTextListStyle style = master.getXmlObject().getNotesStyle();
        CTTextParagraphProperties[] levels = {style.getLvl1PPr(), style.getLvl2PPr(), style.getLvl3PPr(),
            style.getLvl4PPr(), style.getLvl5PPr(), style.getLvl6PPr(), style.getLvl7PPr(), style.getLvl8PPr(),
            style.getLvl9PPr()};
        for (CTTextParagraphProperties level : levels) {
            if (level != null) {
                Styles.size(level, theme.sizes().notes());
                Styles.spaceBefore(level, theme.sizes().notes() * 0.5);
                // Without an explicit indent LibreOffice hangs every wrapped line of prose.
                level.setIndent(0);
            }
        }
    }

    /**
     * POI relates the notes master's theme to the presentation as well as to the notes master, which gives the
     * presentation two themes where ECMA-376 allows it one (its slide master's, as PowerPoint writes it): the
     * presentation's relationship to a theme only the notes master uses is removed.
     */
    public static void oneThemePerPresentation(XMLSlideShow show) throws IOException {
        XSLFNotesMaster notes = show.getNotesMaster();
        if (notes == null || notes.getTheme() == null) {
            return;
        }
        PackagePartName theme = notes.getTheme().getPackagePart().getPartName();
        if (show.getSlideMasters().stream().anyMatch(m -> m.getTheme().getPackagePart().getPartName().equals(theme))) {
            return;
        }
        PackagePart presentation = show.getPackagePart();
        List<String> toNotesTheme = new ArrayList<>();
        try {
            for (PackageRelationship relation : presentation.getRelationshipsByType(XSLFRelation.THEME.getRelation())) {
                if (relation.getTargetMode() == TargetMode.INTERNAL && theme.getURI().equals(
                        PackagingURIHelper.resolvePartUri(presentation.getPartName().getURI(), relation.getTargetURI()))) {
                    toNotesTheme.add(relation.getId());
                }
            }
        } catch (InvalidFormatException e) {
            throw new IOException("cannot read the presentation's relationships: " + e.getMessage(), e);
        }
        toNotesTheme.forEach(presentation::removeRelationship);
    }

    /**
     * Keeps of POI's notes master what notes pages use: the slide picture and the body, with one paragraph of
     * prompt. POI copies every box of the master, paragraph by paragraph, into each notes page it makes, and the
     * writer then deletes the header, date, footer and number again; without them (a presenter can switch them
     * back on in PowerPoint's Notes Master view) a deck's notes are written in a fraction of the time.
     */
    public static void lean(XSLFNotesMaster master) {
        for (XSLFShape shape : List.copyOf(master.getShapes())) {
            if (Placeholders.is(shape, Placeholder.BODY) && shape instanceof XSLFTextShape body) {
                while (body.getTextParagraphs().size() > 1) {
                    body.removeTextParagraph(body.getTextParagraphs().get(body.getTextParagraphs().size() - 1));
                }
            } else if (Placeholders.of(shape).map(ph -> ph.getType() != STPlaceholderType.SLD_IMG).orElse(false)) {
                master.removeShape(shape);
            }
        }
    }

    /** Notes pages copy the master's boxes when made, which may be before the master was laid out. */
    public static void place(XSLFNotes page) {
        place((XSLFSheet) page);
    }

    private static void place(XSLFSheet sheet) {
        for (XSLFShape shape : sheet.getShapes()) {
            if (!(shape instanceof XSLFTextShape text)) {
                continue;
            }
            Placeholders.of(shape).ifPresent(ph -> {
                if (ph.getType() == STPlaceholderType.SLD_IMG) {
                    Placeholders.anchor(text, SLIDE_IMAGE);
                } else if (Placeholders.is(shape, Placeholder.BODY)) {
                    Placeholders.anchor(text, BODY);
                } else if (Placeholders.is(shape, Placeholder.HEADER)) {
                    Placeholders.anchor(text, HEADER);
                } else if (Placeholders.is(shape, Placeholder.DATETIME)) {
                    Placeholders.anchor(text, DATE);
                } else if (Placeholders.is(shape, Placeholder.FOOTER)) {
                    Placeholders.anchor(text, FOOTER);
                } else if (Placeholders.is(shape, Placeholder.SLIDE_NUMBER)) {
                    Placeholders.anchor(text, NUMBER);
                }
            });
        }
    }
}
