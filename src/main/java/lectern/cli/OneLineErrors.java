package lectern.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import lectern.FileNames;
import lectern.LecternException;
import picocli.CommandLine;

/**
 * Whatever stops a command before its files are worked on (a theme that does not load, a template that is not
 * one, an essay that is not there) is said in one line, {@code lectern: file:line: what happened}, with what the
 * failure leaves undone; a stack trace only with {@code --verbose}. A bug is one line too. So is a limit of Java's
 * rather than Lectern's (its memory, its stack, a file name the locale cannot spell), with what the user can do.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

    /** A command that says what its failure leaves undone: "no deck written". */
    interface NothingMade {
        String nothingMade();
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        boolean verbose = command.getParseResult() != null && command.getParseResult().hasMatchedOption(CommonOptions.VERBOSE);
        if (e instanceof LecternException problem) {
            String undone = command.getCommand() instanceof NothingMade made ? " (" + made.nothingMade() + ")" : "";
            err.println("lectern: " + problem.userMessage() + undone);
            if (verbose && problem.getCause() != null) {
                problem.getCause().printStackTrace(err);
            }
        } else if (limit(e, false).isPresent()) {
            String undone = command.getCommand() instanceof NothingMade made ? " (" + made.nothingMade() + ")" : "";
            err.println("lectern: " + limit(e, false).get() + undone);
            if (verbose) {
                e.printStackTrace(err);
            }
        } else {
            err.println("lectern: internal error: " + e + " (please report it" + (verbose ? ")" : ", with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(err);
            }
        }
        err.flush();
        return ExitCode.FAILED;
    }

    /**
     * What a limit of Java's that stopped the work says, with what to do about it; empty for anything else.
     *
     * @param onAFile whether the line starts with the file being worked on, which is then what is too deep
     */
    static Optional<String> limit(Throwable e, boolean onAFile) {
        if (e instanceof OutOfMemoryError) {
            return Optional.of(outOfMemory(Runtime.getRuntime().maxMemory()));
        }
        if (e instanceof StackOverflowError) {
            return Optional.of((onAFile ? "is" : "the input is") + " nested too deeply to work on (Java's stack ran "
                    + "out); nest its quotations, lists and divs less deeply, or give Java a deeper stack, e.g. "
                    + "JAVA_TOOL_OPTIONS=-Xss512m");
        }
        return FileNames.unspellable(e).map(name -> FileNames.cannotSpell("the file name " + name) + "; "
                + FileNames.ADVICE);
    }

    /** Memory ran out: how much Java had, and a setting with at least twice as much. */
    static String outOfMemory(long maxBytes) {
        long megabytes = maxBytes / (1024 * 1024);
        long gigabytes = 1;
        while (gigabytes * 1024 < 2 * megabytes) {
            gigabytes *= 2;
        }
        return String.format(Locale.ROOT, "ran out of memory (Java may use %d MB here); give it more, e.g. "
                + "JAVA_TOOL_OPTIONS=-Xmx%dg", megabytes, gigabytes);
    }
}
