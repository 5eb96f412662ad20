package lectern.deck;

import java.time.LocalTime;
import java.util.List;

/** A break in a workshop's day, between two episodes: how long, and when the room is back. */
public record BreakSlide(Common common, int minutes, LocalTime until) implements Slide {

    public static final String TITLE = "Break";

    /** As the slide says it: "15 min · back at 11:00". */
    public String says() {
        return String.format(java.util.Locale.ROOT, "%d min \u00B7 back at %02d:%02d", minutes, until.getHour(),
                until.getMinute());
    }

    @Override
    public BreakSlide with(Common other) {
        return new BreakSlide(other, minutes, until);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.breakTime(this);
    }

    @Override
    public Contents contents() {
        return Contents.ofItems(List.of(says()));
    }
}
