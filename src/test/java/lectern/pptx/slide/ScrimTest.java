package lectern.pptx.slide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import lectern.layout.Region;
import lectern.theme.Contrast;
import lectern.theme.Theme;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Light text over the veil on a picture meets WCAG AA (4.5:1) in every shipped theme, whatever the picture under it. */
class ScrimTest {

    static Collection<Theme> themes() {
        return ThemeLoader.available().values().stream().map(ThemeLoader.Listed::theme).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void lightTextOverTheVeilOnAnyPicture(Theme theme) {
        assertOverScrim(theme, Scrim.TITLE, List.of(Region.TITLE_SLIDE_TITLE, Region.TITLE_SLIDE_SUBTITLE));
        assertOverScrim(theme, Scrim.CAPTION, List.of(Region.PICTURE_CAPTION, Region.NUMBER));
    }

    /** The veil is weakest at the far edge of a text box along its gradient; every edge point is checked. */
    private static void assertOverScrim(Theme theme, Scrim scrim, List<Region> regions) {
        boolean across = scrim.angle() == 0;
        for (Region region : regions) {
            double from = across ? region.x / Region.SLIDE_WIDTH : region.y / Region.SLIDE_HEIGHT;
            double to = across ? (region.x + region.width) / Region.SLIDE_WIDTH : (region.y + region.height) / Region.SLIDE_HEIGHT;
            double weakest = Double.MAX_VALUE;
            for (double at = from; at <= to + 1e-9; at += (to - from) / 50) {
                double opacity = scrim.opacityAt(at, theme.pictures().scrim());
                weakest = Math.min(weakest, Contrast.overAnyPicture(theme.colors().lightText(),
                        theme.colors().darkBackground(), opacity));
            }
            assertThat(weakest).as(theme.name() + ": light text in " + region + " over the " + scrim.name())
                    .isGreaterThanOrEqualTo(Contrast.AA);
        }
    }
}
