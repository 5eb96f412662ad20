package lectern.pptx.slide;

import java.awt.Dimension;
import java.lang.reflect.Field;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xslf.usermodel.XSLFPictureData;

/**
 * Tells POI a picture's size, which Lectern has already read from its header. Without it POI decodes every
 * picture in full, twice for a deck (to tell identical pictures apart and to size a new picture shape), only
 * to learn its width and height: a sixth of a warm build of the seed deck. POI offers no way to say it, so it
 * goes into the fields POI caches it in; should a later POI rename them, POI measures the picture itself again,
 * as slowly as before and as correctly.
 */
final class KnownSize {
    private static final Field SIZE = field("origSize");
    private static final Field CHECKSUM = field("checksum");

    private KnownSize() {
    }

    static XSLFPictureData of(XSLFPictureData data, byte[] bytes, int width, int height) {
        if (SIZE == null || CHECKSUM == null) {
            return data;
        }
        try {
            if (SIZE.get(data) == null) {
                // POI's own checksum, so that the same picture added twice is still found and stored once.
                CHECKSUM.set(data, IOUtils.calculateChecksum(bytes));
                SIZE.set(data, new Dimension(Math.max(1, width), Math.max(1, height)));
            }
        } catch (IllegalAccessException | RuntimeException e) {
            // POI will measure the picture itself.
        }
        return data;
    }

    private static Field field(String name) {
        try {
            Field field = XSLFPictureData.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
