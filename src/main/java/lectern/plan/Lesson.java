package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lectern.deck.Claim;
import lectern.read.Block;
import lectern.read.Div;
import lectern.read.Section;

/**
 * The parts of a workshop lesson's episode that are not prose, taken out of the units they stand in: its
 * questions and objectives (which open it), its key points (which close it), its exercises, and the callouts the
 * room must see. What is left in each unit is planned as any essay is.
 */
final class Lesson {
    /** A div the room is to work on, and the unit it stands in. */
    record Placed(Div div, int unit) {
    }

    final List<List<Claim.Span>> questions = new ArrayList<>();
    final List<List<Claim.Span>> objectives = new ArrayList<>();
    final List<List<Claim.Span>> keyPoints = new ArrayList<>();
    final List<Placed> exercises = new ArrayList<>();
    final List<Placed> callouts = new ArrayList<>();
    /** Where the first of the lesson's lists stood, for the slide made of it. */
    int objectivesLine;
    int keyPointsLine;

    private static final Set<String> EXERCISES = Set.of("challenge", "exercise");

    private Lesson() {
    }

    /** Takes the lesson's parts out of the units, leaving their prose where it is. */
    static Lesson take(List<Unit> units) {
        Lesson lesson = new Lesson();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            List<Block> kept = lesson.sort(unit.blocks, u);
            unit.blocks.clear();
            unit.blocks.addAll(kept);
            for (int s = 0; s < unit.subsections.size(); s++) {
                Section sub = unit.subsections.get(s);
                unit.subsections.set(s, new Section(sub.level(), sub.heading(), sub.line(), lesson.sort(sub.blocks(), u)));
            }
        }
        return lesson;
    }

    private List<Block> sort(List<Block> blocks, int unit) {
        List<Block> kept = new ArrayList<>();
        for (Block block : blocks) {
            if (!(block instanceof Div div)) {
                kept.add(block);
                continue;
            }
            switch (div.kind()) {
                case "objectives" -> objectivesLine = items(div, objectives, objectivesLine);
                case "questions" -> objectivesLine = items(div, questions, objectivesLine);
                case "keypoints", "key-points" -> keyPointsLine = items(div, keyPoints, keyPointsLine);
                default -> {
                    if (EXERCISES.contains(div.kind())) {
                        exercises.add(new Placed(div, unit));
                    } else if (Callouts.onTheSlide(div)) {
                        callouts.add(new Placed(div, unit));
                    } else {
                        kept.add(block);
                    }
                }
            }
        }
        return kept;
    }

    /** A list's items, or the div's paragraphs, as the author wrote them. */
    private static int items(Div div, List<List<Claim.Span>> into, int line) {
        into.addAll(Exercises.words(div.blocks()));
        return line == 0 ? div.line() : line;
    }

    boolean hasOpening() {
        return !questions.isEmpty() || !objectives.isEmpty();
    }

    /** The exercises and callouts that stand in the unit, in the essay's order. */
    List<Div> setApartIn(int unit) {
        List<Placed> all = new ArrayList<>(exercises);
        all.addAll(callouts);
        return all.stream().filter(p -> p.unit() == unit).map(Placed::div)
                .sorted(java.util.Comparator.comparingInt(Div::line)).toList();
    }
}
