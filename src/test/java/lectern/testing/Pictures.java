package lectern.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Pictures made by the tests, in every shape an essay may bring: whole, broken, huge, animated, foreign. */
public final class Pictures {
    private Pictures() {
    }

    /** A picture of one colour, in a format ImageIO writes (png, jpeg, gif, bmp, tiff). */
    public static byte[] of(Color colour, int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no writer for " + format);
        }
        return out.toByteArray();
    }

    /**
     * A white PNG of any size, one bit a pixel, written row by row through a deflater, so a picture of gigapixels
     * is a file of kilobytes and never exists in memory: the shape of a decompression bomb.
     */
    public static byte[] blankPng(int width, int height) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[] {1, 0, 0, 0, 0}); // 1 bit, greyscale, deflate, no filter method, not interlaced
        chunk(file, "IHDR", header.toByteArray());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        byte[] row = new byte[1 + (width + 7) / 8];
        java.util.Arrays.fill(row, 1, row.length, (byte) 0xFF);
        try (OutputStream deflate = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        chunk(file, "IDAT", data.toByteArray());
        chunk(file, "IEND", new byte[0]);
        return file.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream file, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(file);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /** An animated GIF, one frame per colour, a fifth of a second each. */
    public static byte[] animatedGif(Color... frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Color colour : frames) {
                BufferedImage frame = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = frame.createGraphics();
                g.setColor(colour);
                g.fillRect(0, 0, 32, 32);
                g.dispose();
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
                String format = metadata.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                var controls = root.getElementsByTagName("GraphicControlExtension");
                if (controls.getLength() > 0) {
                    ((IIOMetadataNode) controls.item(0)).setAttribute("delayTime", "20");
                    metadata.setFromTree(format, root);
                }
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The start of a WebP file, as browsers save them: enough for anything that looks at its header. */
    public static byte[] webpHeader() {
        byte[] webp = new byte[64];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
        webp[4] = 56;
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
        return webp;
    }

    /** The start of a HEIC file, as iPhones save photos. */
    public static byte[] heicHeader() {
        byte[] heic = new byte[64];
        heic[3] = 0x18;
        System.arraycopy("ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.US_ASCII), 0, heic, 4, 20);
        return heic;
    }

    /** Every picture an essay holds, wherever it stands: sections, lists, quotations, divs, in the essay's order. */
    public static java.util.List<lectern.read.Image> inEssay(lectern.read.Essay essay) {
        return inEssay(essay, div -> true);
    }

    /** @param opened the divs whose pictures count */
    public static java.util.List<lectern.read.Image> inEssay(lectern.read.Essay essay,
                                                             java.util.function.Predicate<lectern.read.Div> opened) {
        java.util.List<lectern.read.Image> found = new java.util.ArrayList<>();
        collect(essay.beforeTitle(), found, opened);
        collect(essay.opening(), found, opened);
        essay.sections().forEach(section -> collect(section.blocks(), found, opened));
        return found;
    }

    private static void collect(java.util.List<lectern.read.Block> blocks, java.util.List<lectern.read.Image> into,
                                java.util.function.Predicate<lectern.read.Div> opened) {
        for (lectern.read.Block block : blocks) {
            if (block instanceof lectern.read.Image image) {
                into.add(image);
            } else if (block instanceof lectern.read.ListBlock list) {
                list.items().forEach(item -> collect(item.blocks(), into, opened));
            } else if (block instanceof lectern.read.Quote quote) {
                collect(quote.blocks(), into, opened);
            } else if (block instanceof lectern.read.Div div && opened.test(div)) {
                collect(div.blocks(), into, opened);
            }
        }
    }

    /** Whether a picture shows nothing: every pixel transparent, or all one colour. */
    public static boolean blank(byte[] encoded) throws IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(encoded));
        int first = image.getRGB(0, 0);
        for (int y = 0; y < image.getHeight(); y += Math.max(1, image.getHeight() / 200)) {
            for (int x = 0; x < image.getWidth(); x += Math.max(1, image.getWidth() / 200)) {
                int argb = image.getRGB(x, y);
                if (argb != first && (argb >>> 24 != 0 || first >>> 24 != 0)) {
                    return false;
                }
            }
        }
        return true;
    }
}
