package lectern.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a lesson's episode sets out to do, right after its title: the questions it answers and its objectives,
 * each list as the author wrote it.
 */
public record ObjectivesSlide(Common common, List<List<Claim.Span>> questions, List<List<Claim.Span>> objectives)
        implements Slide {

    /** The labels over the two lists, as the Carpentries' lessons name them. */
    public static final String QUESTIONS = "Questions";
    public static final String OBJECTIVES = "Objectives";

    public ObjectivesSlide {
        questions = questions.stream().map(List::copyOf).toList();
        objectives = objectives.stream().map(List::copyOf).toList();
    }

    @Override
    public ObjectivesSlide with(Common other) {
        return new ObjectivesSlide(other, questions, objectives);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.objectives(this);
    }

    @Override
    public Contents contents() {
        List<String> items = new ArrayList<>(Claim.texts(questions));
        items.addAll(Claim.texts(objectives));
        return new Contents(Optional.empty(), items, List.of(), Optional.empty(), Optional.empty());
    }
}
