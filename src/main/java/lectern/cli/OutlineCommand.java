package lectern.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lectern.LecternException;
import lectern.deck.DeckPlan;
import lectern.outline.OutlineJson;
import lectern.outline.OutlineText;
import lectern.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lectern outline}: the deck a build would write, slide by slide, without writing it. */
@Command(name = "outline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints the deck each essay would become, without writing it: every slide's number, when "
                + "it comes up and how long it takes, its kind and title, its claims, picture and the words in its notes.",
            "Takes the same options as build, so it shows exactly what that build would write."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every essay was outlined (warnings allowed)", "1:an essay could not be read",
            "2:bad usage"})
final class OutlineCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ESSAY|DIR", arity = "0..*",
            description = "Markdown essays, or folders of them (their *.md files). Default: content/")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON for scripts and editors instead (format lectern-outline/1, "
            + "described in docs/outline.schema.json). Warnings are in it as well as on the error output.")
    private boolean json;

    @Mixin
    private DeckOptions deck;

    @Option(names = "--verbose", description = "On an error, print its stack trace (for a bug report).")
    private boolean verbose;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline;
        List<Path> essays;
        try {
            pipeline = deck.pipeline(deck.theme());
            essays = Inputs.collect(inputs, "outline");
        } catch (LecternException e) {
            err.println("lectern: " + e.userMessage() + " (no outline)");
            return ExitCode.FAILED;
        }
        List<OutlineJson.Entry> entries = new ArrayList<>();
        EachFile.Outcome outcome = EachFile.run(essays, (essay, warnings) -> {
            DeckPlan plan = pipeline.plan(essay, warnings);
            if (json) {
                entries.add(new OutlineJson.Entry(plan, warnings.all()));
            } else {
                if (!entries.isEmpty() || essays.indexOf(essay) > 0) {
                    out.println();
                }
                out.print(OutlineText.print(plan));
                out.flush();
            }
        }, err, verbose, "no outline");
        if (json) {
            OutlineJson.write(entries, out);
        }
        return outcome.failed() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }
}
