package lectern.theme;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import lectern.LecternException;

/**
 * Finds and reads themes. A theme is named ({@code default}, looked up in {@code ./themes/} and then among
 * the themes shipped inside Lectern) or given as a path to a YAML file. Every mistake in a theme file is
 * reported with the file, the line, the key, and what is allowed. The YAML is read with SnakeYAML's safe
 * constructor, so a theme file cannot make Lectern instantiate classes.
 */
public final class ThemeLoader {
    public static final String DEFAULT = "default";
    private static final Set<String> TOP_KEYS = Set.of("name", "description", "colors", "fonts", "sizes", "pictures",
            "template");

    private ThemeLoader() {
    }

    public static Theme load(String nameOrPath) {
        if (isPath(nameOrPath)) {
            return fromFile(Path.of(nameOrPath));
        }
        if (!isName(nameOrPath)) {
            throw new LecternException(null, 0, "no theme named '" + nameOrPath + "'");
        }
        Path local = local(nameOrPath);
        if (Files.isRegularFile(local)) {
            return fromFile(local);
        }
        try (InputStream in = ThemeLoader.class.getResourceAsStream("/themes/" + nameOrPath + ".yaml")) {
            if (in == null) {
                throw new LecternException(null, 0, "no theme named '" + nameOrPath + "' (known: "
                        + String.join(", ", available().keySet()) + "); give a name or a path to a .yaml file");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "theme '" + nameOrPath + "'", null);
        } catch (IOException e) {
            throw new LecternException(null, 0, "cannot read the shipped theme '" + nameOrPath + "': " + e.getMessage(), e);
        }
    }

    /**
     * The file {@link #load} reads for {@code nameOrPath}, whether it is there now or not (a file in
     * {@code ./themes/} wins over a shipped theme of its name); empty for a name no file can have.
     */
    public static Optional<Path> fileOf(String nameOrPath) {
        if (isPath(nameOrPath)) {
            return Optional.of(Path.of(nameOrPath));
        }
        return isName(nameOrPath) ? Optional.of(local(nameOrPath)) : Optional.empty();
    }

    private static boolean isPath(String nameOrPath) {
        return nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || Files.exists(Path.of(nameOrPath));
    }

    private static boolean isName(String name) {
        return name.matches("[A-Za-z0-9_-]+");
    }

    private static Path local(String name) {
        return Path.of("themes", name + ".yaml");
    }

    public static Theme fromFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new LecternException(file, 0, "is a folder, not a theme file (a theme is a .yaml file)");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new LecternException(file, 0, "is not a theme file: it is not text (a theme is a .yaml file)");
        } catch (IOException e) {
            throw new LecternException(file, 0, Files.exists(file) ? "cannot read the theme: " + e.getMessage()
                    : "no such theme file");
        }
        if (text.indexOf('\0') >= 0) {
            throw new LecternException(file, 0, "is not a theme file: it is not text (a theme is a .yaml file)");
        }
        return parse(text, file.toString(), file);
    }

    /**
     * Every theme a name can reach, by name: the ones shipped inside Lectern, and those in {@code ./themes/},
     * which win over a shipped theme of the same name. A file that does not load is listed with its error.
     */
    public static Map<String, Listed> available() {
        Map<String, Listed> themes = new TreeMap<>();
        shippedNames().forEach(name -> themes.put(name, tryLoad(name, () -> load(name))));
        Path local = Path.of("themes");
        if (Files.isDirectory(local)) {
            try (Stream<Path> files = Files.list(local)) {
                files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().forEach(f -> {
                    String name = f.getFileName().toString().replaceFirst("\\.yaml$", "");
                    themes.put(name, tryLoad(name, () -> fromFile(f)));
                });
            } catch (IOException e) {
                // The shipped themes are still listed; a folder we cannot read holds nothing we could load.
            }
        }
        return themes;
    }

    /** A theme as {@code lectern themes} lists it: loaded, or the one-line reason it does not load. */
    public record Listed(String name, Theme theme, String problem) {
    }

    private static Listed tryLoad(String name, java.util.function.Supplier<Theme> loader) {
        try {
            return new Listed(name, loader.get(), null);
        } catch (LecternException e) {
            return new Listed(name, null, e.userMessage());
        }
    }

    /** Names of the themes inside Lectern's jar (or classes folder, when run from a build). */
    private static List<String> shippedNames() {
        URL folder = ThemeLoader.class.getResource("/themes");
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return yamlNames(jar.getPath("/themes"));
                }
            }
            return yamlNames(Path.of(uri));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<String> yamlNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        }
    }

    static Theme parse(String yaml, String origin, Path file) {
        ThemeSection root = ThemeSection.root(yaml, origin, file);
        root.onlyKeys(TOP_KEYS);
        ThemeSection colors = root.section("colors");
        colors.onlyKeys(Set.of("background", "text", "dark-background", "light-text", "accents", "link", "followed-link"));
        ThemeSection fonts = root.section("fonts");
        fonts.onlyKeys(Set.of("heading", "body", "east-asian", "complex"));
        ThemeSection sizes = root.section("sizes");
        sizes.onlyKeys(Set.of("cover", "title", "title-min", "claim", "claim-min", "statement", "statement-min", "subtitle",
                "notes", "table", "table-min", "code", "code-min"));
        ThemeSection pictures = root.section("pictures");
        pictures.onlyKeys(Set.of("scrim", "treatment"));

        List<Rgb> accents = colors.list("accents", 6, 6, v -> colors.colour("accents", v));
        Theme.Colors palette = new Theme.Colors(colors.colour("background"), colors.colour("text"),
                colors.colour("dark-background"), colors.colour("light-text"), accents, colors.colour("link"),
                colors.colour("followed-link"));
        Theme.Fonts families = new Theme.Fonts(fonts.list("heading", 1, 10, v -> fonts.fontName("heading", v)),
                fonts.list("body", 1, 10, v -> fonts.fontName("body", v)),
                fonts.list("east-asian", 1, 10, v -> fonts.fontName("east-asian", v), Theme.Fonts.EAST_ASIAN),
                fonts.list("complex", 1, 10, v -> fonts.fontName("complex", v), Theme.Fonts.COMPLEX));
        Theme.Sizes points = new Theme.Sizes(sizes.points("cover"), sizes.points("title"), sizes.points("title-min"), sizes.points("claim"),
                sizes.points("claim-min"), sizes.points("statement"), sizes.points("statement-min"),
                sizes.points("subtitle"), sizes.points("notes"), sizes.points("table", 20), sizes.points("table-min", 14),
                sizes.points("code", 18), sizes.points("code-min", 12));
        sizes.atLeast("cover", points.cover(), "title-min", points.titleMin());
        sizes.atLeast("title", points.title(), "title-min", points.titleMin());
        sizes.atLeast("claim", points.claim(), "claim-min", points.claimMin());
        sizes.atLeast("statement", points.statement(), "statement-min", points.statementMin());
        sizes.atLeast("table", points.table(), "table-min", points.tableMin());
        sizes.atLeast("code", points.code(), "code-min", points.codeMin());
        Theme.Pictures treatment = new Theme.Pictures(
                pictures.number("scrim", 0, 1, "a number from 0 (no veil) to 1 (opaque)"),
                pictures.choice("treatment", Theme.Treatment.class));
        Optional<Path> template = root.values().containsKey("template")
                ? Optional.of(template(root, file)) : Optional.empty();
        return new Theme(root.text("name"), root.text("description"), palette, families, points, treatment, template, origin);
    }

    /** A template named by a theme file is found beside that file, so a team can keep both in its repository. */
    private static Path template(ThemeSection root, Path file) {
        Path named = Path.of(root.text("template"));
        Path resolved = named.isAbsolute() || file == null || file.toAbsolutePath().getParent() == null ? named
                : file.toAbsolutePath().getParent().resolve(named).normalize();
        String name = resolved.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".pptx") && !name.endsWith(".potx")) {
            throw root.error("template", "'" + named + "' is not a .pptx or .potx file");
        }
        if (!Files.isRegularFile(resolved)) {
            throw root.error("template", "no such file: " + resolved);
        }
        return resolved;
    }
}
