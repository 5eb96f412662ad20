package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lectern.Warnings;
import lectern.deck.DeckPlan;
import lectern.deck.DeckSection;
import lectern.deck.DocumentInfo;
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
import lectern.theme.Theme;

/** Decides the slides of an essay: the second stage of the pipeline. Pure: no files, no fonts. */
public final class DeckPlanner {
    private final PlanOptions options;
    private final SlideCapacity capacity;
    private final FigureSlides figures;
    private final SectionSlides sectionSlides;
    private final RoomSlides room;

    /** Measures text in the boxes of {@code geometry}, in the theme's fonts and sizes. */
    public DeckPlanner(PlanOptions options, SlideGeometry geometry, Theme theme) {
        this(options, new MeasuredCapacity(geometry, theme));
    }

    /** @param capacity whether a slide holds its text: measured, or for tests of the planner's rules, counted */
    public DeckPlanner(PlanOptions options, SlideCapacity capacity) {
        this.options = options;
        this.capacity = capacity;
        this.figures = new FigureSlides(capacity);
        this.sectionSlides = new SectionSlides(capacity, figures);
        this.room = new RoomSlides(capacity);
    }

    public DeckPlan plan(Essay essay) {
        return plan(essay, new Warnings());
    }

    /** @param warnings where a heading too long for its slide is reported */
    public DeckPlan plan(Essay essay, Warnings warnings) {
        List<Unit> units = Unit.cut(essay, options.slideLevel());
        Optional<Picture> titlePicture = Unit.titlePicture(essay, units.get(0));
        Unit.attachLoneImagesToNextHeading(units);

        List<Slide> slides = new ArrayList<>();
        Unit opening = units.get(0);
        SectionContent openingContent = new SectionContent(opening, figures);
        boolean openingHasClaims = !openingContent.claims.isEmpty();
        boolean pictureBehindTitle = options.titlePictureOnTitleSlide();
        slides.add(new TitleSlide(Slide.Common.of(essay.title(),
                openingHasClaims ? SpeakerNotes.NONE : new SpeakerNotes(openingContent.notes), essay.titleLine()).withLevel(1),
                essay.subtitle(), pictureBehindTitle ? titlePicture : Optional.empty()));
        if (!pictureBehindTitle) {
            titlePicture.ifPresent(picture -> slides.add(new PictureSlide(
                    Slide.Common.of(essay.title(), SpeakerNotes.NONE, picture.line()).withLevel(1), Optional.of(picture))));
        }
        int agendaAt = slides.size();
        List<Slide> openingSlides = new ArrayList<>();
        if (openingHasClaims) {
            openingSlides.addAll(sectionSlides.claimSlides(essay.title(), essay.titleLine(), Optional.empty(), openingContent));
        }
        openingSlides.addAll(figures.slides(essay.title(), openingContent.figures, SpeakerNotes.NONE));
        openingSlides.addAll(SectionSlides.extraPictureSlides(essay.title(), openingContent, -1));
        openingSlides.forEach(slide -> slides.add(slide.withLevel(1)));

        // Sections are found by the slide that opens them: agenda and discussion slides go in between.
        List<Map.Entry<String, Slide>> sectionStarts = new ArrayList<>();
        int topLevel = units.stream().skip(1).mapToInt(u -> u.level).min().orElse(2);
        for (int u = 1; u < units.size(); u++) {
            Unit unit = units.get(u);
            SectionContent content = new SectionContent(unit, figures);
            List<Slide> own = new ArrayList<>();
            List<String> children = Unit.childHeadings(units, u);
            boolean onlyProse = content.claims.isEmpty() && content.pictures.isEmpty() && content.figures.isEmpty();
            if (options.sectionDividers() && !children.isEmpty()) {
                // A section with nothing of its own to show is its divider; its prose goes with it.
                own.add(sectionSlides.divider(new SectionSlide(Slide.Common.of(unit.heading,
                        onlyProse ? new SpeakerNotes(content.notes) : SpeakerNotes.NONE, unit.line).withLevel(unit.level),
                        children)));
            }
            if (own.isEmpty() || !onlyProse) {
                own.addAll(sectionSlides.of(unit, content).stream().map(slide -> slide.withLevel(unit.level)).toList());
            }
            if (options.discussions()) {
                Discussions.questions(content.notes).ifPresent(questions -> own.add(RoomSlides.discussion(unit, questions)));
            }
            if (unit.level == topLevel) {
                sectionStarts.add(Map.entry(unit.heading, own.get(0)));
            }
            slides.addAll(own);
        }
        if (options.closing()) {
            RoomSlides.closing(essay, slides).ifPresent(slides::add);
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

    private static DocumentInfo info(Essay essay) {
        var meta = essay.metadata();
        return new DocumentInfo(essay.title(), meta.author(), meta.subject().or(essay::subtitle), meta.keywords(),
                meta.date().or(essay::lastChanged));
    }
}
