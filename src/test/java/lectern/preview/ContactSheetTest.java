package lectern.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactSheetTest {
    private static final List<Color> COLOURS = List.of(Color.RED, Color.GREEN, Color.BLUE, Color.BLACK, Color.WHITE);

    @TempDir
    Path dir;

    @Test
    void slidesGoInRowsOfThreeWithTheirNumbersUnderThem() throws IOException {
        ContactSheet sheet = new ContactSheet(COLOURS.size(), 160, 90);
        COLOURS.forEach(colour -> sheet.add(plain(160, 90, colour)));
        Path file = dir.resolve("sheet.png");
        sheet.write(file);

        ContactSheet.Grid grid = sheet.grid();
        assertThat(grid.columns()).isEqualTo(3);
        assertThat(grid.rows()).isEqualTo(2);
        BufferedImage picture = ImageIO.read(file.toFile());
        assertThat(picture.getWidth()).isEqualTo(grid.width()).isEqualTo(3 * 160 + 4 * grid.gap());
        assertThat(picture.getHeight()).isEqualTo(grid.height()).isEqualTo(2 * (90 + grid.label()) + 3 * grid.gap());
        for (int i = 0; i < COLOURS.size(); i++) {
            int x = grid.x(i);
            int y = grid.y(i);
            assertThat(new Color(picture.getRGB(x + 80, y + 45))).as("slide %d", i + 1).isEqualTo(COLOURS.get(i));
            assertThat(darkPixels(picture, x, y + 90, 160, grid.label())).as("number of slide %d", i + 1).isPositive();
        }
        // The sixth cell is empty: background only, no number.
        assertThat(darkPixels(picture, grid.x(5), grid.y(5), 160, 90 + grid.label())).isZero();
    }

    @Test
    void wideSlidesAreScaledDownOnTheSheet() {
        ContactSheet.Grid grid = ContactSheet.grid(18, 1600, 900);
        assertThat(grid.cellWidth()).isEqualTo(ContactSheet.MAX_CELL_WIDTH);
        assertThat(grid.cellHeight()).isEqualTo(ContactSheet.MAX_CELL_WIDTH * 9 / 16);
        assertThat(grid.rows()).isEqualTo(6);
    }

    @Test
    void oneSlideMakesASheetOfOne() {
        ContactSheet.Grid grid = ContactSheet.grid(1, 640, 360);
        assertThat(grid.columns()).isEqualTo(1);
        assertThat(grid.rows()).isEqualTo(1);
    }

    private static BufferedImage plain(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int width, int height) {
        int dark = 0;
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 3 * 100) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
