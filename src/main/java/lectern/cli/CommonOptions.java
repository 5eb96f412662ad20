package lectern.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every command shares: {@code --verbose}, the terminal it writes to, and running its work file by file. */
final class CommonOptions {
    static final String VERBOSE = "--verbose";

    @Spec(Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    @Option(names = VERBOSE, description = "On an error, print its stack trace (for a bug report).")
    private boolean verbose;

    boolean verbose() {
        return verbose;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error, said as picocli says its own: the line, and how to get help. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Runs the work on each file; see {@link EachFile}. */
    EachFile.Outcome eachFile(List<Path> files, EachFile.Work work, String nothingMade) {
        return EachFile.run(files, work, err(), verbose, nothingMade);
    }
}
