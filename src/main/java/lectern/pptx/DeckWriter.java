package lectern.pptx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lectern.LecternException;
import lectern.Limits;
import lectern.Progress;
import lectern.Warnings;
import lectern.deck.DeckPlan;
import lectern.deck.Slide;
import lectern.deck.SlideNames;
import lectern.deck.Timing;
import lectern.layout.Fonts;
import lectern.layout.Region;
import lectern.layout.TextMeasure;
import lectern.picture.PictureIntake;
import lectern.pptx.design.DeckDesign;
import lectern.pptx.design.FooterBand;
import lectern.pptx.design.NotesDesign;
import lectern.pptx.rebuild.DeckFile;
import lectern.pptx.rebuild.Rebuild;
import lectern.pptx.slide.SlideWriter;
import lectern.theme.Theme;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/** Writes a deck plan as a PowerPoint file in a theme: the last stage of the pipeline. */
public final class DeckWriter {
    /** Opens the next deck's masters and layouts while the essay is being read: a fifth of a build, done on the side. */
    private static final ExecutorService AHEAD = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "lectern: open the next deck");
        thread.setDaemon(true);
        return thread;
    });

    private final Theme theme;
    private final WriteOptions options;
    private final DeckDesign design;
    private Future<DeckDesign.Designed> prepared;

    public DeckWriter(Design design, WriteOptions options) {
        this.theme = design.theme();
        this.options = options;
        this.design = design.layouts();
    }

    /**
     * What was written.
     *
     * @param bytes       the deck's size
     * @param madeSmaller how many pictures went in smaller than their files
     * @param rebuild     where the deck went, and what became of the file that was there
     */
    public record Written(long bytes, int madeSmaller, Rebuild rebuild) {
    }

    private SlideWriter.Furniture furniture(DeckPlan plan) {
        // A footer holds one line in the narrowest band it is drawn in; a longer title is cut after a word.
        Optional<String> footer = options.footer()
                ? Optional.of(new TextMeasure(Fonts.firstInstalled(theme.fonts().body())).oneLine(
                        options.footerText().orElse(plan.title()), FooterBand.SIZE, Region.FOOTER_LEFT.textWidth()))
                        .filter(text -> !text.isEmpty())
                : Optional.empty();
        String language = plan.info().language();
        Optional<String> date = options.date() ? plan.info().date().map(d -> day(d, language)) : Optional.empty();
        return new SlideWriter.Furniture(options.slideNumbers(), footer, date, language);
    }

    /** A date as a presenter writes it, in the essay's language: 24 November 2026, 24. November 2026. */
    private static String day(Instant date, String language) {
        Locale locale = Locale.forLanguageTag(language);
        DateTimeFormatter format = locale.getLanguage().equals("en")
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return format.withZone(ZoneOffset.UTC).format(date);
    }

    /**
     * Writes the deck to {@code target}, replacing it only once the new deck is complete, and only when it is
     * Lectern's own deck as Lectern wrote it (see {@link DeckFile}).
     *
     * @param force replace a deck that was edited or that Lectern did not write, after moving it aside
     */
    public Written write(DeckPlan plan, Path target, boolean force, Warnings warnings) {
        return write(plan, target, force, warnings, Progress.NONE);
    }

    /** As {@link #write(DeckPlan, Path, boolean, Warnings)}, saying which slide it is writing to {@code progress}. */
    public Written write(DeckPlan plan, Path target, boolean force, Warnings warnings, Progress progress) {
        try {
            DeckDesign.Designed designed = designed();
            design.leftOut().forEach(left -> warnings.add(left.file(), left.line(), left.message()));
            try (XMLSlideShow drawn = designed.show()) {
                int madeSmaller = draw(designed, plan, warnings, progress);
                progress.now("saving " + Limits.number(plan.slides().size()) + " slides");
                DeckFile.Written written = DeckFile.write(drawn, target, DocumentProperties.date(plan), force);
                return new Written(written.bytes(), madeSmaller, written.rebuild());
            } finally {
                // The next essay, or the next save of this one under --watch, finds its deck open.
                prepare();
            }
        } catch (IOException e) {
            throw new LecternException(target, 0, "cannot write the deck: " + e.getMessage(), e);
        }
    }

    /**
     * Starts opening a deck of this writer's design on the side, for the next {@link #write}: call it before
     * reading an essay, and the deck is open by the time the essay is planned.
     */
    public synchronized void prepare() {
        if (prepared == null) {
            prepared = AHEAD.submit(design::open);
        }
    }

    private synchronized DeckDesign.Designed designed() throws IOException {
        Future<DeckDesign.Designed> ready = prepared;
        prepared = null;
        if (ready == null) {
            return design.open();
        }
        try {
            return ready.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the deck", e);
        } catch (ExecutionException e) {
            throw opening(e);
        }
    }

    /**
     * What failed on the side as the deck was opened, thrown here as if it had failed here: an error of Java's own
     * (memory ran out) stays one, so the user is told what it is rather than of a failure wrapped in another.
     */
    static IOException opening(ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
            return io;
        }
        if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(e.getCause());
    }

    /** Fills the designed deck with the plan's slides; returns how many pictures went in smaller than their files. */
    private int draw(DeckDesign.Designed designed, DeckPlan plan, Warnings warnings, Progress progress) throws IOException {
        XMLSlideShow show = designed.show();
        PictureIntake intake = new PictureIntake(plan.source(), options.allowOutside(), options.keepOriginals());
        SlideWriter slides = new SlideWriter(designed, design.geometry(), theme, intake, warnings, furniture(plan),
                design.stylesNotes());
        plan.slides().forEach(slides::expect);
        List<String> names = SlideNames.of(plan.slides());
        String of = " of " + Limits.number(names.size());
        for (int i = 0; i < names.size(); i++) {
            progress.now("writing slide " + Limits.number(i + 1) + of);
            Slide slide = plan.slides().get(i);
            slides.write(slide, names.get(i), plan.timing().slides().get(i).advice() == Timing.Advice.SKIP,
                    plan.reveals(slide));
        }
        if (show.getNotesMaster() != null && design.stylesNotes()) {
            // POI makes the notes master with the first notes page, so it can only be styled now.
            NotesDesign.apply(show.getNotesMaster(), theme);
        }
        NotesDesign.oneThemePerPresentation(show);
        DocumentProperties.apply(show, plan, options);
        SorterSections.write(show, plan.sections());
        return intake.madeSmaller();
    }
}
