package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lectern.deck.Claim;
import lectern.deck.ClaimsSlide;
import lectern.deck.ClaimsWithPictureSlide;
import lectern.deck.Picture;
import lectern.deck.PictureSlide;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.deck.StatementSlide;
import lectern.layout.SlideCapacity;

/**
 * The slides of one section of the essay: its claims as a statement or under its heading (continued where they
 * do not fit), beside its picture when it has one, its figures where the essay has them, and its other pictures.
 */
final class SectionSlides {
    private final SlideCapacity capacity;
    private final FigureSlides figures;

    SectionSlides(SlideCapacity capacity, FigureSlides figures) {
        this.capacity = capacity;
        this.figures = figures;
    }

    /** A divider lists its subsections when they fit under its heading at a readable size. */
    SectionSlide divider(SectionSlide divider) {
        return capacity.fits(divider) ? divider : divider.withSubsections(List.of());
    }

    List<Slide> of(Unit unit, SectionContent content) {
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
    List<Slide> claimSlides(String heading, int line, Optional<Picture> picture, SectionContent content) {
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
    static List<Slide> extraPictureSlides(String heading, SectionContent content, int shown) {
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
