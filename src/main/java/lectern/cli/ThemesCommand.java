package lectern.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import lectern.theme.ThemeLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lectern themes}: the themes a name can reach, each with its one-line description. */
@Command(name = "themes", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the themes --theme accepts by name: Lectern's own and those in ./themes/, "
                + "each with what it is for.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every theme loads", "1:a theme file in themes/ has a mistake (it is named)"})
final class ThemesCommand implements Callable<Integer> {
    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = common.out();
        PrintWriter err = common.err();
        Map<String, ThemeLoader.Listed> themes = ThemeLoader.available();
        int width = themes.keySet().stream().mapToInt(String::length).max().orElse(0);
        boolean broken = false;
        for (ThemeLoader.Listed listed : themes.values()) {
            if (listed.problem() != null) {
                err.println("lectern: " + listed.problem());
                broken = true;
            } else {
                out.printf("%-" + width + "s  %s%n", listed.name(), listed.theme().description());
            }
        }
        return broken ? ExitCode.FAILED : ExitCode.OK;
    }
}
