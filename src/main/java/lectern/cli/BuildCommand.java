package lectern.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lectern.Locations;
import lectern.Progress;
import lectern.pipeline.Pipeline;
import lectern.theme.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern build}: essays in, decks out, one line per deck and one per warning. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a deck from each essay: out/<essay name>.pptx.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every deck was built (warnings allowed)",
            "1:a deck could not be built, or a warning under --strict", "2:bad usage"})
final class BuildCommand implements Callable<Integer>, OneLineErrors.NothingMade {
    private static final String NO_DECK = "no deck written";

    @Parameters(paramLabel = "ESSAY|DIR", arity = "0..*",
            description = "Markdown essays, or folders of them (their *.md files). Default: content/")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the decks. Default: ${DEFAULT-VALUE}")
    private Path output = Path.of("out");

    @Mixin
    private DeckOptions deck;

    @Mixin
    private WorkshopOptions workshop;

    @Option(names = "--force", description = "Replace a deck that was edited after Lectern wrote it, or that Lectern "
            + "did not write, after moving it aside as <name>.edited-<date>-<time>.pptx. Without it, such a deck is "
            + "kept and the new one is written beside it as <name>.new.pptx.")
    private boolean force;

    @Option(names = "--watch", description = "Keep running, and build a deck again each time a file it is made "
            + "from is saved: the essay, its pictures, the theme or the template. Each rebuild prints its time; a "
            + "save that breaks the essay is reported and the previous deck kept. Ctrl-C stops.")
    private boolean watch;

    @Option(names = "--strict", description = "Treat warnings as errors (exit 1).")
    private boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors.")
    private boolean quiet;

    @Mixin
    private CommonOptions common;

    @Override
    public String nothingMade() {
        return NO_DECK;
    }

    @Override
    public Integer call() {
        PrintWriter out = common.out();
        Theme theme = deck.theme();
        Pipeline pipeline = deck.pipeline(theme);
        List<Path> essays = workshop.inputs(inputs, "build");
        Inputs.refuseSameName(essays, name -> name + ".pptx", "build");
        if (!quiet && !pipeline.layoutChoices().isEmpty()) {
            out.println("layouts from the template:");
            pipeline.layoutChoices().forEach(choice -> out.println("  " + choice));
        }
        if (watch && workshop.on()) {
            throw common.usage("--watch rebuilds essays one by one; leave it out with --workshop");
        }
        if (watch) {
            return new Watch(() -> Inputs.collect(inputs, "build"), deck, this::build, common, quiet).run(theme, pipeline);
        }
        EachFile.Outcome outcome = common.eachFile(essays, (essay, warnings) -> {
            Progress progress = ProgressLine.of(common.err(), Locations.display(essay), quiet);
            Pipeline.Result result;
            try {
                result = build(pipeline, essay, warnings, progress);
            } finally {
                ProgressLine.done(progress);
            }
            if (!quiet) {
                out.println(report(result));
            }
        }, NO_DECK);
        return outcome.failed() > 0 || strict && outcome.warnings() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    private Pipeline.Result build(Pipeline pipeline, Path essay, lectern.Warnings warnings) {
        return build(pipeline, essay, warnings, Progress.NONE);
    }

    private Pipeline.Result build(Pipeline pipeline, Path essay, lectern.Warnings warnings, Progress progress) {
        Pipeline.Result result = workshop.build(pipeline, essay, output.resolve(workshop.nameOf(essay) + ".pptx"), force,
                warnings, progress);
        RebuildReport.warning(result.rebuild(), LocalDateTime.now())
                .ifPresent(warning -> warnings.add(result.rebuild().target(), 0, warning));
        return result;
    }

    /** The line a built deck gets: where it is, what it holds, and what became of the deck it replaced. */
    static String report(Pipeline.Result result) {
        return summary(result) + RebuildReport.suffix(result.rebuild());
    }

    private static String summary(Pipeline.Result result) {
        var plan = result.plan();
        String smaller = result.picturesMadeSmaller() == 0 ? ""
                : " (" + result.picturesMadeSmaller() + " made smaller to fit their frames; --keep-originals keeps them as they are)";
        return String.format(Locale.ROOT, "%s: %d slides, %d claims, %d words of notes, %d pictures%s, %s",
                Locations.display(result.deck()), plan.slides().size(), plan.claimCount(), plan.notesWords(),
                plan.pictureCount(), smaller, size(result.bytes()));
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
