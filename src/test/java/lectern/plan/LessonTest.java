package lectern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import lectern.Warnings;
import lectern.deck.CalloutSlide;
import lectern.deck.DeckPlan;
import lectern.deck.ExerciseSlide;
import lectern.deck.KeyPointsSlide;
import lectern.deck.NoteParagraph;
import lectern.deck.ObjectivesSlide;
import lectern.deck.Slide;
import lectern.deck.SolutionSlide;
import lectern.layout.SlideCapacity;
import lectern.read.EssayReader;
import org.junit.jupiter.api.Test;

/** A workshop lesson's parts as the room meets them: objectives, exercises with their time, solutions, key points. */
class LessonTest {
    private static final String EPISODE = """
            ---
            title: Remotes
            teaching: 10
            exercises: 12
            ---

            ::: questions
            - How do I share my work?
            :::

            ::: objectives
            - Push to a remote.
            - Pull from it.
            :::

            ## Pushing

            We push our work so others can see it.

            :::: challenge
            ## Push it

            Push your repository. What does the remote show?

            ::: solution
            ## Solution

            Your commits, in order.
            :::

            Now pull it back somewhere else, and compare the two copies carefully, file by file.

            ::: solution
            They are the same.
            :::
            ::::

            :::: challenge
            ## Quick check (2 min)

            Which command sends commits?

            ::: solution
            `git push`
            :::
            ::::

            ::: caution
            Never push secrets.
            :::

            ::: callout
            ## A longer aside

            This is a note for the instructor to tell, not to show.
            :::

            ::: keypoints
            - Push sends, pull fetches.
            :::
            """;

    private static DeckPlan plan(String markdown, PlanOptions options) {
        return new DeckPlanner(options, SlideCapacity.atMost(4))
                .plan(new EssayReader().parse(Path.of("episode.md"), markdown, new Warnings()));
    }

    private static <T extends Slide> List<T> of(DeckPlan plan, Class<T> kind) {
        return plan.slides().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void theEpisodeOpensOnItsObjectivesAndClosesOnItsKeyPoints() {
        DeckPlan plan = plan(EPISODE, PlanOptions.DEFAULTS);
        assertThat(plan.slides().get(1)).isInstanceOfSatisfying(ObjectivesSlide.class, s -> {
            assertThat(s.title()).isEqualTo("Objectives");
            assertThat(lectern.deck.Claim.texts(s.questions())).containsExactly("How do I share my work?");
            assertThat(lectern.deck.Claim.texts(s.objectives())).containsExactly("Push to a remote.", "Pull from it.");
        });
        assertThat(plan.slides().get(plan.slides().size() - 1)).isInstanceOf(KeyPointsSlide.class);
        assertThat(plan.slides()).extracting(Slide::kind).doesNotContain("closing");
        assertThat(plan.slides()).extracting(Slide::title).doesNotContain("Solution");
    }

    @Test
    void eachExerciseIsFollowedByItsSolutionsWithTheTextBetweenThemInOrder() {
        DeckPlan plan = plan(EPISODE, PlanOptions.DEFAULTS);
        List<String> lesson = plan.slides().stream().filter(s -> s instanceof ExerciseSlide || s instanceof SolutionSlide)
                .map(s -> s.kind() + ": " + s.title() + ": " + String.join(" ", s.contents().items())).toList();
        assertThat(lesson).containsExactly(
                "exercise: Push it: Push your repository. What does the remote show?",
                "solution: Push it (solution): Your commits, in order.",
                "exercise: Push it (continued): Now pull it back somewhere else, and compare the two copies carefully, file by file.",
                "solution: Push it (solution 2): They are the same.",
                "exercise: Quick check (2 min): Which command sends commits?",
                "solution: Quick check (2 min) (solution): git push");
        // The solutions' words are in their own slides' notes, not the exercise's.
        assertThat(notes(of(plan, ExerciseSlide.class).get(0))).doesNotContain("Your commits");
    }

    @Test
    void theFrontMattersExerciseTimeIsSharedByWhatEachExerciseAsksAndOneSaysItsOwn() {
        List<ExerciseSlide> exercises = of(plan(EPISODE, PlanOptions.DEFAULTS), ExerciseSlide.class);
        // "(2 min)" is the quick check's own; the other ten go to the one exercise left, shared by its two parts'
        // words, each at least a minute.
        assertThat(exercises).extracting(ExerciseSlide::minutes).containsExactly(4, 6, 2);
        assertThat(exercises.get(0).timebox()).isEqualTo("Exercise \u00B7 4 min");
        DeckPlan plan = plan(EPISODE, PlanOptions.DEFAULTS);
        assertThat(plan.timing().target()).contains(Duration.ofMinutes(22));
        assertThat(plan.timing().slides().get(plan.slides().indexOf(exercises.get(2)))).satisfies(time ->
                assertThat(time.seconds()).isEqualTo(120));
        assertThat(notes(exercises.get(2))).startsWith("~2:00 \u00B7 at ");
    }

    @Test
    void withoutExerciseTimeEachExerciseGetsFiveMinutesAndAGivenDurationStillRules() {
        DeckPlan plan = plan(EPISODE.replace("exercises: 12\n", "").replace("teaching: 10\n", ""),
                PlanOptions.DEFAULTS.withTime(130, Optional.of(Duration.ofMinutes(30))));
        assertThat(of(plan, ExerciseSlide.class)).extracting(ExerciseSlide::minutes).containsExactly(2, 3, 2);
        assertThat(plan.timing().target()).contains(Duration.ofMinutes(30));
    }

    @Test
    void aShortWarningIsShownAndOtherCalloutsStayInTheNotes() {
        DeckPlan plan = plan(EPISODE, PlanOptions.DEFAULTS);
        assertThat(of(plan, CalloutSlide.class)).singleElement().satisfies(callout -> {
            assertThat(callout.label()).isEqualTo("Caution");
            assertThat(callout.title()).isEqualTo("Pushing (caution)");
            assertThat(callout.contents().items()).containsExactly("Never push secrets.");
        });
        String allNotes = String.join("\n", plan.slides().stream().map(LessonTest::notes).toList());
        assertThat(allNotes).contains("Callout: A longer aside", "This is a note for the instructor to tell, not to show.");
        assertThat(plan.slides()).flatExtracting(s -> s.contents().items()).noneMatch(i -> i.contains("not to show"));
    }

    @Test
    void sharesAddUpToTheWholeAndGiveEachAtLeastAMinute() {
        assertThat(Timeboxes.share(20, List.of(100, 50, 50))).containsExactly(10, 5, 5);
        assertThat(Timeboxes.share(3, List.of(1000, 1, 1))).containsExactly(1, 1, 1);
        assertThat(Timeboxes.share(7, List.of(10, 10, 10))).containsExactly(3, 2, 2);
        assertThat(Timeboxes.share(1, List.of(10, 10))).containsExactly(1, 0);
    }

    @Test
    void aSolutionsCommandThatWouldEndASlideGoesOnWithItsOutput() {
        SlideCapacity tenLines = slide -> !(slide instanceof SolutionSlide solution)
                || solution.code().map(code -> code.lineCount() <= 10).orElse(true);
        String episode = "## Keys\n\n:::: challenge\n## Look\n\nList your keys.\n\n::: solution\n"
                + "```output\na\nb\nc\nd\ne\nf\n```\n\nThen:\n\n```bash\nls -al ~/.ssh\n```\n\n"
                + "```output\n./\n../\nid\nid.pub\n```\n:::\n::::\n";
        DeckPlan plan = new DeckPlanner(PlanOptions.DEFAULTS, tenLines)
                .plan(new EssayReader().parse(Path.of("episode.md"), episode, new Warnings()));
        assertThat(of(plan, SolutionSlide.class)).extracting(solution -> solution.code()
                .map(code -> code.listings().stream().map(lectern.deck.Figure.Listing::language).toList()).orElse(List.of()))
                .containsExactly(List.of("output"), List.of("bash", "output"));
    }

    @Test
    void aSolutionTooLongForOneSlideGoesOnToTheNextNotOffTheSlides() {
        SlideCapacity twoParagraphs = slide -> !(slide instanceof SolutionSlide solution) || solution.text().size() <= 2;
        String episode = "## Look\n\n:::: challenge\n## Buttons\n\nWhat do the three buttons do?\n\n::: solution\n"
                + "The left one shows changes.\n\nThe middle one copies the identifier.\n\nThe right one shows the files.\n:::\n::::\n";
        DeckPlan plan = new DeckPlanner(PlanOptions.DEFAULTS, twoParagraphs)
                .plan(new EssayReader().parse(Path.of("episode.md"), episode, new Warnings()));
        assertThat(of(plan, SolutionSlide.class)).extracting(Slide::title, solution -> solution.text().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Buttons (solution)", 2),
                        org.assertj.core.groups.Tuple.tuple("Buttons (solution, continued)", 1));
    }

    @Test
    void wordsAfterATasksCodeComeAfterItAndTheTimeboxGoesWithThem() {
        String episode = "---\nexercises: 4\n---\n\n## Scale\n\n:::: challenge\n## Plot Scaling\n\n"
                + "We can use set_ylim, for example:\n\n```python\naxes.set_ylim(0, 6)\n```\n\n"
                + "Update your plotting code to set a better scale.\n::::\n";
        DeckPlan plan = new DeckPlanner(PlanOptions.DEFAULTS, SlideCapacity.atMost(4))
                .plan(new EssayReader().parse(Path.of("episode.md"), episode, new Warnings()));
        List<ExerciseSlide> exercises = of(plan, ExerciseSlide.class);
        assertThat(exercises).extracting(e -> lectern.deck.Claim.texts(e.task()).get(0), e -> e.code().isPresent(), ExerciseSlide::minutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("We can use set_ylim, for example:", true, 0),
                        org.assertj.core.groups.Tuple.tuple("Update your plotting code to set a better scale.", false, 4));
    }

    private static String notes(Slide slide) {
        return String.join("\n", slide.notes().paragraphs().stream().map(NoteParagraph::text).toList());
    }
}
