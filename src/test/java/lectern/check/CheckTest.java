package lectern.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import lectern.Warnings;
import lectern.deck.Slide;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule on a small essay made up to make it fire, and on one made up so it must not. */
class CheckTest {
    @TempDir
    Path dir;

    private Report check(String markdown, PlanOptions options, Set<Rule> ignored) throws IOException {
        Path essay = Files.writeString(dir.resolve("talk.md"), markdown);
        Pipeline pipeline = new Pipeline(ThemeLoader.load("default"), options);
        return new Check(pipeline.slideFit(), ignored).run(Talks.ofEssay(pipeline, essay, new Warnings()));
    }

    private List<Finding> findings(String markdown, Rule rule) throws IOException {
        return findings(markdown, rule, PlanOptions.DEFAULTS);
    }

    private List<Finding> findings(String markdown, Rule rule, PlanOptions options) throws IOException {
        return check(markdown, options, Set.of()).findings().stream().filter(f -> f.rule() == rule).toList();
    }

    private static PlanOptions keepingTo(Duration duration) {
        return PlanOptions.DEFAULTS.withTime(PlanOptions.WORDS_PER_MINUTE, Optional.of(duration));
    }

    private static String words(int count, String word) {
        return IntStream.range(0, count).mapToObj(i -> word).collect(Collectors.joining(" "));
    }

    private void picture(String name) throws IOException {
        ImageIO.write(new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB), "png", dir.resolve(name).toFile());
    }

    @Test
    void aHeadingTooLongForItsBoxIsCutOnTheSlideWithAWarningRatherThanOverflowing() throws IOException {
        String heading = words(45, "unbearably");
        Path essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n\n## " + heading + "\n\n**A claim.** Prose.\n");
        Pipeline pipeline = new Pipeline(ThemeLoader.load("default"), PlanOptions.DEFAULTS);
        Warnings warnings = new Warnings();
        Report report = new Check(pipeline.slideFit(), Set.of()).run(Talks.ofEssay(pipeline, essay, warnings));
        assertThat(report.findings()).noneMatch(f -> f.rule() == Rule.TEXT_OVERFLOW);
        assertThat(warnings.all()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).startsWith("heading too long for a slide (45 words)");
        });
    }

    @Test
    void aClaimTooLongForAnySlideIsFoundOnItsOwnLineAndOnTheClosingThatRepeatsIt() throws IOException {
        String essay = "# Talk\n\n## Part\n\nProse first.\n\n**" + words(180, "word") + ".**\n";
        List<Finding> found = findings(essay, Rule.TEXT_OVERFLOW);
        assertThat(found).extracting(Finding::line).containsOnly(7);
        assertThat(found).extracting(Finding::message).anyMatch(m -> m.startsWith("the claim does not fit the text box"))
                .anyMatch(m -> m.startsWith("the claim does not fit its box"));
        assertThat(findings(essay.replace(words(180, "word"), words(25, "word")), Rule.TEXT_OVERFLOW)).isEmpty();
    }

    @Test
    void moreThanFortyWordsOnASlideIsWordyButAnAgendaAndADiscussionAreThereToBeRead() throws IOException {
        String claims = "**" + words(14, "one") + ".**\n\n**" + words(14, "two") + ".**\n\n**" + words(14, "three") + ".**\n";
        assertThat(findings("# Talk\n\n## Part\n\n" + claims, Rule.SLIDE_TOO_WORDY)).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("43 words on the slide"));
        String fewer = "**" + words(14, "one") + ".**\n\n**" + words(14, "two") + ".**\n";
        assertThat(findings("# Talk\n\n## Part\n\n" + fewer, Rule.SLIDE_TOO_WORDY)).isEmpty();

        StringBuilder many = new StringBuilder("# Talk\n");
        for (int i = 1; i <= 8; i++) {
            many.append("\n## The section headed by the words number ").append(i).append("\n\n**Claim ").append(i).append(".**\n");
        }
        many.append("\nWhat would you ask the people who will follow you into this room after the talk is over? "
                + "How would you answer those who doubt every single word that you have said today here? "
                + "Which of these claims would you defend in front of your own team tomorrow morning?\n");
        Report report = check(many.toString(), PlanOptions.DEFAULTS, Set.of());
        assertThat(report.talk().slides()).extracting(Slide::kind).contains("agenda", "discussion");
        assertThat(report.findings()).noneMatch(f -> f.rule() == Rule.SLIDE_TOO_WORDY);
    }

    @Test
    void aClaimOfMoreThanThirtyWordsIsTooLongAndOnlyReportedWhereItFirstAppears() throws IOException {
        String essay = "# Talk\n\n## Part\n\n**" + words(31, "word") + ".**\n";
        assertThat(findings(essay, Rule.CLAIM_TOO_LONG)).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.WARNING);
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.slide()).isEqualTo(2);
        });
        assertThat(findings(essay.replace(words(31, "word"), words(30, "word")), Rule.CLAIM_TOO_LONG)).isEmpty();
    }

    @Test
    void aSectionWithoutAClaimShowsOnlyItsHeadingButAPictureOrADividerIsEnough() throws IOException {
        picture("chart.png");
        String essay = """
                # Talk

                ## Only prose

                Prose without a claim.

                ## A picture

                ![A chart of the numbers](chart.png)

                ## A divider

                ### Inside

                **A claim.** Prose.
                """;
        // Without bold, the section shows its opening sentence: a hint says so, with the fix.
        assertThat(findings(essay, Rule.NO_CLAIM)).isEmpty();
        assertThat(findings(essay, Rule.CHOSEN_TEXT)).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.HINT);
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.slideTitle()).isEqualTo("Only prose");
            assertThat(f.message()).contains("\"Prose without a claim.\"");
            assertThat(f.fix()).startsWith("bold what the room should remember");
        });
        // Asked to show only what is bold, the slide is the heading alone.
        assertThat(findings(essay, Rule.NO_CLAIM, PlanOptions.DEFAULTS.withBoldOnly(true))).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(3));
    }

    @Test
    void markupASlideWouldShowAsTypedIsFound() throws IOException {
        String essay = "# Talk\n\n## Setup\n\n**Set it up as [[Setup page]] says.**\n\n## Fine\n\n**A claim with {: .note} and <kbd>Ctrl</kbd>.**\n";
        assertThat(findings(essay, Rule.LITERAL_MARKUP)).singleElement().satisfies(f -> {
            assertThat(f.slideTitle()).isEqualTo("Setup");
            assertThat(f.message()).isEqualTo("the slide would show \"[[Setup page]]\" as typed");
        });
    }

    @Test
    void aLinkLeftAsItsSourceIsMarkupThatWouldShow() throws IOException {
        String essay = "# Talk\n\n## Docs\n\n**Read [the guide](https://example.com/a(b) first.**\n\n## Then\n\nGo on.\n";
        assertThat(findings(essay, Rule.LITERAL_MARKUP)).singleElement().satisfies(f ->
                assertThat(f.message()).isEqualTo("the slide would show \"](https://example.com/a(b)\" as typed"));
    }

    @Test
    void boldMarksThatPairWithNoOtherAreFoundWhereTheEssayHasThem() throws IOException {
        String essay = "# Talk\n\n## Claims\n\n**A claim.** Then prose, and **a bold that never closes.\n\n"
                + "## 要点\n\nスライドには要点だけを書く。**説明はノートに入れる。**聴衆は聞く。これは__「重要」__です。\n";
        assertThat(findings(essay, Rule.LITERAL_EMPHASIS)).extracting(Finding::line, Finding::slideTitle, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, "Claims",
                                "\"**\" pairs with no other mark, so it shows as typed: \"…prose, and **a bold that…\""),
                        org.assertj.core.groups.Tuple.tuple(9, "要点",
                                "\"__\" pairs with no other mark, so it shows as typed: \"…。**聴衆は聞く。これは__「重要」__です。\""));
        assertThat(findings(essay, Rule.LITERAL_EMPHASIS).get(1).fix())
                .isEqualTo("use ** instead, which may stand inside a word where __ may not; or write \\_\\_ to show the underscores");
        assertThat(findings(essay, Rule.LITERAL_EMPHASIS).get(0).fix()).isEqualTo("put the bold words between two marks"
                + " that touch them (**like this**), with a space or punctuation outside where words have spaces; or write"
                + " \\*\\* to show the asterisks");
        assertThat(findings("# Talk\n\n## Fine\n\n**Bold.** And 2 ** 10, `a**b`, \\*\\*.\n", Rule.LITERAL_EMPHASIS)).isEmpty();
    }

    @Test
    void codeWhoseLinesWrapEvenAtTheSmallestSizeIsFound() throws IOException {
        String essay = "# Talk\n\n## Wide\n\n```\n" + "x".repeat(200) + "\n```\n\n## Narrow\n\n```\nls -l\n```\n";
        assertThat(findings(essay, Rule.CODE_OVERFLOW)).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.message()).startsWith("the code's longest lines wrap even at 12 pt");
        });
    }

    @Test
    void aTableTooWideToReadOnOneSlideIsFoundOnceAtItsLine() throws IOException {
        String months = "| Region | January | February | March | April | May | June | July | August | September | October "
                + "| November | December | Total |\n" + "|---".repeat(14) + "|\n" + "| Coast" + " | 112".repeat(13) + " |\n";
        String essay = "# Talk\n\n## Rain\n\n" + months + "\n## Narrow\n\n| A | B |\n|---|---|\n| 1 | 2 |\n";
        assertThat(findings(essay, Rule.TABLE_TOO_WIDE)).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.message()).isEqualTo("a table of 14 columns is too wide to read on one slide even at 14 pt, the "
                    + "smallest the theme allows for tables: its 2 slides show it a few columns at a time, the first on each");
        });
    }

    @Test
    void headingsInsideADivAreSaidToStartNoSlideUnlessAnExercisesSlidesShowThem() throws IOException {
        String essay = "# Talk\n\n## Exercise\n\n::: challenge\n\n## Try it\n\nDo this.\n\n::: solution\n\n## Solution\n\nDone.\n\n:::\n:::\n\n"
                + "::: callout\n\n## An aside\n\nTold, not shown.\n\n:::\n";
        // The exercise's title is its slide's title and "## Solution" its solution slide's label: only the aside's
        // heading stays where no slide shows it.
        assertThat(findings(essay, Rule.HEADING_SET_APART)).extracting(Finding::line, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(22, "## \"An aside\" is inside ::: callout, so it starts no slide: it stays in the notes"));
    }

    @Test
    void aHeadingAndItsOwnContinuationsCodeAndDividerAreNoDuplicates() throws IOException {
        String essay = "# Talk\n\n## Part\n\n**One.** **Two.** **Three.** **Four.** **Five.**\n\n```\nmake\nmake test\nmake install\nmake docs\n```\n\n"
                + "### Sub\n\n**Six.**\n\n## Part\n\n**Seven.**\n";
        assertThat(findings(essay, Rule.DUPLICATE_TITLE)).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(18));
    }

    @Test
    void aPictureThatIsNotThereOrCannotBeReadIsAnErrorAndOneWithoutWordsOfItsOwnAWarning() throws IOException {
        picture("fine.png");
        picture("titled.png");
        Files.writeString(dir.resolve("broken.png"), "not a picture");
        String essay = """
                # Talk

                ## Missing

                ![A chart](missing.png)

                ## Broken

                ![A chart](broken.png)

                ## Undescribed

                ![](fine.png)

                ## Described

                ![The numbers rising](fine.png)

                ## Titled

                ![](titled.png "The numbers falling")
                """;
        Report report = check(essay, PlanOptions.DEFAULTS, Set.of());
        assertThat(report.findings()).filteredOn(f -> f.rule() == Rule.PICTURE_MISSING).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(5));
        assertThat(report.findings()).filteredOn(f -> f.rule() == Rule.PICTURE_UNREADABLE).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(9));
        assertThat(report.findings()).filteredOn(f -> f.rule() == Rule.ALT_TEXT_MISSING).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(13);
            assertThat(f.message()).contains("\"Fine\"");
        });
        assertThat(report.count(Level.ERROR)).isEqualTo(2);
    }

    @Test
    void placeholderAltTextAPictureTooSmallForItsFrameAndABlankSvgAreFound() throws IOException {
        picture("tiny.png");
        Files.writeString(dir.resolve("empty.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"/>");
        String essay = """
                # Talk

                ## Placeholder

                ![Alt text](tiny.png)

                ## Blank

                ![A chart that draws nothing](empty.svg)
                """;
        Report report = check(essay, PlanOptions.DEFAULTS, Set.of());
        assertThat(report.findings()).filteredOn(f -> f.rule() == Rule.ALT_TEXT_PLACEHOLDER).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"Alt text\", says nothing of what it shows"));
        assertThat(report.findings()).filteredOn(f -> f.rule() == Rule.PICTURE_TOO_SMALL).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(5));
        assertThat(report.findings()).filteredOn(f -> f.rule() == Rule.PICTURE_UNREADABLE).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("comes out blank"));
    }

    @Test
    void twoHeadingsWithTheSameWordsAreDuplicatesButSlidesOfOneHeadingAreNot() throws IOException {
        String claims = IntStream.range(0, 8).mapToObj(i -> "**The claim numbered " + i + " says something at length "
                + "so that the slide fills up.**\n").collect(Collectors.joining("\n"));
        String essay = "# Talk\n\n## Same\n\n**A.** One?\n\n## Same\n\n**B.** Two? Three? Four?\n\n## Long\n\n" + claims
                + "\n## Parent\n\n### Child\n\n**C.** Five.\n";
        Report report = check(essay, PlanOptions.DEFAULTS, Set.of());
        assertThat(report.talk().slides()).anyMatch(s -> s.continues());
        assertThat(report.findings()).filteredOn(f -> f.rule() == Rule.DUPLICATE_TITLE).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(7);
            assertThat(f.message()).containsPattern("the same heading as slide \\d+ \\(line 3\\)");
        });
    }

    @Test
    void aHeadingMoreThanOneLevelBelowTheOneBeforeItIsSkipped() throws IOException {
        List<Finding> found = findings("# Talk\n\n### Too deep\n\n**A.** a\n\n## Fine\n\n### Fine too\n\n##### Deeper\n\nb\n",
                Rule.HEADING_SKIPPED);
        assertThat(found).extracting(Finding::line).containsExactly(3, 11);
        assertThat(found.get(0).message()).contains("comes under a # title with no ## between");
        assertThat(found.get(1).message()).contains("##### \"Deeper\" comes under a ### heading with no #### between");
        assertThat(findings("# Talk\n\n## Fine\n\n### Fine too\n\n## Again\n", Rule.HEADING_SKIPPED)).isEmpty();
    }

    @Test
    void notesFarLongerThanTheSlidesShareOfTheTalkAreTooLong() throws IOException {
        StringBuilder essay = new StringBuilder("# Talk\n");
        for (int i = 1; i <= 6; i++) {
            essay.append("\n## Part ").append(i).append("\n\n**Claim ").append(i).append(".** ").append(words(100, "said")).append('\n');
        }
        String even = essay.toString();
        essay.append("\n## The long one\n\n**Claim.** ").append(words(600, "said")).append('\n');
        assertThat(findings(even, Rule.NOTES_TOO_LONG)).isEmpty();
        assertThat(findings(essay.toString(), Rule.NOTES_TOO_LONG)).singleElement().satisfies(f -> {
            assertThat(f.slideTitle()).isEqualTo("The long one");
            assertThat(f.message()).startsWith("the notes take ~4:37, more than 2 times the slide's share of the talk");
        });
        // Twelve minutes spread over seven slides gives each about 1:42: 4:37 is well over twice that.
        assertThat(findings(essay.toString(), Rule.NOTES_TOO_LONG, keepingTo(Duration.ofMinutes(12)))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("share of 12:00"));
        // Half an hour gives each of the seven about 4:17, so 4:37 is the slide's fair share.
        assertThat(findings(essay.toString(), Rule.NOTES_TOO_LONG, keepingTo(Duration.ofMinutes(30)))).isEmpty();
    }

    @Test
    void aTalkLongerThanItsSlotIsOverTimeAndSlidesItHidesAreListed() throws IOException {
        String claims = IntStream.range(0, 8).mapToObj(i -> "**The claim numbered " + i + " says something at length "
                + "so that the slide fills up.** " + words(40, "said") + "\n").collect(Collectors.joining("\n"));
        String essay = "# Talk\n\n## Long\n\n" + claims + "\n## Short\n\n**A.** " + words(200, "said") + "\n";
        Report free = check(essay, PlanOptions.DEFAULTS, Set.of());
        assertThat(free.findings()).noneMatch(f -> f.rule() == Rule.OVER_TIME || f.rule() == Rule.SLIDE_HIDDEN);

        Report tight = check(essay, keepingTo(Duration.ofMinutes(1)), Set.of());
        assertThat(tight.findings()).filteredOn(f -> f.rule() == Rule.SLIDE_HIDDEN).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).startsWith("hidden to keep to 1:00"));
        assertThat(tight.findings()).filteredOn(f -> f.rule() == Rule.OVER_TIME).singleElement().satisfies(f -> {
            assertThat(f.slide()).isZero();
            assertThat(f.message()).contains("more than 1:00").contains("marked to say shorter");
        });
        assertThat(tight.findings().get(0).rule()).as("the whole talk's findings come first").isEqualTo(Rule.OVER_TIME);
        assertThat(tight.hiddenSlides()).isNotEmpty();
    }

    @Test
    void anIgnoredRuleFindsNothingAndTheReportSaysItWasNotChecked() throws IOException {
        String essay = "# Talk\n\n### Too deep\n\nProse only, without a claim.\n";
        Report all = check(essay, PlanOptions.DEFAULTS, Set.of());
        assertThat(all.findings()).extracting(Finding::rule).contains(Rule.HEADING_SKIPPED, Rule.CHOSEN_TEXT);
        Report some = check(essay, PlanOptions.DEFAULTS, EnumSet.of(Rule.HEADING_SKIPPED));
        assertThat(some.findings()).extracting(Finding::rule).contains(Rule.CHOSEN_TEXT).doesNotContain(Rule.HEADING_SKIPPED);
        assertThat(ReportText.print(some)).contains("(not checked: heading-skipped)");
    }

    @Test
    void everyRuleHasAStableKebabCaseCode() {
        assertThat(Rule.values()).extracting(Rule::code).allMatch(code -> code.matches("[a-z]+(-[a-z]+)*"))
                .doesNotHaveDuplicates();
        assertThat(Rule.byCode("text-overflow")).contains(Rule.TEXT_OVERFLOW);
        assertThat(Rule.byCode("no-such-rule")).isEmpty();
    }
}
