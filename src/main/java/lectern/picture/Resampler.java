package lectern.picture;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes a picture no larger than its frames need: a 24-megapixel photo behind a slide makes a deck slow to
 * open and send, for no gain on any projector. Photos are re-encoded as JPEG, pictures with transparency as
 * PNG; a picture already small enough keeps its own bytes.
 */
final class Resampler {
    /** JPEG quality: indistinguishable from the original on a projector, a fraction of its size. */
    private static final float JPEG_QUALITY = 0.88f;
    /** About as many pixels as a picture is decoded to when it is only checked. */
    private static final double CHECKED_PIXELS = 1_000_000;

    private Resampler() {
    }

    /**
     * Reads the picture's pixels, which proves them whole, and returns it scaled by {@code scale} when that
     * shrinks it: empty when it goes in as its file is (a scale of 1 or more, a GIF, or a file that would not get
     * smaller). A picture the JDK cannot decode at all (a CMYK JPEG) goes in unread, as PowerPoint reads it.
     *
     * @throws IOException when the picture's data is cut short or corrupt
     */
    static Optional<PictureFile> fit(PictureFile picture, double scale) throws IOException {
        // A GIF keeps its own bytes: they may be an animation, which PowerPoint plays.
        boolean smaller = scale < 1 && picture.format() != PictureFormat.GIF;
        BufferedImage image = read(picture.bytes(), smaller ? (int) Math.floor(1 / scale) : checkingStep(picture));
        if (image == null || !smaller) {
            return Optional.empty();
        }
        int targetWidth = Math.max(1, (int) Math.round(picture.width() * scale));
        int targetHeight = Math.max(1, (int) Math.round(picture.height() * scale));
        BufferedImage scaled = scaled(image, targetWidth, targetHeight);
        boolean transparent = hasTransparency(scaled);
        byte[] bytes = transparent ? png(scaled) : jpeg(scaled);
        if (bytes.length >= picture.bytes().length) {
            return Optional.empty();
        }
        return Optional.of(picture.with(bytes, transparent ? PictureFormat.PNG : PictureFormat.JPEG, targetWidth, targetHeight));
    }

    /**
     * A picture in a format PowerPoint does not show everywhere (TIFF) as PNG; or, when {@code scale} makes it
     * smaller, as any picture made smaller goes in.
     *
     * @throws IOException when the picture cannot be decoded
     */
    static PictureFile converted(PictureFile picture, double scale) throws IOException {
        double kept = Math.min(1, scale);
        BufferedImage image = read(picture.bytes(), kept < 1 ? (int) Math.floor(1 / kept) : 1);
        if (image == null) {
            throw new IOException("the JDK cannot decode its colours");
        }
        int width = Math.max(1, (int) Math.round(picture.width() * kept));
        int height = Math.max(1, (int) Math.round(picture.height() * kept));
        BufferedImage scaled = scaled(image, width, height);
        boolean photo = kept < 1 && !hasTransparency(scaled);
        return picture.with(photo ? jpeg(scaled) : png(scaled), photo ? PictureFormat.JPEG : PictureFormat.PNG, width, height);
    }

    /** Checking a picture reads all of its data whatever the step, so a coarse one spares the memory. */
    private static int checkingStep(PictureFile picture) {
        double pixels = (double) picture.width() * picture.height();
        return (int) Math.max(1, Math.ceil(Math.sqrt(pixels / CHECKED_PIXELS)));
    }

    /**
     * Decodes every {@code step}-th pixel only, so a huge image never sits in memory at full size; null when the
     * JDK has no way to decode the picture's colours (CMYK).
     */
    static BufferedImage read(byte[] bytes, int step) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no reader for the image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (!reader.getImageTypes(0).hasNext()) {
                    return null;
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                // A truncated JPEG is filled with grey and only warned about; PowerPoint would show the grey.
                if (warnings.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT))
                        .anyMatch(w -> w.contains("premature end") || w.contains("truncated"))) {
                    throw new IOException("the picture ends early");
                }
                return image;
            } catch (RuntimeException e) {
                // ImageIO's decoders throw these too on corrupt data.
                throw new IOException(e.getMessage(), e);
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
