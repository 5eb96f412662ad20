package lectern.picture;

import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.apache.batik.parser.DefaultLengthHandler;
import org.apache.batik.parser.LengthParser;
import org.apache.batik.parser.ParseException;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.Element;

/**
 * How large an SVG is, read from its root element as a browser reads it. Its view box comes first: those are the
 * coordinates it is drawn in, and POI's renderer sizes an SVG by them too. Without one, its width and height in
 * any unit CSS has: Inkscape writes millimetres, matplotlib points, hand-written SVG pixels. A percentage says
 * nothing on its own (it is of a page the SVG is not on), so it counts as no size.
 */
final class SvgSize {
    /** CSS pixels to the inch, which fixes every absolute unit. */
    private static final double PX_PER_INCH = 96;
    /** The text size browsers use when nothing sets one, which is what em and ex are relative to here. */
    private static final double FONT_SIZE_PX = 16;

    private SvgSize() {
    }

    /** The part of the drawing that is the picture, in its own coordinates; null when the root says nothing. */
    static Rectangle2D of(Element root) throws Undrawable {
        String given = root.getAttributeNS(null, SVGConstants.SVG_VIEW_BOX_ATTRIBUTE);
        Rectangle2D box = viewBox(given);
        if (box != null) {
            return box;
        }
        if (!given.isBlank()) {
            // Browsers draw nothing for such a view box; guessing another size would show what the author never saw.
            throw new Undrawable("its viewBox \"" + given.strip() + "\" is not four numbers with a width and height above 0");
        }
        double width = pixels(root.getAttributeNS(null, SVGConstants.SVG_WIDTH_ATTRIBUTE));
        double height = pixels(root.getAttributeNS(null, SVGConstants.SVG_HEIGHT_ATTRIBUTE));
        return width > 0 && height > 0 ? new Rectangle2D.Double(0, 0, width, height) : null;
    }

    /**
     * Makes the root say its size as {@code box}, in plain numbers: Batik then draws the view box one unit to the
     * pixel, whatever units or percentages the file used, and the caller alone decides the scale.
     */
    static void setOn(Element root, Rectangle2D box) {
        root.setAttributeNS(null, SVGConstants.SVG_WIDTH_ATTRIBUTE, number(box.getWidth()));
        root.setAttributeNS(null, SVGConstants.SVG_HEIGHT_ATTRIBUTE, number(box.getHeight()));
        root.setAttributeNS(null, SVGConstants.SVG_VIEW_BOX_ATTRIBUTE, number(box.getX()) + " " + number(box.getY())
                + " " + number(box.getWidth()) + " " + number(box.getHeight()));
    }

    /** A view box of four numbers and a positive size; null otherwise. */
    static Rectangle2D viewBox(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.strip().split("[\\s,]+");
        if (parts.length != 4) {
            return null;
        }
        try {
            double[] n = new double[4];
            for (int i = 0; i < 4; i++) {
                n[i] = Double.parseDouble(parts[i]);
            }
            boolean usable = n[2] > 0 && n[3] > 0 && Double.isFinite(n[0] + n[1] + n[2] + n[3]);
            return usable ? new Rectangle2D.Double(n[0], n[1], n[2], n[3]) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A length in CSS pixels; 0 when missing, a percentage, or not a length. */
    static double pixels(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        Length length = new Length();
        LengthParser parser = new LengthParser();
        parser.setLengthHandler(length);
        try {
            parser.parse(value.strip());
        } catch (ParseException e) {
            return 0;
        }
        return length.value * length.unit;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", (float) value);
    }

    /** What Batik's parser read: the number, and pixels per unit of the unit after it. */
    private static final class Length extends DefaultLengthHandler {
        private double value;
        private double unit = 1;

        @Override
        public void lengthValue(float v) {
            value = v;
        }

        @Override
        public void em() {
            unit = FONT_SIZE_PX;
        }

        @Override
        public void ex() {
            // Half the em, as browsers take it for a font whose x-height they do not know.
            unit = FONT_SIZE_PX / 2;
        }

        @Override
        public void in() {
            unit = PX_PER_INCH;
        }

        @Override
        public void cm() {
            unit = PX_PER_INCH / 2.54;
        }

        @Override
        public void mm() {
            unit = PX_PER_INCH / 25.4;
        }

        @Override
        public void pc() {
            unit = PX_PER_INCH / 6;
        }

        @Override
        public void pt() {
            unit = PX_PER_INCH / 72;
        }

        @Override
        public void percentage() {
            unit = 0;
        }
    }
}
