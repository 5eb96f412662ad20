package lectern;

import java.nio.file.Path;

/** Formats a place in a file the way compilers do, so terminals and editors make it clickable. */
public final class Locations {
    private Locations() {
    }

    /** {@code file:line}, or just {@code file} when the line is unknown (0). */
    public static String format(Path file, int line) {
        String name = file == null ? "<input>" : display(file);
        return line > 0 ? name + ":" + line : name;
    }

    /** A path as the user would type it: relative to the working folder when it lies inside it. */
    public static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : file.toString();
    }
}
