package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lectern.read.Block;
import lectern.read.Div;
import lectern.read.Subheading;

/**
 * What the planner makes of the blocks an author set apart. A div for the presenter (an instructor's note, a
 * solution, a spoiler, a {@code <details>} that folds away an answer or a hint) stays in the notes, whole, and so
 * does a callout the room need not see ({@link Callouts} says which it must). Any other (a testimonial, a
 * {@code <details>} that only folds a long part away, a div of a kind Lectern does not know) is part of its
 * section, as if its fences were not there: its claims, lists, code and pictures can reach the slides, and only a
 * line in the notes says where it began. A lesson's exercises, objectives and key points never get here:
 * {@link Lesson} takes them out first.
 */
final class Divs {
    /** Kinds whose content is for the presenter: the room sees it later, or never. */
    private static final Set<String> FOR_THE_PRESENTER = Set.of("instructor", "solution", "spoiler", "hint",
            "instructor-note", "instructornote", "answer");
    /** Callouts for the presenter to tell: a note, a tip, the Carpentries' asides, a warning too long to show. */
    private static final Set<String> TOLD = Set.of("callout", "discussion", "checklist", "prereq", "note", "tip",
            "caution", "warning", "important", "danger", "info", "seealso");
    /** What a {@code <summary>} says when its {@code <details>} hides something the room should first think about. */
    private static final java.util.regex.Pattern HIDES_AN_ANSWER = java.util.regex.Pattern.compile(
            "(?i).*\\b(answers?|solutions?|spoilers?|hints?|show me)\\b.*");

    private Divs() {
    }

    static boolean forThePresenter(Div div) {
        return FOR_THE_PRESENTER.contains(div.kind()) || TOLD.contains(div.kind())
                || div.kind().equals("details") && HIDES_AN_ANSWER.matcher(div.title()).matches();
    }

    /**
     * The blocks with every div that is part of its section opened: its blocks in its place, after an empty div of
     * its kind and title that marks, in the notes, where it began.
     */
    static List<Block> open(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Div div && !forThePresenter(div)) {
                // Details that open on their summary's heading are marked in the notes by it.
                if (!opensOnItsTitle(div)) {
                    out.add(new Div(div.kind(), div.title(), List.of(), div.line()));
                }
                out.addAll(open(div.blocks()));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    /** Whether the div's first block is a heading in the words of its title: its summary, written as a heading. */
    static boolean opensOnItsTitle(Div div) {
        return !div.blocks().isEmpty() && div.blocks().get(0) instanceof Subheading heading
                && heading.text().equals(div.title());
    }
}
