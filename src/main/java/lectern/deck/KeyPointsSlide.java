package lectern.deck;

import java.util.List;

/** What a lesson's episode leaves the room with, its last slide: the author's key points, as written. */
public record KeyPointsSlide(Common common, List<List<Claim.Span>> points) implements Slide {

    /** Its title, as the Carpentries' lessons name their key points. */
    public static final String TITLE = "Key Points";

    public KeyPointsSlide {
        points = points.stream().map(List::copyOf).toList();
    }

    @Override
    public KeyPointsSlide with(Common other) {
        return new KeyPointsSlide(other, points);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.keyPoints(this);
    }

    @Override
    public Contents contents() {
        return Contents.ofItems(Claim.texts(points));
    }
}
