package lectern.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lectern.LecternException;
import lectern.Locations;
import lectern.TemporaryFiles;
import lectern.Warnings;
import lectern.pipeline.Pipeline;
import lectern.preview.Preview;
import lectern.theme.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern preview}: every slide as a picture, and all of them on a contact sheet, without PowerPoint. */
@Command(name = "preview", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Draws every slide of each deck as a PNG picture, plus a contact sheet of all of them: "
                + "out/preview/<deck name>/slide-01.png, ..., contact-sheet.png.",
            "An essay is built into a deck first (as lectern build would, but into a temporary file); "
                + "a .pptx deck is drawn as it is, so you can look at a deck after editing it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every deck was previewed (warnings allowed)", "1:a deck could not be previewed",
            "2:bad usage"})
final class PreviewCommand implements Callable<Integer>, OneLineErrors.NothingMade {
    private static final String NO_PREVIEW = "no preview written";
    private static final int MAX_WIDTH = 8000;

    @Parameters(paramLabel = "ESSAY|DECK.pptx|DIR", arity = "0..*",
            description = "Markdown essays, .pptx decks, or folders of essays (their *.md files). Default: content/")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Folder for the pictures, one folder per deck inside it. Default: ${DEFAULT-VALUE}")
    private Path output = Path.of("out", "preview");

    @Mixin
    private DeckOptions deck;

    @Option(names = "--width", paramLabel = "PX",
            description = "Width of each slide's picture in pixels; the height follows the slide's shape. "
                    + "Default: ${DEFAULT-VALUE}")
    private int width = Preview.DEFAULT_WIDTH;

    @Mixin
    private CommonOptions common;

    @Override
    public String nothingMade() {
        return NO_PREVIEW;
    }

    @Override
    public Integer call() {
        PrintWriter out = common.out();
        if (width < 16 || width > MAX_WIDTH) {
            throw common.usage("--width must be from 16 to " + MAX_WIDTH + " pixels, was " + width);
        }
        Theme chosen = deck.theme();
        Pipeline pipeline = deck.pipeline(chosen);
        List<Path> files = Inputs.collect(inputs, "preview");
        Inputs.refuseSameName(files, name -> Locations.display(output.resolve(name)), "preview");
        EachFile.Outcome outcome = common.eachFile(files, (file, warnings) -> {
            Path folder = output.resolve(Inputs.nameOf(file));
            Preview.Written written = isDeck(file) ? Preview.of(width).write(file, folder, warnings)
                    : fromEssay(pipeline, Preview.of(width, chosen), file, folder, warnings);
            out.println(String.format(Locale.ROOT, "%s: %d slides, %s", Locations.display(written.folder()),
                    written.slides().size(), written.contactSheet().getFileName()));
        }, NO_PREVIEW);
        return outcome.failed() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    private static boolean isDeck(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pptx");
    }

    /** Builds the essay's deck into a temporary folder and draws that, so the preview shows what build writes. */
    private static Preview.Written fromEssay(Pipeline pipeline, Preview preview, Path essay, Path folder,
                                             Warnings warnings) {
        Path temporary;
        try {
            // A folder of its own, so the deck is new there: a build never replaces a file it did not write.
            temporary = TemporaryFiles.newFolder("lectern-preview");
        } catch (IOException e) {
            throw new LecternException(null, 0, "cannot make a temporary folder for the deck: " + e.getMessage(), e);
        }
        Path deck = temporary.resolve(Inputs.nameOf(essay) + ".pptx");
        try {
            pipeline.build(essay, deck, warnings);
            return preview.write(deck, folder, warnings);
        } finally {
            TemporaryFiles.remove(temporary);
        }
    }
}
