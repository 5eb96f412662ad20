package lectern.pptx.design;

import java.awt.geom.Rectangle2D;
import java.util.List;
import lectern.layout.Region;
import lectern.pptx.xml.Box;
import lectern.pptx.xml.Placeholders;
import lectern.pptx.xml.Styles;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType;

/**
 * The date, footer and slide number along the bottom of a slide: across the whole width, or inside the text
 * column of a slide whose right half is a picture.
 */
public record FooterBand(Rectangle2D date, Rectangle2D footer, Rectangle2D number) {
    static final List<Placeholder> TYPES = List.of(Placeholder.DATETIME, Placeholder.FOOTER, Placeholder.SLIDE_NUMBER);
    static final FooterBand FULL = new FooterBand(Box.of(Region.DATE), Box.of(Region.FOOTER), Box.of(Region.NUMBER));
    static final FooterBand COLUMN = new FooterBand(Box.of(Region.DATE_LEFT), Box.of(Region.FOOTER_LEFT),
            Box.of(Region.NUMBER_LEFT));
    /** Small print: for the presenter and for questions, not for the room. */
    public static final double SIZE = 14;

    /** The master's: date on the left, footer centred, number on the right, in the text colour. */
    static void style(XSLFSheet master) {
        align(master, STTextAlignType.L, STTextAlignType.CTR, STTextAlignType.R);
        for (Placeholder type : TYPES) {
            Placeholders.find(master, type).ifPresent(shape -> {
                CTTextParagraphProperties p = Placeholders.level1(shape);
                Styles.size(p, SIZE);
                Styles.colour(p, STSchemeColorVal.TX_1);
                // Named, not inherited: LibreOffice sets an unnamed footer in its own default, a serif.
                var font = Styles.defaults(p);
                (font.isSetLatin() ? font.getLatin() : font.addNewLatin()).setTypeface("+mn-lt");
            });
        }
    }

    /** In a column everything reads from the left: number, then footer, then date. */
    static void alignLeft(XSLFSheet layout) {
        align(layout, STTextAlignType.R, STTextAlignType.L, STTextAlignType.L);
    }

    private static void align(XSLFSheet sheet, STTextAlignType.Enum date, STTextAlignType.Enum footer,
                              STTextAlignType.Enum number) {
        Placeholders.find(sheet, Placeholder.DATETIME).ifPresent(s -> Styles.align(Placeholders.level1(s), date));
        Placeholders.find(sheet, Placeholder.FOOTER).ifPresent(s -> Styles.align(Placeholders.level1(s), footer));
        Placeholders.find(sheet, Placeholder.SLIDE_NUMBER).ifPresent(s -> Styles.align(Placeholders.level1(s), number));
    }
}
