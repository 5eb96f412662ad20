package lectern.preview;

import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Names the chosen family on every run of text a slide draws, in the in-memory copy of the deck that is
 * drawn (never in the file). The font handler alone is not enough: POI 5.5 sets each run's
 * {@code TextAttribute.FONT} from the typeface the deck names before it asks the handler, and that attribute
 * outranks the family the handler picks, so a Calibri run would be drawn in AWT's Dialog font on a machine
 * that has Carlito.
 */
final class RunTypefaces {
    private final TypefaceHandler fonts;
    /** Masters and layouts are shared by many slides; their text needs naming once. */
    private final Set<XSLFSheet> done = new HashSet<>();

    RunTypefaces(TypefaceHandler fonts) {
        this.fonts = fonts;
    }

    void name(XSLFSlide slide) {
        // The master's and layout's placeholders are never drawn on a slide (the slide's own are): skip them,
        // so that a family only they name is not reported missing.
        if (done.add(slide.getSlideMaster())) {
            slide.getSlideMaster().getShapes().forEach(shape -> visit(shape, false));
        }
        if (done.add(slide.getSlideLayout())) {
            slide.getSlideLayout().getShapes().forEach(shape -> visit(shape, false));
        }
        slide.getShapes().forEach(shape -> visit(shape, true));
    }

    private void visit(XSLFShape shape, boolean placeholdersDrawn) {
        if (!placeholdersDrawn && shape.isPlaceholder()) {
            return;
        }
        if (shape instanceof XSLFGroupShape group) {
            group.getShapes().forEach(child -> visit(child, placeholdersDrawn));
        } else if (shape instanceof XSLFTable table) {
            for (XSLFTableRow row : table.getRows()) {
                for (XSLFTableCell cell : row.getCells()) {
                    runs(cell);
                }
            }
        } else if (shape instanceof XSLFTextShape text) {
            runs(text);
        }
    }

    private void runs(XSLFTextShape text) {
        for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
            for (XSLFTextRun run : paragraph.getTextRuns()) {
                String family = run.getFontFamily();
                // POI skips empty runs when it draws; their font does not matter.
                if (family == null || family.isBlank() || run.getRawText() == null || run.getRawText().isEmpty()) {
                    continue;
                }
                String drawn = fonts.drawWith(family);
                if (!drawn.equals(family)) {
                    run.setFontFamily(drawn);
                }
            }
        }
    }
}
