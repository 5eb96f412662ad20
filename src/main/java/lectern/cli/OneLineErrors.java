package lectern.cli;

import java.io.PrintWriter;
import lectern.LecternException;
import picocli.CommandLine;

/**
 * Whatever stops a command before its files are worked on (a theme that does not load, a template that is not
 * one, an essay that is not there) is said in one line, {@code lectern: file:line: what happened}, with what the
 * failure leaves undone; a stack trace only with {@code --verbose}. A bug is one line too.
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
        } else {
            err.println("lectern: internal error: " + e + " (please report it" + (verbose ? ")" : ", with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(err);
            }
        }
        err.flush();
        return ExitCode.FAILED;
    }
}
