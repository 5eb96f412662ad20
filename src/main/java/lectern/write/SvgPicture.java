package lectern.write;

import java.awt.Dimension;
import java.awt.geom.Dimension2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.draw.SVGImageRenderer;

/**
 * SVG pictures: PowerPoint 2019 and later show the vector itself, older versions and other readers the PNG
 * stored beside it, which POI's SVG renderer (Batik) draws.
 */
final class SvgPicture {
    private static final String SVG = "image/svg+xml";
    private static final int SNIFF = 1024;

    private SvgPicture() {
    }

    /** An XML file whose first element is {@code <svg>}: what browsers would take for SVG. */
    static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.UTF_8);
        String start = head.replaceFirst("^\uFEFF", "").replaceAll("(?s)<\\?xml.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "").strip();
        return start.startsWith("<svg") || start.matches("(?s)^<[A-Za-z_][\\w.-]*:svg[\\s>].*");
    }

    /** The SVG's own size, or null when Batik cannot read it. */
    static int[] dimensions(byte[] svg) {
        try {
            Dimension2D size = renderer(svg).getDimension();
            int width = (int) Math.round(size.getWidth());
            int height = (int) Math.round(size.getHeight());
            return width > 0 && height > 0 ? new int[] {width, height} : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The picture drawn to a PNG of the given width, its height following the SVG's proportions. */
    static byte[] png(byte[] svg, int width, int height) {
        try {
            BufferedImage image = renderer(svg).getImage(new Dimension(width, height));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SVGImageRenderer renderer(byte[] svg) throws IOException {
        SVGImageRenderer renderer = new SVGImageRenderer();
        renderer.loadImage(svg, SVG);
        return renderer;
    }
}
