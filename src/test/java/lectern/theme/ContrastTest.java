package lectern.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every colour text is set in, against what it is set on, meets WCAG AA (4.5:1) in every shipped theme. */
class ContrastTest {

    static Collection<Theme> themes() {
        return ThemeLoader.available().values().stream().map(ThemeLoader.Listed::theme).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void textOnItsBackground(Theme theme) {
        Theme.Colors c = theme.colors();
        assertThat(Contrast.ratio(c.text(), c.background())).as("text on background").isGreaterThanOrEqualTo(Contrast.AA);
        assertThat(Contrast.ratio(c.link(), c.background())).as("link on background").isGreaterThanOrEqualTo(Contrast.AA);
        assertThat(Contrast.ratio(c.followedLink(), c.background())).as("followed link on background")
                .isGreaterThanOrEqualTo(Contrast.AA);
        assertThat(Contrast.ratio(c.lightText(), c.darkBackground())).as("light text on title and section slides")
                .isGreaterThanOrEqualTo(Contrast.AA);
    }

    @Test
    void contrastIsComputedAsWcagDoes() {
        Rgb white = new Rgb(255, 255, 255);
        Rgb black = new Rgb(0, 0, 0);
        assertThat(Contrast.ratio(white, black)).isCloseTo(21, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Contrast.ratio(new Rgb(0x76, 0x76, 0x76), white)).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Contrast.over(black, 0.5, white)).isEqualTo(new Rgb(128, 128, 128));
    }
}
