package lectern.pptx.design;

import java.awt.geom.Rectangle2D;
import java.util.List;
import lectern.layout.Region;
import lectern.layout.TextStyle;
import lectern.pptx.xml.Box;
import lectern.pptx.xml.Placeholders;
import lectern.pptx.xml.Styles;
import lectern.theme.Theme;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextCapsType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTBackground;
import org.openxmlformats.schemas.presentationml.x2006.main.CTBackgroundProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Lays out the master and every layout for a 16:9 slide and gives each its type scale and colours. POI's
 * blank deck is 4:3; rather than stretch it, each layout gets its own boxes, so a user who picks any layout
 * from PowerPoint's menu gets a proper one. Colours are scheme colours throughout, so PowerPoint's
 * Design › Variants restyles the deck.
 */
final class LayoutDesign {
    private static final double HALF = 412;
    private static final double RIGHT = 492;

    private LayoutDesign() {
    }

    static void apply(XSLFSlideMaster master, Theme theme) {
        CustomLayouts.make(master);
        place(master, List.of(Box.of(Region.TITLE), Box.of(Region.BODY)), FooterBand.FULL);
        FooterBand.style(master);
        for (XSLFSlideLayout layout : master.getSlideLayouts()) {
            boolean column = layout.getName().equals(LayoutNames.PICTURE_WITH_CAPTION);
            place(layout, boxes(layout.getName()), column ? FooterBand.COLUMN : FooterBand.FULL);
            if (column) {
                FooterBand.alignLeft(layout);
            }
            style(layout, theme);
        }
    }

    /** Content placeholders of each layout, in the order POI's blank deck draws them. */
    private static List<Rectangle2D> boxes(String layout) {
        Rectangle2D title = Box.of(Region.TITLE);
        Rectangle2D body = Box.of(Region.BODY);
        return switch (layout) {
            case LayoutNames.TITLE_SLIDE -> List.of(Box.of(Region.TITLE_SLIDE_TITLE), Box.of(Region.TITLE_SLIDE_SUBTITLE));
            case LayoutNames.SECTION_HEADER -> List.of(Box.of(Region.SECTION_TITLE), Box.of(Region.SECTION_BODY));
            case LayoutNames.STATEMENT -> List.of(Box.of(Region.STATEMENT_KICKER), Box.of(Region.STATEMENT));
            case LayoutNames.PICTURE_WITH_CAPTION -> List.of(Box.of(Region.PICTURE_TITLE), Box.of(Region.PICTURE),
                    Box.of(Region.PICTURE_BODY));
            case LayoutNames.PICTURE -> List.of(Box.of(Region.FULL_PICTURE), Box.of(Region.PICTURE_CAPTION));
            case "Two Content" -> List.of(title, Box.of(56, 152, HALF, 336), Box.of(RIGHT, 152, HALF, 336));
            case "Comparison" -> List.of(title, Box.of(56, 146, HALF, 44), Box.of(56, 196, HALF, 292),
                    Box.of(RIGHT, 146, HALF, 44), Box.of(RIGHT, 196, HALF, 292));
            case "Content with Caption" -> List.of(Box.of(56, 34, 300, 132), Box.of(392, 34, 512, 454),
                    Box.of(56, 180, 300, 308));
            default -> List.of(title, body);
        };
    }

    private static void place(XSLFSheet sheet, List<Rectangle2D> boxes, FooterBand band) {
        int next = 0;
        for (XSLFShape shape : sheet.getShapes()) {
            if (!(shape instanceof XSLFTextShape text) || Placeholders.of(shape).isEmpty()) {
                continue;
            }
            if (Placeholders.is(shape, Placeholder.DATETIME)) {
                Placeholders.anchor(text, band.date());
            } else if (Placeholders.is(shape, Placeholder.FOOTER)) {
                Placeholders.anchor(text, band.footer());
            } else if (Placeholders.is(shape, Placeholder.SLIDE_NUMBER)) {
                Placeholders.anchor(text, band.number());
            } else if (next < boxes.size()) {
                Placeholders.anchor(text, boxes.get(next++));
            }
        }
    }

    private static void style(XSLFSlideLayout layout, Theme theme) {
        Theme.Sizes sizes = theme.sizes();
        switch (layout.getName()) {
            case LayoutNames.TITLE_SLIDE -> {
                darkBackground(layout);
                Placeholders.find(layout, Placeholder.CENTERED_TITLE, Placeholder.TITLE).ifPresent(title -> {
                    title.setVerticalAlignment(VerticalAlignment.BOTTOM);
                    text(title, sizes.cover(), STTextAlignType.L, STSchemeColorVal.BG_2);
                });
                Placeholders.find(layout, Placeholder.SUBTITLE).ifPresent(subtitle -> {
                    subtitle.setVerticalAlignment(VerticalAlignment.TOP);
                    plainLines(text(subtitle, sizes.subtitle(), STTextAlignType.L, STSchemeColorVal.BG_2), sizes.subtitle(),
                            TextStyle.PLAIN);
                });
                number(layout, STSchemeColorVal.BG_2);
                accentBar(layout, Region.TITLE_SLIDE_TITLE.x + 7, Region.TITLE_SLIDE_TITLE.y - 14);
            }
            case LayoutNames.SECTION_HEADER -> {
                darkBackground(layout);
                Placeholders.find(layout, Placeholder.TITLE).ifPresent(title -> {
                    title.setVerticalAlignment(VerticalAlignment.TOP);
                    text(title, sizes.statement(), STTextAlignType.L, STSchemeColorVal.BG_2);
                });
                Placeholders.find(layout, Placeholder.BODY).ifPresent(body -> {
                    body.setVerticalAlignment(VerticalAlignment.TOP);
                    plainLines(text(body, sizes.subtitle(), STTextAlignType.L, STSchemeColorVal.BG_2), sizes.subtitle(),
                            TextStyle.LINES);
                });
                number(layout, STSchemeColorVal.BG_2);
                accentBar(layout, Region.SECTION_TITLE.x + 7, Region.SECTION_TITLE.y - 16);
            }
            case LayoutNames.STATEMENT -> {
                // The heading is the slide's title, small; the statement is large in the text box below it.
                Placeholders.find(layout, Placeholder.TITLE).ifPresent(kicker -> {
                    kicker.setVerticalAlignment(VerticalAlignment.BOTTOM);
                    CTTextParagraphProperties p = text(kicker, sizes.subtitle(), STTextAlignType.CTR, STSchemeColorVal.TX_1);
                    Styles.bold(p, false);
                    Styles.typeface(p, "+mn-lt");
                });
                Placeholders.find(layout, Placeholder.BODY).ifPresent(statement -> {
                    statement.setVerticalAlignment(VerticalAlignment.MIDDLE);
                    CTTextParagraphProperties p = text(statement, sizes.statement(), STTextAlignType.CTR, STSchemeColorVal.TX_1);
                    plainLines(p, sizes.statement(), TextStyle.TITLE);
                    Styles.spaceBefore(p, 0);
                    // The author's bold carries the emphasis; the rest of the sentence stays regular.
                    Styles.bold(p, false);
                    Styles.typeface(p, "+mj-lt");
                });
                accentBar(layout, Region.SLIDE_WIDTH / 2 - ACCENT_WIDTH / 2, Region.STATEMENT.y - 12);
            }
            case LayoutNames.PICTURE_WITH_CAPTION -> {
                Placeholders.find(layout, Placeholder.TITLE).ifPresent(title -> {
                    title.setVerticalAlignment(VerticalAlignment.BOTTOM);
                    text(title, sizes.title(), STTextAlignType.L, STSchemeColorVal.TX_1);
                });
                Placeholders.find(layout, Placeholder.BODY).ifPresent(body -> {
                    body.setVerticalAlignment(VerticalAlignment.TOP);
                    CTTextParagraphProperties p = text(body, sizes.claim(), STTextAlignType.L, STSchemeColorVal.TX_1);
                    Styles.marker(p, "\u25A0", Units.toEMU(Region.CLAIM_INDENT), sizes.claimMin() * 0.6);
                    Styles.spaceBefore(p, sizes.claim() * TextStyle.CLAIMS.spaceBefore());
                });
                accentBar(layout, Region.PICTURE_TITLE.x + 7, Region.PICTURE_TITLE.y - 12);
            }
            case LayoutNames.PICTURE -> {
                // Dark under the picture, so the heading stays readable should the picture be missing.
                darkBackground(layout);
                Placeholders.find(layout, Placeholder.TITLE).ifPresent(title -> {
                    title.setVerticalAlignment(VerticalAlignment.BOTTOM);
                    text(title, sizes.title(), STTextAlignType.L, STSchemeColorVal.BG_2);
                });
                number(layout, STSchemeColorVal.BG_2);
            }
            case LayoutNames.TITLE_AND_CONTENT, "Title Only", "Two Content", "Comparison" ->
                    accentBar(layout, Region.TITLE.x + 7, Region.TITLE.y - 8);
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
        Styles.defaults(p).setCap(STTextCapsType.NONE);
        return p;
    }

    /** Lines without markers, spaced as the measurement assumes rather than as the master's claims are. */
    private static void plainLines(CTTextParagraphProperties p, double size, TextStyle style) {
        Styles.noBullet(p);
        Styles.lineSpacing(p, style.lineSpacing());
        Styles.spaceBefore(p, size * style.spaceBefore());
    }

    /** The footer band's colour on a layout whose background is not the master's. */
    private static void number(XSLFSlideLayout layout, STSchemeColorVal.Enum colour) {
        for (Placeholder type : FooterBand.TYPES) {
            Placeholders.find(layout, type).ifPresent(n -> Styles.colour(Placeholders.level1(n), colour));
        }
    }

    /** Title, section and picture layouts are dark (Dark 2 of the theme): rhythm between sections, and light text. */
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

    private static final double ACCENT_WIDTH = 54;

    /** A short bar in the first accent colour above the title: the theme's signature on every layout. */
    private static void accentBar(XSLFSheet layout, double x, double y) {
        XSLFAutoShape bar = layout.createAutoShape();
        bar.setShapeType(ShapeType.RECT);
        bar.setAnchor(Box.of(x, y, ACCENT_WIDTH, 6));
        CTShape sp = (CTShape) bar.getXmlObject();
        sp.getNvSpPr().getCNvPr().setName("Accent bar");
        sp.getSpPr().addNewSolidFill().addNewSchemeClr().setVal(STSchemeColorVal.ACCENT_1);
        sp.getSpPr().addNewLn().addNewNoFill();
    }
}
