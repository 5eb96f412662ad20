package lectern;

import java.nio.file.Path;

/**
 * Something the user should know about that did not stop the build: what happened and what Lectern did
 * instead. Printed as one line in the compiler style {@code file:line: message} so editors can jump to it.
 */
public record Warning(Path file, int line, String message) {

    @Override
    public String toString() {
        return Locations.format(file, line) + ": " + message;
    }
}
