package lectern.read;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Dates in front matter as the calendar has them. SnakeYAML builds a YAML timestamp with a lenient calendar, so
 * {@code 2024-02-30} would silently become the 1st of March; a date that is no day is refused here, where its
 * line is still known, and the same rule serves a date written in quotes.
 */
final class StrictDates extends SafeConstructor {
    /** The date, and the time if any, of a YAML timestamp or an ISO date written as text. */
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?.*)?$");

    /** A timestamp that names no real day or time, and where it stands. */
    static final class Impossible extends YAMLException {
        private final transient Mark mark;

        Impossible(String message, Mark mark) {
            super(message);
            this.mark = mark;
        }

        /** The line within the YAML, counted from 0. */
        int line() {
            return mark == null ? 0 : mark.getLine();
        }
    }

    StrictDates(LoaderOptions options) {
        super(options);
        yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlTimestamp() {
            @Override
            public Object construct(Node node) {
                String text = constructScalar((ScalarNode) node);
                Optional<String> why = impossible(text);
                if (why.isPresent()) {
                    throw new Impossible(why.get(), node.getStartMark());
                }
                return super.construct(node);
            }
        });
    }

    /** Why text shaped as a date (2024-02-30, 2024-02-10 25:00) is none; empty when it is one, or not so shaped. */
    static Optional<String> impossible(String text) {
        Matcher date = DATE.matcher(text.strip());
        if (!date.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(date.group(1));
        int month = Integer.parseInt(date.group(2));
        int day = Integer.parseInt(date.group(3));
        String reason = null;
        if (month < 1 || month > 12) {
            reason = "there is no month " + month;
        } else {
            YearMonth yearMonth = YearMonth.of(year, month);
            if (day < 1 || day > yearMonth.lengthOfMonth()) {
                reason = yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                        + yearMonth.lengthOfMonth() + " days";
            }
        }
        if (reason == null && date.group(4) != null) {
            int hour = Integer.parseInt(date.group(4));
            int minute = Integer.parseInt(date.group(5));
            int second = date.group(6) == null ? 0 : Integer.parseInt(date.group(6));
            reason = hour > 23 ? "there is no hour " + hour : minute > 59 ? "there is no minute " + minute
                    : second > 59 ? "there is no second " + second : null;
        }
        return Optional.ofNullable(reason).map(r -> "front matter date '" + text.strip() + "' is not a real date (" + r
                + "); write the day you mean, like 2026-11-24");
    }
}
