package lectern.theme;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import lectern.LecternException;
import lectern.YamlProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One map of a theme file, with the dotted path of its keys ({@code colors.text}) and the line of each, so that every
 * error names both. Read with SnakeYAML's safe loader, which builds no Java objects but maps, lists and scalars.
 */
record ThemeSection(String origin, Path file, String prefix, Map<String, Object> values, Map<String, Integer> lines) {

    /** The theme file's top-level map. */
    static ThemeSection root(String yaml, String origin, Path file) {
        Object loaded;
        Map<String, Integer> lines;
        try {
            Yaml reader = new Yaml(new SafeConstructor(new LoaderOptions()));
            loaded = reader.load(yaml);
            lines = keyLines(reader.compose(new StringReader(yaml)));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new LecternException(file, mark == null ? 0 : mark.getLine() + 1,
                    (file == null ? origin + ": " : "") + "not valid YAML: " + YamlProblem.words(e.getProblem()));
        } catch (YAMLException e) {
            throw new LecternException(file, 0, (file == null ? origin + ": " : "") + "not valid YAML: "
                    + YamlProblem.words(e.getMessage()));
        }
        return new ThemeSection(origin, file, "", asMap(loaded, origin, file, "the file"), lines);
    }


    LecternException error(String key, String problem) {
        String path = prefix + key;
        int line = lines.getOrDefault(path, lines.getOrDefault(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), 0));
        return new LecternException(file, line, (file == null ? origin + ": " : "") + path + ": " + problem);
    }

    void onlyKeys(Set<String> allowed) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw error(key, "unknown key; allowed here: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private Object required(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw error(key, "missing");
        }
        return value;
    }

    ThemeSection section(String key) {
        return new ThemeSection(origin, file, prefix + key + ".", asMap(required(key), origin, file, prefix + key), lines);
    }

    String text(String key) {
        Object value = required(key);
        if (!(value instanceof String s) || s.isBlank()) {
            throw error(key, "must be text");
        }
        return s.strip();
    }

    Rgb colour(String key) {
        return colour(key, required(key));
    }

    Rgb colour(String key, Object value) {
        try {
            return Rgb.parse(value instanceof String s ? s.strip() : null);
        } catch (IllegalArgumentException e) {
            throw error(key, "'" + value + "' is not a colour; write it as \"#RRGGBB\" (quoted)");
        }
    }

    String fontName(String key, Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            throw error(key, "'" + value + "' is not a font family name");
        }
        return s.strip();
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) {
        Object value = required(key);
        List<String> allowed = Stream.of(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        String given = value.toString().strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(given)) {
            throw error(key, "'" + value + "' is not allowed; use one of " + String.join(", ", allowed));
        }
        return Enum.valueOf(type, given.toUpperCase(Locale.ROOT));
    }

    <T> List<T> list(String key, int min, int max, Function<Object, T> item) {
        Object value = required(key);
        List<?> raw = value instanceof List<?> l ? l : List.of(value);
        if (raw.size() < min || raw.size() > max) {
            throw error(key, min == max ? "needs exactly " + min + " entries, has " + raw.size()
                    : "needs " + min + " to " + max + " entries, has " + raw.size());
        }
        List<T> out = new ArrayList<>();
        raw.forEach(v -> out.add(item.apply(v)));
        return out;
    }

    /** A list a theme may leave out, for what older themes did not know. */
    <T> List<T> list(String key, int min, int max, Function<Object, T> item, List<T> otherwise) {
        return values.containsKey(key) ? list(key, min, max, item) : otherwise;
    }

    double points(String key) {
        return number(key, 6, 200, "a size in points from 6 to 200");
    }

    /** A size a theme may leave out, for kinds of text that older themes did not know. */
    double points(String key, double otherwise) {
        return values.containsKey(key) ? points(key) : otherwise;
    }

    double number(String key, double min, double max, String allowed) {
        Object value = required(key);
        if (!(value instanceof Number n) || n.doubleValue() < min || n.doubleValue() > max) {
            throw error(key, "'" + value + "' is not allowed; use " + allowed);
        }
        return n.doubleValue();
    }

    void atLeast(String key, double value, String minKey, double min) {
        if (value < min) {
            throw error(key, value + " is smaller than " + minKey + " (" + min + ")");
        }
    }

    /** The line of every key, by its dotted path ({@code colors.text}), for messages that point at it. */
    private static Map<String, Integer> keyLines(Node root) {
        Map<String, Integer> lines = new HashMap<>();
        collect(root, "", lines);
        return lines;
    }

    private static void collect(Node node, String prefix, Map<String, Integer> lines) {
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String path = prefix + key.getValue();
                    lines.put(path, key.getStartMark().getLine() + 1);
                    collect(tuple.getValueNode(), path + ".", lines);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String origin, Path file, String where) {
        if (!(value instanceof Map)) {
            throw new LecternException(file, 0, (file == null ? origin + ": " : "") + where
                    + " must be a map of 'key: value' lines");
        }
        return (Map<String, Object>) value;
    }
}
