package lectern.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A picture is blank when it is all transparent or all one colour, and one pixel of anything else is not blank. */
class BlankTest {
    private static BufferedImage filled(Color colour) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        return image;
    }

    @Test
    void nothingDrawnIsBlank() {
        assertThat(Blank.isBlank(new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB))).isTrue();
    }

    @Test
    void oneFlatColourIsBlank() {
        assertThat(Blank.isBlank(filled(Color.WHITE))).isTrue();
    }

    @Test
    void transparentPixelsOfAnyColourAreTheSameNothing() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(5, 5, 0x00FF0000);
        assertThat(Blank.isBlank(image)).isTrue();
    }

    @Test
    void onePixelOfSomethingIsNotBlank() {
        BufferedImage image = filled(Color.WHITE);
        image.setRGB(39, 29, Color.BLACK.getRGB());
        assertThat(Blank.isBlank(image)).isFalse();
        BufferedImage faint = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        faint.setRGB(0, 29, 0x01000000);
        assertThat(Blank.isBlank(faint)).isFalse();
    }
}
