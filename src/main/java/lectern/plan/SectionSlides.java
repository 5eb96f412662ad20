package lectern.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lectern.deck.Claim;
import lectern.deck.ClaimsSlide;
import lectern.deck.ClaimsWithPictureSlide;
import lectern.deck.DiagramSlide;
import lectern.deck.Figure;
import lectern.deck.ListSlide;
import lectern.deck.NoteParagraph;
import lectern.deck.Picture;
import lectern.deck.PictureSlide;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.deck.StatementSlide;
import lectern.layout.SlideCapacity;

/**
 * The slides of one section of the essay, in the essay's order: its claims as a statement or under its heading
 * (continued where they do not fit), beside its picture when it has one; its code, tables and quotations where
 * the essay has them; its other pictures. A section with nothing bold shows its picture or figures, or else its
 * short list, or else its opening sentence ({@link Chosen}). Each slide's notes are the prose from where it
 * stands in the essay to where the next slide does, so the presenter's words follow the slides.
 */
final class SectionSlides {
    private final SlideCapacity capacity;
    private final FigureSlides figures;
    private final CodeSlides code;
    private final boolean boldOnly;

    SectionSlides(SlideCapacity capacity, FigureSlides figures, boolean boldOnly) {
        this.capacity = capacity;
        this.figures = figures;
        this.code = new CodeSlides(capacity);
        this.boldOnly = boldOnly;
    }

    /** A slide before the notes are shared out: its notes begin at paragraph {@code from} of the section's. */
    record Planned(Slide slide, int from, int line) {
    }

    /** A section's slides, and the notes that come before the first of them. */
    record Shown(List<Slide> slides, List<NoteParagraph> before) {
    }

    /**
     * All the slides of a section. When its subsections have slides of their own, a divider that lists them
     * opens it, with the section's prose if it shows nothing of its own. When they do not fit under the
     * divider's heading at a readable size, what the section shows opens it instead; failing that, a list of its
     * subsections; failing that, nothing: its first subsection opens it, and {@link DeckPlanner} carries its
     * prose there. The document's own table of contents shows nothing either: the agenda does that.
     *
     * @param children the headings of its subsections that have slides of their own
     */
    List<Slide> section(Unit unit, SectionContent content, List<String> children, boolean dividers) {
        if (unit.isTableOfContents()) {
            return List.of();
        }
        boolean onlyProse = content.claims.isEmpty() && content.pictures.isEmpty() && content.figures.isEmpty();
        List<Slide> own = new ArrayList<>();
        if (dividers && !children.isEmpty()) {
            Slide.Common common = Slide.Common.of(unit.heading,
                    onlyProse ? new SpeakerNotes(content.notes) : SpeakerNotes.NONE, unit.line);
            SectionSlide divider = new SectionSlide(common, children);
            ListSlide list = new ListSlide(common, children.stream().map(c -> List.of(new Claim.Span(c, false))).toList(), 0);
            boolean showsNothing = onlyProse && chosen(unit.heading, unit.line, content).slide() instanceof SectionSlide;
            if (capacity.fits(divider)) {
                own.add(divider);
            } else if (showsNothing && capacity.fits(list)) {
                own.add(list);
            } else if (showsNothing) {
                return List.of();
            }
        }
        if (own.isEmpty() || !onlyProse) {
            own.addAll(of(unit, content));
        }
        return own.stream().map(slide -> slide.withLevel(unit.level)).toList();
    }

    /** The slides of a section: always at least one, which carries its heading and the prose before anything else. */
    List<Slide> of(Unit unit, SectionContent content) {
        return shown(unit.heading, unit.line, content, true).slides();
    }

    /**
     * The slides of the essay's opening, under its title: only what it shows (claims, figures, pictures), and the
     * prose before the first of them, which the title slide carries. An opening with claims starts with them.
     */
    Shown opening(String title, int line, SectionContent content) {
        return shown(title, line, content, !content.claims.isEmpty());
    }

    private Shown shown(String heading, int line, SectionContent content, boolean lead) {
        Set<Integer> claimParagraphs = new HashSet<>();
        content.claims.forEach(found -> claimParagraphs.add(found.paragraph()));
        Set<Integer> standing = new HashSet<>();
        content.figures.forEach(figure -> standing.add(figure.at()));
        content.pictures.forEach(picture -> standing.add(picture.at()));
        SectionNotes notes = new SectionNotes(content.notes, claimParagraphs, standing, content.asides);
        List<SectionContent.At<Picture>> pictures = new ArrayList<>(content.pictures);
        List<NotesBuilder.FoundClaim> overCode = new ArrayList<>();
        List<Planned> planned = new ArrayList<>(code.slides(heading, content.figures, notes, content.claims, overCode));
        List<NotesBuilder.FoundClaim> claims = new ArrayList<>(content.claims);
        claims.removeAll(overCode);
        if (!claims.isEmpty()) {
            Optional<Picture> beside = pictures.isEmpty() || !pictures.get(0).item().goesBeside() ? Optional.empty()
                    : Optional.of(pictures.remove(0).item());
            List<List<NotesBuilder.FoundClaim>> runs = runs(claims, content.figures, pictures);
            for (int r = 0; r < runs.size(); r++) {
                planned.addAll(claimSlides(heading, line, r == 0 ? beside : Optional.empty(), runs.get(r), r > 0));
            }
        } else if (lead && content.claims.isEmpty()) {
            // With nothing bold, what comes first opens the section: a picture or figure, or the list or
            // sentence the section would show, when they stand before the prose that leads to the picture.
            Planned chosen = chosen(heading, line, content);
            int shown = Math.min(pictures.isEmpty() ? Integer.MAX_VALUE : notes.from(pictures.get(0).at()),
                    content.figures.isEmpty() ? Integer.MAX_VALUE : notes.from(content.figures.get(0).at()));
            if (shown == Integer.MAX_VALUE || chosen.from() < shown && !(chosen.slide() instanceof SectionSlide)) {
                planned.add(chosen);
            } else if (!pictures.isEmpty() && notes.from(pictures.get(0).at()) == shown) {
                Picture picture = pictures.remove(0).item();
                planned.add(new Planned(shown(Slide.Common.of(heading, SpeakerNotes.NONE, line), picture), 0,
                        picture.line()));
            }
        }
        for (SectionContent.At<Figure> figure : content.figures) {
            if (!(figure.item() instanceof Figure.CodeFigure)) {
                planned.addAll(figures.slides(heading, figure.item(), notes.from(figure.at())));
            }
        }
        for (SectionContent.At<Picture> picture : pictures) {
            planned.add(new Planned(shown(Slide.Common.of(heading + Slide.Common.CONTINUED, SpeakerNotes.NONE,
                    picture.item().line()).continued(), picture.item()), notes.from(picture.at()), picture.item().line()));
        }
        planned.sort(Comparator.comparingInt(Planned::from).thenComparingInt(Planned::line));
        return share(heading, planned, content.notes, content.subsections, lead);
    }

    /**
     * A picture on a slide of its own: over the whole slide when it is a photograph a crop to the slide's shape
     * takes little of, else whole under its heading. Judged against a 16:9 slide, Lectern's and most templates'
     * shape; on a template of another shape the writer still shows whole what its own frame would cut too much of.
     */
    private static Slide shown(Slide.Common common, Picture picture) {
        return picture.fillsCropped(16, 9) ? new PictureSlide(common, Optional.of(picture))
                : new DiagramSlide(common, Optional.of(picture));
    }

    /** Claims after a figure or picture come after its slide, as they come after it in the essay. */
    private static List<List<NotesBuilder.FoundClaim>> runs(List<NotesBuilder.FoundClaim> claims,
                                                           List<SectionContent.At<Figure>> figures,
                                                           List<SectionContent.At<Picture>> pictures) {
        List<Integer> between = new ArrayList<>();
        figures.forEach(figure -> between.add(figure.at()));
        pictures.forEach(picture -> between.add(picture.at()));
        List<List<NotesBuilder.FoundClaim>> runs = new ArrayList<>();
        for (NotesBuilder.FoundClaim claim : claims) {
            List<NotesBuilder.FoundClaim> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            int after = last == null ? -1 : last.get(last.size() - 1).paragraph();
            if (last == null || between.stream().anyMatch(at -> after < at && at <= claim.paragraph())) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(claim);
        }
        return runs;
    }

    /**
     * What a section with nothing bold shows instead: its short list; or its opening sentence; or the headings
     * of its subsections that stay in the notes, as a list or, one alone, as a statement; or its first
     * paragraph whole when it is too short to hold a sentence ("n/a"). With {@code --bold-only}, or with no
     * prose at all, its heading alone.
     */
    private Planned chosen(String heading, int line, SectionContent content) {
        Slide.Common common = Slide.Common.of(heading, SpeakerNotes.NONE, line);
        if (boldOnly) {
            return new Planned(new SectionSlide(common, List.of()), 0, line);
        }
        Optional<Planned> list = content.list.flatMap(at -> Chosen.items(at.item())
                .map(items -> new ListSlide(common, items, at.item().ordered() ? at.item().start() : 0))
                .filter(capacity::fits).map(slide -> new Planned(slide, at.at(), at.item().line())));
        if (list.isPresent()) {
            return list.get();
        }
        List<List<Claim.Span>> subheadings = content.subheadings.stream().map(h -> List.of(new Claim.Span(h, false))).toList();
        ListSlide headings = new ListSlide(common, subheadings, 0);
        // An opening that ends in a colon promises what follows ("to satisfy the following user stories:"): when
        // that is the section's subsections, they are shown, not the promise.
        boolean promises = content.opening.map(at -> at.item().text().strip().matches("(?s).*[:：]$")).orElse(false);
        if (promises && subheadings.size() >= Chosen.LIST_MIN_ITEMS && capacity.fits(headings)) {
            return new Planned(headings, content.subheadingsAt, line);
        }
        if (content.opening.isPresent()) {
            return statement(heading, line, content.opening.get());
        }
        if (subheadings.size() >= Chosen.LIST_MIN_ITEMS && capacity.fits(headings)) {
            return new Planned(headings, content.subheadingsAt, line);
        }
        if (subheadings.size() == 1) {
            return statement(heading, line, new SectionContent.At<>(new Claim(subheadings.get(0), line), content.subheadingsAt));
        }
        return content.shortParagraph.map(at -> statement(heading, line, at))
                .orElseGet(() -> new Planned(new SectionSlide(common, List.of()), 0, line));
    }

    private Planned statement(String heading, int line, SectionContent.At<Claim> sentence) {
        return claimSlides(heading, line, Optional.empty(),
                List.of(new NotesBuilder.FoundClaim(sentence.item(), sentence.at())), false).get(0);
    }

    /** Gives each slide the notes from where it stands to where the next one does; the titles of continuations. */
    private static Shown share(String heading, List<Planned> planned, List<NoteParagraph> notes, Set<Integer> subsections,
                               boolean lead) {
        if (planned.isEmpty()) {
            return new Shown(List.of(), notes);
        }
        int first = lead ? 0 : planned.get(0).from();
        List<Slide> slides = new ArrayList<>();
        int taken = first;
        for (int i = 0; i < planned.size(); i++) {
            int from = i == 0 ? first : Math.max(taken, planned.get(i).from());
            // A slide's notes run to where the next slide's begin. Two that begin at one place: a continuation
            // (of a table, of code) leaves them to the slide it continues; anything else takes them, as what
            // stands there leads to it (a table, then the paragraph that introduces the code after it).
            int to = notes.size();
            for (int j = i + 1; j < planned.size(); j++) {
                if (planned.get(j).from() > from || !planned.get(j).slide().continues()) {
                    to = planned.get(j).from();
                    break;
                }
            }
            to = Math.max(from, to);
            Slide slide = planned.get(i).slide().withNotes(new SpeakerNotes(notes.subList(from, to)));
            taken = to;
            // What comes first in the essay opens the section under its own heading, whatever it is; what stands
            // in a subsection after it is titled by that.
            if (i == 0 && slide.continues()) {
                slide = slide.with(new Slide.Common(0, heading, slide.notes(), slide.line(), slide.level(), false));
            } else if (i > 0) {
                slide = Subsections.over(subsections, notes, planned.get(i).from()).map(slide::withTitle).orElse(slide);
            }
            slides.add(slide);
        }
        return new Shown(slides, notes.subList(0, first));
    }

    /**
     * The slides that show claims: one claim with nothing beside it is a statement; claims beside a picture
     * share the slide with it; the rest are listed under the heading, as many to a slide as fit at a readable
     * size, continued on "(continued)" slides that take the notes from the paragraph of their first claim.
     */
    private List<Planned> claimSlides(String heading, int line, Optional<Picture> picture,
                                      List<NotesBuilder.FoundClaim> found, boolean continued) {
        List<Claim> claims = found.stream().map(NotesBuilder.FoundClaim::claim).toList();
        if (picture.isEmpty() && claims.size() == 1 && !continued) {
            StatementSlide statement = new StatementSlide(Slide.Common.of(heading, SpeakerNotes.NONE, line), claims.get(0));
            if (capacity.fits(statement)) {
                return List.of(new Planned(statement, found.get(0).paragraph(), claims.get(0).line()));
            }
        }
        List<List<NotesBuilder.FoundClaim>> chunks = new ArrayList<>();
        List<NotesBuilder.FoundClaim> chunk = new ArrayList<>();
        for (NotesBuilder.FoundClaim claim : found) {
            chunk.add(claim);
            Slide candidate = claimsSlide(Slide.Common.of(heading, SpeakerNotes.NONE, line),
                    chunks.isEmpty() ? picture : Optional.empty(), claimsOf(chunk));
            if (chunk.size() > 1 && !capacity.fits(candidate)) {
                chunk.remove(chunk.size() - 1);
                chunks.add(chunk);
                chunk = new ArrayList<>(List.of(claim));
            }
        }
        chunks.add(chunk);
        List<Planned> slides = new ArrayList<>();
        for (int c = 0; c < chunks.size(); c++) {
            NotesBuilder.FoundClaim opens = chunks.get(c).get(0);
            Slide.Common common = c == 0 && !continued ? Slide.Common.of(heading, SpeakerNotes.NONE, line)
                    : Slide.Common.of(heading + Slide.Common.CONTINUED, SpeakerNotes.NONE, opens.claim().line()).continued();
            slides.add(new Planned(claimsSlide(common, c == 0 ? picture : Optional.empty(), claimsOf(chunks.get(c))),
                    opens.paragraph(), opens.claim().line()));
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
