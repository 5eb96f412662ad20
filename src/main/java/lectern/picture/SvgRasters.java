package lectern.picture;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.batik.ext.awt.image.GraphicsUtil;
import org.apache.batik.ext.awt.image.renderable.Filter;
import org.apache.batik.ext.awt.image.renderable.RedRable;
import org.apache.batik.ext.awt.image.spi.ImageTagRegistry;
import org.apache.batik.ext.awt.image.spi.MagicNumberRegistryEntry;
import org.apache.batik.util.ParsedURL;

/**
 * PNG, JPEG and GIF pictures inside an SVG, decoded by the JDK. Batik decodes none of them without its codec
 * module, which Lectern does not ship, and matplotlib writes every heat map ({@code imshow}) as a PNG inside its
 * SVG. Batik only opens a picture the agent let it open, and {@code SvgPicture}'s agent lets it open nothing but
 * {@code data:} addresses, so this reads only what the SVG carries.
 */
final class SvgRasters extends MagicNumberRegistryEntry {
    private static final MagicNumber[] MAGIC = {
        new MagicNumber(0, new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        new MagicNumber(0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        new MagicNumber(0, new byte[] {'G', 'I', 'F', '8'}),
    };
    private static boolean registered;

    private SvgRasters() {
        super("Lectern's PNG, JPEG and GIF", new String[] {"png", "jpg", "jpeg", "gif"},
                new String[] {"image/png", "image/jpeg", "image/gif"}, MAGIC);
    }

    /** Teaches Batik's registry, which is one for the whole JVM, to read these pictures; once is enough. */
    static synchronized void register() {
        if (!registered) {
            ImageTagRegistry.getRegistry().register(new SvgRasters());
            registered = true;
        }
    }

    @Override
    public Filter handleStream(InputStream in, ParsedURL address, boolean needRawData) {
        try {
            return new RedRable(GraphicsUtil.wrap(decoded(in)));
        } catch (IOException | RuntimeException e) {
            return ImageTagRegistry.getBrokenLinkImage(this, ERR_STREAM_UNREADABLE, null);
        }
    }

    /** The picture as sRGB with alpha, refused before decoding when its header claims more pixels than Lectern reads. */
    private static BufferedImage decoded(InputStream bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(bytes)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > PictureFile.MAX_PIXELS) {
                    throw new IOException("too many pixels");
                }
                BufferedImage read = reader.read(0);
                BufferedImage argb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = argb.createGraphics();
                g.drawImage(read, 0, 0, null);
                g.dispose();
                return argb;
            } finally {
                reader.dispose();
            }
        }
    }
}
