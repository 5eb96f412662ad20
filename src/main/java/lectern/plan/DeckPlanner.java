package lectern.plan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lectern.Warnings;
import lectern.deck.DeckPlan;
import lectern.deck.DeckSection;
import lectern.deck.DocumentInfo;
import lectern.deck.KeyPointsSlide;
import lectern.deck.ObjectivesSlide;
import lectern.deck.NoteParagraph;
import lectern.deck.Picture;
import lectern.deck.PictureSlide;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.deck.TitleSlide;
import lectern.layout.MeasuredCapacity;
import lectern.layout.Scripts;
import lectern.layout.SlideCapacity;
import lectern.layout.SlideGeometry;
import lectern.read.Div;
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
    private final Exercises exercises;

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
        this.exercises = new Exercises(capacity, figures);
    }

    public DeckPlan plan(Essay essay) {
        return plan(essay, new Warnings());
    }

    /** @param warnings where a heading too long for its slide is reported */
    public DeckPlan plan(Essay essay, Warnings warnings) {
        Untimed untimed = untimed(essay, warnings);
        SlideLimit.slides(essay.source(), untimed.slides(), 0);
        boolean reveal = options.reveal() || essay.metadata().reveal().orElse(false);
        List<Slide> slides = reveal ? Reveal.cued(untimed.slides()) : untimed.slides();
        Timekeeper.Timed timed = new Timekeeper(timed(essay)).time(slides);
        return new DeckPlan(essay.source(), essay.title(), info(essay, timed.slides()), numbered(timed.slides()),
                untimed.sections(), timed.timing(), reveal);
    }

    /**
     * A lesson's episodes as one workshop deck, in the order given: a schedule after the title, each episode a
     * section of its own, and breaks between them where {@code workshop} says.
     *
     * @param source where the workshop's pictures are named from: a file in the lesson's folder
     */
    public DeckPlan workshop(Path source, String title, List<Essay> episodes, Workshop.Options workshop,
                             Warnings warnings) {
        DeckPlanner episode = new DeckPlanner(options.withRoom(PlanOptions.Toggle.OFF, options.discussions(), false, false),
                capacity, looks);
        List<Workshop.Episode> planned = new ArrayList<>();
        int before = 0;
        for (Essay essay : episodes) {
            Untimed untimed = episode.untimed(essay, warnings);
            SlideLimit.slides(essay.source(), untimed.slides(), before);
            before += untimed.slides().size();
            int seconds = new Timekeeper(episode.timed(essay)).time(untimed.slides()).timing().ofSeconds();
            planned.add(new Workshop.Episode(essay, untimed.slides(), seconds));
        }
        Workshop.Day day = Workshop.day(source, title, planned, workshop);
        PlanOptions keeping = options.duration().isPresent() ? options
                : options.withTime(options.wordsPerMinute(), Optional.of(Duration.ofMinutes(day.minutes())));
        SlideLimit.slides(source, day.slides(), 0);
        List<Slide> slides = UniqueTitles.acrossEssays(day.slides());
        boolean reveal = options.reveal() || episodes.stream().anyMatch(e -> e.metadata().reveal().orElse(false));
        Timekeeper.Timed timed = new Timekeeper(keeping).time(reveal ? Reveal.cued(slides) : slides);
        DocumentInfo info = new DocumentInfo(title, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                episodes.stream().findFirst().map(first -> language(first, day.slides())).orElse(DocumentInfo.ENGLISH));
        return new DeckPlan(source, title, info, numbered(timed.slides()), day.sections(), timed.timing(), reveal);
    }

    private static List<Slide> numbered(List<Slide> slides) {
        List<Slide> numbered = new ArrayList<>();
        for (Slide slide : slides) {
            numbered.add(slide.withNumber(numbered.size() + 1));
        }
        return numbered;
    }

    /** An essay's slides before they are timed, and the sections of the slide sorter they fall into. */
    record Untimed(List<Slide> slides, List<DeckSection> sections) {
    }

    private Untimed untimed(Essay essay, Warnings warnings) {
        List<Unit> units = Unit.cut(essay, options.slideLevel());
        SlideLimit.units(essay.source(), units);
        Lesson lesson = Lesson.take(units);
        Map<Div, List<Integer>> timeboxes = timeboxes(lesson, essay);
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
        if (lesson.hasOpening()) {
            slides.add(new ObjectivesSlide(Slide.Common.of(lesson.objectives.isEmpty() ? ObjectivesSlide.QUESTIONS
                    : ObjectivesSlide.OBJECTIVES, SpeakerNotes.NONE, lesson.objectivesLine).withLevel(1),
                    lesson.questions, lesson.objectives));
        }
        int agendaAt = slides.size();
        openingSlides.slides().forEach(slide -> slides.add(slide.withLevel(1)));
        setApart(lesson, 0, essay.title(), 1, timeboxes, pictureOf).forEach(slides::addAll);
        // Which heading each slide comes from, so a slide is taken for its heading's continuation only when it is one.
        Map<Slide, Integer> unitOf = new IdentityHashMap<>();
        slides.forEach(slide -> unitOf.put(slide, 0));

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
            List<List<Slide>> apart = setApart(lesson, u, unit.heading, unit.level, timeboxes, pictureOf);
            if (own.isEmpty() && !apart.isEmpty()) {
                // Its exercises open it: its heading and prose go first in their notes.
                carried.add(NotesBuilder.headingParagraph(unit.heading));
                carried.addAll(content.notes);
            }
            inOrder(own, apart);
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
            int from = u;
            own.forEach(slide -> unitOf.put(slide, from));
            lastSection = own;
        }
        if (!lesson.keyPoints.isEmpty()) {
            // A lesson closes on what the room should take away, not on the repeat of a claim.
            slides.add(new KeyPointsSlide(Slide.Common.of(KeyPointsSlide.TITLE, SpeakerNotes.NONE, lesson.keyPointsLine)
                    .withLevel(1), lesson.keyPoints));
        } else if (options.closing()) {
            RoomSlides.closing(essay, lastSection).ifPresent(slides::add);
        }
        List<String> agendaItems = sectionStarts.stream().map(Map.Entry::getKey).toList();
        if (options.agenda() == PlanOptions.Toggle.ON && !agendaItems.isEmpty()
                || options.agenda() == PlanOptions.Toggle.AUTO && agendaItems.size() >= RoomSlides.AGENDA_FROM) {
            slides.addAll(agendaAt, room.agenda(agendaItems));
        }

        List<Integer> headingOf = slides.stream().map(slide -> unitOf.getOrDefault(slide, -1)).toList();
        List<Slide> fitted = UniqueTitles.of(new LongTitles(capacity, essay.source(), warnings).fit(slides), headingOf);
        List<DeckSection> sections = new ArrayList<>(List.of(new DeckSection(essay.title(), 1)));
        // Each section's opening slide is looked up, not searched for: 100,000 sections are not 100,000 searches.
        Map<Slide, Integer> numberOf = new IdentityHashMap<>();
        java.util.stream.IntStream.range(0, slides.size()).forEach(i -> numberOf.putIfAbsent(slides.get(i), i + 1));
        for (Map.Entry<String, Slide> start : sectionStarts) {
            sections.add(new DeckSection(start.getKey(), numberOf.get(start.getValue())));
        }
        return new Untimed(Footnotes.place(fitted, essay.footnotes()), sections);
    }

    /** A lesson's time, when no other was asked for: its teaching and exercise minutes together. */
    private PlanOptions timed(Essay essay) {
        return options.duration().isPresent() ? options : essay.metadata().lesson().filter(l -> l.total() > 0)
                .map(l -> options.withTime(options.wordsPerMinute(), Optional.of(Duration.ofMinutes(l.total()))))
                .orElse(options);
    }

    private static Map<Div, List<Integer>> timeboxes(Lesson lesson, Essay essay) {
        List<Div> exercises = lesson.exercises.stream().map(Lesson.Placed::div).toList();
        List<List<Integer>> minutes = Timeboxes.of(exercises, essay.metadata().lesson());
        Map<Div, List<Integer>> of = new IdentityHashMap<>();
        for (int i = 0; i < exercises.size(); i++) {
            of.put(exercises.get(i), minutes.get(i));
        }
        return of;
    }

    /** The slides of each exercise and callout a unit sets apart, in the order they stand. */
    private List<List<Slide>> setApart(Lesson lesson, int unit, String heading, int level,
                                       Map<Div, List<Integer>> timeboxes, Function<Image, Picture> pictureOf) {
        List<List<Slide>> slides = new ArrayList<>();
        for (Div div : lesson.setApartIn(unit)) {
            slides.add(timeboxes.containsKey(div) ? exercises.slides(div, heading, level, timeboxes.get(div), pictureOf)
                    : List.of(Callouts.slide(div, heading).withLevel(level)));
        }
        return slides;
    }

    /**
     * Each exercise's or callout's slides among the section's, before the first that shows what comes after it in
     * the essay: a warning before the code it warns of, an exercise after what it practises.
     */
    private static void inOrder(List<Slide> own, List<List<Slide>> apart) {
        for (List<Slide> group : apart) {
            int line = group.get(0).line();
            int at = own.size();
            for (int i = 0; i < own.size(); i++) {
                if (own.get(i).line() > line) {
                    at = i;
                    break;
                }
            }
            own.addAll(at, group);
        }
    }

    private static void warnFromTheWeb(Essay essay, SectionContent content, Warnings warnings) {
        content.fromTheWeb.forEach(image -> fromTheWeb(essay, image.src(), image.line(), "the slides", warnings));
    }

    private static void fromTheWeb(Essay essay, String src, int line, String where, Warnings warnings) {
        String shown = src.length() <= 60 ? src : src.substring(0, 57) + "...";
        warnings.add(essay.source(), line, "image " + shown + " is on the web, and Lectern never fetches pictures; left "
                + "off " + where + " (download it beside the essay and refer to it there)");
    }

    private static DocumentInfo info(Essay essay, List<Slide> slides) {
        var meta = essay.metadata();
        return new DocumentInfo(essay.title(), meta.author(), meta.subject().or(essay::subtitle), meta.keywords(),
                meta.date().or(essay::lastChanged), language(essay, slides));
    }

    /** The essay's own word for its language, else the script most of the deck's words are written in. */
    private static String language(Essay essay, List<Slide> slides) {
        return essay.metadata().language().orElseGet(() -> Scripts.languageOf(Slide.text(slides), DocumentInfo.ENGLISH));
    }
}
