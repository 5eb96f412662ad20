package lectern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import lectern.Warnings;
import lectern.deck.Claim;
import lectern.deck.CodeSlide;
import lectern.deck.DeckPlan;
import lectern.deck.Figure;
import lectern.deck.NoteParagraph;
import lectern.deck.QuoteSlide;
import lectern.deck.Slide;
import lectern.deck.TableSlide;
import lectern.layout.SlideCapacity;
import lectern.read.EssayReader;
import org.junit.jupiter.api.Test;

/** Tables, code and quotations get slides of their own, in the essay's order, continued where they run over. */
class FigureSlidesTest {

    private static DeckPlan plan(String markdown) {
        return plan(markdown, SlideCapacity.atMost(4));
    }

    private static DeckPlan plan(String markdown, SlideCapacity capacity) {
        return new DeckPlanner(PlanOptions.DEFAULTS.withoutRoomSlides(), capacity)
                .plan(new EssayReader().parse(Path.of("talk.md"), markdown, new Warnings()));
    }

    /** Every slide fits, and a table goes {@code rows} rows at a time, in these parts of its columns (none: whole). */
    private static SlideCapacity tables(int rows, List<List<Integer>> columns) {
        return new SlideCapacity() {
            @Override
            public boolean fits(Slide slide) {
                return true;
            }

            @Override
            public List<List<Integer>> tableColumns(Figure.TableFigure table) {
                return columns.isEmpty() ? SlideCapacity.super.tableColumns(table) : columns;
            }

            @Override
            public int tableRows(Figure.TableFigure table) {
                return rows;
            }
        };
    }

    private static String notes(Slide slide) {
        return String.join("\n", slide.notes().paragraphs().stream().map(NoteParagraph::text).toList());
    }

    @Test
    void aTableIsATableSlideUnderItsSectionsHeadingAndLeavesTheNotes() {
        DeckPlan plan = plan("# T\n\n## Results\n\nIntro words.\n\n| A | B |\n|---|--:|\n| 1 | 2 |\n| 3 | 4 |\n");
        Slide table = plan.slides().get(1);
        assertThat(table.kind()).isEqualTo("table");
        assertThat(table.title()).isEqualTo("Results");
        Figure.TableFigure figure = ((TableSlide) table).table();
        assertThat(figure.header()).hasSize(1);
        assertThat(figure.rows()).hasSize(2);
        assertThat(figure.alignments()).containsExactly(Figure.TableFigure.Alignment.NONE, Figure.TableFigure.Alignment.RIGHT);
        // A section with nothing else to show is carried by its table, prose and all.
        assertThat(plan.slides()).hasSize(2);
        assertThat(notes(table)).isEqualTo("Intro words.");
    }

    @Test
    void aLongTableContinuesWithItsHeaderRepeated() {
        SlideCapacity threeRows = tables(3, List.of());
        StringBuilder essay = new StringBuilder("# T\n\n## Steps\n\n| n | what |\n|---|---|\n");
        for (int i = 1; i <= 7; i++) {
            essay.append("| ").append(i).append(" | step ").append(i).append(" |\n");
        }
        DeckPlan plan = plan(essay.toString(), threeRows);
        assertThat(plan.slides()).extracting(Slide::title).containsExactly("T", "Steps", "Steps (continued)", "Steps (continued 2)");
        // In parts of about the same length: no last slide of one row.
        assertThat(plan.slides().subList(1, 4)).extracting(s -> ((TableSlide) s).table().rows().size())
                .containsExactly(3, 2, 2);
        assertThat(plan.slides().subList(1, 4)).allSatisfy(s -> assertThat(((TableSlide) s).table().header()).hasSize(1));
    }

    @Test
    void aTableTooWideForOneSlideGoesAFewColumnsAtATimeEachPartSplitByItsOwnRows() {
        // Two column parts, and rows that fit three to a slide: columns first, so the room reads each part down.
        SlideCapacity twoParts = tables(3, List.of(List.of(0, 1, 2), List.of(0, 3)));
        StringBuilder essay = new StringBuilder("# T\n\n## Rain\n\n| Region | Jan | Feb | Mar |\n|---|---|---|--:|\n");
        for (int i = 1; i <= 4; i++) {
            essay.append("| R").append(i).append(" | ").append(i).append(" | ").append(10 * i).append(" | ").append(100 * i).append(" |\n");
        }
        List<Figure.TableFigure> parts = plan(essay.toString(), twoParts).slides().stream().skip(1)
                .map(s -> ((TableSlide) s).table()).toList();
        assertThat(parts).extracting(t -> t.part().orElseThrow().columns())
                .containsExactly(List.of(0, 1, 2), List.of(0, 1, 2), List.of(0, 3), List.of(0, 3));
        assertThat(parts).extracting(t -> t.rows().size()).containsExactly(2, 2, 2, 2);
        Figure.TableFigure last = parts.get(3);
        assertThat(last.header().get(0).cells()).extracting(cell -> cell.get(0).text()).containsExactly("Region", "Mar");
        assertThat(last.rows().get(0).cells()).extracting(cell -> cell.get(0).text()).containsExactly("R3", "300");
        assertThat(last.alignments()).containsExactly(Figure.TableFigure.Alignment.NONE, Figure.TableFigure.Alignment.RIGHT);
    }

    @Test
    void shortCodeRightAfterAClaimIsShownUnderThatClaim() {
        DeckPlan plan = plan("# T\n\n## Build\n\n**Run it.** Like this:\n\n```sh\n./lectern\n\tmvn verify\n```\n");
        assertThat(plan.slides()).extracting(Slide::kind).containsExactly("title", "code");
        CodeSlide slide = (CodeSlide) plan.slides().get(1);
        assertThat(slide.claims()).extracting(Claim::text).containsExactly("Run it.");
        assertThat(notes(slide)).isEqualTo("Run it. Like this:");
        Figure.CodeFigure code = slide.code();
        assertThat(code.listings()).singleElement().satisfies(listing -> {
            assertThat(listing.language()).isEqualTo("sh");
            assertThat(listing.lines()).containsExactly("./lectern", "    mvn verify");
        });
        assertThat(notes(slide)).doesNotContain("./lectern");
    }

    @Test
    void aQuotationWithItsSourceIsAQuoteSlideInItsPlaceBeforeTheClaimThatFollowsIt() {
        DeckPlan plan = plan("# T\n\n## Invent\n\n> The best way to predict the future is to invent it.\n>\n> \u2014 Alan Kay\n\n**That is the point.**\n");
        assertThat(plan.slides()).extracting(Slide::kind).containsExactly("title", "quote", "statement");
        Figure.QuoteFigure quote = ((QuoteSlide) plan.slides().get(1)).quote();
        assertThat(quote.paragraphs()).hasSize(1);
        assertThat(quote.attribution()).contains("\u2014 Alan Kay");
    }

    @Test
    void aSourceOnTheQuotationsLastLineIsFoundToo() {
        DeckPlan plan = plan("# T\n\n## Q\n\n> Simple things should be simple.  \n> -- Alan Kay\n");
        Figure.QuoteFigure quote = ((QuoteSlide) plan.slides().get(1)).quote();
        assertThat(quote.paragraphs().get(0)).extracting(Claim.Span::text).containsExactly("Simple things should be simple.");
        assertThat(quote.attribution()).contains("-- Alan Kay");
    }

    @Test
    void aQuotationTooLongForASlideStaysInTheNotes() {
        String words = "word ".repeat(FigureSlides.QUOTE_WORDS + 1).strip();
        DeckPlan plan = plan("# T\n\n## Q\n\n> " + words + "\n");
        assertThat(plan.slides()).extracting(Slide::kind).containsExactly("title", "section");
        assertThat(plan.slides().get(1).notes().paragraphs()).extracting(NoteParagraph::style)
                .containsExactly(NoteParagraph.Style.QUOTE);
    }
}
