package lectern.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Whether a person is watching the error output at a terminal: the one place Lectern decides it, so that what a
 * terminal alone should see (a progress line rewritten in place) never reaches a pipe, a log or an editor.
 */
final class Terminal {
    /** Said by the process a command runs for, when that is not this one (the build server's client). */
    private static final ThreadLocal<Boolean> CLIENTS = new ThreadLocal<>();

    private Terminal() {
    }

    /** Runs {@code command} for a client whose error output is, or is not, a terminal. */
    static <T> T forClient(boolean terminal, Supplier<T> command) {
        CLIENTS.set(terminal);
        try {
            return command.get();
        } finally {
            CLIENTS.remove();
        }
    }

    /**
     * What the client said, for a command run for one; else true when the JVM runs at a terminal (its console: input and output not redirected) and, where the system
     * says (Linux's {@code /proc}), its error output goes to that terminal too rather than into a file.
     */
    static boolean stderrIsTerminal() {
        Boolean clients = CLIENTS.get();
        if (clients != null) {
            return clients;
        }
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
