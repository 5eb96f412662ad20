package lectern.picture;

import java.awt.image.BufferedImage;

/**
 * Whether a picture shows nothing: every pixel transparent, or every pixel one colour. An SVG whose PNG comes out
 * so has drawn nothing Batik understood (text in a {@code foreignObject}, say), and that PNG is all LibreOffice,
 * PowerPoint before 2019, the preview and the handout would show.
 */
final class Blank {
    private Blank() {
    }

    static boolean isBlank(BufferedImage image) {
        int width = image.getWidth();
        int[] row = new int[width];
        int first = seen(image.getRGB(0, 0));
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int pixel : row) {
                if (seen(pixel) != first) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A pixel as it is seen: any fully transparent one is the same nothing, whatever colour it keeps. */
    private static int seen(int argb) {
        return argb >>> 24 == 0 ? 0 : argb;
    }
}
