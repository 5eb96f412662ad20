package lectern.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lectern.Pipeline;
import lectern.plan.PlanOptions;
import lectern.theme.Theme;
import lectern.theme.ThemeLoader;
import lectern.write.WriteOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How an essay becomes a deck: the options every command that builds a deck shares. */
final class DeckOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--theme", paramLabel = "NAME|FILE",
            description = "A theme from themes/ by name (see lectern themes), or a theme .yaml file. Default: ${DEFAULT-VALUE}")
    private String theme = ThemeLoader.DEFAULT;

    private int slideLevel = PlanOptions.DEFAULTS.slideLevel();

    @Option(names = "--section-dividers", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Open a section whose subsections have slides of their own with a divider slide listing "
                    + "them; --no-section-dividers leaves them out. Default: on")
    private boolean sectionDividers = true;

    @Option(names = "--template", paramLabel = "FILE",
            description = "A PowerPoint template (.pptx or .potx) whose slide masters, layouts and theme the deck uses "
                    + "instead of Lectern's; its own slides are not copied. See lectern template FILE.")
    private Path template;

    @Option(names = "--keep-originals",
            description = "Put pictures into the deck as their files are. Without it, a picture larger than its "
                    + "frame needs (twice a 144 dpi screen) is made smaller, as JPEG, or PNG where it is transparent.")
    private boolean keepOriginals;

    @Option(names = "--slide-numbers", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show each slide's number (--no-slide-numbers hides them). Default: on")
    private boolean slideNumbers = true;

    @Option(names = "--footer", paramLabel = "TEXT",
            description = "Footer text on every slide but the title. Default: the essay's title")
    private String footerText;

    @Option(names = "--no-footer", description = "No footer.")
    private boolean noFooter;

    @Option(names = "--date", description = "Show the essay's date (front matter date:, else when it last changed) in the footer.")
    private boolean date;

    @Option(names = "--author", paramLabel = "NAME", description = "Author in the deck's properties, instead of the front matter's author:.")
    private String author;

    @Option(names = "--subject", paramLabel = "TEXT", description = "Subject in the deck's properties, instead of the front matter's subject:.")
    private String subject;

    @Option(names = "--keywords", paramLabel = "WORD", split = ",",
            description = "Keywords in the deck's properties, comma-separated, instead of the front matter's keywords:.")
    private List<String> keywords = List.of();

    @Option(names = "--slide-level", paramLabel = "2|3",
            description = "Deepest heading level that starts a slide; deeper headings stay in the notes. Default: 3")
    void slideLevel(int level) {
        if (level < 1 || level > 6) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--slide-level must be a heading level from 1 to 6, was " + level);
        }
        slideLevel = level;
    }

    /** The chosen theme; a bad name or file is a {@link lectern.LecternException} naming it. */
    Theme theme() {
        return ThemeLoader.load(theme);
    }

    PlanOptions planOptions() {
        return new PlanOptions(slideLevel, sectionDividers);
    }

    Pipeline pipeline(Theme chosen) {
        return new Pipeline(chosen, planOptions(), writeOptions());
    }

    WriteOptions writeOptions() {
        return new WriteOptions(keepOriginals, slideNumbers, !noFooter, Optional.ofNullable(footerText), date,
                Optional.ofNullable(author), Optional.ofNullable(subject), keywords, Optional.ofNullable(template));
    }
}
