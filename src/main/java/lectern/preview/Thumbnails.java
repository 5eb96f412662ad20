package lectern.preview;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Scales pictures down without the shimmer a single large bicubic step leaves on text. */
final class Thumbnails {
    private Thumbnails() {
    }

    static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        // Bicubic interpolation reads a 4x4 neighbourhood: a step that shrinks by more than half skips source
        // pixels, and thin strokes of text break up. Halve first, then take the last, smaller step.
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scaled.createGraphics();
        try {
            SlideRenderer.quality(graphics);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return scaled;
    }
}
