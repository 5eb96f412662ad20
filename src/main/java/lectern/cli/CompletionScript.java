package lectern.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The script that completes {@code lectern}'s commands and options in bash, and in zsh, which sources the same
 * script (picocli's script turns on zsh's bashcompinit itself). Printed by {@code lectern completion}, and written
 * by the build into the zip as {@code completion/lectern_completion}.
 */
public final class CompletionScript {
    private CompletionScript() {
    }

    static String bash() {
        CommandLine lectern = new CommandLine(new Main());
        inNameOrder(lectern.getCommandSpec());
        return AutoComplete.bash("lectern", lectern);
    }

    /**
     * picocli lists a command's options in the order reflection finds them, and the JVM finds annotated methods
     * ({@code --slide-level}, {@code --words-per-minute}) in an order of its own on each run: sorted, the script
     * is the same bytes on every build.
     */
    private static void inNameOrder(CommandSpec command) {
        List<OptionSpec> options = new ArrayList<>(command.options());
        options.forEach(command::remove);
        options.sort(Comparator.comparing(OptionSpec::longestName));
        options.forEach(command::addOption);
        command.subcommands().values().forEach(sub -> inNameOrder(sub.getCommandSpec()));
    }

    /** For the build (exec-maven-plugin at prepare-package): writes the script to the file named. */
    public static void main(String[] args) throws IOException {
        Path script = Path.of(args[0]);
        Files.createDirectories(script.toAbsolutePath().getParent());
        Files.writeString(script, bash());
    }
}
