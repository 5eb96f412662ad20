package lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import lectern.testing.Cli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code lectern completion}: a script the shell sources, listing every command Lectern has today. */
class CompletionCommandTest {
    @Test
    void bashGetsAScriptThatCompletesEverySubcommandAndTheirOptions() {
        Cli.Result result = Cli.run("completion", "bash").saysNoJava();
        assertThat(result.exit()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_lectern -o default lectern")
                .contains("'--theme'", "'--slide-level'", "'--watch'");
        Set<String> subcommands = new CommandLine(new Main()).getSubcommands().keySet();
        assertThat(subcommands).contains("build", "completion");
        String topLevel = result.out().lines().filter(l -> l.trim().startsWith("local commands=\"build "))
                .findFirst().orElseThrow();
        assertThat(topLevel.split("\"")[1].split(" ")).containsExactlyInAnyOrderElementsOf(subcommands);
    }

    @Test
    void zshGetsTheScriptThatTurnsOnItsBashCompletion() {
        Cli.Result zsh = Cli.run("completion", "zsh");
        assertThat(zsh.exit()).isEqualTo(ExitCode.OK);
        assertThat(zsh.out()).contains("autoload -U +X bashcompinit && bashcompinit")
                .isEqualTo(Cli.run("completion", "bash").out());
    }

    @Test
    void anotherShellIsBadUsageNamingTheShellsThereAreScriptsFor() {
        Cli.Result result = Cli.run("completion", "fish").saysNoJava();
        assertThat(result.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "lectern: Invalid value for positional parameter at index 0 (SHELL): expected one of [bash, zsh] "
                        + "(case-sensitive) but was 'fish'",
                "Try 'lectern completion --help' for more information.");
    }
}
