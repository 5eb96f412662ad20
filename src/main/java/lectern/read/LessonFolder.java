package lectern.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import lectern.LecternException;
import lectern.YamlProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A lesson as a folder of episodes, in the order they are taught: the order the lesson's {@code config.yaml}
 * lists them in ({@code episodes:}, as the Carpentries Workbench keeps it, in the folder or the one above it),
 * else the order of their file names ({@code 01-intro.md}, {@code 02-setup.md}). Its title is the config's
 * {@code title:}, else the folder's name.
 *
 * @param folder   where the episodes are
 * @param config   the lesson's config file, when it has one
 */
public record LessonFolder(Path folder, String title, List<Path> episodes, Optional<Path> config) {
    private static final long LARGEST_CONFIG = 1 << 20;

    public LessonFolder {
        episodes = List.copyOf(episodes);
    }

    /** The lesson in {@code folder}; fails with one line when it has no episode or its config names a missing one. */
    public static LessonFolder of(Path folder) {
        Path above = folder.toAbsolutePath().normalize().getParent();
        Optional<Path> config = Stream.of(folder, above).filter(java.util.Objects::nonNull)
                .map(place -> place.resolve("config.yaml")).filter(Files::isRegularFile).findFirst();
        Map<String, Object> values = config.map(LessonFolder::read).orElse(Map.of());
        Path episodesIn = !hasEssays(folder) && Files.isDirectory(folder.resolve("episodes")) ? folder.resolve("episodes") : folder;
        List<Path> episodes = new ArrayList<>();
        if (values.get("episodes") instanceof List<?> listed && !listed.isEmpty()) {
            for (Object name : listed) {
                Path episode = episodesIn.resolve(String.valueOf(name));
                if (!Files.isRegularFile(episode)) {
                    throw new LecternException(config.get(), 0, "episode " + name + " is listed under episodes: but is not in "
                            + lectern.Locations.display(episodesIn));
                }
                episodes.add(episode);
            }
        } else {
            episodes.addAll(essays(episodesIn));
        }
        if (episodes.isEmpty()) {
            throw new LecternException(folder, 0, "no episodes here: a lesson is a folder of .md files (or a config.yaml "
                    + "listing them under episodes:)");
        }
        String title = values.get("title") instanceof String named && !named.isBlank() ? named.strip() : name(folder);
        return new LessonFolder(episodesIn, title, episodes, config);
    }

    /** The name a deck of the lesson in {@code folder} is given: the folder's, or its parent's for "episodes". */
    public static String fileName(Path folder) {
        return name(folder);
    }

    private static String name(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path named = absolute.getFileName() != null && absolute.getFileName().toString().equals("episodes")
                && absolute.getParent() != null && absolute.getParent().getFileName() != null ? absolute.getParent() : absolute;
        return named.getFileName() == null ? "Workshop" : named.getFileName().toString();
    }

    private static boolean hasEssays(Path folder) {
        return !essays(folder).isEmpty();
    }

    /** The folder's Markdown files by name; a README or index page is about the lesson, not an episode of it. */
    private static List<Path> essays(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".md") && !name.equals("readme.md") && !name.equals("index.md");
            }).sorted().toList();
        } catch (IOException e) {
            throw new LecternException(folder, 0, "cannot list the lesson's folder: " + e.getMessage());
        }
    }

    private static Map<String, Object> read(Path config) {
        try {
            if (Files.size(config) > LARGEST_CONFIG) {
                throw new LecternException(config, 0, "the lesson's config is larger than 1 MB; not read");
            }
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(config));
            if (loaded instanceof Map<?, ?> map) {
                Map<String, Object> values = new java.util.LinkedHashMap<>();
                map.forEach((key, value) -> {
                    if (key != null && value != null) {
                        values.put(key.toString(), value);
                    }
                });
                return values;
            }
            return Map.of();
        } catch (YAMLException e) {
            throw new LecternException(config, 0, "the lesson's config is not valid YAML: " + YamlProblem.words(e.getMessage()));
        } catch (IOException e) {
            throw new LecternException(config, 0, "cannot read the lesson's config: " + e.getMessage());
        }
    }
}
