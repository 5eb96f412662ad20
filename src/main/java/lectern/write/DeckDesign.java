package lectern.write;

import java.io.IOException;
import lectern.deck.ByKind;
import lectern.layout.SlideGeometry;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * Where a deck's masters, layouts and theme come from: Lectern's own, or the user's template.
 */
interface DeckDesign {

    /** A new, empty deck with the design's masters and layouts, and the layout each kind of slide uses. */
    Designed open() throws IOException;

    /** Where each kind of slide sets its text and picture: what the planner measures against. */
    SlideGeometry geometry();

    /** Whether the title slide has room for the essay's title picture; if not, it gets a slide of its own. */
    boolean titlePictureOnTitleSlide();

    /** Whether the design's notes pages are Lectern's to style (a template's own are left as they are). */
    boolean stylesNotes();

    record Designed(XMLSlideShow show, ByKind<LayoutRoles> roles) {
    }
}
