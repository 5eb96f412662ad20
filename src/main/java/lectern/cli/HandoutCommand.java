package lectern.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lectern.Locations;
import lectern.deck.DeckPlan;
import lectern.deck.Timing;
import lectern.handout.Handout;
import lectern.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern handout}: the presenter's script, as Markdown, or as PDF where LibreOffice is installed. */
@Command(name = "handout", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes the presenter's script for each essay: every slide's number, title and clock, its "
                + "claims and picture, then its notes with their formatting and the bridge to the next slide. "
                + "Markdown by default (out/<essay name>.handout.md); PDF with -o FILE.pdf or --pdf.",
            "The PDF is the Markdown set as a document by LibreOffice Writer (apt-get install libreoffice-writer): "
                + "it flows over as many pages as the notes need. The deck's own notes pages were not used "
                + "because a notes page cuts off long notes.",
            "Takes the same options as build, so the script matches the deck that build writes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every handout was written (warnings allowed)",
            "1:a handout could not be written (a PDF without LibreOffice: the Markdown is written instead)",
            "2:bad usage"})
final class HandoutCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ESSAY|DIR", arity = "0..*",
            description = "Markdown essays, or folders of them (their *.md files). Default: content/")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.md|FILE.pdf|DIR",
            description = "Where to write: a .md or .pdf file (one essay), or a folder for <essay name>.handout.md "
                    + "(.pdf with --pdf). Default: out")
    private Path output;

    @Option(names = "--pdf", description = "Write PDF instead of Markdown into the folder: <essay name>.handout.pdf.")
    private boolean pdf;

    @Option(names = "--for", paramLabel = "presenter|participants", defaultValue = "presenter",
            converter = AudienceConverter.class,
            description = "presenter (default): the script, notes and all. participants: what the room takes home "
                    + "from a lesson: its objectives, exercises with their times (no solutions), key points and "
                    + "links; written as <essay name>.participants.md (or .pdf).")
    private Handout.Audience audience = Handout.Audience.PRESENTER;

    /** The audience as a user names it, in lower case. */
    static final class AudienceConverter implements picocli.CommandLine.ITypeConverter<Handout.Audience> {
        @Override
        public Handout.Audience convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "presenter" -> Handout.Audience.PRESENTER;
                case "participants", "participant", "room" -> Handout.Audience.PARTICIPANTS;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not presenter or participants");
            };
        }
    }

    @Mixin
    private DeckOptions deck;

    @Mixin
    private WorkshopOptions workshop;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors.")
    private boolean quiet;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = common.out();
        Target target = target();
        Pipeline pipeline = deck.pipeline(deck.theme());
        List<Path> essays = workshop.inputs(inputs, "handout");
        if (target.file() != null && essays.size() > 1) {
            throw common.usage("-o " + output + " names one file, but " + essays.size()
                    + " essays were given; give a folder instead");
        }
        Inputs.refuseSameName(essays, name -> Locations.display(target.of(name)), "handout");
        boolean timing = deck.planOptions().cues();
        EachFile.Outcome outcome = common.eachFile(essays, (essay, warnings) -> {
            DeckPlan plan = workshop.plan(pipeline, essay, warnings);
            Path file = target.of(workshop.nameOf(essay));
            Handout handout = new Handout(plan, timing, audience);
            if (target.pdf()) {
                handout.writePdf(file);
            } else {
                handout.writeMarkdown(file);
            }
            if (!quiet) {
                out.println(summary(file, plan));
            }
        }, target.pdf() ? "no PDF written" : "no handout written");
        return outcome.failed() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    /** What -o and --pdf ask for: one file, or a folder with a file per essay in it. */
    private record Target(Path file, Path folder, boolean pdf, String kind) {
        Path of(String essayName) {
            return file != null ? file : folder.resolve(essayName + "." + kind + "." + (pdf ? "pdf" : "md"));
        }
    }

    private String kind() {
        return audience == Handout.Audience.PARTICIPANTS ? "participants" : "handout";
    }

    private Target target() {
        if (output == null) {
            return new Target(null, Path.of("out"), pdf, kind());
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".pdf")) {
            boolean asPdf = name.endsWith(".pdf");
            if (pdf && !asPdf) {
                throw common.usage("--pdf and -o " + output + " disagree; write -o "
                        + output.toString().replaceFirst("(?i)\\.md$", ".pdf") + " for a PDF");
            }
            return new Target(output, null, asPdf, kind());
        }
        if (!Files.isDirectory(output) && name.matches(".+\\.[a-z0-9]{1,5}")) {
            throw common.usage("-o " + output + ": a handout is written as .md or .pdf, or into a folder");
        }
        return new Target(null, output, pdf, kind());
    }

    private static String summary(Path file, DeckPlan plan) {
        Timing timing = plan.timing();
        return String.format(Locale.ROOT, "%s: %d slides, ~%s at %d words a minute", Locations.display(file),
                plan.slides().size(), Timing.clock(timing.totalSeconds()), timing.wordsPerMinute());
    }
}
