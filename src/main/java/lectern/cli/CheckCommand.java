package lectern.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lectern.check.Check;
import lectern.check.Level;
import lectern.check.Report;
import lectern.check.ReportJson;
import lectern.check.ReportText;
import lectern.check.Rule;
import lectern.check.Talk;
import lectern.check.Talks;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern check}: what to fix before the talk, slide by slide, with the essay's file and line. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Looks each talk over before you give it and reports, slide by slide with the essay's file and "
                + "line, what to fix: text that does not fit, wordy slides and long claims, sections without a claim, "
                + "missing pictures and alt text, duplicate titles, skipped heading levels, and the time the talk "
                + "takes against --duration.",
            "An essay is checked as the deck a build with the same options would write; a deck Lectern built is "
                + "read as it is now, after any edits in PowerPoint.",
            "Rules: " + CheckCommand.RULES + "."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings and hints allowed)",
            "1:an error, a warning under --strict, or a file that could not be checked", "2:bad usage"})
final class CheckCommand implements Callable<Integer> {
    static final String RULES = "text-overflow, picture-missing, picture-unreadable (errors); slide-too-wordy, "
            + "claim-too-long, alt-text-missing, duplicate-title, heading-skipped, notes-too-long, over-time (warnings); "
            + "no-claim, slide-hidden (hints)";

    @Parameters(paramLabel = "ESSAY|DECK.pptx|DIR", arity = "0..*",
            description = "Markdown essays, decks Lectern built, or folders of essays (their *.md files). Default: content/")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON for scripts and editors instead (format lectern-check/1, "
            + "described in docs/check.schema.json).")
    private boolean json;

    @Option(names = "--ignore", paramLabel = "CODE", split = ",", converter = RuleCode.class,
            description = "Switch rules off, by their codes, comma-separated: --ignore alt-text-missing,no-claim")
    private List<Rule> ignore = new ArrayList<>();

    @Option(names = "--strict", description = "Treat warnings as errors (exit 1).")
    private boolean strict;

    @Mixin
    private DeckOptions deck;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = common.out();
        Pipeline pipeline = deck.pipeline(deck.theme());
        List<Path> files = Inputs.collect(inputs, "check");
        Set<Rule> ignored = ignore.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(ignore);
        Check check = new Check(pipeline.slideFit(), ignored);
        PlanOptions plan = deck.planOptions();
        List<ReportJson.Entry> entries = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        EachFile.Outcome outcome = common.eachFile(files, (file, warnings) -> {
            Talk talk = isDeck(file) ? Talks.ofDeck(pipeline, file, plan.wordsPerMinute(), plan.duration(), warnings)
                    : Talks.ofEssay(pipeline, file, warnings);
            Report report = check.run(talk);
            reports.add(report);
            if (json) {
                entries.add(new ReportJson.Entry(report, warnings.all()));
            } else {
                if (files.indexOf(file) > 0) {
                    out.println();
                }
                out.print(ReportText.print(report));
                out.flush();
            }
        }, "not checked");
        if (json) {
            ReportJson.write(entries, out);
        }
        boolean failing = reports.stream().anyMatch(r -> r.count(Level.ERROR) > 0 || strict && r.count(Level.WARNING) > 0);
        return outcome.failed() > 0 || failing || strict && outcome.warnings() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    private static boolean isDeck(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pptx");
    }

    /** A rule by its code, or a usage error that lists the codes there are. */
    static final class RuleCode implements CommandLine.ITypeConverter<Rule> {
        @Override
        public Rule convert(String code) {
            return Rule.byCode(code.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + code + "' is not a rule; the rules are " + Arrays.stream(Rule.values()).map(Rule::code)
                            .collect(Collectors.joining(", "))));
        }
    }
}
