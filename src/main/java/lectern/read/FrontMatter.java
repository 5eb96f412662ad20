package lectern.read;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import lectern.LecternException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
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
        String body = block.replaceFirst("\\A---[ \\t]*\\r?\\n", "").replaceFirst("(?m)^(---|\\.\\.\\.)[ \\t]*\\s*\\z", "");
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(body);
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
            return result;
        } catch (MarkedYAMLException e) {
            int line = firstLine + 1 + (e.getProblemMark() == null ? 0 : e.getProblemMark().getLine());
            throw new LecternException(file, line, "front matter is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new LecternException(file, firstLine, "front matter is not valid YAML: " + e.getMessage());
        }
    }
}
