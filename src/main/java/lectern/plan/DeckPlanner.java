package lectern.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lectern.Warnings;
import lectern.deck.AgendaSlide;
import lectern.deck.Claim;
import lectern.deck.ClaimsSlide;
import lectern.deck.ClaimsWithPictureSlide;
import lectern.deck.ClosingSlide;
import lectern.deck.DeckPlan;
import lectern.deck.DeckSection;
import lectern.deck.DiscussionSlide;
import lectern.deck.DocumentInfo;
import lectern.deck.Figure;
import lectern.deck.NoteParagraph;
import lectern.deck.Picture;
import lectern.deck.PictureSlide;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.deck.StatementSlide;
import lectern.deck.TitleSlide;
import lectern.layout.MeasuredCapacity;
import lectern.layout.SlideCapacity;
import lectern.layout.SlideGeometry;
import lectern.read.Block;
import lectern.read.Essay;
import lectern.read.Image;
import lectern.read.Section;
import lectern.read.ThematicBreak;
import lectern.theme.Theme;

/** Decides the slides of an essay: the second stage of the pipeline. Pure: no files, no fonts. */
public final class DeckPlanner {
    private final PlanOptions options;
    private final SlideCapacity capacity;
    private final FigureSlides figures;

    /** Measures text in the boxes of {@code geometry}, in the theme's fonts and sizes. */
    public DeckPlanner(PlanOptions options, SlideGeometry geometry, Theme theme) {
        this(options, new MeasuredCapacity(geometry, theme));
    }

    /** @param capacity whether a slide holds its text: measured, or for tests of the planner's rules, counted */
    public DeckPlanner(PlanOptions options, SlideCapacity capacity) {
        this.options = options;
        this.capacity = capacity;
        this.figures = new FigureSlides(capacity);
    }

    public DeckPlan plan(Essay essay) {
        return plan(essay, new Warnings());
    }

    /** @param warnings where a heading too long for its slide is reported */
    public DeckPlan plan(Essay essay, Warnings warnings) {
        List<Unit> units = units(essay);
        Optional<Picture> titlePicture = titlePicture(essay, units.get(0));
        attachLoneImagesToNextHeading(units);

        List<Slide> slides = new ArrayList<>();
        Unit opening = units.get(0);
        SectionContent openingContent = content(opening);
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
            openingSlides.addAll(claimSlides(essay.title(), essay.titleLine(), Optional.empty(), openingContent));
        }
        openingSlides.addAll(figures.slides(essay.title(), openingContent.figures, SpeakerNotes.NONE));
        openingSlides.addAll(extraPictureSlides(essay.title(), openingContent, -1));
        openingSlides.forEach(slide -> slides.add(slide.withLevel(1)));

        // Sections are found by the slide that opens them: agenda and discussion slides go in between.
        List<Map.Entry<String, Slide>> sectionStarts = new ArrayList<>();
        int topLevel = units.stream().skip(1).mapToInt(u -> u.level).min().orElse(2);
        for (int u = 1; u < units.size(); u++) {
            Unit unit = units.get(u);
            SectionContent content = content(unit);
            List<Slide> own = new ArrayList<>();
            List<String> children = childHeadings(units, u);
            boolean onlyProse = content.claims.isEmpty() && content.pictures.isEmpty() && content.figures.isEmpty();
            if (options.sectionDividers() && !children.isEmpty()) {
                // A section with nothing of its own to show is its divider; its prose goes with it.
                own.add(contents(new SectionSlide(Slide.Common.of(unit.heading,
                        onlyProse ? new SpeakerNotes(content.notes) : SpeakerNotes.NONE, unit.line).withLevel(unit.level),
                        children)));
            }
            if (own.isEmpty() || !onlyProse) {
                own.addAll(sectionSlides(unit, content).stream().map(slide -> slide.withLevel(unit.level)).toList());
            }
            if (options.discussions()) {
                Discussions.questions(content.notes).ifPresent(questions -> own.add(discussion(unit, questions)));
            }
            if (unit.level == topLevel) {
                sectionStarts.add(Map.entry(unit.heading, own.get(0)));
            }
            slides.addAll(own);
        }
        if (options.closing()) {
            closing(essay, slides).ifPresent(slides::add);
        }
        List<String> agendaItems = sectionStarts.stream().map(Map.Entry::getKey).toList();
        if (options.agenda() == PlanOptions.Toggle.ON && !agendaItems.isEmpty()
                || options.agenda() == PlanOptions.Toggle.AUTO && agendaItems.size() >= AGENDA_FROM) {
            slides.addAll(agendaAt, agenda(agendaItems));
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

    /** An agenda helps a room from this many sections on. */
    static final int AGENDA_FROM = 4;
    /** The words Lectern puts on the slides it adds for the room; everything else on a slide is the author's. */
    static final String AGENDA = "Agenda";
    static final String DISCUSSION = "Discussion";

    private List<Slide> agenda(List<String> sections) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String section : sections) {
            page.add(section);
            if (page.size() > 1 && !capacity.fits(agendaSlide(true, page, 1))) {
                page.remove(page.size() - 1);
                pages.add(page);
                page = new ArrayList<>(List.of(section));
            }
        }
        pages.add(page);
        List<List<String>> even = evenly(sections, pages.size());
        boolean evenFits = even.stream().allMatch(p -> capacity.fits(agendaSlide(true, p, 1)));
        List<Slide> slides = new ArrayList<>();
        int number = 1;
        for (List<String> items : evenFits ? even : pages) {
            slides.add(agendaSlide(slides.isEmpty(), items, number));
            number += items.size();
        }
        return slides;
    }

    /** Items shared out over so many pages as evenly as they go, earlier pages the fuller: 5 and 4, not 8 and 1. */
    private static List<List<String>> evenly(List<String> items, int pages) {
        List<List<String>> shared = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < pages; p++) {
            int size = (items.size() - from + (pages - p) - 1) / (pages - p);
            shared.add(items.subList(from, from + size));
            from += size;
        }
        return shared;
    }

    private static AgendaSlide agendaSlide(boolean first, List<String> sections, int firstNumber) {
        Slide.Common common = Slide.Common.of(first ? AGENDA : AGENDA + " (continued)", SpeakerNotes.NONE, 0).withLevel(1);
        return new AgendaSlide(first ? common : common.continued(), sections, firstNumber);
    }

    private static Slide discussion(Unit unit, List<String> questions) {
        SpeakerNotes notes = new SpeakerNotes(List.of(NoteParagraph.cue("Discussion about \u201C" + unit.heading
                + "\u201D, about " + DiscussionSlide.minutes(questions) + " minutes: put the questions to the room and "
                + "take a few answers before you go on.")));
        return new DiscussionSlide(Slide.Common.of(DISCUSSION, notes, unit.line).withLevel(unit.level), questions);
    }

    /**
     * The last slide: the essay's last claim (or, without claims, its last section's heading), with who is
     * presenting and how to reach them, from the front matter.
     */
    private static Optional<Slide> closing(Essay essay, List<Slide> slides) {
        Optional<Claim> last = slides.stream().flatMap(s -> s.claims().stream()).reduce((a, b) -> b);
        Optional<String> heading = essay.sections().isEmpty() ? Optional.empty()
                : Optional.of(essay.sections().get(essay.sections().size() - 1).heading());
        if (last.isEmpty() && heading.isEmpty()) {
            return Optional.empty();
        }
        List<String> presenter = new ArrayList<>();
        for (String key : List.of("presenter", "contact", "email", "website")) {
            frontMatter(essay, key).ifPresent(presenter::add);
        }
        if (frontMatter(essay, "presenter").isEmpty()) {
            essay.metadata().author().ifPresent(author -> presenter.add(0, author));
        }
        return Optional.of(new ClosingSlide(Slide.Common.of(last.map(Claim::text).orElseGet(heading::get),
                SpeakerNotes.NONE, last.map(Claim::line).orElse(0)).withLevel(1), last, presenter));
    }

    private static Optional<String> frontMatter(Essay essay, String key) {
        Object value = essay.frontMatter().get(key);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().strip());
    }

    private static DocumentInfo info(Essay essay) {
        var meta = essay.metadata();
        return new DocumentInfo(essay.title(), meta.author(), meta.subject().or(essay::subtitle), meta.keywords(),
                meta.date().or(essay::lastChanged));
    }

    /** A divider lists its subsections when they fit under its heading at a readable size. */
    private SectionSlide contents(SectionSlide divider) {
        return capacity.fits(divider) ? divider : divider.withSubsections(List.of());
    }

    /** Headings of the subsections of unit {@code u} that have slides of their own, one level down. */
    private static List<String> childHeadings(List<Unit> units, int u) {
        int end = u + 1;
        int depth = Integer.MAX_VALUE;
        while (end < units.size() && units.get(end).level > units.get(u).level) {
            depth = Math.min(depth, units.get(end).level);
            end++;
        }
        int childLevel = depth;
        return units.subList(u + 1, end).stream().filter(c -> c.level == childLevel).map(c -> c.heading).toList();
    }

    /** A heading that starts a slide, with everything under it down to the next such heading. */
    private static final class Unit {
        final String heading;
        final int level;
        final int line;
        final List<Block> blocks = new ArrayList<>();
        final List<Image> imagesFromAbove = new ArrayList<>();
        final List<Section> subsections = new ArrayList<>();

        Unit(String heading, int level, int line) {
            this.heading = heading;
            this.level = level;
            this.line = line;
        }
    }

    private List<Unit> units(Essay essay) {
        List<Unit> units = new ArrayList<>();
        Unit opening = new Unit(null, 1, essay.titleLine());
        // Prose that stands above the title is still the author's: it opens the talk.
        essay.beforeTitle().stream().filter(b -> !(b instanceof Image)).forEach(opening.blocks::add);
        opening.blocks.addAll(essay.opening());
        units.add(opening);
        for (Section section : essay.sections()) {
            if (section.level() <= options.slideLevel() || units.size() == 1) {
                Unit unit = new Unit(section.heading(), section.level(), section.line());
                unit.blocks.addAll(section.blocks());
                units.add(unit);
            } else {
                units.get(units.size() - 1).subsections.add(section);
            }
        }
        return units;
    }

    /** The picture before the H1, or one standing right under it before any prose. */
    private static Optional<Picture> titlePicture(Essay essay, Unit opening) {
        List<Image> above = essay.beforeTitle().stream().filter(Image.class::isInstance).map(Image.class::cast).toList();
        if (!above.isEmpty()) {
            return Optional.of(picture(above.get(above.size() - 1)));
        }
        if (essay.titleLine() > 0 && !opening.blocks.isEmpty() && opening.blocks.get(0) instanceof Image image) {
            opening.blocks.remove(0);
            return Optional.of(picture(image));
        }
        return Optional.empty();
    }

    /**
     * An image that ends a section after a {@code ---} stands on its own before the next heading: the
     * author put it there for that heading, so it goes to that heading's slide.
     */
    private static void attachLoneImagesToNextHeading(List<Unit> units) {
        for (int u = 0; u + 1 < units.size(); u++) {
            Unit unit = units.get(u);
            List<Block> tail = unit.subsections.isEmpty() ? unit.blocks
                    : new ArrayList<>(unit.subsections.get(unit.subsections.size() - 1).blocks());
            int i = tail.size();
            while (i > 0 && tail.get(i - 1) instanceof Image) {
                i--;
            }
            boolean afterBreak = i > 0 && tail.get(i - 1) instanceof ThematicBreak;
            boolean aloneAtTop = u == 0 && i == 0 && unit.subsections.isEmpty();
            if (i == tail.size() || !(afterBreak || aloneAtTop)) {
                continue;
            }
            List<Image> moved = tail.subList(i, tail.size()).stream().map(Image.class::cast).toList();
            units.get(u + 1).imagesFromAbove.addAll(0, moved);
            if (unit.subsections.isEmpty()) {
                unit.blocks.subList(i, unit.blocks.size()).clear();
            } else {
                Section last = unit.subsections.remove(unit.subsections.size() - 1);
                unit.subsections.add(new Section(last.level(), last.heading(), last.line(), tail.subList(0, i)));
            }
        }
    }

    /** Notes, claims, pictures and figures of one unit, in essay order. */
    private static final class SectionContent {
        List<NoteParagraph> notes;
        List<NotesBuilder.FoundClaim> claims;
        final List<Picture> pictures = new ArrayList<>();
        final List<Figure> figures = new ArrayList<>();
    }

    private SectionContent content(Unit unit) {
        SectionContent content = new SectionContent();
        String heading = unit.heading == null ? "" : unit.heading;
        NotesBuilder notes = new NotesBuilder();
        notes.blocks(figures.take(unit.blocks, heading, content.figures), NoteParagraph.Style.PROSE, 0);
        for (Section sub : unit.subsections) {
            notes.heading(sub.heading());
            notes.blocks(figures.take(sub.blocks(), heading, content.figures), NoteParagraph.Style.PROSE, 0);
        }
        content.notes = notes.paragraphs();
        Map<String, NotesBuilder.FoundClaim> unique = new LinkedHashMap<>();
        notes.claims().forEach(found -> unique.putIfAbsent(found.claim().text(), found));
        content.claims = List.copyOf(unique.values());
        unit.imagesFromAbove.forEach(image -> content.pictures.add(picture(image)));
        collectImages(unit.blocks, content.pictures);
        unit.subsections.forEach(sub -> collectImages(sub.blocks(), content.pictures));
        return content;
    }

    private static void collectImages(List<Block> blocks, List<Picture> into) {
        for (Block block : blocks) {
            if (block instanceof Image image) {
                into.add(picture(image));
            } else if (block instanceof lectern.read.ListBlock list) {
                list.items().forEach(item -> collectImages(item.blocks(), into));
            } else if (block instanceof lectern.read.Quote quote) {
                collectImages(quote.blocks(), into);
            }
        }
    }

    private static Picture picture(Image image) {
        return new Picture(image.src(), AltText.of(image), image.line(), Picture.Focus.of(image.src()));
    }

    private List<Slide> sectionSlides(Unit unit, SectionContent content) {
        Optional<Picture> picture = content.pictures.stream().findFirst();
        List<Slide> slides = new ArrayList<>();
        if (content.claims.isEmpty() && picture.isEmpty() && !content.figures.isEmpty()) {
            // A table, code or quotation can carry a section with nothing else to show: it gets the heading.
            slides.addAll(figures.slides(unit.heading, content.figures, new SpeakerNotes(content.notes)));
        } else {
            Slide.Common common = Slide.Common.of(unit.heading, new SpeakerNotes(content.notes), unit.line);
            List<Slide> own = content.claims.isEmpty()
                    ? List.of(picture.isPresent() ? new PictureSlide(common, picture) : new SectionSlide(common, List.of()))
                    : claimSlides(unit.heading, unit.line, picture, content);
            List<Slide> shown = figures.slides(unit.heading, content.figures, SpeakerNotes.NONE);
            // Figures keep their place in the essay: before the claims when the first comes before them.
            boolean figuresFirst = !content.figures.isEmpty() && !content.claims.isEmpty()
                    && content.figures.get(0).line() < content.claims.get(0).claim().line();
            slides.addAll(figuresFirst ? shown : own);
            slides.addAll(figuresFirst ? own : shown);
        }
        slides.addAll(extraPictureSlides(unit.heading, content, 0));
        return slides;
    }

    /**
     * The slides that show a heading's claims: one claim with nothing beside it is a statement; claims
     * beside a picture share the slide with it; the rest are listed under the heading.
     */
    private List<Slide> claimSlides(String heading, int line, Optional<Picture> picture, SectionContent content) {
        List<Claim> claims = claimsOf(content.claims);
        if (picture.isEmpty() && claims.size() == 1) {
            StatementSlide statement = new StatementSlide(Slide.Common.of(heading, new SpeakerNotes(content.notes), line),
                    claims.get(0));
            if (capacity.fits(statement)) {
                return List.of(statement);
            }
        }
        return split(heading, line, picture, content);
    }

    /** Slides for the pictures after a unit's first (or all of them when {@code shown} is -1). */
    private static List<Slide> extraPictureSlides(String heading, SectionContent content, int shown) {
        List<Slide> slides = new ArrayList<>();
        for (int i = shown + 1; i < content.pictures.size(); i++) {
            Picture picture = content.pictures.get(i);
            slides.add(new PictureSlide(Slide.Common.of(heading + " (continued)", SpeakerNotes.NONE, picture.line())
                    .continued(), Optional.of(picture)));
        }
        return slides;
    }

    /**
     * Puts as many claims on a slide as fit at a readable size and continues on "(continued)" slides; each
     * slide's notes start at the paragraph its first claim comes from, so the notes follow the claims.
     */
    private List<Slide> split(String heading, int line, Optional<Picture> picture, SectionContent content) {
        List<List<NotesBuilder.FoundClaim>> chunks = new ArrayList<>();
        List<NotesBuilder.FoundClaim> chunk = new ArrayList<>();
        for (NotesBuilder.FoundClaim found : content.claims) {
            chunk.add(found);
            Slide candidate = claimsSlide(Slide.Common.of(heading, SpeakerNotes.NONE, line),
                    chunks.isEmpty() ? picture : Optional.empty(), claimsOf(chunk));
            if (chunk.size() > 1 && !capacity.fits(candidate)) {
                chunk.remove(chunk.size() - 1);
                chunks.add(chunk);
                chunk = new ArrayList<>(List.of(found));
            }
        }
        chunks.add(chunk);

        List<Slide> slides = new ArrayList<>();
        int notesFrom = 0;
        for (int c = 0; c < chunks.size(); c++) {
            int notesTo = c + 1 < chunks.size()
                    ? Math.max(notesFrom, chunks.get(c + 1).get(0).paragraph()) : content.notes.size();
            SpeakerNotes notes = new SpeakerNotes(content.notes.subList(notesFrom, notesTo));
            notesFrom = notesTo;
            boolean first = c == 0;
            Slide.Common common = first ? Slide.Common.of(heading, notes, line)
                    : Slide.Common.of(heading + " (continued)", notes, chunks.get(c).get(0).claim().line()).continued();
            slides.add(claimsSlide(common, first ? picture : Optional.empty(), claimsOf(chunks.get(c))));
        }
        return slides;
    }

    /** Claims beside the section's picture share the slide with it; the rest are listed under the heading. */
    private static Slide claimsSlide(Slide.Common common, Optional<Picture> picture, List<Claim> claims) {
        return picture.isPresent() ? new ClaimsWithPictureSlide(common, claims, picture) : new ClaimsSlide(common, claims);
    }

    private static List<Claim> claimsOf(List<NotesBuilder.FoundClaim> found) {
        return found.stream().map(NotesBuilder.FoundClaim::claim).toList();
    }
}
