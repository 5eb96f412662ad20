package lectern.deck;

import java.util.List;
import java.util.Optional;

/**
 * An exercise for the room: the task as the author set it, and the minutes the room has for it, shown as a
 * timebox and counted down by a bar while the slide is shown. A task that goes on after a solution (a challenge
 * in parts) continues it.
 *
 * @param minutes the room's time for this part; 0 when the exercise gives none (no timer then)
 * @param task    the task's paragraphs and list items, with the author's bold and links
 * @param code    code the task shows, under its words
 */
public record ExerciseSlide(Common common, int minutes, List<List<Claim.Span>> task, Optional<Figure.CodeFigure> code)
        implements Slide {

    public ExerciseSlide {
        task = task.stream().map(List::copyOf).toList();
        if (minutes < 0) {
            throw new IllegalArgumentException("an exercise's minutes cannot be negative: " + minutes);
        }
    }

    /** What the slide says of its time: "Exercise · 5 min". */
    public String timebox() {
        return minutes == 0 ? "Exercise" : "Exercise \u00B7 " + minutes + " min";
    }

    @Override
    public ExerciseSlide with(Common other) {
        return new ExerciseSlide(other, minutes, task, code);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.exercise(this);
    }

    @Override
    public Contents contents() {
        return new Contents(Optional.of(timebox()), Claim.texts(task), List.of(), code.map(Figure.class::cast),
                Optional.empty());
    }
}
