package lectern.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which font families can be measured and drawn here. Lectern carries metric-compatible stand-ins for the
 * Office fonts its themes name (Carlito for Calibri, Caladea for Cambria, Liberation Sans for Arial and
 * Liberation Mono for Courier New, the code font; all under the SIL Open Font License), so text is measured the same on every machine, whatever fonts it has.
 */
public final class Fonts {
    private static final List<String> BUNDLED = List.of(
            "/fonts/Carlito-Regular.ttf", "/fonts/Carlito-Bold.ttf",
            "/fonts/Caladea-Regular.ttf", "/fonts/Caladea-Bold.ttf",
            "/fonts/LiberationSans-Regular.ttf", "/fonts/LiberationSans-Bold.ttf",
            "/fonts/LiberationMono-Regular.ttf", "/fonts/LiberationMono-Bold.ttf");

    /** Families with the same advance widths as the Office fonts decks name, so lines break alike. */
    private static final Map<String, List<String>> STAND_INS = Map.of(
            "calibri", List.of("Carlito"),
            "cambria", List.of("Caladea"),
            "arial", List.of("Liberation Sans", "Arimo"),
            "helvetica", List.of("Liberation Sans", "Arimo"),
            "times new roman", List.of("Liberation Serif", "Tinos"),
            "courier new", List.of("Liberation Mono", "Cousine"));

    private static volatile Set<String> available;
    private static final Map<Scripts.Face, String> BY_FACE = new java.util.concurrent.ConcurrentHashMap<>();

    private Fonts() {
    }

    /** The first family of the list that can be measured, or AWT's logical sans-serif when none can. */
    /** The font code is set in on slides and in notes: in every Office, and Liberation Mono has its widths. */
    public static final String CODE = "Courier New";

    public static String firstInstalled(List<String> families) {
        return families.stream().filter(Fonts::isInstalled).findFirst().orElse("SansSerif");
    }

    public static boolean isInstalled(String family) {
        return available().contains(family.toLowerCase(Locale.ROOT));
    }

    /** An installed family metrically compatible with {@code family}, when it is not installed itself. */
    public static Optional<String> standIn(String family) {
        if (isInstalled(family)) {
            return Optional.of(family);
        }
        return STAND_INS.getOrDefault(family.toLowerCase(Locale.ROOT), List.of()).stream()
                .filter(Fonts::isInstalled).findFirst();
    }

    /**
     * The font a stretch in the East Asian or complex-script face is measured in, at the Latin font's size and
     * weight: the first of the theme's look-alikes installed here that draws the script.
     */
    static Font forFace(Scripts.Face face, Font latin) {
        String family = BY_FACE.computeIfAbsent(face, f -> {
            List<String> families = f == Scripts.Face.EAST_ASIAN ? lectern.theme.Theme.Fonts.EAST_ASIAN
                    : lectern.theme.Theme.Fonts.COMPLEX;
            int sample = f == Scripts.Face.EAST_ASIAN ? '\u8a9e' : '\u0628';
            return families.stream().filter(Fonts::isInstalled)
                    .filter(name -> new Font(name, Font.PLAIN, 12).canDisplay(sample)).findFirst().orElse("SansSerif");
        });
        return new Font(family, latin.getStyle(), 1).deriveFont(latin.getSize2D());
    }

    private static Set<String> available() {
        if (available == null) {
            synchronized (Fonts.class) {
                if (available == null) {
                    GraphicsEnvironment screen = GraphicsEnvironment.getLocalGraphicsEnvironment();
                    BUNDLED.forEach(resource -> register(screen, resource));
                    available = Stream.of(screen.getAvailableFontFamilyNames(Locale.ROOT))
                            .map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
                }
            }
        }
        return available;
    }

    /** From a file where there can be one: from a stream Java copies the font to a file only a clean exit removes. */
    private static void register(GraphicsEnvironment screen, String resource) {
        try {
            Optional<File> file = FontFiles.of(resource);
            if (file.isPresent()) {
                screen.registerFont(Font.createFont(Font.TRUETYPE_FONT, file.get()));
                return;
            }
        } catch (IOException | FontFormatException e) {
            // A cached file that is not a font after all: the jar's own copy is.
        }
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in != null) {
                screen.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            }
        } catch (IOException | FontFormatException e) {
            // Measuring falls back to the next family of the theme's list; nothing else depends on it.
        }
    }
}
