package lectern.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An SVG's size as a browser reads it: its view box, else its width and height in any CSS unit, 96 to the inch. */
class SvgSizeTest {
    private static int[] size(String attributes) throws Exception {
        return SvgPicture.dimensions(("<svg xmlns='http://www.w3.org/2000/svg' " + attributes
                + "><rect x='1' y='1' width='2' height='2'/></svg>").getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "210      | 210mm | 793.7",
        "21       | 21cm  | 793.7",
        "1        | 1in   | 96",
        "72       | 72pt  | 96",
        "6        | 6pc   | 96",
        "96       | 96px  | 96",
        "96       | 96    | 96",
        "6        | 6em   | 96",
        "12       | 12ex  | 96",
        "3.5      | 3.5in | 336",
    })
    void everyUnitIsInPixels(String number, String length, double pixels) {
        assertThat(SvgSize.pixels(length)).as(number).isCloseTo(pixels, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aPercentageOrNothingIsNoLength() {
        assertThat(SvgSize.pixels("100%")).isZero();
        assertThat(SvgSize.pixels("")).isZero();
        assertThat(SvgSize.pixels("wide")).isZero();
    }

    @Test
    void anInkscapeDrawingInMillimetresIsItsViewBox() throws Exception {
        assertThat(size("width='210mm' height='297mm' viewBox='0 0 210 297'")).containsExactly(210, 297);
    }

    @Test
    void withoutAViewBoxItsWidthAndHeightAreInPixels() throws Exception {
        assertThat(size("width='50mm' height='20mm'")).containsExactly(189, 76);
        assertThat(size("width='460.8pt' height='345.6pt'")).containsExactly(614, 461);
        assertThat(size("width='10em' height='5em'")).containsExactly(160, 80);
    }

    @Test
    void aViewBoxAloneOrWithPercentagesIsTheSize() throws Exception {
        assertThat(size("viewBox='0 0 100 50'")).containsExactly(100, 50);
        assertThat(size("width='100%' height='100%' viewBox='-10 -10 300 150'")).containsExactly(300, 150);
    }

    @Test
    void anSvgThatSaysNoSizeIsAsLargeAsWhatItDraws() throws Exception {
        // The rectangle runs from 1 to 3 each way.
        assertThat(size("width='100%'")).containsExactly(2, 2);
        byte[] large = "<svg xmlns='http://www.w3.org/2000/svg'><rect width='1000' height='600'/></svg>"
                .getBytes(StandardCharsets.UTF_8);
        // Larger than the 300 by 150 a browser would give it, and measured whole.
        assertThat(SvgPicture.dimensions(large)).containsExactly(1000, 600);
    }

    @Test
    void aViewBoxWithoutAnAreaIsRefusedSayingSo() {
        assertThatThrownBy(() -> size("width='10' height='10' viewBox='0 0 0 10'")).isInstanceOf(Undrawable.class)
                .hasMessage("its viewBox \"0 0 0 10\" is not four numbers with a width and height above 0");
    }
}
