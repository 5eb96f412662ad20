package lectern.read;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lectern.LecternException;
import lectern.Limits;
import lectern.Warnings;
import lectern.YamlProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Parses an essay's YAML front matter with a loader that cannot instantiate classes. */
final class FrontMatter {
    private FrontMatter() {
    }

    /**
     * @param block     the block as it stands in the file, fences included
     * @param firstLine the file line of the opening {@code ---}
     */
    static Map<String, Object> parse(Path file, String block, int firstLine) {
        if (block.length() > Limits.FRONT_MATTER_CHARACTERS) {
            throw Limits.frontMatter(file, firstLine, block.length());
        }
        String body = block.replaceFirst("\\A---[ \\t]*\\r?\\n", "").replaceFirst("(?m)^(---|\\.\\.\\.)[ \\t]*\\s*\\z", "");
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            Object loaded = new Yaml(new StrictDates(options)).load(body);
            if (loaded == null) {
                return Map.of();
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new LecternException(file, firstLine, "front matter must be 'key: value' lines");
            }
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((key, value) -> {
                if (key != null && value != null) {
                    result.put(key.toString(), value);
                }
            });
            if (result.get("date") instanceof String quoted) {
                StrictDates.impossible(quoted).ifPresent(why -> {
                    throw new LecternException(file, firstLine + 1 + lineOf("date", body), why);
                });
            }
            return result;
        } catch (StrictDates.Impossible e) {
            throw new LecternException(file, firstLine + 1 + e.line(), e.getMessage());
        } catch (MarkedYAMLException e) {
            int line = firstLine + 1 + (e.getProblemMark() == null ? 0 : e.getProblemMark().getLine());
            throw new LecternException(file, line, "front matter is not valid YAML: " + YamlProblem.words(e.getProblem()));
        } catch (YAMLException e) {
            throw new LecternException(file, firstLine, "front matter is not valid YAML: " + YamlProblem.words(e.getMessage()));
        }
    }

    /** The line, counted from 0, of the top-level key in the YAML; 0 when it cannot be found. */
    private static int lineOf(String key, String yaml) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(java.util.regex.Pattern.quote(key) + "[ \\t]*:.*")) {
                return i;
            }
        }
        return 0;
    }

    /**
     * The front matter's author, subject, keywords and date. A value of the wrong kind is left out with a
     * warning, not a failed build: the deck does not depend on it.
     */
    static Metadata metadata(Path file, Map<String, Object> values, int line, Warnings warnings) {
        return new Metadata(text(values, "author"), text(values, "subject").or(() -> text(values, "description")),
                keywords(values.get("keywords")), date(file, values.get("date"), line, warnings),
                lesson(file, values, line, warnings), Languages.tag(file, values, line, warnings),
                reveal(file, values, line, warnings));
    }

    private static Optional<Boolean> reveal(Path file, Map<String, Object> values, int line, Warnings warnings) {
        Object value = values.get("reveal");
        if (value == null || value instanceof Boolean) {
            return Optional.ofNullable((Boolean) value);
        }
        warnings.add(file, line, "front matter reveal '" + value + "' is not true or false; claims are shown at once");
        return Optional.empty();
    }

    /** A lesson's {@code teaching:} and {@code exercises:} minutes, when either is given as a whole number. */
    private static Optional<Metadata.LessonTime> lesson(Path file, Map<String, Object> values, int line, Warnings warnings) {
        Optional<Integer> teaching = minutes(file, values, "teaching", line, warnings);
        Optional<Integer> exercises = minutes(file, values, "exercises", line, warnings);
        if (teaching.isEmpty() && exercises.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Metadata.LessonTime(teaching.orElse(0), exercises.orElse(0)));
    }

    private static Optional<Integer> minutes(Path file, Map<String, Object> values, String key, int line, Warnings warnings) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Integer minutes && minutes >= 0 && minutes <= 24 * 60) {
            return Optional.of(minutes);
        }
        warnings.add(file, line, "front matter " + key + " '" + value + "' is not a number of minutes like 30; "
                + "left out of the talk's time");
        return Optional.empty();
    }

    private static Optional<String> text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        if (value instanceof List<?> list) {
            value = String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().strip());
    }

    private static List<String> keywords(Object value) {
        if (value == null) {
            return List.of();
        }
        List<?> raw = value instanceof List<?> list ? list : List.of(value.toString().split("[,;]"));
        return raw.stream().map(String::valueOf).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    private static Optional<Instant> date(Path file, Object value, int line, Warnings warnings) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        String text = value.toString().strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notWithTime) {
            try {
                return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notADate) {
                warnings.add(file, line, "front matter date '" + text + "' is not a date like 2026-11-24; left the deck undated");
                return Optional.empty();
            }
        }
    }
}
