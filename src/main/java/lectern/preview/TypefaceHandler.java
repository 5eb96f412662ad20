package lectern.preview;

import java.awt.Graphics2D;
import org.apache.poi.common.usermodel.fonts.FontInfo;
import org.apache.poi.sl.draw.DrawFontManagerDefault;

/**
 * POI's font handler ({@code Drawable.FONT_HANDLER}): POI asks it which font draws a family before it draws
 * bullets and before it picks fonts for the characters of a run, and gets the family {@link Typefaces} chose.
 */
final class TypefaceHandler extends DrawFontManagerDefault {
    private final Typefaces typefaces;

    TypefaceHandler(Typefaces typefaces) {
        this.typefaces = typefaces;
    }

    @Override
    public FontInfo getMappedFont(Graphics2D graphics, FontInfo font) {
        String family = font == null ? null : font.getTypeface();
        if (family == null || family.isBlank() || family.startsWith("+")) {
            // "+mn-lt" and the like are references to the theme's fonts that POI resolves itself.
            return super.getMappedFont(graphics, font);
        }
        return new Family(typefaces.drawWith(family));
    }

    private record Family(String typeface) implements FontInfo {
        @Override
        public String getTypeface() {
            return typeface;
        }
    }
}
