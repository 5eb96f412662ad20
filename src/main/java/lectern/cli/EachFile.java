package lectern.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lectern.LecternException;
import lectern.Locations;
import lectern.Warning;
import lectern.Warnings;

/**
 * Runs a command's work on each of its files: a file that fails is reported in one line and the others
 * still run; every warning is printed in the compiler style, {@code file:line: warning: ...}.
 */
final class EachFile {
    /** The work for one file; it reports what it made on its own, and its problems by throwing. */
    interface Work {
        void run(Path file, Warnings warnings);
    }

    /** How many files failed and how many warnings there were. */
    record Outcome(int failed, int warnings) {
    }

    private EachFile() {
    }

    /** @param nothingMade what the user is told a failure left behind, e.g. "no deck written" */
    static Outcome run(List<Path> files, Work work, PrintWriter err, boolean verbose, String nothingMade) {
        int failed = 0;
        int warned = 0;
        for (Path file : files) {
            Warnings warnings = new Warnings();
            try {
                work.run(file, warnings);
            } catch (LecternException e) {
                err.println("lectern: " + e.userMessage() + " (" + nothingMade + ")");
                if (verbose && e.getCause() != null) {
                    e.getCause().printStackTrace(err);
                }
                failed++;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // Bugs, and limits no input check foresaw: still one line, and the other files still run.
                Optional<String> limit = OneLineErrors.limit(e, true);
                err.println("lectern: " + Locations.display(file) + ": " + (limit.isPresent()
                        ? limit.get() + " (" + nothingMade + ")"
                        : "internal error: " + e + " (" + nothingMade + "; please report it"
                                + (verbose ? ")" : ", with --verbose for details)")));
                if (verbose) {
                    e.printStackTrace(err);
                }
                failed++;
            } finally {
                for (Warning warning : warnings.all()) {
                    err.println(Locations.format(warning.file(), warning.line()) + ": warning: " + warning.message());
                }
                warned += warnings.all().size();
            }
        }
        return new Outcome(failed, warned);
    }
}
