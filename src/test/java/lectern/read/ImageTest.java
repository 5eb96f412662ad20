package lectern.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageTest {
    @Test
    void anAltThatOnlySaysThereIsAPictureOrNamesItsFileIsAPlaceholder() {
        assertThat(new Image("explicit_deny.png?raw=true", "Alt text", "Explicit Deny", 1).hasPlaceholderAlt()).isTrue();
        assertThat(Image.isPlaceholderAlt("image", "a.png")).isTrue();
        assertThat(Image.isPlaceholderAlt("IMG", "a.png")).isTrue();
        assertThat(Image.isPlaceholderAlt("Screenshot:", "a.png")).isTrue();
        assertThat(Image.isPlaceholderAlt("picture", "a.png")).isTrue();
        assertThat(Image.isPlaceholderAlt("diagram-1.PNG", "other.png")).isTrue();
        assertThat(Image.isPlaceholderAlt("grade-model", "assets/img/grade-model.png")).isTrue();
    }

    @Test
    void anEmptyAltOrOneThatDescribesIsNone() {
        assertThat(Image.isPlaceholderAlt("", "a.png")).isFalse();
        assertThat(Image.isPlaceholderAlt("Screenshot of the settings page", "a.png")).isFalse();
        assertThat(Image.isPlaceholderAlt("Explicit Deny", "explicit_deny.png")).isFalse();
    }

    @Test
    void anImageWithoutACaptionHasAnEmptyOne() {
        assertThat(new Image("a.png", "A", "", 1).caption()).isEmpty();
    }
}
