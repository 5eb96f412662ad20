package lectern.deck;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A picture for a slide.
 *
 * @param src   the image reference as the essay wrote it; the writer resolves it against the essay's folder
 * @param alt   the alternative text read by screen readers: never a path
 * @param line  the essay line of the image
 * @param focus   the point the picture is about, which a crop keeps in view
 * @param caption the words the author put under it (its title, a figure's caption), empty when none
 * @param look    what the picture is, as far as showing it goes; {@link Look#UNKNOWN} when it could not be looked at
 */
public record Picture(String src, String alt, int line, Focus focus, String caption, Look look) {
    /**
     * The most of a photograph's width or height a crop may take to fill a frame: half, what a 16:9 photograph
     * loses in the half-slide frame beside claims, its subject kept in view by its focus. A photograph that would
     * lose more, and any diagram, chart or screenshot, is shown whole instead.
     */
    public static final double MOST_CROPPED = 0.5;
    /**
     * The widest a diagram may be to stand beside claims, whose frame is about as tall as it is wide: a wider one
     * would be small there, so it gets the slide's width under the heading on a slide of its own.
     */
    public static final double WIDEST_BESIDE = 1.4;

    public Picture {
        caption = caption == null ? "" : caption.strip();
    }

    public Picture(String src, String alt, int line, Focus focus) {
        this(src, alt, line, focus, "", Look.UNKNOWN);
    }

    public Picture withLook(Look seen) {
        return new Picture(src, alt, line, focus, caption, seen);
    }

    /** The same picture, named from another folder: a workshop's, for a picture an episode in it names. */
    public Picture withSrc(String from) {
        return new Picture(from, alt, line, focus, caption, look);
    }

    public Picture withCaption(String words) {
        return new Picture(src, alt, line, focus, words, look);
    }

    /**
     * Whether the picture fills a frame of this shape, cropped: a photograph that loses no more than
     * {@link #MOST_CROPPED} of its width or height; a picture not looked at, as before anyone could tell.
     * Anything else is shown whole, fitted inside the frame.
     */
    public boolean fillsCropped(double frameWidth, double frameHeight) {
        return switch (look.kind()) {
            case UNKNOWN -> true;
            case DIAGRAM -> false;
            case PHOTOGRAPH -> look.cropped(frameWidth / frameHeight) <= MOST_CROPPED + 1e-9;
        };
    }

    /**
     * How many of the picture's pixels fall on a point of a frame this large, cropped or whole as it is shown
     * there: below one, a projector shows it blurred. Empty for a vector picture, or one not looked at.
     */
    public Optional<Double> pixelsPerPoint(double frameWidth, double frameHeight) {
        if (look.kind() == Look.Kind.UNKNOWN || src.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return Optional.empty();
        }
        double across = look.width() / frameWidth;
        double down = look.height() / frameHeight;
        return Optional.of(fillsCropped(frameWidth, frameHeight) ? Math.min(across, down) : Math.max(across, down));
    }

    /** Whether it may stand beside claims: any photograph (cropped or shown whole there), a diagram not too wide. */
    public boolean goesBeside() {
        return look.kind() != Look.Kind.DIAGRAM || look.aspect() <= WIDEST_BESIDE;
    }

    /**
     * What a picture is, for showing it: a diagram, chart or screenshot must never be cut; a photograph may be.
     *
     * @param width       pixels (an SVG: its own units)
     * @param transparent some of it lets the slide show through, so line art needs a plate behind it
     */
    public record Look(Kind kind, int width, int height, boolean transparent) {
        public static final Look UNKNOWN = new Look(Kind.UNKNOWN, 0, 0, false);

        public enum Kind { DIAGRAM, PHOTOGRAPH, UNKNOWN }

        public double aspect() {
            return height == 0 ? 1 : (double) width / height;
        }

        /** The share of the picture's width or height a crop to a frame of this aspect takes away. */
        public double cropped(double frameAspect) {
            double ratio = aspect() / frameAspect;
            return 1 - Math.min(ratio, 1 / ratio);
        }

        @Override
        public String toString() {
            return kind == Kind.UNKNOWN ? "not looked at" : String.format(Locale.ROOT, "%s %d×%d%s",
                    kind.name().toLowerCase(Locale.ROOT), width, height, transparent ? ", transparent" : "");
        }
    }

    /**
     * Whether an image reference names a picture on the web ({@code https://…}, {@code //host/…}): one Lectern
     * never fetches, since a deck must hold only what the author has. A {@code data:} picture is in the essay.
     */
    public static boolean isOnTheWeb(String src) {
        return src.startsWith("//") || !src.regionMatches(true, 0, "data:", 0, 5)
                && src.matches("(?i)^(?!file:)[a-z][a-z0-9+.-]+:.*");
    }

    /**
     * Where the centre of interest lies, as fractions of the picture's width and height from its top left.
     * An author names it at the end of the image's address: {@code castle.jpg#focus=30,70} (percent).
     */
    public record Focus(double x, double y) {
        public static final Focus CENTRE = new Focus(0.5, 0.5);
        private static final Pattern IN_SRC = Pattern.compile("#focus=(\\d{1,3}(?:\\.\\d+)?),(\\d{1,3}(?:\\.\\d+)?)$");

        public Focus {
            x = Math.max(0, Math.min(1, x));
            y = Math.max(0, Math.min(1, y));
        }

        public static Focus of(String src) {
            Matcher m = IN_SRC.matcher(src);
            return m.find() ? new Focus(Double.parseDouble(m.group(1)) / 100, Double.parseDouble(m.group(2)) / 100) : CENTRE;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f%%,%.0f%%", x * 100, y * 100);
        }
    }
}
