package lectern.write;

import java.awt.geom.Rectangle2D;
import java.util.List;
import lectern.layout.Region;
import lectern.theme.Theme;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTBackground;
import org.openxmlformats.schemas.presentationml.x2006.main.CTBackgroundProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Lays out the master and every layout for a 16:9 slide. POI's blank deck is 4:3; rather than stretch it,
 * each layout gets its own boxes, so a user who picks any layout from PowerPoint's menu gets a proper one.
 */
final class LayoutDesign {
    private static final Rectangle2D DATE = Box.of(56, 500, 200, 26);
    private static final Rectangle2D FOOTER = Box.of(300, 500, 360, 26);
    private static final Rectangle2D NUMBER = Box.of(704, 500, 200, 26);
    private static final double HALF = 412;
    private static final double RIGHT = 492;

    private LayoutDesign() {
    }

    static void apply(XSLFSlideMaster master, Theme theme) {
        place(master, List.of(Box.of(Region.TITLE), Box.of(Region.BODY)));
        for (XSLFSlideLayout layout : master.getSlideLayouts()) {
            place(layout, boxes(layout.getType()));
            style(layout, theme);
        }
    }

    /** Content placeholders of each layout, in the order POI's blank deck draws them. */
    private static List<Rectangle2D> boxes(SlideLayout type) {
        Rectangle2D title = Box.of(Region.TITLE);
        Rectangle2D body = Box.of(Region.BODY);
        return switch (type) {
            case TITLE -> List.of(Box.of(Region.TITLE_SLIDE_TITLE), Box.of(Region.TITLE_SLIDE_SUBTITLE));
            case SECTION_HEADER -> List.of(Box.of(Region.STATEMENT), Box.of(96, 462, 768, 30));
            case TWO_OBJ -> List.of(title, Box.of(56, 152, HALF, 336), Box.of(RIGHT, 152, HALF, 336));
            case TWO_TX_TWO_OBJ -> List.of(title, Box.of(56, 146, HALF, 44), Box.of(56, 196, HALF, 292),
                    Box.of(RIGHT, 146, HALF, 44), Box.of(RIGHT, 196, HALF, 292));
            case OBJ_TX -> List.of(Box.of(56, 34, 300, 132), Box.of(392, 34, 512, 454), Box.of(56, 180, 300, 308));
            case PIC_TX -> List.of(Box.of(Region.PICTURE_TITLE), Box.of(Region.PICTURE), Box.of(Region.PICTURE_BODY));
            case VERT_TITLE_AND_TX -> List.of(Box.of(744, 26, 160, 462), Box.of(56, 26, 672, 462));
            default -> List.of(title, body);
        };
    }

    private static void place(XSLFSheet sheet, List<Rectangle2D> boxes) {
        int next = 0;
        for (XSLFShape shape : sheet.getShapes()) {
            if (!(shape instanceof XSLFTextShape text) || Placeholders.of(shape).isEmpty()) {
                continue;
            }
            if (Placeholders.is(shape, Placeholder.DATETIME)) {
                text.setAnchor(DATE);
            } else if (Placeholders.is(shape, Placeholder.FOOTER)) {
                text.setAnchor(FOOTER);
            } else if (Placeholders.is(shape, Placeholder.SLIDE_NUMBER)) {
                text.setAnchor(NUMBER);
            } else if (next < boxes.size()) {
                text.setAnchor(boxes.get(next++));
            }
        }
    }

    private static void style(XSLFSlideLayout layout, Theme theme) {
        Theme.Sizes sizes = theme.sizes();
        switch (layout.getType()) {
            case TITLE -> {
                darkBackground(layout);
                Placeholders.find(layout, Placeholder.CENTERED_TITLE, Placeholder.TITLE).ifPresent(title -> {
                    title.setVerticalAlignment(VerticalAlignment.BOTTOM);
                    text(title, sizes.cover(), STTextAlignType.L, STSchemeColorVal.BG_1);
                });
                Placeholders.find(layout, Placeholder.SUBTITLE).ifPresent(subtitle -> {
                    subtitle.setVerticalAlignment(VerticalAlignment.TOP);
                    CTTextParagraphProperties p = text(subtitle, sizes.subtitle(), STTextAlignType.L, STSchemeColorVal.BG_1);
                    Styles.noBullet(p);
                });
                accentBar(layout, Region.TITLE_SLIDE_TITLE.x + 7, Region.TITLE_SLIDE_TITLE.y - 14);
            }
            case SECTION_HEADER -> {
                darkBackground(layout);
                Placeholders.find(layout, Placeholder.TITLE).ifPresent(title -> {
                    title.setVerticalAlignment(VerticalAlignment.MIDDLE);
                    text(title, sizes.statement(), STTextAlignType.CTR, STSchemeColorVal.BG_1);
                });
                Placeholders.find(layout, Placeholder.BODY).ifPresent(body -> {
                    CTTextParagraphProperties p = text(body, sizes.subtitle(), STTextAlignType.CTR, STSchemeColorVal.BG_1);
                    Styles.noBullet(p);
                });
            }
            case PIC_TX -> {
                Placeholders.find(layout, Placeholder.TITLE).ifPresent(title -> {
                    title.setVerticalAlignment(VerticalAlignment.BOTTOM);
                    text(title, sizes.title(), STTextAlignType.L, STSchemeColorVal.TX_1);
                });
                Placeholders.find(layout, Placeholder.BODY).ifPresent(body -> {
                    body.setVerticalAlignment(VerticalAlignment.TOP);
                    CTTextParagraphProperties p = text(body, sizes.claim(), STTextAlignType.L, STSchemeColorVal.TX_1);
                    Styles.marker(p, "\u25A0", org.apache.poi.util.Units.toEMU(Region.CLAIM_INDENT), sizes.claimMin() * 0.6);
                    Styles.spaceBefore(p, sizes.claim() * lectern.layout.TextStyle.CLAIMS.spaceBefore());
                });
                accentBar(layout, Region.PICTURE_TITLE.x + 7, Region.PICTURE_TITLE.y - 12);
            }
            case TITLE_AND_CONTENT, TITLE_ONLY, TWO_OBJ, TWO_TX_TWO_OBJ -> accentBar(layout, Region.TITLE.x + 7, Region.TITLE.y - 8);
            default -> {
            }
        }
    }

    private static CTTextParagraphProperties text(XSLFTextShape shape, double size, STTextAlignType.Enum align,
                                                  STSchemeColorVal.Enum colour) {
        CTTextParagraphProperties p = Placeholders.level1(shape);
        Styles.size(p, size);
        Styles.align(p, align);
        Styles.colour(p, colour);
        // POI's blank deck sets some layouts in capitals; an author's sentence is shown as written.
        Styles.defaults(p).setCap(org.openxmlformats.schemas.drawingml.x2006.main.STTextCapsType.NONE);
        return p;
    }

    /** Title and statement layouts are dark (Dark 2 of the theme) for rhythm between sections. */
    private static void darkBackground(XSLFSlideLayout layout) {
        var cSld = layout.getXmlObject().getCSld();
        CTBackground bg = cSld.isSetBg() ? cSld.getBg() : cSld.addNewBg();
        if (bg.isSetBgRef()) {
            bg.unsetBgRef();
        }
        CTBackgroundProperties props = bg.isSetBgPr() ? bg.getBgPr() : bg.addNewBgPr();
        props.addNewSolidFill().addNewSchemeClr().setVal(STSchemeColorVal.TX_2);
        props.addNewEffectLst();
    }

    /** A short bar in the first accent colour above the title: the theme's signature on every layout. */
    private static void accentBar(XSLFSheet layout, double x, double y) {
        XSLFAutoShape bar = layout.createAutoShape();
        bar.setShapeType(ShapeType.RECT);
        bar.setAnchor(Box.of(x, y, 54, 6));
        CTShape sp = (CTShape) bar.getXmlObject();
        sp.getNvSpPr().getCNvPr().setName("Accent bar");
        sp.getSpPr().addNewSolidFill().addNewSchemeClr().setVal(STSchemeColorVal.ACCENT_1);
        sp.getSpPr().addNewLn().addNewNoFill();
    }
}
