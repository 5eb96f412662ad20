package lectern.pptx.xml;

import java.util.Optional;
import lectern.theme.Rgb;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColor;

/** A colour of a deck's theme as the colour it is: set as sRGB, or as a system colour with its last value. */
public final class ThemeColours {
    private ThemeColours() {
    }

    /** @param name the scheme's name for it: dk1, lt1, dk2, lt2, accent1…, hlink */
    public static Optional<Rgb> rgb(XSLFTheme theme, String name) {
        CTColor colour = theme == null ? null : theme.getCTColor(name);
        if (colour == null) {
            return Optional.empty();
        }
        byte[] value = colour.isSetSrgbClr() ? colour.getSrgbClr().getVal()
                : colour.isSetSysClr() && colour.getSysClr().isSetLastClr() ? colour.getSysClr().getLastClr() : null;
        return value == null || value.length != 3 ? Optional.empty()
                : Optional.of(new Rgb(value[0] & 0xFF, value[1] & 0xFF, value[2] & 0xFF));
    }
}
