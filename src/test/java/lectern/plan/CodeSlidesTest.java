package lectern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import lectern.Warnings;
import lectern.deck.CodeSlide;
import lectern.deck.DeckPlan;
import lectern.deck.Figure;
import lectern.deck.NoteParagraph;
import lectern.deck.Slide;
import lectern.layout.SlideCapacity;
import lectern.read.EssayReader;
import org.junit.jupiter.api.Test;

/** Code as a presenter shows it: together with its output, in its place, with the prose that introduces it. */
class CodeSlidesTest {
    /** Code fits a slide up to ten lines; other slides hold four claims. */
    private static final SlideCapacity TEN_LINES = slide -> slide instanceof CodeSlide code
            ? code.code().lineCount() + (code.lead().isPresent() ? 2 : 0) <= 10
            : SlideCapacity.atMost(4).fits(slide);

    private static DeckPlan plan(String markdown) {
        return new DeckPlanner(PlanOptions.DEFAULTS.withoutRoomSlides(), TEN_LINES)
                .plan(new EssayReader().parse(Path.of("talk.md"), markdown, new Warnings()));
    }

    private static String notes(Slide slide) {
        return String.join("\n", slide.notes().paragraphs().stream().map(NoteParagraph::text).toList());
    }

    private static List<CodeSlide> code(DeckPlan plan) {
        return plan.slides().stream().filter(CodeSlide.class::isInstance).map(CodeSlide.class::cast).toList();
    }

    @Test
    void aCommandAndItsOutputShareASlideWithTheProseThatIntroducesThem() {
        DeckPlan plan = plan("# T\n\n## Remotes\n\n**Remotes are copies.** Hosted elsewhere.\n\nCheck that it worked:\n\n"
                + "```bash\n$ git remote -v\n```\n\n```output\norigin  git@github.com:a/b.git (fetch)\norigin  git@github.com:a/b.git (push)\n```\n");
        assertThat(plan.slides()).extracting(Slide::kind).containsExactly("title", "statement", "code");
        CodeSlide code = code(plan).get(0);
        assertThat(code.code().listings()).extracting(Figure.Listing::language).containsExactly("bash", "output");
        assertThat(notes(plan.slides().get(1))).isEqualTo("Remotes are copies. Hosted elsewhere.");
        assertThat(notes(code)).isEqualTo("Check that it worked:");
        // Three lines together are still short: the sentence that introduces them is shown above them.
        assertThat(code.lead()).hasValueSatisfying(lead -> assertThat(lead.text()).isEqualTo("Check that it worked:"));
        assertThat(code.lead().get().isChosen()).isTrue();
    }

    @Test
    void codeKeepsItsPlaceBetweenTheClaimsAroundIt() {
        DeckPlan plan = plan("# T\n\n## Build\n\n**First we compile.**\n\n```sh\nmake\nmake test\nmake install\nmake docs\n```\n\n"
                + "**Then we ship.**\n");
        assertThat(plan.slides()).extracting(Slide::kind, Slide::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("title", "T"), org.assertj.core.groups.Tuple.tuple("statement", "Build"),
                org.assertj.core.groups.Tuple.tuple("code", "Build (continued)"),
                org.assertj.core.groups.Tuple.tuple("claims", "Build (continued 2)"));
    }

    @Test
    void blocksFarApartOrUnderAnotherHeadingGetSlidesOfTheirOwn() {
        String words = "word ".repeat(CodeSlides.PROSE_BETWEEN + 1);
        DeckPlan plan = plan("# T\n\n## Steps\n\n```sh\none\ntwo\nthree\nfour\n```\n\n" + words + "\n\n```sh\nfive\nsix\nseven\neight\n```\n\n"
                + "#### Later\n\n```sh\nnine\nten\neleven\ntwelve\n```\n");
        assertThat(code(plan)).hasSize(3).allSatisfy(slide -> assertThat(slide.code().listings()).hasSize(1));
    }

    @Test
    void aBlockTooLongForASlideIsSplitAtABlankLineIntoPartsOfAboutTheSameLength() {
        StringBuilder block = new StringBuilder();
        for (int i = 1; i <= 14; i++) {
            block.append("line ").append(i).append('\n').append(i == 7 ? "\n" : "");
        }
        DeckPlan plan = plan("# T\n\n## Listing\n\n```\n" + block + "```\n");
        assertThat(code(plan)).extracting(s -> s.code().listings().get(0).lines().size()).containsExactly(7, 7);
        assertThat(code(plan)).extracting(Slide::title).containsExactly("Listing", "Listing (continued)");
        assertThat(code(plan).get(1).code().listings().get(0).lines().get(0)).isEqualTo("line 8");
    }

    @Test
    void shortCodeWithNothingToIntroduceItStandsAlone() {
        DeckPlan plan = plan("# T\n\n## Run\n\n```sh\nmake\n```\n");
        assertThat(code(plan)).singleElement().satisfies(slide -> assertThat(slide.lead()).isEmpty());
    }

    @Test
    void aSectionWhoseCodeComesFirstOpensWithIt() {
        DeckPlan plan = plan("# T\n\n## Run\n\n```sh\nmake\nmake test\nmake install\nmake clean\n```\n\nThat is all it takes.\n");
        assertThat(plan.slides()).extracting(Slide::kind).containsExactly("title", "code");
        assertThat(notes(plan.slides().get(1))).isEqualTo("That is all it takes.");
    }

    @Test
    void aCommandThatWouldEndASlideGoesOnWithTheOutputRightAfterIt() {
        // Six lines of output, a few words, a command and its four lines of output: ten fit, eleven do not.
        DeckPlan plan = plan("# T\n\n## Keys\n\n```output\na\nb\nc\nd\ne\nf\n```\n\nNow we look.\n\n"
                + "```bash\nls -al ~/.ssh\n```\n\n```output\n./\n../\nid\nid.pub\n```\n");
        assertThat(code(plan)).extracting(slide -> slide.code().listings().stream().map(Figure.Listing::language).toList())
                .containsExactly(List.of("output"), List.of("bash", "output"));
        assertThat(notes(code(plan).get(1))).isEqualTo("Now we look.");
    }

    @Test
    void aLongBlockIsCutBetweenFunctionsRatherThanInsideOne() {
        String block = "def a():\n    x = 1\n    y = 2\n\n    return x + y\n\ndef b():\n    z = 3\n\n    return z\n\n"
                + "def c():\n    return 0\nprint(c())\n";
        DeckPlan plan = plan("# T\n\n## Listing\n\n```python\n" + block + "```\n");
        assertThat(code(plan)).extracting(s -> s.code().listings().get(0).lines().get(0)).containsExactly("def a():", "def b():");
    }

    @Test
    void eachCommandOfAListIsShownUnderItsItemsWordsAndABoldStepIsShownThereOnce() {
        DeckPlan plan = plan("# T\n\n## Install\n\n* **Fedora**\n  ```bash\n  sudo dnf install btop\n  ```\n"
                + "* **FreeBSD**\n  ```sh\n  pkg install btop\n  ```\n");
        assertThat(plan.slides()).extracting(Slide::kind).containsExactly("title", "code");
        assertThat(code(plan).get(0).code().listings()).extracting(Figure.Listing::label).containsExactly("Fedora", "FreeBSD");
        assertThat(code(plan).get(0).lead()).isEmpty();
    }
}
