package lectern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import lectern.Warnings;
import lectern.deck.Claim;
import lectern.deck.DeckPlan;
import lectern.deck.NoteParagraph;
import lectern.deck.Picture;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.StatementSlide;
import lectern.layout.SlideCapacity;
import lectern.read.EssayReader;
import org.junit.jupiter.api.Test;

class DeckPlannerTest {

    private static DeckPlan plan(String markdown) {
        return plan(markdown, PlanOptions.DEFAULTS.withoutRoomSlides(), SlideCapacity.atMost(4));
    }

    private static DeckPlan plan(String markdown, PlanOptions options, SlideCapacity capacity) {
        return new DeckPlanner(options, capacity).plan(new EssayReader().parse(Path.of("talk.md"), markdown, new Warnings()));
    }

    private static List<String> titles(DeckPlan plan) {
        return plan.slides().stream().map(Slide::title).toList();
    }

    @Test
    void theTitleSlideCarriesTitleSubtitleAndThePictureAboveTheH1() {
        DeckPlan plan = plan("![](assets/cover.jpg)\n\n# The Talk\n\n_Why it matters._\n\n## One\n\nText.\n");
        Slide title = plan.slides().get(0);
        assertThat(title.kind()).isEqualTo("title");
        assertThat(title.title()).isEqualTo("The Talk");
        assertThat(title.contents().subtitle()).contains("Why it matters.");
        assertThat(title.picture()).map(Picture::src).contains("assets/cover.jpg");
    }

    @Test
    void aPictureRightUnderTheH1IsTheTitlePicture() {
        DeckPlan plan = plan("# The Talk\n\n![Cover](cover.png)\n\nOpening words.\n");
        assertThat(plan.slides().get(0).picture()).map(Picture::alt).contains("Cover");
    }

    @Test
    void openingClaimsGetASlideRightAfterTheTitleAndTheOpeningProseGoesWithThem() {
        DeckPlan plan = plan("# T\n\nStory. **The big idea.**\n\nMore.\n\n## Next\n\nText.\n");
        Slide opening = plan.slides().get(1);
        assertThat(opening.kind()).isEqualTo("statement");
        assertThat(opening.claims()).extracting(Claim::text).containsExactly("The big idea.");
        assertThat(opening.notes().paragraphs()).extracting(NoteParagraph::text).containsExactly("Story. The big idea.", "More.");
        assertThat(plan.slides().get(0).notes().isEmpty()).isTrue();
    }

    @Test
    void aJapaneseClaimBoldWithoutSpacesReachesItsSlideAndLeavesNoAsterisksInTheNotes() {
        DeckPlan plan = plan("# 発表の作り方\n\n## スライドとノート\n\n"
                + "スライドには要点だけを書く。**説明は話し手のノートに入れるべきだ。**聴衆は話を聞きに来ている。\n");
        Slide slide = plan.slides().get(1);
        assertThat(slide.title()).isEqualTo("スライドとノート");
        assertThat(slide.claims()).extracting(Claim::text).containsExactly("説明は話し手のノートに入れるべきだ。");
        assertThat(slide.notes().paragraphs()).extracting(NoteParagraph::text).containsExactly(
                "スライドには要点だけを書く。説明は話し手のノートに入れるべきだ。聴衆は話を聞きに来ている。");
    }

    @Test
    void anOpeningWithoutClaimsIsTheTitleSlidesNotes() {
        DeckPlan plan = plan("# T\n\nJust a story.\n\n## Next\n\nText.\n");
        assertThat(titles(plan)).containsExactly("T", "Next");
        assertThat(plan.slides().get(0).notes().paragraphs()).extracting(NoteParagraph::text).containsExactly("Just a story.");
    }

    @Test
    void everyLevelTwoAndThreeHeadingStartsASlideInOrder() {
        DeckPlan plan = plan("# T\n\n## A\n\na\n\n### A1\n\nb\n\n#### deep\n\nc\n\n## B\n\nd\n");
        assertThat(titles(plan)).containsExactly("T", "A", "A1", "B");
        assertThat(plan.slides().get(2).notes().paragraphs()).extracting(NoteParagraph::text)
                .containsExactly("b", "deep", "c");
    }

    @Test
    void slideLevelTwoKeepsSubsectionsInTheirParentsNotes() {
        DeckPlan plan = plan("# T\n\n## A\n\na\n\n### A1\n\n**Sub claim.** b\n\n## B\n\nd\n",
                PlanOptions.DEFAULTS.withoutRoomSlides().withSlideLevel(2), SlideCapacity.atMost(4));
        assertThat(titles(plan)).containsExactly("T", "A", "B");
        Slide a = plan.slides().get(1);
        assertThat(a.claims()).extracting(Claim::text).containsExactly("Sub claim.");
        assertThat(a.notes().paragraphs()).extracting(NoteParagraph::style)
                .containsExactly(NoteParagraph.Style.PROSE, NoteParagraph.Style.HEADING, NoteParagraph.Style.PROSE);
    }

    @Test
    void duplicateClaimsCollapse() {
        DeckPlan plan = plan("# T\n\n## A\n\n**Same claim.** One.\n\n**Same claim.** Two.\n");
        assertThat(plan.slides().get(1).claims()).hasSize(1);
        assertThat(plan.slides().get(1).notes().paragraphs()).hasSize(2);
    }

    @Test
    void moreClaimsThanFitContinueOnASecondSlideWithTheNotesSplitAtTheSamePlace() {
        DeckPlan plan = plan("# T\n\n## Many\n\nIntro.\n\n**One.** a\n\n**Two.** b\n\n**Three.** c\n",
                PlanOptions.DEFAULTS.withoutRoomSlides(), SlideCapacity.atMost(2));
        assertThat(titles(plan)).containsExactly("T", "Many", "Many (continued)");
        assertThat(plan.slides().get(1).claims()).extracting(Claim::text).containsExactly("One.", "Two.");
        assertThat(plan.slides().get(2).claims()).extracting(Claim::text).containsExactly("Three.");
        assertThat(plan.slides().get(1).notes().paragraphs()).extracting(NoteParagraph::text)
                .containsExactly("Intro.", "One. a", "Two. b");
        assertThat(plan.slides().get(2).notes().paragraphs()).extracting(NoteParagraph::text).containsExactly("Three. c");
    }

    @Test
    void aSectionWithNothingBoldShowsItsOpeningSentenceWholeAndUnbolded() {
        Slide slide = plan("# T\n\n## Quiet part\n\nOnly prose here, and *some* of it. More follows.\n").slides().get(1);
        assertThat(slide.kind()).isEqualTo("statement");
        assertThat(slide.title()).isEqualTo("Quiet part");
        assertThat(slide.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.text()).isEqualTo("Only prose here, and some of it.");
            assertThat(claim.isChosen()).isTrue();
        });
        assertThat(slide.notes().words()).isEqualTo(9);
    }

    @Test
    void aSectionWithNothingBoldShowsItsShortListAsTheAuthorsBullets() {
        Slide slide = plan("# T\n\n## Steps\n\nWe will:\n\n1. Create a repository\n2. Connect it\n3. Push [changes](x.md)\n")
                .slides().get(1);
        assertThat(slide).isInstanceOfSatisfying(lectern.deck.ListSlide.class, list -> {
            assertThat(list.start()).isEqualTo(1);
            assertThat(list.items()).extracting(i -> i.stream().map(Claim.Span::text).reduce("", String::concat))
                    .containsExactly("Create a repository", "Connect it", "Push changes");
            assertThat(list.items().get(2).get(1).link()).isEqualTo("x.md");
        });
    }

    @Test
    void withBoldOnlyASectionWithNothingBoldShowsItsHeadingAlone() {
        Slide slide = plan("# T\n\n## Quiet part\n\nOnly prose here, and some of it.\n",
                PlanOptions.DEFAULTS.withoutRoomSlides().withBoldOnly(true), SlideCapacity.atMost(4)).slides().get(1);
        assertThat(slide.kind()).isEqualTo("section");
        assertThat(slide.claims()).isEmpty();
    }

    @Test
    void aSectionWithLittleToSayShowsItsSubheadingsOrWhatItSays() {
        DeckPlan plan = plan("# T\n\n## Scale\n\n###### Will it add API calls?\n\nNo.\n\n###### Will it add types?\n\nNo.\n\n"
                + "## Skew\n\nn/a\n");
        assertThat(plan.slides().get(1).contents().items()).containsExactly("Will it add API calls?", "Will it add types?");
        assertThat(plan.slides().get(2).claims()).extracting(Claim::text).containsExactly("n/a");
    }

    @Test
    void theDocumentsOwnTableOfContentsIsLeftToTheAgendaItsWordsToTheNotes() {
        DeckPlan plan = plan("# T\n\n## Contents\n\n- [One](#one)\n  - [Deeper](#deeper)\n- [Two](#two)\n\n## One\n\n**A.**\n\n"
                + "## Two\n\n**B.**\n", PlanOptions.DEFAULTS.withRoom(PlanOptions.Toggle.ON, false, false, false), SlideCapacity.atMost(4));
        assertThat(titles(plan)).containsExactly("T", "Agenda", "One", "Two");
        assertThat(plan.slides().get(1).contents().items()).containsExactly("One", "Two");
        assertThat(plan.slides().get(2).notes().paragraphs()).extracting(NoteParagraph::text).startsWith("Contents", "One");
    }

    @Test
    void aPictureOnTheWebIsLeftOutWithAWarning() {
        Warnings warnings = new Warnings();
        DeckPlan plan = new DeckPlanner(PlanOptions.DEFAULTS.withoutRoomSlides(), SlideCapacity.atMost(4))
                .plan(new EssayReader().parse(Path.of("talk.md"), "# T\n\n## Badges\n\n![CI](https://ci.example/badge.svg)\n\nBuilt every night, and tested.\n",
                        warnings), warnings);
        assertThat(plan.slides()).extracting(Slide::kind).containsExactly("title", "statement");
        assertThat(warnings.all()).extracting(lectern.Warning::line).containsExactly(5);
    }

    @Test
    void anHtmlPictureOnTheWebIsLeftOutWithTheWebWarningAlone() {
        Warnings warnings = new Warnings();
        new DeckPlanner(PlanOptions.DEFAULTS.withoutRoomSlides(), SlideCapacity.atMost(4)).plan(new EssayReader().parse(
                Path.of("talk.md"), "# T\n\n## Plots\n\n<p align=\"center\">\n<img src=\"https://example.org/a.png\" width=\"49%\" "
                        + "alt=\"A plot\">\n</p>\n\nText.\n", warnings), warnings);
        assertThat(warnings.all()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(6);
            assertThat(w.message()).startsWith("image https://example.org/a.png is on the web");
        });
    }

    @Test
    void aPicturesCaptionIsInTheNotesWhereThePictureStands() {
        DeckPlan plan = plan("# T\n\n## Model\n\nBefore.\n\n<figure><img src=\"m.png\" alt=\"Boxes and arrows\">"
                + "<figcaption>The model, drawn.</figcaption></figure>\n\nAfter.\n");
        Slide picture = plan.slides().stream().filter(s -> s.picture().isPresent()).findFirst().orElseThrow();
        assertThat(picture.picture()).map(Picture::alt).contains("Boxes and arrows");
        assertThat(plan.slides()).flatExtracting(s -> s.notes().paragraphs()).extracting(NoteParagraph::text)
                .containsSubsequence("Before.", "The model, drawn.", "After.");
    }

    @Test
    void theTitlePicturesCaptionStaysInTheNotes() {
        DeckPlan plan = plan("# T\n\n{% include figure.html src=\"cover.png\" caption=\"Our cover\" %}\n\nWords.\n");
        assertThat(plan.slides().get(0).picture()).map(Picture::src).contains("cover.png");
        assertThat(plan.slides()).flatExtracting(s -> s.notes().paragraphs()).extracting(NoteParagraph::text)
                .contains("Our cover");
    }

    @Test
    void aSingleClaimWithNothingBesideItIsAStatementUnderItsHeading() {
        Slide slide = plan("# T\n\n## Point\n\nStory. **The one thing.** More.\n").slides().get(1);
        assertThat(slide.kind()).isEqualTo("statement");
        assertThat(slide.title()).isEqualTo("Point");
        assertThat(slide.claims()).extracting(Claim::text).containsExactly("The one thing.");
    }

    @Test
    void aStatementThatDoesNotFitIsListedUnderItsHeadingInstead() {
        SlideCapacity noStatements = slide -> !(slide instanceof StatementSlide);
        Slide slide = plan("# T\n\n## Point\n\n**The one thing.** More.\n", PlanOptions.DEFAULTS.withoutRoomSlides(), noStatements)
                .slides().get(1);
        assertThat(slide.kind()).isEqualTo("claims");
    }

    @Test
    void twoOrMoreClaimsAreListedUnderTheHeading() {
        Slide slide = plan("# T\n\n## Points\n\n**One.** a\n\n**Two.** b\n").slides().get(1);
        assertThat(slide.kind()).isEqualTo("claims");
        assertThat(slide.claims()).hasSize(2);
    }

    @Test
    void claimsShareTheSlideWithTheSectionsPictureAndAPictureAloneFillsIt() {
        DeckPlan plan = plan("# T\n\n## Seen\n\n![](a.jpg)\n\n**Look.** Text.\n\n## Unsaid\n\n![](b.jpg)\n\nText.\n");
        assertThat(plan.slides().get(1).kind()).isEqualTo("claims with picture");
        assertThat(plan.slides().get(1).claims()).hasSize(1);
        assertThat(plan.slides().get(2).kind()).isEqualTo("picture");
        assertThat(plan.slides().get(2).claims()).isEmpty();
    }

    @Test
    void aSectionWithSubsectionSlidesOpensWithADividerListingThem() {
        DeckPlan plan = plan("# T\n\n## Part\n\n**Claim.** a\n\n### One\n\nb\n\n### Two\n\nc\n\n#### deep\n\nd\n\n## Next\n\ne\n");
        assertThat(plan.slides()).extracting(Slide::kind, Slide::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("title", "T"),
                org.assertj.core.groups.Tuple.tuple("section", "1. Part"),
                org.assertj.core.groups.Tuple.tuple("statement", "Part"),
                org.assertj.core.groups.Tuple.tuple("statement", "One"),
                org.assertj.core.groups.Tuple.tuple("statement", "Two"),
                org.assertj.core.groups.Tuple.tuple("statement", "Next"));
        Slide divider = plan.slides().get(1);
        assertThat(divider.contents().items()).containsExactly("One", "Two");
        assertThat(divider.notes().isEmpty()).isTrue();
    }

    @Test
    void aSectionWithNothingButProseBeforeItsSubsectionsIsItsDividerWithTheProseInItsNotes() {
        DeckPlan plan = plan("# T\n\n## Part\n\nJust words.\n\n### One\n\nb\n");
        assertThat(titles(plan)).containsExactly("T", "Part", "One");
        assertThat(plan.slides().get(1).kind()).isEqualTo("section");
        assertThat(plan.slides().get(1).notes().paragraphs()).extracting(NoteParagraph::text).containsExactly("Just words.");
    }

    @Test
    void dividersCanBeSwitchedOffAndNeverAppearWhenSubsectionsStayInTheNotes() {
        String essay = "# T\n\n## Part\n\n**Claim.** a\n\n### One\n\nb\n";
        assertThat(titles(plan(essay, PlanOptions.DEFAULTS.withoutRoomSlides().withSectionDividers(false), SlideCapacity.atMost(4))))
                .containsExactly("T", "Part", "One");
        assertThat(titles(plan(essay, PlanOptions.DEFAULTS.withoutRoomSlides().withSlideLevel(2), SlideCapacity.atMost(4))))
                .containsExactly("T", "Part");
    }

    @Test
    void aDividerThatCannotListItsSubsectionsGivesWayToTheSectionsOwnSlides() {
        SlideCapacity noDividers = slide -> !(slide instanceof SectionSlide) && SlideCapacity.atMost(4).fits(slide);
        DeckPlan plan = plan("# T\n\n## Part\n\n**C.** a\n\n### One\n\nb\n\n## Empty\n\n### Inside\n\n**D.**\n",
                PlanOptions.DEFAULTS.withoutRoomSlides(), noDividers);
        // A section with nothing of its own lists its subsections, as a list.
        assertThat(plan.slides()).extracting(Slide::kind, Slide::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("title", "T"), org.assertj.core.groups.Tuple.tuple("statement", "Part"),
                org.assertj.core.groups.Tuple.tuple("statement", "One"), org.assertj.core.groups.Tuple.tuple("list", "Empty"),
                org.assertj.core.groups.Tuple.tuple("statement", "Inside"));
    }

    @Test
    void aLoneImageAfterAThematicBreakBelongsToTheNextHeading() {
        DeckPlan plan = plan("# T\n\n## A\n\nText.\n\n---\n\n![](next.jpg)\n\n## B\n\nMore.\n");
        assertThat(plan.slides().get(1).picture()).isEmpty();
        assertThat(plan.slides().get(2).picture()).map(Picture::src).contains("next.jpg");
    }

    @Test
    void anImageAtTheVeryTopBeforeAHeadingBelongsToThatHeading() {
        DeckPlan plan = plan("![](top.jpg)\n\n## First\n\nText.\n");
        assertThat(plan.slides().get(1).title()).isEqualTo("First");
        assertThat(plan.slides().get(1).picture()).map(Picture::src).contains("top.jpg");
    }

    @Test
    void anImageInsideASectionStaysWithIt() {
        DeckPlan plan = plan("# T\n\n## A\n\nText.\n\n![](mine.jpg)\n\nMore.\n\n## B\n\nx\n");
        assertThat(plan.slides().get(1).picture()).map(Picture::src).contains("mine.jpg");
    }

    @Test
    void aSecondPictureInASectionGetsItsOwnSlide() {
        DeckPlan plan = plan("# T\n\n## A\n\n![](1.jpg)\n\nText.\n\n![](2.jpg)\n");
        assertThat(titles(plan)).containsExactly("T", "A", "A (continued)");
        assertThat(plan.slides().get(2).picture()).map(Picture::src).contains("2.jpg");
    }

    @Test
    void altTextComesFromAltThenTitleThenTheFileNameButNeverAPath() {
        DeckPlan plan = plan("# T\n\n## A\n\n![Said](a.jpg)\n\n## B\n\n![](b.jpg \"Titled\")\n\n## C\n\n![](../img/castle-moat_dry.jpg)\n");
        assertThat(plan.slides().subList(1, 4)).extracting(s -> s.picture().orElseThrow().alt())
                .containsExactly("Said", "Titled", "Castle moat dry");
    }

    @Test
    void notesKeepListsQuotesAndFormatting() {
        DeckPlan plan = plan("# T\n\n## A\n\n1. first\n2. second\n   - nested\n\n> quoted\n> - a quotation with a list stays in the notes\n\nSome *italic*.\n");
        assertThat(plan.slides().get(1).notes().paragraphs())
                .extracting(NoteParagraph::style, NoteParagraph::depth, NoteParagraph::number, NoteParagraph::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NoteParagraph.Style.NUMBERED, 0, 1, "first"),
                        org.assertj.core.groups.Tuple.tuple(NoteParagraph.Style.NUMBERED, 0, 2, "second"),
                        org.assertj.core.groups.Tuple.tuple(NoteParagraph.Style.BULLET, 1, 0, "nested"),
                        org.assertj.core.groups.Tuple.tuple(NoteParagraph.Style.QUOTE, 0, 0, "quoted"),
                        org.assertj.core.groups.Tuple.tuple(NoteParagraph.Style.BULLET, 0, 0, "a quotation with a list stays in the notes"),
                        org.assertj.core.groups.Tuple.tuple(NoteParagraph.Style.PROSE, 0, 0, "Some italic."));
        assertThat(plan.slides().get(1).notes().paragraphs().get(5).runs().get(1).italic()).isTrue();
    }

    @Test
    void slidesAreNumberedFromOne() {
        assertThat(plan("# T\n\n## A\n\nx\n\n## B\n\ny\n").slides()).extracting(Slide::number).containsExactly(1, 2, 3);
    }

    @Test
    void aSlideUnderASubheadingThatStartsNoSlideIsTitledByIt() {
        String code = "```yaml\nkind: Policy\naction: Deny\nfrom: all\nto: all\n```\n\n";
        DeckPlan plan = plan("# T\n\n## Stories\n\n**Admins need rules.**\n\n#### Story 1: Deny by default\n\n" + code
                + "#### Story 2: Allow some\n\n" + code + "> [!NOTE]\n> ### An aside\n> " + "Told, not shown. ".repeat(30) + "\n\n" + code);
        // A div's heading names the div alone: what follows it stays in the subsection it stands in.
        assertThat(titles(plan)).containsExactly("T", "Stories", "Story 1: Deny by default", "Story 2: Allow some",
                "Story 2: Allow some (continued)");
    }

    @Test
    void anOpeningThatPromisesTheSubsectionsShowsThemInstead() {
        DeckPlan plan = plan("# T\n\n## News\n\nHere is what changed recently in the project:\n\n#### 22 March\n\nA fix.\n\n"
                + "#### 4 December\n\nA feature.\n");
        assertThat(plan.slides().get(1)).isInstanceOfSatisfying(lectern.deck.ListSlide.class,
                list -> assertThat(list.contents().items()).containsExactly("22 March", "4 December"));
    }
}
