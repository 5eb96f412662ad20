package lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import lectern.Progress;
import org.junit.jupiter.api.Test;

/** The progress line, on a clock the test moves by hand: none for a quick build, one line rewritten for a long one. */
class ProgressLineTest {
    private final StringWriter written = new StringWriter();
    private long now = 1_000_000;
    private final ProgressLine line = new ProgressLine(new PrintWriter(written), () -> now, "talk.md");

    @Test
    void aBuildQuickerThanTwoSecondsShowsNothing() {
        line.now("reading");
        now += 1_500;
        line.now("planning 3 sections");
        line.tick();
        line.close();
        assertThat(written.toString()).isEmpty();
    }

    @Test
    void aLongBuildKeepsOneLineRewrittenInPlaceAndClearsItWhenDone() {
        line.now("reading");
        now += 2_500;
        line.now("planning 1,240 sections");
        assertThat(written.toString()).isEqualTo("\rlectern: building talk.md: planning 1,240 sections\u2026");

        // Slides come faster than a terminal needs: what is shown changes at most ten times a second.
        now += 50;
        line.now("writing slide 1 of 1,240");
        now += 30;
        line.now("writing slide 2 of 1,240");
        assertThat(written.toString()).doesNotContain("slide");
        now += 40;
        line.tick();
        String first = "lectern: building talk.md: planning 1,240 sections\u2026";
        String second = "lectern: building talk.md: writing slide 2 of 1,240\u2026";
        assertThat(written.toString()).isEqualTo("\r" + first + "\r" + second);

        line.close();
        assertThat(written.toString()).endsWith("\r" + " ".repeat(second.length()) + "\r");
    }

    @Test
    void aShorterLineCoversWhatTheLongerOneBeforeItLeft() {
        now += 2_000;
        line.now("writing slide 1,000 of 1,240");
        now += 200;
        line.now("saving");
        String longer = "lectern: building talk.md: writing slide 1,000 of 1,240\u2026";
        String shorter = "lectern: building talk.md: saving\u2026";
        assertThat(written.toString()).endsWith("\r" + shorter + " ".repeat(longer.length() - shorter.length()));
    }

    @Test
    void aStageThatRunsLongWithoutAWordIsShownByTheClockAlone() {
        line.now("planning 100 sections");
        now += 3_000;
        line.tick();
        assertThat(written.toString()).isEqualTo("\rlectern: building talk.md: planning 100 sections\u2026");
    }

    @Test
    void noLineUnderQuietNorWhereNoOneWatchesTheErrorOutput() {
        // Tests run with their output captured, as in a pipe: no terminal.
        assertThat(ProgressLine.of(new PrintWriter(written), "talk.md", false)).isSameAs(Progress.NONE);
        assertThat(ProgressLine.of(new PrintWriter(written), "talk.md", true)).isSameAs(Progress.NONE);
    }
}
