package lectern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import lectern.read.Image;
import org.junit.jupiter.api.Test;

class AltTextTest {
    @Test
    void thePlaceholderAltGivesWayToTheTitleElseTheCaption() {
        assertThat(AltText.of(new Image("explicit_deny.png?raw=true", "Alt text", "Explicit Deny", 1))).isEqualTo("Explicit Deny");
        assertThat(AltText.of(new Image("x.png", "x.png", "", 1, "The pipeline, in four stages"))).isEqualTo("The pipeline, in four stages");
    }

    @Test
    void aPlaceholderWithNothingBetterStaysAndTheAuthorsOwnAltWins() {
        assertThat(AltText.of(new Image("x.png", "screenshot", "", 1))).isEqualTo("screenshot");
        assertThat(AltText.of(new Image("x.png", "The settings page", "Settings", 1, "Caption"))).isEqualTo("The settings page");
    }

    @Test
    void withoutAnAltTheCaptionComesBeforeTheFileName() {
        assertThat(AltText.of(new Image("grade-model.png", "", "", 1, "A Bayes net"))).isEqualTo("A Bayes net");
        assertThat(AltText.of(new Image("grade-model.png", "", "", 1))).isEqualTo("Grade model");
    }
}
