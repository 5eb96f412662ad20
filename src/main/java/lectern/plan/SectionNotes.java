package lectern.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lectern.deck.NoteParagraph;

/**
 * A section's notes, as the slides share them: where a figure's or picture's slide takes them from. It
 * takes the paragraph that introduces it ("Run this:") and the headings before that, unless a claim of the
 * slide before it stands there.
 */
record SectionNotes(List<NoteParagraph> paragraphs, Set<Integer> claimParagraphs) {
    int from(int at) {
        int from = at;
        if (from > 0 && paragraphs.get(from - 1).style() == NoteParagraph.Style.PROSE
                && !claimParagraphs.contains(from - 1)) {
            from--;
        }
        while (from > 0 && paragraphs.get(from - 1).style() == NoteParagraph.Style.HEADING) {
            from--;
        }
        return from;
    }

    /** The paragraph that introduces what stands at {@code at}, when {@link #from} takes one. */
    Optional<NoteParagraph> introduction(int at) {
        int from = from(at);
        for (int i = at - 1; i >= from; i--) {
            if (paragraphs.get(i).style() == NoteParagraph.Style.PROSE) {
                return Optional.of(paragraphs.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether a heading (of a subsection, or a div) stands between two places. */
    boolean headingBetween(int from, int to) {
        return paragraphs.subList(from, Math.max(from, to)).stream()
                .anyMatch(p -> p.style() == NoteParagraph.Style.HEADING);
    }

    /** The words of the notes between two places. */
    int words(int from, int to) {
        return paragraphs.subList(from, Math.max(from, to)).stream()
                .mapToInt(p -> lectern.deck.Words.count(p.text())).sum();
    }
}
