package lectern.write;

import java.util.Optional;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;

/**
 * The layout a kind of slide is drawn on, which of its placeholders hold what, and why it was chosen (the
 * template doctor and the build say so).
 *
 * @param title   the placeholder for the title (for a statement or quotation, the large text itself)
 * @param body    the placeholder for claims, a subtitle, the heading over a statement, a divider's list
 * @param picture where the picture goes
 */
record LayoutRoles(XSLFSlideLayout layout, Slot title, Optional<Slot> body, PictureSpot picture, String why) {

    /** A placeholder of a layout: its type, and its index where the type alone is not enough. */
    record Slot(Placeholder type, long idx) {
        static final long ANY = -1;

        static Slot of(Placeholder type) {
            return new Slot(type, ANY);
        }
    }

    /** Where a slide of this kind puts its picture. */
    sealed interface PictureSpot {
    }

    /** Into a placeholder of the layout, so PowerPoint's "Reset slide" puts it back there. */
    record InSlot(Slot slot) implements PictureSpot {
    }

    /** Over the whole slide, under its text and a veil: only on Lectern's own layouts, which are drawn for it. */
    record Behind() implements PictureSpot {
    }

    /** In the right half of the body placeholder, which keeps the left half for the text. */
    record BesideBody() implements PictureSpot {
    }

    /** Under the title, across the slide: a layout with a title and nothing else. */
    record BelowTitle() implements PictureSpot {
    }

    /** Nowhere: the layout has no room for one. */
    record Nowhere() implements PictureSpot {
    }
}
