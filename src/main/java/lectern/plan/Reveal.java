package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import lectern.deck.Claim;
import lectern.deck.DeckPlan;
import lectern.deck.NoteParagraph;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;

/**
 * Claims that appear one click at a time: where in each slide's notes the presenter clicks (which slides build so is
 * {@link DeckPlan#buildsOnClick}).
 */
final class Reveal {
    /** The words of a claim a cue quotes, enough to know it by. */
    private static final int CUE_WORDS = 6;

    private Reveal() {
    }

    /** The slides, those that build with a cue before the paragraph of the notes that tells each claim. */
    static List<Slide> cued(List<Slide> slides) {
        return slides.stream().map(slide -> DeckPlan.buildsOnClick(slide) ? slide.withNotes(cued(slide)) : slide).toList();
    }

    private static SpeakerNotes cued(Slide slide) {
        List<NoteParagraph> notes = new ArrayList<>(slide.notes().paragraphs());
        int from = 0;
        for (Claim claim : slide.claims()) {
            int at = from;
            while (at < notes.size() && !notes.get(at).text().contains(claim.text())) {
                at++;
            }
            // A claim its notes do not tell (a chosen sentence cut short) is clicked in where the last one was.
            at = at < notes.size() ? at : from;
            notes.add(at, NoteParagraph.cue(NoteParagraph.CLICK + words(claim.text())));
            from = at + 2;
        }
        return new SpeakerNotes(notes);
    }

    private static String words(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= CUE_WORDS ? text.strip() : String.join(" ", List.of(words).subList(0, CUE_WORDS)) + "\u2026";
    }
}
