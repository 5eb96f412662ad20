package lectern.deck;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A picture for a slide.
 *
 * @param src   the image reference as the essay wrote it; the writer resolves it against the essay's folder
 * @param alt   the alternative text read by screen readers: never a path
 * @param line  the essay line of the image
 * @param focus the point the picture is about, which a crop keeps in view
 */
public record Picture(String src, String alt, int line, Focus focus) {

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
