package lectern.deck;

import java.util.List;

/** The questions a section asks the room, as the author wrote them, with time to answer them. */
public record DiscussionSlide(Common common, List<String> questions) implements Slide {
    /** Minutes a question gives a room, and the most a discussion is planned for. */
    public static final int MINUTES_PER_QUESTION = 2;
    public static final int MOST_MINUTES = 10;

    public DiscussionSlide {
        questions = List.copyOf(questions);
    }

    /** How long to give the room for these questions. */
    public static int minutes(List<String> questions) {
        return Math.min(MOST_MINUTES, MINUTES_PER_QUESTION * questions.size());
    }

    /** How long the room gets. */
    public int minutes() {
        return minutes(questions);
    }

    @Override
    public DiscussionSlide with(Common other) {
        return new DiscussionSlide(other, questions);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.discussion(this);
    }

    @Override
    public Contents contents() {
        return Contents.ofItems(questions);
    }
}
