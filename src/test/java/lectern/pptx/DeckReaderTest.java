package lectern.pptx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lectern.LecternException;
import lectern.deck.DeckPlan;
import lectern.deck.Slide;
import lectern.deck.SlideNames;
import lectern.testing.Seed;
import lectern.testing.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deck Lectern built reads back as the plan it was written from: each slide's kind, name, title and claims. */
class DeckReaderTest {

    @Test
    void theSeedDeckReadsBackAsItsPlan() throws IOException {
        DeckPlan plan = Seed.deck().plan();
        DeckReader.Deck deck = DeckReader.read(Seed.deck().deck());
        assertThat(deck.essay()).contains("when-execution-collapses.md");
        List<Slide> read = deck.slides().stream().map(DeckReader.DeckSlide::slide).toList();
        assertThat(read).extracting(Slide::kind).containsExactlyElementsOf(plan.slides().stream().map(Slide::kind)
                .map(kind -> kind.equals("code") ? "table" : kind).toList());
        assertThat(deck.slides()).extracting(DeckReader.DeckSlide::name).containsExactlyElementsOf(SlideNames.of(plan.slides()));
        for (int i = 0; i < read.size(); i++) {
            Slide planned = plan.slides().get(i);
            assertThat(read.get(i).title()).as("slide %d", i + 1).isEqualTo(planned.title());
            assertThat(read.get(i).claims()).extracting(c -> c.text()).as("slide %d", i + 1)
                    .containsExactlyElementsOf(planned.claims().stream().map(c -> c.text()).toList());
            assertThat(read.get(i).continues()).isEqualTo(planned.continues());
        }
    }

    @Test
    void aDeckLecternDidNotBuildIsOneLine(@TempDir Path dir) throws IOException {
        Path other = Templates.fourThree(dir);
        assertThatThrownBy(() -> DeckReader.read(other)).isInstanceOf(LecternException.class)
                .hasMessageStartingWith("was not built by Lectern");
        Path notADeck = Files.writeString(dir.resolve("notes.pptx"), "notes");
        assertThatThrownBy(() -> DeckReader.read(notADeck)).isInstanceOf(LecternException.class)
                .hasMessage("is not a PowerPoint deck (.pptx)");
    }
}
