package lectern.preview;

import java.awt.Graphics2D;
import org.apache.poi.common.usermodel.fonts.FontCharset;
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
        if (font == null || font.getTypeface() == null || font.getCharset() == FontCharset.SYMBOL) {
            return super.getMappedFont(graphics, font);
        }
        String drawn = drawWith(font.getTypeface());
        return drawn.equals(font.getTypeface()) ? font : new Family(drawn);
    }

    /** The family to draw {@code family} with, or {@code family} itself where POI must see the deck's name. */
    String drawWith(String family) {
        // "+mn-lt" and the like are references to the theme's fonts that POI resolves itself.
        if (family.isBlank() || family.startsWith("+")) {
            return family;
        }
        // Wingdings and Symbol keep their name: POI recognises them by it and turns their letters into the
        // pictograms they stand for (only roughly when the font is missing, so that is still reported).
        if (knownSymbolFonts.contains(family)) {
            return typefaces.keep(family);
        }
        return typefaces.drawWith(family);
    }

    private record Family(String typeface) implements FontInfo {
        @Override
        public String getTypeface() {
            return typeface;
        }
    }
}
