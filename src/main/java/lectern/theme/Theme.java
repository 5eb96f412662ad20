package lectern.theme;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a deck looks: colours, fonts and type sizes. Loaded from a {@code themes/*.yaml} file.
 *
 * @param template a PowerPoint template whose masters and layouts the decks use instead of Lectern's (the
 *                 theme's sizes still set the smallest text Lectern lets a slide shrink to)
 * @param origin   where the theme came from, for messages
 */
public record Theme(String name, String description, Colors colors, Fonts fonts, Sizes sizes, Pictures pictures,
                    Optional<Path> template, String origin) {

    /**
     * The deck's colour scheme. The names say where each colour is used; the writer stores them as the
     * theme's Light 1, Dark 1, Dark 2, Light 2, Accent 1–6 and hyperlink colours.
     */
    public record Colors(Rgb background, Rgb text, Rgb darkBackground, Rgb lightText, List<Rgb> accents, Rgb link,
                         Rgb followedLink) {
        public Colors {
            accents = List.copyOf(accents);
        }
    }

    /**
     * Font families in order of preference: the deck names the first, text is measured with the first installed.
     *
     * @param eastAsian what Chinese, Japanese and Korean are set in (the theme's {@code a:ea} face)
     * @param complex   what Arabic, Hebrew, Thai and the scripts of India are set in (its {@code a:cs} face)
     */
    public record Fonts(List<String> heading, List<String> body, List<String> eastAsian, List<String> complex) {
        /**
         * Office's own Japanese face, then look-alikes free to install: Noto's CJK faces (fonts-noto-cjk) set every
         * ideograph a full em wide, as every CJK face does, so lines break where Office's do.
         */
        public static final List<String> EAST_ASIAN = List.of("Yu Gothic", "Noto Sans CJK JP", "Noto Sans JP",
                "Source Han Sans JP", "Droid Sans Fallback", "WenQuanYi Zen Hei");
        /** Arial carries Arabic and Hebrew in every Office; DejaVu Sans and Noto stand in where it is not installed. */
        public static final List<String> COMPLEX = List.of("Arial", "Noto Sans Arabic", "DejaVu Sans", "Noto Sans Hebrew");

        public Fonts {
            heading = List.copyOf(heading);
            body = List.copyOf(body);
            eastAsian = List.copyOf(eastAsian);
            complex = List.copyOf(complex);
        }
    }

    /** Type sizes in points on a 13.333 in wide slide. */
    public record Sizes(double cover, double title, double titleMin, double claim, double claimMin, double statement,
                        double statementMin, double subtitle, double notes, double table, double tableMin, double code,
                        double codeMin) {
    }

    /**
     * How pictures sit on slides.
     *
     * @param scrim     opacity (0 to 1) of the veil between a picture and the text set over it
     * @param treatment how pictures are recoloured, in the picture's own PowerPoint settings (so it can be undone)
     */
    public record Pictures(double scrim, Treatment treatment) {
    }

    public enum Treatment {
        /** As the author made them. */
        NATURAL,
        /** A little darker and softer, so pictures sit quietly on a dark slide. */
        MUTED,
        /** Black and white. */
        GRAYSCALE
    }
}
