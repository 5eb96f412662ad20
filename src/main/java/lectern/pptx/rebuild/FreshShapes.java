package lectern.pptx.rebuild;

import java.lang.reflect.Field;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * Makes POI see a deck's slides as they are now. POI lists a slide's shapes once; after the writer moves a
 * shape's XML (a picture behind the text) the list is out of order and the fingerprint would not be the one a
 * later build reads from the file. Reading the written deck back cured that at the price of parsing and writing
 * the whole deck twice, a quarter of a build; forgetting the list makes POI build it again from the XML. POI
 * has no way to ask for that, so its cached list is cleared; should a later POI rename the fields, the deck is
 * read back as before.
 */
final class FreshShapes {
    private static final List<Field> CACHES = fields("_drawing", "_shapes", "_placeholders", "_placeholderByIdMap",
            "_placeholderByTypeMap");

    private FreshShapes() {
    }

    /** Whether every slide and notes page of {@code show} now lists its shapes as its XML has them. */
    static boolean of(XMLSlideShow show) {
        if (CACHES.isEmpty()) {
            return false;
        }
        try {
            for (XSLFSlide slide : show.getSlides()) {
                forget(slide);
                XSLFNotes notes = slide.getNotes();
                if (notes != null) {
                    forget(notes);
                }
            }
            return true;
        } catch (IllegalAccessException | RuntimeException e) {
            return false;
        }
    }

    private static void forget(XSLFSheet sheet) throws IllegalAccessException {
        for (Field cache : CACHES) {
            cache.set(sheet, null);
        }
    }

    private static List<Field> fields(String... names) {
        try {
            Field[] found = new Field[names.length];
            for (int i = 0; i < names.length; i++) {
                found[i] = XSLFSheet.class.getDeclaredField(names[i]);
                found[i].setAccessible(true);
            }
            return List.of(found);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return List.of();
        }
    }
}
