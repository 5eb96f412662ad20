package lectern.picture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import lectern.picture.PictureLook.Kind;

/** Tells what a picture is by its pixels, by the rule {@link PictureLook} states. */
final class PictureLooks {
    /** About as many pixels as a raster is judged by: enough to tell a chart from a photograph, quick to count. */
    static final int SAMPLES = 1 << 16;
    /** The longer side an SVG is drawn at to look at its corners. */
    private static final int SVG_SIDE = 64;
    /** Colours a photograph has more of, in a picture of {@link #SAMPLES} pixels, each channel cut to 5 bits. */
    private static final int FEW_COLOURS = 512;
    /** The share of its pixels one colour covers in a picture with a background: a chart, a screenshot. */
    private static final double BACKGROUND = 0.25;

    private PictureLooks() {
    }

    /** How the picture looks; empty when it cannot be used (damaged, or an SVG that draws nothing). */
    static Optional<PictureLook> of(PictureFile picture) {
        try {
            return picture.format() == PictureFormat.SVG ? svg(picture) : Optional.of(raster(picture));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<PictureLook> svg(PictureFile picture) throws IOException {
        double scale = (double) SVG_SIDE / Math.max(picture.width(), picture.height());
        int width = Math.max(1, (int) Math.round(picture.width() * scale));
        int height = Math.max(1, (int) Math.round(picture.height() * scale));
        BufferedImage drawn = SvgPicture.draw(picture.bytes(), width, height);
        if (Blank.isBlank(drawn)) {
            return Optional.empty();
        }
        boolean painted = opaque(drawn, 0, 0) && opaque(drawn, width - 1, 0) && opaque(drawn, 0, height - 1)
                && opaque(drawn, width - 1, height - 1);
        return Optional.of(new PictureLook(picture.width(), picture.height(), Kind.DIAGRAM, !painted));
    }

    private static boolean opaque(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24 == 0xFF;
    }

    private static PictureLook raster(PictureFile picture) throws IOException {
        double pixels = (double) picture.width() * picture.height();
        int step = (int) Math.max(1, Math.ceil(Math.sqrt(pixels / SAMPLES)));
        // Decoded at every step-th pixel only: a 100-megapixel photo is judged without sitting in memory whole.
        BufferedImage image = Resampler.read(picture.bytes(), step);
        if (image == null) {
            return new PictureLook(picture.width(), picture.height(), Kind.PHOTOGRAPH, false);
        }
        Colours colours = Colours.of(image);
        // A JPEG is how cameras save, and its artefacts blur the lines a diagram is drawn with: a photograph, or an
        // illustration made to be cropped like one (the seed essay's), whatever its colours.
        boolean diagram = picture.format() != PictureFormat.JPEG
                && (picture.format() == PictureFormat.GIF || colours.transparent() || colours.flat());
        return new PictureLook(picture.width(), picture.height(), diagram ? Kind.DIAGRAM : Kind.PHOTOGRAPH,
                colours.transparent());
    }

    /** What a picture's pixels hold: whether any lets the slide through, and how its colours are shared out. */
    record Colours(boolean transparent, int samples, int distinct, int commonest) {
        static Colours of(BufferedImage image) {
            boolean alpha = image.getColorModel().hasAlpha();
            int[] counts = new int[1 << 15];
            int[] row = new int[image.getWidth()];
            int distinct = 0;
            int commonest = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                image.getRGB(0, y, row.length, 1, row, 0, row.length);
                for (int argb : row) {
                    if (alpha && argb >>> 24 != 0xFF) {
                        return new Colours(true, 0, 0, 0);
                    }
                    int colour = (argb >> 9 & 0x7C00) | (argb >> 6 & 0x3E0) | (argb >> 3 & 0x1F);
                    if (counts[colour]++ == 0) {
                        distinct++;
                    }
                    commonest = Math.max(commonest, counts[colour]);
                }
            }
            return new Colours(false, image.getWidth() * image.getHeight(), distinct, commonest);
        }

        /** Mostly flat colour: a background, or few colours for its size. */
        boolean flat() {
            return commonest >= BACKGROUND * samples || distinct < Math.min(FEW_COLOURS, samples / 8);
        }
    }
}
