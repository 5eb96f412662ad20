package lectern.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One value per kind of slide: each slide finds its own, and every kind has a name. */
class ByKindTest {
    private static final Slide.Common COMMON = Slide.Common.of("Heading", SpeakerNotes.NONE, 1);
    private static final Claim CLAIM = new Claim(List.of(new Claim.Span("A claim.", true)), 1);
    private static final Figure.TableFigure TABLE = new Figure.TableFigure(List.of(), List.of(), List.of(), 1);

    /** One slide of every kind, in the order of ByKind's components. */
    static List<Slide> everyKind() {
        return List.of(new TitleSlide(COMMON, Optional.empty(), Optional.empty()), new SectionSlide(COMMON, List.of()),
                new StatementSlide(COMMON, CLAIM), new ClaimsSlide(COMMON, List.of(CLAIM)),
                new ClaimsWithPictureSlide(COMMON, List.of(CLAIM), Optional.empty()),
                new PictureSlide(COMMON, Optional.empty()), new DiagramSlide(COMMON, Optional.empty()),
                new ListSlide(COMMON, List.of(CLAIM.spans(), CLAIM.spans()), 0), new TableSlide(COMMON, TABLE),
                new CodeSlide(COMMON, new Figure.CodeFigure("sh", List.of("ls"), 1)),
                new QuoteSlide(COMMON, new Figure.QuoteFigure(List.of(CLAIM.spans()), Optional.empty(), 1)),
                new AgendaSlide(COMMON, List.of("A"), 1), new DiscussionSlide(COMMON, List.of("Why?", "How?")),
                new ClosingSlide(COMMON, Optional.of(CLAIM), List.of()),
                new ObjectivesSlide(COMMON, List.of(CLAIM.spans()), List.of(CLAIM.spans())),
                new ExerciseSlide(COMMON, 5, List.of(CLAIM.spans()), Optional.empty()),
                new SolutionSlide(COMMON, List.of(CLAIM.spans()), Optional.of(new Figure.CodeFigure("sh", List.of("ls"), 1))),
                new CalloutSlide(COMMON, "Warning", List.of(CLAIM.spans())),
                new KeyPointsSlide(COMMON, List.of(CLAIM.spans())),
                new ScheduleSlide(COMMON, List.of(new ScheduleSlide.Entry(java.time.LocalTime.NOON, "Lunch", 60))),
                new BreakSlide(COMMON, 15, java.time.LocalTime.of(10, 45)));
    }

    @Test
    void eachSlideFindsTheValueOfItsOwnKind() {
        ByKind<Integer> positions = new ByKind<>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        List<Slide> slides = everyKind();
        for (int i = 0; i < slides.size(); i++) {
            assertThat(positions.of(slides.get(i))).as(slides.get(i).kind()).isEqualTo(i);
        }
    }

    @Test
    void everyKindHasItsOwnNameAsAUserSaysIt() {
        assertThat(everyKind()).extracting(Slide::kind).doesNotHaveDuplicates()
                .containsExactlyElementsOf(ByKind.NAMES.values()).contains("claims with picture");
    }

    @Test
    void mappingAndZippingKeepEachValueWithItsKind() {
        ByKind<Integer> positions = new ByKind<>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        ByKind<String> named = ByKind.NAMES.zip(positions.map(i -> i * 10), (name, tens) -> name + " " + tens);
        assertThat(named.quote()).isEqualTo("quote 100");
        assertThat(named.named()).first().isEqualTo(new ByKind.Named<>("title", "title 0"));
    }

    @Test
    void aSlideKeepsItsKindWhenItsCommonPartsChange() {
        for (Slide slide : everyKind()) {
            Slide renumbered = slide.withNumber(7).withTitle("Other").withLevel(1);
            assertThat(renumbered.getClass()).isEqualTo(slide.getClass());
            assertThat(renumbered.contents()).isEqualTo(slide.contents());
            assertThat(List.of(renumbered.number(), renumbered.level())).containsExactly(7, 1);
        }
    }
}
