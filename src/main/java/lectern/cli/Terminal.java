package lectern.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a person is watching the error output at a terminal: the one place Lectern decides it, so that what a
 * terminal alone should see (a progress line rewritten in place) never reaches a pipe, a log or an editor.
 */
final class Terminal {
    private Terminal() {
    }

    /**
     * True when the JVM runs at a terminal (its console: input and output not redirected) and, where the system
     * says (Linux's {@code /proc}), its error output goes to that terminal too rather than into a file.
     */
    static boolean stderrIsTerminal() {
        if (System.console() == null) {
            return false;
        }
        Path stderr = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(stderr).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }
}
