package lectern.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lectern.pipeline.KeptPipelines;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.pptx.WriteOptions;
import lectern.theme.Theme;
import lectern.theme.ThemeLoader;
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

    @Option(names = "--bold-only",
            description = "Put on the slides only what you bolded (and your pictures, tables, code and quotations). "
                    + "Without it, a section with nothing bold shows its short list or its opening sentence.")
    private boolean boldOnly;

    @Option(names = "--template", paramLabel = "FILE",
            description = "A PowerPoint template (.pptx or .potx) whose slide masters, layouts and theme the deck uses "
                    + "instead of Lectern's; its own slides are not copied. See lectern template FILE.")
    private Path template;

    @Option(names = "--keep-originals",
            description = "Put pictures into the deck as their files are. Without it, a picture larger than its "
                    + "frame needs (twice a 144 dpi screen) is made smaller, as JPEG, or PNG where it is transparent.")
    private boolean keepOriginals;

    @Option(names = "--allow-outside", paramLabel = "DIR", converter = ExistingFolder.class,
            description = "Let pictures from DIR into the deck. Without it, a deck holds only pictures from inside "
                    + "the essay's folder, the assets/ folder beside it and the git repository the essay is in (links "
                    + "and .. followed to where they really lead), so it never carries a file you did not mean to "
                    + "share. Give it once per folder.")
    private List<Path> allowOutside = new ArrayList<>();

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

    @Option(names = "--agenda", negatable = true,
            description = "An agenda slide after the title, listing the essay's sections. Default: when it has 4 "
                    + "sections or more; --agenda always, --no-agenda never")
    private Boolean agenda;

    @Option(names = "--discussion", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "After a section that asks the audience questions, a slide showing them to the room, "
                    + "with a suggested time in the notes; --no-discussion leaves them out. Default: on")
    private boolean discussion = true;

    @Option(names = "--closing", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "A closing slide: the essay's last claim and who is presenting (front matter presenter:, "
                    + "contact:); --no-closing leaves it out. Default: on")
    private boolean closing = true;

    @Option(names = "--timing", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Start each slide's notes with its time and a running clock (~1:30 · at 12:45 of 45:00) "
                    + "and end them with the next slide's title; --no-timing leaves the notes as the essay wrote them. "
                    + "Default: on")
    private boolean timing = true;

    @Option(names = "--reveal",
            description = "Show the claims of a slide one click at a time, each fading in where its notes say "
                    + "(front matter reveal: true asks it of one essay's deck).")
    private boolean reveal;

    @Option(names = "--duration", paramLabel = "TIME", converter = TalkDuration.class,
            description = "The time the talk must keep to (45m, 90m, 1h30m): slides that do not fit are hidden "
                    + "(never deleted), and long ones marked to shorten in their notes.")
    private Duration duration;

    private int wordsPerMinute = PlanOptions.WORDS_PER_MINUTE;

    @Option(names = "--slide-level", paramLabel = "2|3",
            description = "Deepest heading level that starts a slide; deeper headings stay in the notes. Default: 3")
    void slideLevel(int level) {
        if (level < 1 || level > 6) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--slide-level must be a heading level from 1 to 6, was " + level);
        }
        slideLevel = level;
    }

    @Option(names = "--words-per-minute", paramLabel = "N",
            description = "Your speaking pace, to time the talk by the words of its notes. Default: 130")
    void wordsPerMinute(int pace) {
        if (pace < 40 || pace > 400) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--words-per-minute must be a speaking pace from 40 to 400, was " + pace);
        }
        wordsPerMinute = pace;
    }

    /** A folder that exists, or a usage error naming it. */
    static final class ExistingFolder implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path folder = Path.of(value);
            if (!java.nio.file.Files.isDirectory(folder)) {
                throw new CommandLine.TypeConversionException("no such folder: " + value);
            }
            return folder;
        }
    }

    /** The chosen theme; a bad name or file is a {@link lectern.LecternException} naming it. */
    Theme theme() {
        return ThemeLoader.load(theme);
    }

    /**
     * The files a deck's design is read from: the theme's file (none for a shipped theme, unless ./themes/ gains
     * one of its name), the template, and the template the theme names; {@code loaded} is empty when the theme
     * did not load.
     */
    List<Path> designFiles(Optional<Theme> loaded) {
        List<Path> files = new ArrayList<>();
        ThemeLoader.fileOf(theme).ifPresent(files::add);
        Optional.ofNullable(template).ifPresent(files::add);
        loaded.flatMap(Theme::template).ifPresent(files::add);
        return List.copyOf(files);
    }

    PlanOptions planOptions() {
        PlanOptions.Toggle agendaSlide = agenda == null ? PlanOptions.Toggle.AUTO
                : agenda ? PlanOptions.Toggle.ON : PlanOptions.Toggle.OFF;
        return new PlanOptions(slideLevel, sectionDividers).withRoom(agendaSlide, discussion, closing, timing)
                .withTime(wordsPerMinute, Optional.ofNullable(duration)).withBoldOnly(boldOnly).withReveal(reveal);
    }

    Pipeline pipeline(Theme chosen) {
        return KeptPipelines.open(chosen, planOptions(), writeOptions(), designFiles(Optional.of(chosen)));
    }

    WriteOptions writeOptions() {
        return new WriteOptions(keepOriginals, slideNumbers, !noFooter, Optional.ofNullable(footerText), date,
                Optional.ofNullable(author), Optional.ofNullable(subject), keywords, Optional.ofNullable(template),
                allowOutside);
    }
}
