package lectern.theme;

/**
 * A theme colour made darker or lighter as DrawingML says it, {@code lumMod} and {@code lumOff} on the colour's
 * HSL lightness ({@code L' = L × lumMod + lumOff}), so a deck names the theme's colour and stays true to it when
 * the theme changes, rather than writing a fixed colour of its own.
 *
 * @param lumMod what the lightness is multiplied by, 0 to 1
 * @param lumOff what is added to it after, 0 to 1
 */
public record Shade(double lumMod, double lumOff) {
    /** The colour as it is. */
    public static final Shade NONE = new Shade(1, 0);
    private static final double STEP = 0.05;

    /**
     * The least change that gives {@code colour} at least AA contrast on {@code behind}: darker on a light
     * background, lighter on a dark one. As far as black or white when nothing less will do.
     */
    public static Shade legible(Rgb colour, Rgb behind) {
        boolean lightBehind = Contrast.luminance(behind) > 0.18;
        for (double keep = 1; keep >= 0; keep -= STEP) {
            Shade shade = lightBehind ? new Shade(keep, 0) : new Shade(keep, 1 - keep);
            if (Contrast.ratio(shade.apply(colour), behind) >= Contrast.AA) {
                return shade;
            }
        }
        return lightBehind ? new Shade(0, 0) : new Shade(0, 1);
    }

    /**
     * {@code colour} moved {@code part} of the way toward {@code behind} and no further than AA contrast on it
     * allows: a quieter colour for comments that is still read from the back of the room.
     */
    public static Shade quieter(Rgb colour, Rgb behind, double part) {
        boolean lightBehind = Contrast.luminance(behind) > 0.18;
        for (double p = part; p > 0; p -= STEP) {
            Shade shade = lightBehind ? new Shade(1 - p, p) : new Shade(1 - p, 0);
            if (Contrast.ratio(shade.apply(colour), behind) >= Contrast.AA) {
                return shade;
            }
        }
        return NONE;
    }

    public boolean changes() {
        return lumMod < 1 || lumOff > 0;
    }

    /** DrawingML's value for {@code lumMod}: thousandths of a percent. */
    public int lumModValue() {
        return (int) Math.round(lumMod * 100_000);
    }

    public int lumOffValue() {
        return (int) Math.round(lumOff * 100_000);
    }

    /** The colour as a renderer draws it with this shade. */
    public Rgb apply(Rgb colour) {
        double r = colour.red() / 255.0;
        double g = colour.green() / 255.0;
        double b = colour.blue() / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double l = (max + min) / 2;
        double h = 0;
        double s = 0;
        if (max != min) {
            double d = max - min;
            s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
            h = max == r ? (g - b) / d + (g < b ? 6 : 0) : max == g ? (b - r) / d + 2 : (r - g) / d + 4;
            h /= 6;
        }
        double lightness = Math.max(0, Math.min(1, l * lumMod + lumOff));
        return hsl(h, s, lightness);
    }

    private static Rgb hsl(double h, double s, double l) {
        if (s == 0) {
            int v = (int) Math.round(l * 255);
            return new Rgb(v, v, v);
        }
        double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        double p = 2 * l - q;
        return new Rgb(channel(p, q, h + 1.0 / 3), channel(p, q, h), channel(p, q, h - 1.0 / 3));
    }

    private static int channel(double p, double q, double t) {
        t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
        double v = t < 1.0 / 6 ? p + (q - p) * 6 * t : t < 0.5 ? q : t < 2.0 / 3 ? p + (q - p) * (2.0 / 3 - t) * 6 : p;
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}
