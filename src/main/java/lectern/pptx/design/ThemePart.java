package lectern.pptx.design;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import lectern.theme.Rgb;
import lectern.theme.Theme;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBaseStyles;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColorScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTFontCollection;
import org.openxmlformats.schemas.drawingml.x2006.main.CTFontScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeStyleSheet;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;

/**
 * Writes a theme's colours and fonts into the deck's theme part, where PowerPoint's Design > Variants
 * finds them: change the colour scheme there and every slide follows.
 */
final class ThemePart {
    private ThemePart() {
    }

    static void apply(XSLFTheme part, Theme theme) {
        CTOfficeStyleSheet sheet = part.getXmlObject();
        sheet.setName("Lectern " + theme.name());
        CTBaseStyles elements = sheet.getThemeElements();

        CTColorScheme colours = elements.getClrScheme();
        colours.setName("Lectern " + theme.name());
        Theme.Colors c = theme.colors();
        set(colours.getDk1(), c.text());
        set(colours.getLt1(), c.background());
        set(colours.getDk2(), c.darkBackground());
        set(colours.getLt2(), c.lightText());
        List<CTColor> accents = List.of(colours.getAccent1(), colours.getAccent2(), colours.getAccent3(),
                colours.getAccent4(), colours.getAccent5(), colours.getAccent6());
        for (int i = 0; i < accents.size(); i++) {
            set(accents.get(i), c.accents().get(i));
        }
        set(colours.getHlink(), c.link());
        set(colours.getFolHlink(), c.followedLink());

        CTFontScheme fonts = elements.getFontScheme();
        fonts.setName("Lectern " + theme.name());
        fonts.getMajorFont().getLatin().setTypeface(theme.fonts().heading().get(0));
        fonts.getMinorFont().getLatin().setTypeface(theme.fonts().body().get(0));
        // The faces for scripts the Latin face lacks; a run in a language of its own takes the scheme's face for its
        // script (Jpan, Hans, Arab…), Office's defaults, which POI's theme already lists.
        for (CTFontCollection collection : List.of(fonts.getMajorFont(), fonts.getMinorFont())) {
            collection.getEa().setTypeface(theme.fonts().eastAsian().get(0));
            collection.getCs().setTypeface(theme.fonts().complex().get(0));
        }
    }

    /**
     * The theme for notes pages, which are read on paper and in the presenter view: the deck's fonts and
     * accents, but dark text on white whatever the slides' colours, so a dark theme does not print black pages.
     */
    static void applyForPrint(XSLFTheme part, Theme theme) throws IOException {
        separate(part);
        apply(part, theme);
        CTColorScheme colours = part.getXmlObject().getThemeElements().getClrScheme();
        set(colours.getDk1(), PRINT_TEXT);
        set(colours.getLt1(), PRINT_PAPER);
        set(colours.getHlink(), PRINT_LINK);
    }

    /**
     * POI hands the notes master the slide master's theme object itself, so changing one would change both;
     * this gives the notes master's theme part a copy of its own.
     */
    private static void separate(XSLFTheme part) throws IOException {
        ThemeDocument copy = ThemeDocument.Factory.newInstance();
        copy.setTheme((CTOfficeStyleSheet) part.getXmlObject().copy());
        try (OutputStream out = part.getPackagePart().getOutputStream()) {
            copy.save(out);
        }
        try {
            part.importTheme(new XSLFTheme(part.getPackagePart()));
        } catch (XmlException e) {
            throw new IOException("cannot copy the notes theme: " + e.getMessage(), e);
        }
    }

    private static final Rgb PRINT_TEXT = Rgb.parse("#1A1A1A");
    private static final Rgb PRINT_PAPER = Rgb.parse("#FFFFFF");
    private static final Rgb PRINT_LINK = Rgb.parse("#0B4F8A");

    private static void set(CTColor colour, Rgb rgb) {
        if (colour.isSetSysClr()) {
            colour.unsetSysClr();
        }
        if (colour.isSetSrgbClr()) {
            colour.unsetSrgbClr();
        }
        colour.addNewSrgbClr().setVal(rgb.bytes());
    }
}
