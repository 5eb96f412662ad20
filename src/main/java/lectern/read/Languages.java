package lectern.read;

import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lectern.Warnings;

/** The language an essay says it is written in: front matter {@code lang:} (Pandoc's, Hugo's, Jekyll's key). */
final class Languages {
    /**
     * The country PowerPoint pairs with a bare language when it writes one, for the languages essays are most often
     * in: Office's proofing tools are chosen by language and country, and a bare "de" is not one of them.
     */
    private static final Map<String, String> USUAL_COUNTRY = Map.ofEntries(
            Map.entry("en", "US"), Map.entry("de", "DE"), Map.entry("fr", "FR"), Map.entry("es", "ES"),
            Map.entry("it", "IT"), Map.entry("pt", "BR"), Map.entry("nl", "NL"), Map.entry("sv", "SE"),
            Map.entry("da", "DK"), Map.entry("nb", "NO"), Map.entry("fi", "FI"), Map.entry("pl", "PL"),
            Map.entry("cs", "CZ"), Map.entry("tr", "TR"), Map.entry("ru", "RU"), Map.entry("uk", "UA"),
            Map.entry("el", "GR"), Map.entry("ja", "JP"), Map.entry("zh", "CN"), Map.entry("ko", "KR"),
            Map.entry("ar", "SA"), Map.entry("he", "IL"), Map.entry("fa", "IR"), Map.entry("hi", "IN"),
            Map.entry("th", "TH"), Map.entry("vi", "VN"), Map.entry("id", "ID"), Map.entry("hu", "HU"),
            Map.entry("ro", "RO"), Map.entry("ca", "ES"));

    private Languages() {
    }

    /** The front matter's language as a BCP 47 tag with its country, or empty (with a warning) when it is none. */
    static Optional<String> tag(Path file, Map<String, Object> values, int line, Warnings warnings) {
        Object value = values.getOrDefault("lang", values.get("language"));
        if (value == null) {
            return Optional.empty();
        }
        String written = value.toString().strip().replace('_', '-');
        try {
            Locale locale = new Locale.Builder().setLanguageTag(written).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException(written);
            }
            if (locale.getCountry().isEmpty() && USUAL_COUNTRY.containsKey(locale.getLanguage())) {
                locale = new Locale.Builder().setLocale(locale).setRegion(USUAL_COUNTRY.get(locale.getLanguage())).build();
            }
            return Optional.of(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            warnings.add(file, line, "front matter lang '" + written + "' is not a language tag like de-DE or ja; "
                    + "the deck's language is told from its text");
            return Optional.empty();
        }
    }
}
