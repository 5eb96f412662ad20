package lectern.preview;

import java.awt.Font;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lectern.layout.Fonts;

/**
 * Which installed family draws each family a deck names: the family itself, else its metric-compatible
 * stand-in (so lines break where PowerPoint breaks them), else the theme's fallback, else SansSerif. Remembers
 * the families that had neither the family nor a stand-in, so the user hears once about each.
 */
final class Typefaces {
    private final List<String> headingFallbacks;
    private final List<String> bodyFallbacks;
    private final Map<String, String> chosen = new HashMap<>();
    private final Map<String, String> missing = new LinkedHashMap<>();

    /** Fallback lists as a theme gives them; empty lists when the deck's theme is unknown. */
    Typefaces(List<String> headingFallbacks, List<String> bodyFallbacks) {
        this.headingFallbacks = List.copyOf(headingFallbacks);
        this.bodyFallbacks = List.copyOf(bodyFallbacks);
    }

    /** The installed family to draw {@code family} with. */
    String drawWith(String family) {
        return chosen.computeIfAbsent(family.toLowerCase(Locale.ROOT), key -> choose(family));
    }

    /** Draws {@code family} under its own name, which POI turns into AWT's SansSerif when it is missing. */
    String keep(String family) {
        if (!Fonts.isInstalled(family)) {
            missing.putIfAbsent(family, Font.SANS_SERIF);
        }
        return family;
    }

    /** Each missing family as the deck names it, with what was drawn instead, in the order they were met. */
    Map<String, String> missing() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(missing));
    }

    private String choose(String family) {
        Optional<String> standIn = Fonts.standIn(family);
        if (standIn.isPresent()) {
            return standIn.get();
        }
        // A theme names its heading family first in the heading list, so a missing heading font falls back
        // within that list; anything else the deck names is body text.
        List<String> fallbacks = headingFallbacks.stream().anyMatch(family::equalsIgnoreCase) ? headingFallbacks
                : bodyFallbacks;
        String drawn = Fonts.firstInstalled(fallbacks);
        missing.put(family, drawn);
        return drawn;
    }
}
