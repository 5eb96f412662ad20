package lectern.pptx.slide;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import lectern.code.Syntax;
import lectern.pptx.xml.ThemeColours;
import lectern.theme.Contrast;
import lectern.theme.Rgb;
import lectern.theme.Shade;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSchemeColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;

/**
 * The colour of each kind of token on a code slide: a colour of the deck's own theme (its template's, with
 * {@code --template}), darkened or lightened just enough to read at AA contrast on the code's panel. Written as
 * the theme's colour with {@code lumMod}/{@code lumOff}, never as a fixed colour, so a changed theme recolours
 * the code with it.
 */
final class CodeColours {
    /** How strongly the text colour tints the code's panel, in thousandths of a percent as DrawingML writes it. */
    static final int PANEL_ALPHA = 6_000;
    private static final Map<Syntax.Role, STSchemeColorVal.Enum> ACCENTS = Map.of(
            Syntax.Role.KEYWORD, STSchemeColorVal.ACCENT_1, Syntax.Role.STRING, STSchemeColorVal.ACCENT_2,
            Syntax.Role.NUMBER, STSchemeColorVal.ACCENT_3, Syntax.Role.NAME, STSchemeColorVal.ACCENT_4);

    private record Colour(STSchemeColorVal.Enum scheme, Shade shade) {
    }

    private final Map<Syntax.Role, Colour> colours = new EnumMap<>(Syntax.Role.class);

    /** The colours for a deck whose slides use {@code theme}; none (all code in the text colour) if it names none. */
    CodeColours(XSLFTheme theme) {
        Optional<Rgb> text = ThemeColours.rgb(theme, "dk1");
        Optional<Rgb> background = ThemeColours.rgb(theme, "lt1");
        if (text.isEmpty() || background.isEmpty()) {
            return;
        }
        Rgb panel = Contrast.over(text.get(), PANEL_ALPHA / 100_000.0, background.get());
        ACCENTS.forEach((role, scheme) -> ThemeColours.rgb(theme, scheme.toString())
                .ifPresent(accent -> colours.put(role, new Colour(scheme, Shade.legible(accent, panel)))));
        colours.put(Syntax.Role.COMMENT, new Colour(STSchemeColorVal.TX_1, Shade.quieter(text.get(), panel, 0.45)));
    }

    /** Colours the run's text as a token of {@code role} is; a plain token keeps the text colour. */
    void paint(CTTextCharacterProperties run, Syntax.Role role) {
        Colour colour = colours.get(role);
        if (colour == null) {
            return;
        }
        CTSchemeColor scheme = run.addNewSolidFill().addNewSchemeClr();
        scheme.setVal(colour.scheme());
        if (colour.shade().changes()) {
            scheme.addNewLumMod().setVal(colour.shade().lumModValue());
            if (colour.shade().lumOff() > 0) {
                scheme.addNewLumOff().setVal(colour.shade().lumOffValue());
            }
        }
        if (role == Syntax.Role.COMMENT) {
            run.setI(true);
        }
    }
}
