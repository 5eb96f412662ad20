package lectern.layout;

import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Which of a theme's font families this machine has, so text is measured in the face it will be shown in. */
public final class Fonts {
    private static volatile Set<String> installed;

    private Fonts() {
    }

    /** The first installed family of the list, or AWT's logical sans-serif when none is. */
    public static String firstInstalled(List<String> families) {
        Set<String> have = installed();
        return families.stream().filter(f -> have.contains(f.toLowerCase(Locale.ROOT))).findFirst().orElse("SansSerif");
    }

    private static Set<String> installed() {
        if (installed == null) {
            installed = Stream.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT))
                    .map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }
        return installed;
    }
}
