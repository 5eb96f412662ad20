package lectern.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import lectern.LecternException;
import lectern.Progress;
import lectern.Warnings;
import lectern.deck.DeckPlan;
import lectern.pipeline.Pipeline;
import lectern.plan.Workshop;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What the commands that make a deck share for a whole lesson: {@code --workshop} makes each folder given one deck
 * of its episodes, with a schedule from {@code --start} and breaks where {@code --break} and {@code --every} say.
 */
final class WorkshopOptions {
    @Option(names = "--workshop", description = "Each folder given is a lesson: one deck of all its episodes (in the "
            + "order its config.yaml lists them under episodes:, else by file name), a section per episode, a "
            + "schedule after the title: out/<lesson>.pptx.")
    private boolean on;

    @Option(names = "--start", paramLabel = "HH:MM", converter = ClockTime.class,
            description = "With --workshop, when the day starts, for the schedule's clock times. Default: 09:00")
    private LocalTime start = Workshop.Options.DEFAULTS.start();

    @Option(names = "--break", paramLabel = "TIME", converter = TalkDuration.class,
            description = "With --workshop, a break of this length (15m) between episodes, as --every says.")
    private Duration pause;

    @Option(names = "--every", paramLabel = "TIME", converter = TalkDuration.class,
            description = "With --break, the longest stretch without a break (a break goes between two episodes so "
                    + "that none runs past it, unless one episode alone is longer). Default: 90m")
    private Duration every = Workshop.Options.DEFAULTS.every();

    boolean on() {
        return on;
    }

    /** The lessons' folders, or the essays, the command is given. */
    List<Path> inputs(List<Path> given, String command) {
        if (!on) {
            return Inputs.collect(given, command);
        }
        List<Path> folders = given.isEmpty() ? List.of(Inputs.DEFAULT_FOLDER) : given;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new LecternException(folder, 0, "--workshop makes a deck of a lesson's folder of episodes; "
                        + "this is not a folder");
            }
        }
        return folders;
    }

    /** What a deck made from the input is called: the essay's name, or the lesson's folder's. */
    String nameOf(Path input) {
        return on ? Pipeline.lessonName(input) : Inputs.nameOf(input);
    }

    DeckPlan plan(Pipeline pipeline, Path input, Warnings warnings) {
        return on ? pipeline.planWorkshop(input, options(), warnings) : pipeline.plan(input, warnings);
    }

    Pipeline.Result build(Pipeline pipeline, Path input, Path deck, boolean force, Warnings warnings, Progress progress) {
        return on ? pipeline.buildWorkshop(input, deck, force, options(), warnings, progress)
                : pipeline.build(input, deck, force, warnings, progress);
    }

    private Workshop.Options options() {
        return new Workshop.Options(start, Optional.ofNullable(pause), every);
    }

    /** A time of day as a schedule says it: 09:30, 9:30, 14:00. */
    static final class ClockTime implements CommandLine.ITypeConverter<LocalTime> {
        @Override
        public LocalTime convert(String value) {
            try {
                return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a time of day like 09:30");
            }
        }
    }
}
