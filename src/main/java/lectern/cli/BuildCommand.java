package lectern.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lectern.LecternException;
import lectern.Locations;
import lectern.Pipeline;
import lectern.Warning;
import lectern.Warnings;
import lectern.plan.PlanOptions;
import lectern.theme.Theme;
import lectern.theme.ThemeLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lectern build}: essays in, decks out, one line per deck and one per warning. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a deck from each essay: out/<essay name>.pptx.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every deck was built (warnings allowed)",
            "1:a deck could not be built, or a warning under --strict", "2:bad usage"})
final class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ESSAY|DIR", arity = "0..*",
            description = "Markdown essays, or folders of them (their *.md files). Default: content/")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the decks. Default: ${DEFAULT-VALUE}")
    private Path output = Path.of("out");

    @Option(names = "--theme", paramLabel = "NAME|FILE",
            description = "A theme from themes/ by name, or a theme .yaml file. Default: ${DEFAULT-VALUE}")
    private String theme = ThemeLoader.DEFAULT;

    @Option(names = "--slide-level", paramLabel = "2|3",
            description = "Deepest heading level that starts a slide; deeper headings stay in the notes. Default: ${DEFAULT-VALUE}")
    private int slideLevel = 3;

    @Option(names = "--section-dividers", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Open a section whose subsections have slides of their own with a divider slide listing them "
                    + "(--no-section-dividers to leave them out). Default: on")
    private boolean sectionDividers = true;

    @Option(names = "--strict", description = "Treat warnings as errors (exit 1).")
    private boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors.")
    private boolean quiet;

    @Option(names = "--verbose", description = "On an unexpected error, print its stack trace.")
    private boolean verbose;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (slideLevel < 1 || slideLevel > 6) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--slide-level must be a heading level from 1 to 6, was " + slideLevel);
        }
        Pipeline pipeline;
        List<Path> essays;
        try {
            Theme chosen = ThemeLoader.load(theme);
            pipeline = new Pipeline(chosen, new PlanOptions(slideLevel, sectionDividers));
            essays = essays();
        } catch (LecternException e) {
            err.println("lectern: " + e.userMessage());
            return ExitCode.FAILED;
        }
        int failed = 0;
        int warned = 0;
        for (Path essay : essays) {
            Warnings warnings = new Warnings();
            Path deck = output.resolve(Inputs.nameOf(essay) + ".pptx");
            try {
                Pipeline.Result result = pipeline.build(essay, deck, warnings);
                if (!quiet) {
                    out.println(summary(result));
                }
            } catch (LecternException e) {
                err.println("lectern: " + e.userMessage() + " (no deck written)");
                failed++;
            } catch (RuntimeException e) {
                err.println("lectern: " + Locations.display(essay) + ": internal error: " + e
                        + " (no deck written; please report it" + (verbose ? ")" : ", with --verbose for details)"));
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
        return failed > 0 || strict && warned > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    private List<Path> essays() {
        List<Path> essays = Inputs.collect(inputs, "build");
        Inputs.refuseSameName(essays, name -> name + ".pptx", "build");
        return essays;
    }

    private static String summary(Pipeline.Result result) {
        var plan = result.plan();
        return String.format(Locale.ROOT, "%s: %d slides, %d claims, %d words of notes, %d pictures, %s",
                Locations.display(result.deck()), plan.slides().size(), plan.claimCount(), plan.notesWords(),
                plan.pictureCount(), size(result.bytes()));
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
