package lectern.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import lectern.LecternException;
import lectern.Locations;

/**
 * What a command works on: the files it is given, the {@code *.md} essays of the folders it is given, or the
 * essays in {@code content/} when it is given nothing.
 */
final class Inputs {
    static final Path DEFAULT_FOLDER = Path.of("content");

    private Inputs() {
    }

    /**
     * The files to work on, in the order given (a folder's essays sorted by name).
     *
     * @param command the subcommand, to show the user how to name an essay when {@code content/} is missing
     */
    static List<Path> collect(List<Path> given, String command) {
        List<Path> files = new ArrayList<>();
        for (Path input : given.isEmpty() ? List.of(DEFAULT_FOLDER) : given) {
            if (Files.isDirectory(input)) {
                files.addAll(essaysIn(input));
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new LecternException(input, 0, given.isEmpty()
                        ? "no such folder; give an essay or a folder of essays (lectern " + command + " ESSAY.md)"
                        : "no such file or folder");
            }
        }
        return files;
    }

    /**
     * Refuses two files whose outputs would have the same name, before anything is written: the second would
     * silently replace the first.
     *
     * @param writtenTo what a file named {@code name} is written to, as the user would see it
     * @param command   the subcommand, to say how to keep them apart
     */
    static void refuseSameName(List<Path> files, UnaryOperator<String> writtenTo, String command) {
        Map<String, Path> byName = new HashMap<>();
        for (Path file : files) {
            Path other = byName.putIfAbsent(nameOf(file), file);
            if (other != null) {
                throw new LecternException(file, 0, "has the same name as " + Locations.display(other)
                        + ", so both would be written to " + writtenTo.apply(nameOf(file)) + "; " + command
                        + " them into different folders with -o");
            }
        }
    }

    /** A file's name without its extension: what its deck, or its preview, is called. */
    static String nameOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static List<Path> essaysIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(Files::isRegularFile).sorted().toList();
            if (found.isEmpty()) {
                throw new LecternException(folder, 0, "no .md essays in this folder");
            }
            return found;
        } catch (IOException e) {
            throw new LecternException(folder, 0, "cannot list the folder: " + e.getMessage());
        }
    }
}
