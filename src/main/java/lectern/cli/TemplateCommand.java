package lectern.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import lectern.Locations;
import lectern.pptx.design.TemplateDoctor;
import lectern.theme.ThemeLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern template FILE}: the template doctor, before anyone builds with it. */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Looks a PowerPoint template over before you build with it: its masters, layouts and their "
                + "placeholders, which layout each kind of slide will use and why, and what would break a build or "
                + "make PowerPoint offer to repair the deck."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the template can be used (warnings and hints allowed)",
            "1:a build with it would fail, or the file cannot be read", "2:bad usage"})
final class TemplateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The template: a .pptx or .potx file.")
    private Path file;

    @Option(names = "--theme", paramLabel = "NAME|FILE",
            description = "The theme whose smallest text sizes apply. Default: ${DEFAULT-VALUE}")
    private String theme = ThemeLoader.DEFAULT;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = common.out();
        PrintWriter err = common.err();
        TemplateDoctor.Report report = TemplateDoctor.examine(file, ThemeLoader.load(theme));
        out.println(Locations.display(file) + ": " + report.lines().get(0));
        report.lines().subList(1, report.lines().size()).forEach(out::println);
        for (TemplateDoctor.Finding finding : report.findings()) {
            (finding.level().equals("error") ? err : out).println(Locations.display(file) + ": " + finding.level()
                    + ": " + finding.message());
        }
        out.println(report.usable() ? "usable: lectern build --template " + Locations.display(file)
                : "not usable as it is");
        return report.usable() ? ExitCode.OK : ExitCode.FAILED;
    }
}
