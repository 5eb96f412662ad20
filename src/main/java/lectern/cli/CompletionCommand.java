package lectern.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code lectern completion bash|zsh}: the shell's tab completion of Lectern's commands and options, drawn by
 * picocli from the same annotations as {@code --help}, so it can never list an option that is gone.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints the script that lets your shell complete Lectern's commands and options with Tab.",
            "", "In bash, add this line to ~/.bashrc:  source <(lectern completion bash)",
            "", "In zsh, add this line to ~/.zshrc:  source <(lectern completion zsh)"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the script was printed", "2:bad usage (a shell Lectern has no script for)"})
final class CompletionCommand implements Callable<Integer> {
    /** The shells picocli's script runs in; picocli lists these names when it is given another. */
    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "The shell to complete in: ${COMPLETION-CANDIDATES}.")
    private Shell shell;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() {
        // One script serves both shells (see CompletionScript).
        common.out().print(CompletionScript.bash());
        common.out().flush();
        return ExitCode.OK;
    }
}
