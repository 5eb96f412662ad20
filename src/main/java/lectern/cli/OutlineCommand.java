package lectern.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lectern.deck.DeckPlan;
import lectern.outline.OutlineJson;
import lectern.outline.OutlineText;
import lectern.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern outline}: the deck a build would write, slide by slide, without writing it. */
@Command(name = "outline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints the deck each essay would become, without writing it: every slide's number, when "
                + "it comes up and how long it takes, its kind and title, its claims, picture and the words in its notes.",
            "Takes the same options as build, so it shows exactly what that build would write."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every essay was outlined (warnings allowed)", "1:an essay could not be read",
            "2:bad usage"})
final class OutlineCommand implements Callable<Integer>, OneLineErrors.NothingMade {
    private static final String NO_OUTLINE = "no outline";

    @Parameters(paramLabel = "ESSAY|DIR", arity = "0..*",
            description = "Markdown essays, or folders of them (their *.md files). Default: content/")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON for scripts and editors instead (format lectern-outline/1, "
            + "described in docs/outline.schema.json). Warnings are in it as well as on the error output.")
    private boolean json;

    @Mixin
    private WorkshopOptions workshop;

    @Mixin
    private DeckOptions deck;

    @Mixin
    private CommonOptions common;

    @Override
    public String nothingMade() {
        return NO_OUTLINE;
    }

    @Override
    public Integer call() {
        PrintWriter out = common.out();
        Pipeline pipeline = deck.pipeline(deck.theme());
        List<Path> essays = workshop.inputs(inputs, "outline");
        List<OutlineJson.Entry> entries = new ArrayList<>();
        EachFile.Outcome outcome = common.eachFile(essays, (essay, warnings) -> {
            DeckPlan plan = workshop.plan(pipeline, essay, warnings);
            if (json) {
                entries.add(new OutlineJson.Entry(plan, warnings.all()));
            } else {
                if (!entries.isEmpty() || essays.indexOf(essay) > 0) {
                    out.println();
                }
                out.print(OutlineText.print(plan));
                out.flush();
            }
        }, NO_OUTLINE);
        if (json) {
            OutlineJson.write(entries, out);
        }
        return outcome.failed() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }
}
