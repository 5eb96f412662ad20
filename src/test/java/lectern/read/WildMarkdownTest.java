package lectern.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import lectern.Warning;
import lectern.Warnings;
import org.junit.jupiter.api.Test;

/** Markdown as real documents write it: each construct read as what it is, never kept as its source. */
class WildMarkdownTest {
    private final Warnings warnings = new Warnings();

    private Essay read(String markdown) {
        return new EssayReader().parse(Path.of("essay.md"), markdown, warnings);
    }

    private List<String> messages() {
        return warnings.all().stream().map(Warning::toString).toList();
    }

    /** Every word the reader kept, flattened: what must hold no markup. */
    private static String words(List<Block> blocks) {
        return blocks.stream().map(WildMarkdownTest::words).collect(Collectors.joining(" / "));
    }

    private static String words(Block block) {
        if (block instanceof Paragraph p) {
            return p.text();
        } else if (block instanceof Subheading h) {
            return "#" + h.text();
        } else if (block instanceof ListBlock list) {
            return list.items().stream().map(i -> words(i.blocks())).collect(Collectors.joining(" / "));
        } else if (block instanceof Quote quote) {
            return "quote[" + words(quote.blocks()) + "]";
        } else if (block instanceof Div div) {
            return div.kind() + "(" + div.title() + ")[" + words(div.blocks()) + "]";
        } else if (block instanceof CodeBlock code) {
            return "code[" + code.code().strip() + "]";
        } else if (block instanceof Image image) {
            return "image[" + image.alt() + "]";
        }
        return block.getClass().getSimpleName();
    }

    @Test
    void headingAttributesAndEscapedPunctuationAreNotPartOfTheHeading() {
        Essay essay = read("# Title {#top}\n\n## 1\\. Create a remote {#create .unnumbered}\n\nText.\n");
        assertThat(essay.title()).isEqualTo("Title");
        assertThat(essay.sections()).extracting(Section::heading).containsExactly("1. Create a remote");
    }

    @Test
    void aFencedDivIsADivOfItsKindAndItsHeadingsAreNotSections() {
        Essay essay = read("""
                # T

                ## Exercise time

                :::::::::::::::::::::::::::::::::::::: challenge

                ## Push vs. Commit

                In this episode, we learned about pushing.

                ::::::::::::::: solution

                ## Solution

                1. `git push` copies changes.

                :::::::::::::::::::::::::

                ::::::::::::::::::::::::::::::::::::::::::::::::::

                After the div.
                """);
        assertThat(essay.sections()).extracting(Section::heading).containsExactly("Exercise time");
        assertThat(words(essay.sections().get(0).blocks())).isEqualTo("challenge(Push vs. Commit)["
                + "In this episode, we learned about pushing. / solution(Solution)[git push copies changes.]] / After the div.");
        assertThat(messages()).isEmpty();
    }

    @Test
    void aDivClosedRightAfterAListEndsThereAndTheEssayGoesOn() {
        Essay essay = read("# T\n\n::: objectives\n\n- Explain remotes.\n- Push.\n\n:::\n\nIntro.\n\n## Next\n\nMore.\n");
        assertThat(words(essay.opening())).isEqualTo("objectives()[Explain remotes. / Push.] / Intro.");
        assertThat(essay.sections()).extracting(Section::heading).containsExactly("Next");
    }

    @Test
    void attributeFencesGiveKindAndTitle() {
        Essay essay = read("# T\n\n::: {.callout title=\"Mind the gap\"}\nText.\n:::\n");
        assertThat(words(essay.opening())).isEqualTo("callout(Mind the gap)[Text.]");
    }

    @Test
    void aFenceThatClosesNothingIsLeftOutWithAWarning() {
        Essay essay = read("# T\n\nText.\n\n:::\n\nMore.\n");
        assertThat(words(essay.opening())).isEqualTo("Text. / More.");
        assertThat(messages()).containsExactly("essay.md:5: a ::: fence that closes no div; left out");
    }

    @Test
    void colonsInsideCodeInsideADivAreCode() {
        Essay essay = read("# T\n\n::: note\n\n```\n:::\n```\n\n:::\n\nAfter.\n");
        assertThat(words(essay.opening())).isEqualTo("note()[code[:::]] / After.");
    }

    @Test
    void gitHubAlertsInAnyCaseAreDivsWithoutTheirMarker() {
        Essay essay = read("# T\n\n> [!NOTE]\n> Useful.\n\n> [!warning] Careful here.\n\n> A real quote.\n");
        assertThat(words(essay.opening())).isEqualTo("note()[Useful.] / warning()[Careful here.] / quote[A real quote.]");
    }

    @Test
    void detailsAndSummaryAreADivWhoseHeadingsAreNotSections() {
        Essay essay = read("""
                # T

                ## Install

                <details>
                <summary>On Linux</summary>

                ### From source

                Run make.

                </details>

                Done.
                """);
        assertThat(essay.sections()).extracting(Section::heading).containsExactly("Install");
        assertThat(words(essay.sections().get(0).blocks())).isEqualTo("details(On Linux)[#From source / Run make.] / Done.");
    }

    @Test
    void detailsWhoseSummaryIsAHeadingOpenOnThatHeading() {
        Essay essay = read("# T\n\n## Install\n\n<details>\n<summary>\n\n### With Make\n</summary>\n\nRun make.\n\n</details>\n\nDone.\n");
        assertThat(essay.sections()).extracting(Section::heading).containsExactly("Install");
        assertThat(words(essay.sections().get(0).blocks())).isEqualTo("details(With Make)[#With Make / Run make.] / Done.");
    }

    @Test
    void commentsAndLinkReferenceDefinitionsCarryNothing() {
        Essay essay = read("# T\n\n<!-- a note to self -->\n\nSee [the spec][s].\n\n[s]: https://example.com\n");
        assertThat(words(essay.opening())).isEqualTo("See the spec.");
        assertThat(messages()).isEmpty();
    }

    @Test
    void liquidAndHugoTagsAreLeftOutWithAWarning() {
        Essay essay = read("# T\n\n{% include figure.html %}\n\nSet {{% param \"x\" %}} here.\n");
        assertThat(words(essay.opening())).doesNotContain("{%", "%}", "{{", "}}");
        assertThat(messages()).hasSize(2).allSatisfy(m -> assertThat(m).contains("site generator tag"));
    }

    @Test
    void aLinkWhoseAddressHoldsAHugoTagKeepsItsWordsWithoutTheAddress() {
        Essay essay = read("# T\n\nSee [the options](https://example.com/v{{% param vers %}}/README.md) first.\n");
        Paragraph p = (Paragraph) essay.opening().get(0);
        assertThat(p.text()).isEqualTo("See the options first.");
        assertThat(p.runs()).noneMatch(Run::isLink);
        assertThat(messages()).singleElement().satisfies(m -> assertThat(m).contains("site generator tag"));
    }

    @Test
    void taskListsKeepWhetherEachTaskIsDone() {
        Essay essay = read("# T\n\n- [x] Written\n- [ ] Tested\n");
        ListBlock list = (ListBlock) essay.opening().get(0);
        assertThat(list.items()).extracting(ListBlock.ListItem::task).containsExactly(ListBlock.Task.DONE, ListBlock.Task.OPEN);
        assertThat(words(essay.opening())).isEqualTo("Written / Tested");
    }

    @Test
    void mathIsTheAuthorsTexAsCodeNeverHalfParsed() {
        Essay essay = read("# T\n\nThe sum $a_1 + a_2$ costs $5 and $$\\sum_i x_i$$ too.\n");
        Paragraph p = (Paragraph) essay.opening().get(0);
        assertThat(p.text()).isEqualTo("The sum $a_1 + a_2$ costs $5 and $$\\sum_i x_i$$ too.");
        assertThat(p.runs()).filteredOn(Run::code).extracting(Run::text).containsExactly("$a_1 + a_2$", "$$\\sum_i x_i$$");
    }

    @Test
    void pictureAttributesGiveItsAltText() {
        Essay essay = read("# T\n\n![](fig/a.png){alt='The first step'}\n");
        assertThat(words(essay.opening())).isEqualTo("image[The first step]");
    }

    @Test
    void theFrontMattersTitleComesFirstAndTheH1StaysInTheNotes() {
        Essay essay = read("---\ntitle: Remotes in GitHub\n---\n\n# Remotes\n\nText.\n");
        assertThat(essay.title()).isEqualTo("Remotes in GitHub");
        assertThat(words(essay.opening())).isEqualTo("Remotes / Text.");
    }

    @Test
    void aTitleThatIsOnlyAPictureIsTitledByItsAltTextAndShowsIt() {
        Essay essay = read("# ![btop++](img/logo.png)\n\nA monitor.\n");
        assertThat(essay.title()).isEqualTo("btop++");
        assertThat(essay.beforeTitle()).singleElement().isInstanceOf(Image.class);
    }

    @Test
    void anHtmlH1TitlesAnEssayWithoutAMarkdownOne() {
        Essay essay = read("<h1 align=\"center\">Project <b>X</b></h1>\n\nWhat it is.\n\n## Use\n\nHow.\n");
        assertThat(essay.title()).isEqualTo("Project X");
        assertThat(messages()).noneMatch(m -> m.contains("no '# Title'"));
    }

    @Test
    void blocksNestedInATaskItemStillKnowTheirLine() {
        Essay essay = read("# T\n\n* x\n  1. [ ] a\n     - b\n\n![p](p.png)\n");
        assertThat(essay.opening()).last().isInstanceOfSatisfying(Image.class, i -> assertThat(i.line()).isEqualTo(7));
    }

    @Test
    void aPipeEscapedInATablesCodeIsAPipe() {
        Essay essay = read("# T\n\n## Options\n\n| Flag | Does |\n|---|---|\n| `GPU=<true\\|false>` | a \\| b |\n");
        Table table = (Table) essay.sections().get(0).blocks().get(0);
        assertThat(table.rows().get(1).cells()).extracting(cell -> cell.stream().map(Run::text).collect(Collectors.joining()))
                .containsExactly("GPU=<true|false>", "a | b");
    }
}
