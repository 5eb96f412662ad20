package lectern.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideSize;

/** The names and counts app.xml gives a deck, as PowerPoint gives them. */
class AppPropertiesTest {
    private static String format(long cx, long cy) {
        CTSlideSize size = CTSlideSize.Factory.newInstance();
        size.setCx((int) cx);
        size.setCy((int) cy);
        return AppProperties.format(size);
    }

    @Test
    void aSlideSizeIsNamedAsPowerPointsSlideSizeMenuNamesIt() {
        assertThat(format(12_192_000, 6_858_000)).isEqualTo("Widescreen");
        // 13.33 in, as templates from PowerPoint 2010 have it.
        assertThat(format(12_188_825, 6_858_000)).isEqualTo("Widescreen");
        assertThat(format(9_144_000, 6_858_000)).isEqualTo("On-screen Show (4:3)");
        assertThat(format(9_144_000, 5_143_500)).isEqualTo("On-screen Show (16:9)");
        assertThat(format(9_144_000, 5_715_000)).isEqualTo("On-screen Show (16:10)");
        assertThat(format(6_858_000, 9_144_000)).isEqualTo("Custom");
        assertThat(format(10_058_400, 7_772_400)).isEqualTo("Custom");
    }

    @Test
    void wordsAreWhatWhitespaceSeparates() {
        assertThat(AppProperties.words("Hello, world.")).isEqualTo(2);
        assertThat(AppProperties.words("  Slide Title for Two-Content\n3 ")).isEqualTo(5);
        assertThat(AppProperties.words(" \t")).isZero();
    }
}
