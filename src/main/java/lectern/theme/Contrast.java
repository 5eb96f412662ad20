package lectern.theme;

/**
 * WCAG 2 contrast: how well text of one colour reads on another. AA asks for 4.5:1 for body text; the
 * back of a room with a washed-out projector asks for no less.
 */
public final class Contrast {
    /** WCAG AA for normal-size text. */
    public static final double AA = 4.5;

    private Contrast() {
    }

    /** The contrast ratio of two colours, from 1 (none) to 21 (black on white). */
    public static double ratio(Rgb a, Rgb b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** What {@code top} at {@code opacity} over {@code bottom} looks like. */
    public static Rgb over(Rgb top, double opacity, Rgb bottom) {
        return new Rgb(mix(top.red(), bottom.red(), opacity), mix(top.green(), bottom.green(), opacity),
                mix(top.blue(), bottom.blue(), opacity));
    }

    /** The least contrast {@code text} has over a veil of {@code veil} at {@code opacity} on any picture. */
    public static double overAnyPicture(Rgb text, Rgb veil, double opacity) {
        Rgb white = new Rgb(255, 255, 255);
        Rgb black = new Rgb(0, 0, 0);
        // Blending and luminance both grow with every channel, so the extremes are white and black pixels.
        return Math.min(ratio(text, over(veil, opacity, white)), ratio(text, over(veil, opacity, black)));
    }

    static double luminance(Rgb c) {
        return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static int mix(int top, int bottom, double opacity) {
        return (int) Math.round(top * opacity + bottom * (1 - opacity));
    }
}
