package lectern.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lectern.deck.NoteParagraph;

/**
 * A section's notes, as the slides share them: where a figure's or picture's slide takes them from. It
 * takes the paragraph (or list item) that introduces it ("Run this:"; one before that too when it is only a
 * label, "Run:") and the headings before that, unless a claim of the slide before it stands there, or another
 * figure or picture does.
 *
 * @param shown  where the section's figures and pictures stand among the paragraphs
 * @param asides the paragraphs of what the author set apart for the presenter to tell (a prerequisite, a callout):
 *               what introduces a figure is looked for before them, as the room hears the prose
 */
record SectionNotes(List<NoteParagraph> paragraphs, Set<Integer> claimParagraphs, Set<Integer> shown,
                    Set<Integer> asides) {
    /** A paragraph this short is a label for what follows, not its introduction. */
    private static final int LABEL_WORDS = 2;

    int from(int at) {
        int floor = shown.stream().filter(s -> s < at).max(Integer::compare).orElse(0);
        int from = at;
        while (from - 1 >= floor && asides.contains(from - 1)) {
            from--;
        }
        if (introduces(from - 1, floor)) {
            from--;
            if (words(from) <= LABEL_WORDS && introduces(from - 1, floor)) {
                from--;
            }
        }
        while (from > floor && paragraphs.get(from - 1).style() == NoteParagraph.Style.HEADING) {
            from--;
        }
        return from;
    }

    /** The paragraph or list item that introduces what stands at {@code at}, when {@link #from} takes one. */
    Optional<NoteParagraph> introduction(int at) {
        int from = from(at);
        for (int i = at - 1; i >= from; i--) {
            if (prose(i) && words(i) > 1 && !asides.contains(i)) {
                return Optional.of(paragraphs.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether paragraph {@code i} is a label for what follows it ("Run:", "Homebrew"), no claim. */
    boolean isLabel(int i) {
        return i >= 0 && prose(i) && words(i) <= LABEL_WORDS && !claimParagraphs.contains(i);
    }

    private boolean introduces(int i, int floor) {
        return i >= floor && prose(i) && !claimParagraphs.contains(i);
    }

    private boolean prose(int i) {
        NoteParagraph.Style style = paragraphs.get(i).style();
        return style == NoteParagraph.Style.PROSE || style == NoteParagraph.Style.BULLET
                || style == NoteParagraph.Style.NUMBERED;
    }

    private int words(int i) {
        return lectern.deck.Words.count(paragraphs.get(i).text());
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
