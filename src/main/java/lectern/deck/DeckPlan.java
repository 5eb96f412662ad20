package lectern.deck;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything Lectern decided about a deck, as plain data: which slides, what each shows, what goes to the
 * notes. No PowerPoint type appears here; the writer turns this into a file.
 *
 * @param source the essay the plan was made from (pictures are resolved against its folder)
 * @param info     what the deck says about itself: author, subject, keywords, date
 * @param sections the slide sorter's sections: the title's, then one per top-level section of the essay
 * @param timing   how long each slide takes to present, and which to skip or shorten to keep to time
 * @param reveal   a slide of claims shows them one click at a time, each where its notes say
 */
public record DeckPlan(Path source, String title, DocumentInfo info, List<Slide> slides, List<DeckSection> sections,
                       Timing timing, boolean reveal) {

    public DeckPlan {
        slides = List.copyOf(slides);
        sections = List.copyOf(sections);
    }

    /** The claims the deck shows; the closing slide's, a repeat of the last, is not counted twice. */
    /** The author's claims the slides show: not the closing's repeat, nor the sentences Lectern chose. */
    public long claimCount() {
        return slides.stream().filter(s -> !(s instanceof ClosingSlide))
                .mapToLong(s -> s.claims().stream().filter(c -> !c.isChosen()).count()).sum();
    }

    /**
     * Whether a slide shows its claims one click at a time: a slide of claims, in a deck that reveals them; a slide
     * of one claim shows it at once, as a click would only delay it.
     */
    public boolean reveals(Slide slide) {
        return reveal && buildsOnClick(slide);
    }

    /** Whether a slide's claims can be shown one at a time. */
    public static boolean buildsOnClick(Slide slide) {
        return (slide instanceof ClaimsSlide || slide instanceof ClaimsWithPictureSlide) && slide.claims().size() > 1;
    }

    public int notesWords() {
        return slides.stream().mapToInt(s -> s.notes().words()).sum();
    }

    public long pictureCount() {
        return slides.stream().filter(s -> s.picture().isPresent()).count();
    }
}
