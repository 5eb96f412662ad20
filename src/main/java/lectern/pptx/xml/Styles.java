package lectern.pptx.xml;

import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType;

/**
 * Paragraph and character defaults written into masters and layouts. Colours are always scheme colours
 * ({@code tx1}, {@code bg1}, {@code accent1}) so PowerPoint's Design tab can restyle the deck.
 */
public final class Styles {
    private Styles() {
    }

    public static CTTextCharacterProperties defaults(CTTextParagraphProperties paragraph) {
        return paragraph.isSetDefRPr() ? paragraph.getDefRPr() : paragraph.addNewDefRPr();
    }

    public static void size(CTTextParagraphProperties paragraph, double points) {
        defaults(paragraph).setSz((int) Math.round(points * 100));
    }

    /** The face the paragraph is set in: a theme font ({@code +mj-lt} for headings, {@code +mn-lt} for text). */
    public static void typeface(CTTextParagraphProperties paragraph, String face) {
        CTTextCharacterProperties defaults = defaults(paragraph);
        (defaults.isSetLatin() ? defaults.getLatin() : defaults.addNewLatin()).setTypeface(face);
    }

    public static void bold(CTTextParagraphProperties paragraph, boolean bold) {
        defaults(paragraph).setB(bold);
    }

    public static void colour(CTTextParagraphProperties paragraph, STSchemeColorVal.Enum scheme) {
        CTTextCharacterProperties run = defaults(paragraph);
        if (run.isSetSolidFill()) {
            run.unsetSolidFill();
        }
        run.addNewSolidFill().addNewSchemeClr().setVal(scheme);
    }

    public static void align(CTTextParagraphProperties paragraph, STTextAlignType.Enum align) {
        paragraph.setAlgn(align);
    }

    public static void lineSpacing(CTTextParagraphProperties paragraph, double fraction) {
        if (paragraph.isSetLnSpc()) {
            paragraph.unsetLnSpc();
        }
        paragraph.addNewLnSpc().addNewSpcPct().setVal((int) Math.round(fraction * 100_000));
    }

    public static void spaceBefore(CTTextParagraphProperties paragraph, double points) {
        if (paragraph.isSetSpcBef()) {
            paragraph.unsetSpcBef();
        }
        paragraph.addNewSpcBef().addNewSpcPts().setVal((int) Math.round(points * 100));
    }

    public static void noBullet(CTTextParagraphProperties paragraph) {
        clearBullet(paragraph);
        paragraph.setMarL(0);
        paragraph.setIndent(0);
        paragraph.addNewBuNone();
    }

    /** A hanging marker in an accent colour: the claim's text lines up, the marker stands in the margin. */
    public static void marker(CTTextParagraphProperties paragraph, String character, double indentEmu, double points) {
        clearBullet(paragraph);
        paragraph.setMarL((int) indentEmu);
        paragraph.setIndent((int) -indentEmu);
        paragraph.addNewBuClr().addNewSchemeClr().setVal(STSchemeColorVal.ACCENT_1);
        // Points, not a percentage: the schema wants "75%" where PowerPoint writes 75000, and readers differ.
        paragraph.addNewBuSzPts().setVal((int) Math.round(points * 100));
        paragraph.addNewBuFont().setTypeface("Arial");
        paragraph.addNewBuChar().setChar(character);
    }

    private static void clearBullet(CTTextParagraphProperties p) {
        if (p.isSetBuClr()) {
            p.unsetBuClr();
        }
        if (p.isSetBuClrTx()) {
            p.unsetBuClrTx();
        }
        if (p.isSetBuSzPct()) {
            p.unsetBuSzPct();
        }
        if (p.isSetBuSzPts()) {
            p.unsetBuSzPts();
        }
        if (p.isSetBuSzTx()) {
            p.unsetBuSzTx();
        }
        if (p.isSetBuFont()) {
            p.unsetBuFont();
        }
        if (p.isSetBuFontTx()) {
            p.unsetBuFontTx();
        }
        if (p.isSetBuChar()) {
            p.unsetBuChar();
        }
        if (p.isSetBuAutoNum()) {
            p.unsetBuAutoNum();
        }
        if (p.isSetBuNone()) {
            p.unsetBuNone();
        }
        if (p.isSetBuBlip()) {
            p.unsetBuBlip();
        }
    }
}
