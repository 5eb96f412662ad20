package lectern;

import java.nio.file.Path;

/**
 * A problem the user can fix (bad input, unwritable output). Its message is one readable line naming the
 * file and, where there is one, the line; the CLI prints it without a stack trace.
 */
public class LecternException extends RuntimeException {
    private final transient Path file;
    private final int line;

    public LecternException(Path file, int line, String message) {
        this(file, line, message, null);
    }

    public LecternException(Path file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The one line the user sees: {@code file:line: what happened}. */
    public String userMessage() {
        // A library's message (SnakeYAML's, POI's) may span lines; the user gets one.
        String message = getMessage() == null ? "" : getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        return file == null ? message : Locations.format(file, line) + ": " + message;
    }
}
