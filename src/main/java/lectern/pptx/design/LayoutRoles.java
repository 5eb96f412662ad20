package lectern.pptx.design;

import java.util.Optional;
import lectern.pptx.xml.Placeholders;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The layout a kind of slide is drawn on, which of its placeholders hold what, and why it was chosen (the
 * template doctor and the build say so).
 *
 * @param title   the placeholder for the title (for a statement or quotation, the large text itself)
 * @param body    the placeholder for claims, a subtitle, the heading over a statement, a divider's list
 * @param picture where the picture goes
 */
public record LayoutRoles(XSLFSlideLayout layout, Slot title, Optional<Slot> body, PictureSpot picture, String why) {

    /** A placeholder of a layout: its type, and its index where the type alone is not enough. */
    public record Slot(Placeholder type, long idx) {
        public static Slot of(Placeholder type) {
            return new Slot(type, Placeholders.ANY);
        }

        /** The sheet's placeholder that fills this slot. */
        public Optional<XSLFTextShape> in(XSLFSheet sheet) {
            return Placeholders.find(sheet, type, idx);
        }
    }

    /** Where a slide of this kind puts its picture. */
    public sealed interface PictureSpot {
    }

    /** Into a placeholder of the layout, so PowerPoint's "Reset slide" puts it back there. */
    public record InSlot(Slot slot) implements PictureSpot {
    }

    /** Over the whole slide, under its text and a veil: only on Lectern's own layouts, which are drawn for it. */
    public record Behind() implements PictureSpot {
    }

    /** In the right half of the body placeholder, which keeps the left half for the text. */
    public record BesideBody() implements PictureSpot {
    }

    /** Under the title, across the slide: a layout with a title and nothing else. */
    public record BelowTitle() implements PictureSpot {
    }

    /** Nowhere: the layout has no room for one. */
    public record Nowhere() implements PictureSpot {
    }
}
