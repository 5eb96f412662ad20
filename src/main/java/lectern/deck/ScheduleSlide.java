package lectern.deck;

import java.time.LocalTime;
import java.util.List;

/**
 * A workshop's day after its title: each episode and break with the clock time it starts, and when the day ends.
 *
 * @param entries in order; the last is the end of the day, with no length
 */
public record ScheduleSlide(Common common, List<Entry> entries) implements Slide {

    /** Its title, as a workshop's programme is called. */
    public static final String TITLE = "Schedule";

    /**
     * @param minutes how long it takes; 0 for the end of the day
     */
    public record Entry(LocalTime at, String what, int minutes) {
        /** As the slide lists it: "09:30  Remotes in GitHub (45 min)". */
        public String line() {
            return String.format(java.util.Locale.ROOT, "%02d:%02d  %s", at.getHour(), at.getMinute(), what)
                    + (minutes > 0 ? " (" + minutes + " min)" : "");
        }
    }

    public ScheduleSlide {
        entries = List.copyOf(entries);
    }

    public List<String> lines() {
        return entries.stream().map(Entry::line).toList();
    }

    @Override
    public ScheduleSlide with(Common other) {
        return new ScheduleSlide(other, entries);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.schedule(this);
    }

    @Override
    public Contents contents() {
        return Contents.ofItems(lines());
    }
}
