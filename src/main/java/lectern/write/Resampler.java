package lectern.write;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.poi.sl.usermodel.PictureData.PictureType;

/**
 * Makes a picture no larger than its frames need: a 24-megapixel photo behind a slide makes a deck slow to
 * open and send, for no gain on any projector. Photos are re-encoded as JPEG, pictures with transparency as
 * PNG; a picture already small enough keeps its own bytes.
 */
final class Resampler {
    /** JPEG quality: indistinguishable from the original on a projector, a fraction of its size. */
    private static final float JPEG_QUALITY = 0.88f;

    private Resampler() {
    }

    /**
     * The picture scaled by {@code scale}, or empty when that would not shrink it (a scale of 1 or more), it
     * is animated or a vector, or its file would not get smaller.
     */
    static Optional<PictureFile> fit(PictureFile picture, double scale) throws IOException {
        if (scale >= 1 || picture.type() == PictureType.GIF || picture.type() == PictureType.SVG) {
            return Optional.empty();
        }
        int targetWidth = Math.max(1, (int) Math.round(picture.width() * scale));
        int targetHeight = Math.max(1, (int) Math.round(picture.height() * scale));
        BufferedImage image = scaled(read(picture.bytes(), (int) Math.floor(1 / scale)), targetWidth, targetHeight);
        boolean transparent = hasTransparency(image);
        byte[] bytes = transparent ? png(image) : jpeg(image);
        if (bytes.length >= picture.bytes().length) {
            return Optional.empty();
        }
        return Optional.of(picture.with(bytes, transparent ? PictureType.PNG : PictureType.JPEG, targetWidth, targetHeight));
    }

    /** Decodes every {@code step}-th pixel only, so a huge image never sits in memory at full size. */
    private static BufferedImage read(byte[] bytes, int step) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no reader for the image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Halves the size until close, then scales the rest of the way: one bicubic step from far loses detail. */
    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        BufferedImage opaque = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = opaque.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(opaque, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
