package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lectern.Warnings;
import lectern.deck.DeckPlan;
import lectern.deck.DeckSection;
import lectern.deck.DocumentInfo;
import lectern.deck.NoteParagraph;
import lectern.deck.Picture;
import lectern.deck.PictureSlide;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.deck.TitleSlide;
import lectern.layout.MeasuredCapacity;
import lectern.layout.SlideCapacity;
import lectern.layout.SlideGeometry;
import lectern.read.Essay;
import lectern.read.Image;
import lectern.theme.Theme;

/** Decides the slides of an essay: the second stage of the pipeline. Pure: no files, no fonts. */
public final class DeckPlanner {
    private final PlanOptions options;
    private final SlideCapacity capacity;
    private final FigureSlides figures;
    private final SectionSlides sectionSlides;
    private final RoomSlides room;
    private final PictureLooks looks;

    /** Measures text in the boxes of {@code geometry}, in the theme's fonts and sizes. */
    public DeckPlanner(PlanOptions options, SlideGeometry geometry, Theme theme) {
        this(options, geometry, theme, PictureLooks.NONE);
    }

    /** @param looks what each picture is, which decides whether it is shown whole and on what slide */
    public DeckPlanner(PlanOptions options, SlideGeometry geometry, Theme theme, PictureLooks looks) {
        this(options, new MeasuredCapacity(geometry, theme), looks);
    }

    /** @param capacity whether a slide holds its text: measured, or for tests of the planner's rules, counted */
    public DeckPlanner(PlanOptions options, SlideCapacity capacity) {
        this(options, capacity, PictureLooks.NONE);
    }

    private DeckPlanner(PlanOptions options, SlideCapacity capacity, PictureLooks looks) {
        this.looks = looks;
        this.options = options;
        this.capacity = capacity;
        this.figures = new FigureSlides(capacity);
        this.sectionSlides = new SectionSlides(capacity, figures, options.boldOnly());
        this.room = new RoomSlides(capacity);
    }

    public DeckPlan plan(Essay essay) {
        return plan(essay, new Warnings());
    }

    /** @param warnings where a heading too long for its slide is reported */
    public DeckPlan plan(Essay essay, Warnings warnings) {
        List<Unit> units = Unit.cut(essay, options.slideLevel());
        Function<String, Picture.Look> look = looks.of(essay.source());
        Function<Image, Picture> pictureOf = image ->
                SectionContent.picture(image).withLook(look.apply(image.src()));
        Optional<Picture> titlePicture = Unit.titlePicture(essay, units.get(0), pictureOf);
        titlePicture.filter(p -> Picture.isOnTheWeb(p.src()))
                .ifPresent(p -> fromTheWeb(essay, p.src(), p.line(), "the title slide", warnings));
        titlePicture = titlePicture.filter(p -> !Picture.isOnTheWeb(p.src()));
        Unit.attachLoneImagesToNextHeading(units);

        List<Slide> slides = new ArrayList<>();
        Unit opening = units.get(0);
        SectionContent openingContent = new SectionContent(opening, figures, pictureOf);
        warnFromTheWeb(essay, openingContent, warnings);
        SectionSlides.Shown openingSlides = sectionSlides.opening(essay.title(), essay.titleLine(), openingContent);
        boolean pictureBehindTitle = options.titlePictureOnTitleSlide();
        slides.add(new TitleSlide(Slide.Common.of(essay.title(), new SpeakerNotes(openingSlides.before()),
                essay.titleLine()).withLevel(1), essay.subtitle(), pictureBehindTitle ? titlePicture : Optional.empty()));
        if (!pictureBehindTitle) {
            titlePicture.ifPresent(picture -> slides.add(new PictureSlide(
                    Slide.Common.of(essay.title(), SpeakerNotes.NONE, picture.line()).withLevel(1), Optional.of(picture))));
        }
        int agendaAt = slides.size();
        openingSlides.slides().forEach(slide -> slides.add(slide.withLevel(1)));

        // Sections are found by the slide that opens them: agenda and discussion slides go in between.
        List<Map.Entry<String, Slide>> sectionStarts = new ArrayList<>();
        List<Slide> lastSection = List.of();
        List<NoteParagraph> carried = new ArrayList<>();
        String opens = null;
        int topLevel = units.stream().skip(1).mapToInt(u -> u.level).min().orElse(2);
        for (int u = 1; u < units.size(); u++) {
            Unit unit = units.get(u);
            SectionContent content = new SectionContent(unit, figures, pictureOf);
            warnFromTheWeb(essay, content, warnings);
            List<Slide> own = new ArrayList<>(sectionSlides.section(unit, content, Unit.childHeadings(units, u),
                    options.sectionDividers()));
            if (own.isEmpty()) {
                // Nothing to show: its first subsection opens it, with its heading and prose first in the notes.
                // A table of contents opens nothing: the agenda stands in for it.
                carried.add(NotesBuilder.headingParagraph(unit.heading));
                carried.addAll(content.notes);
                if (unit.level == topLevel && opens == null && !unit.isTableOfContents()) {
                    opens = unit.heading;
                }
                continue;
            }
            if (!carried.isEmpty()) {
                own.set(0, own.get(0).withNotes(own.get(0).notes().after(carried)));
                carried.clear();
            }
            if (options.discussions()) {
                Discussions.questions(content.notes).ifPresent(questions -> own.add(RoomSlides.discussion(unit, questions)));
            }
            if (opens != null || unit.level == topLevel) {
                sectionStarts.add(Map.entry(opens != null ? opens : unit.heading, own.get(0)));
                opens = null;
            }
            slides.addAll(own);
            lastSection = own;
        }
        if (options.closing()) {
            RoomSlides.closing(essay, lastSection).ifPresent(slides::add);
        }
        List<String> agendaItems = sectionStarts.stream().map(Map.Entry::getKey).toList();
        if (options.agenda() == PlanOptions.Toggle.ON && !agendaItems.isEmpty()
                || options.agenda() == PlanOptions.Toggle.AUTO && agendaItems.size() >= RoomSlides.AGENDA_FROM) {
            slides.addAll(agendaAt, room.agenda(agendaItems));
        }

        List<Slide> fitted = new LongTitles(capacity, essay.source(), warnings).fit(slides);
        Timekeeper.Timed timed = new Timekeeper(options).time(Footnotes.place(fitted, essay.footnotes()));
        List<Slide> numbered = new ArrayList<>();
        for (Slide slide : timed.slides()) {
            numbered.add(slide.withNumber(numbered.size() + 1));
        }
        List<DeckSection> sections = new ArrayList<>(List.of(new DeckSection(essay.title(), 1)));
        for (Map.Entry<String, Slide> start : sectionStarts) {
            for (int i = 0; i < slides.size(); i++) {
                if (slides.get(i) == start.getValue()) {
                    sections.add(new DeckSection(start.getKey(), i + 1));
                }
            }
        }
        return new DeckPlan(essay.source(), essay.title(), info(essay), numbered, sections, timed.timing());
    }

    private static void warnFromTheWeb(Essay essay, SectionContent content, Warnings warnings) {
        content.fromTheWeb.forEach(image -> fromTheWeb(essay, image.src(), image.line(), "the slides", warnings));
    }

    private static void fromTheWeb(Essay essay, String src, int line, String where, Warnings warnings) {
        String shown = src.length() <= 60 ? src : src.substring(0, 57) + "...";
        warnings.add(essay.source(), line, "image " + shown + " is on the web, and Lectern never fetches pictures; left "
                + "off " + where + " (download it beside the essay and refer to it there)");
    }

    private static DocumentInfo info(Essay essay) {
        var meta = essay.metadata();
        return new DocumentInfo(essay.title(), meta.author(), meta.subject().or(essay::subtitle), meta.keywords(),
                meta.date().or(essay::lastChanged));
    }
}
