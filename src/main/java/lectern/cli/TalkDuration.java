package lectern.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads a talk's length the way people write it: {@code 45m}, {@code 1h30m}, {@code 90s}, {@code 45:00}, {@code 1:15:00}, or minutes alone. */
final class TalkDuration implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern UNITS = Pattern.compile(
            "(?:(\\d{1,5})\\s*h(?:ours?|rs?)?)?\\s*(?:(\\d{1,5})\\s*m(?:in(?:utes?|s)?)?)?\\s*(?:(\\d{1,6})\\s*s(?:ec(?:onds?|s)?)?)?");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,5}):(\\d{2})");
    private static final Duration LONGEST = Duration.ofHours(24);

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Duration parsed = parse(text);
        if (parsed == null || parsed.isZero() || parsed.compareTo(LONGEST) > 0) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a talk's length; write it as 45m, 1h30m, 90s, 45:00 or 1:15:00 (up to 24h)");
        }
        return parsed;
    }

    private static Duration parse(String text) {
        if (text.matches("\\d{1,4}")) {
            return Duration.ofMinutes(Long.parseLong(text));
        }
        Matcher clock = CLOCK.matcher(text);
        if (clock.matches()) {
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            return Duration.ofHours(hours).plusMinutes(Long.parseLong(clock.group(2)))
                    .plusSeconds(Long.parseLong(clock.group(3)));
        }
        Matcher units = UNITS.matcher(text);
        if (text.isEmpty() || !units.matches()) {
            return null;
        }
        return Duration.ofHours(number(units.group(1))).plusMinutes(number(units.group(2)))
                .plusSeconds(number(units.group(3)));
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
