package lectern.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lectern.deck.NoteParagraph;

/**
 * The subsection a slide's content stands in: a heading below the slide level starts no slide of its own, but it
 * still names what is under it, and a presenter titles such a slide by it, "Story 1: Deny traffic at a cluster
 * level", not as its section's fourth continuation. A div's title (a callout's, a {@code <details>} summary) names
 * only the div, whose end the notes do not mark, so it names no slide.
 */
final class Subsections {
    private Subsections() {
    }

    /**
     * The nearest of the section's own subheadings at or before paragraph {@code at} of its notes.
     *
     * @param subsections where the section's subheadings stand among its notes (not those inside a div)
     */
    static Optional<String> over(Set<Integer> subsections, List<NoteParagraph> notes, int at) {
        return subsections.stream().filter(i -> i <= at && i < notes.size()).max(Integer::compare)
                .map(i -> notes.get(i).text()).filter(text -> !text.isBlank());
    }
}
