package lectern.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which of a theme's font families can be measured here. Lectern carries Carlito (metric-compatible with
 * Calibri, SIL Open Font License) so that text is measured the same on every machine, whatever fonts it has.
 */
public final class Fonts {
    private static final List<String> BUNDLED = List.of("/fonts/Carlito-Regular.ttf", "/fonts/Carlito-Bold.ttf");
    private static volatile Set<String> available;

    private Fonts() {
    }

    /** The first family of the list that can be measured, or AWT's logical sans-serif when none can. */
    public static String firstInstalled(List<String> families) {
        Set<String> have = available();
        return families.stream().filter(f -> have.contains(f.toLowerCase(Locale.ROOT))).findFirst().orElse("SansSerif");
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

    private static void register(GraphicsEnvironment screen, String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in != null) {
                screen.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            }
        } catch (IOException | FontFormatException e) {
            // Measuring falls back to the next family of the theme's list; nothing else depends on it.
        }
    }
}
